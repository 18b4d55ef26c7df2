/** The payslips page's toolbar (not printed): back, save as the app's PDF, or the system's print dialog. */
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
  const { t } = useTranslation('remuneration');
  const navigate = useNavigate();
  const [outcome, setOutcome] = useState<{ text: string; failed: boolean } | null>(null);
  const save = async () => {
    try {
      const { path } = await savePdf();
      setOutcome({ text: t('payslip.saved', { path }), failed: false });
    } catch (error) {
      // The browser host without a print path: the system's dialog prints the same page.
      if (error instanceof RpcFailure && error.error.code === 'NOT_SUPPORTED') window.print();
      else if (!isCancelled(error)) setOutcome({ text: failureText(t, error), failed: true });
    }
  };
  return (
    <nav className="payslips-print__toolbar" aria-label={t('payslip.toolbar')}>
      <Button onClick={() => void navigate(back)}>{t('payslip.back')}</Button>
      <h1>{title}</h1>
      <Button variant="primary" onClick={() => void save()} disabled={!ready} busy={busy}>
        {t('payslip.savePdf')}
      </Button>
      <Button onClick={() => window.print()} disabled={!ready}>
        {t('payslip.print')}
      </Button>
      <p role="status">{outcome && !outcome.failed ? outcome.text : null}</p>
      {outcome?.failed && (
        <p role="alert" className="field__error">
          {outcome.text}
        </p>
      )}
    </nav>
  );
}
