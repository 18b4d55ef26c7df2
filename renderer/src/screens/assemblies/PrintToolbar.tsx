/** The toolbar of an assemblies print page (not printed): back to the meeting, save as the app's PDF, or the system's print dialog. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { RpcFailure } from '../../api/client';
import { Button } from '../../components/Button';
import { failureText, isCancelled } from '../../components/ErrorMessage';

interface Props {
  title: string;
  back: string;
  ready: boolean;
  busy: boolean;
  savePdf: () => Promise<{ path: string }>;
}

export function PrintToolbar({ title, back, ready, busy, savePdf }: Props) {
  const { t } = useTranslation('assemblies');
  const navigate = useNavigate();
  const [outcome, setOutcome] = useState<{ text: string; failed: boolean } | null>(null);
  const save = async () => {
    setOutcome(null);
    try {
      const { path } = await savePdf();
      setOutcome({ text: t('print.saved', { path }), failed: false });
    } catch (error) {
      if (error instanceof RpcFailure && error.error.code === 'NOT_SUPPORTED') window.print();
      else if (!isCancelled(error)) setOutcome({ text: failureText(t, error), failed: true });
    }
  };
  return (
    <nav className="assemblies-print__toolbar" aria-label={t('print.toolbar')}>
      <Button onClick={() => void navigate(back)}>{t('print.back')}</Button>
      <h1>{title}</h1>
      <Button variant="primary" onClick={() => void save()} disabled={!ready} busy={busy}>
        {t('print.savePdf')}
      </Button>
      <Button onClick={() => window.print()} disabled={!ready}>
        {t('print.print')}
      </Button>
      <p role="status" className="assemblies-print__hint">
        {outcome && !outcome.failed ? outcome.text : null}
      </p>
      {outcome?.failed && (
        <p role="alert" className="field__error">
          {outcome.text}
        </p>
      )}
    </nav>
  );
}
