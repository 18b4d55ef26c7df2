/** Saves a minutes PDF (one act, or the whole book) where the person chooses, and says where it went. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRpcMutation } from '../../api/queries';
import { Button } from '../../components/Button';
import { failureText, isCancelled } from '../../components/ErrorMessage';

export function SavePdfButton({ number, label }: { number: number | null; label: string }) {
  const { t } = useTranslation('assemblies');
  const print = useRpcMutation('assemblies.printMinutes');
  const [said, setSaid] = useState<{ text: string; failed: boolean } | null>(null);
  return (
    <span className="assemblies-save-pdf">
      <Button
        busy={print.isPending}
        onClick={() => {
          setSaid(null);
          print.mutateAsync({ number }).then(
            ({ path }) => setSaid({ text: t('minutes.saved', { path }), failed: false }),
            (error: unknown) => {
              if (!isCancelled(error)) setSaid({ text: failureText(t, error), failed: true });
            },
          );
        }}
      >
        {label}
      </Button>
      <span role="status" className={said?.failed ? 'assemblies-refusal' : 'assemblies-said'}>
        {said?.text}
      </span>
    </span>
  );
}
