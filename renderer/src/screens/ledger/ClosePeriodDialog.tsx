/**
 * Closing the books through a date: final, never reopened (a later correction is a reversal dated in an
 * open period), so it asks for the reason and a confirmation that names the date.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useRpcMutation } from '../../api/queries';
import { Button } from '../../components/Button';
import { DateField } from '../../components/DateField';
import { Dialog } from '../../components/Dialog';
import { failureText } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { formatDate } from '../../i18n/format';

function CloseForm({ onClose, onDone }: { onClose: () => void; onDone: (message: string) => void }) {
  const { t, i18n } = useTranslation('ledger');
  const close = useRpcMutation('ledger.closePeriod');
  const [through, setThrough] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const whole = through !== null && /^\d{4}-\d{2}-\d{2}$/.test(through);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!whole || reason.trim() === '') return;
    try {
      await close.mutateAsync({ through: through!, reason });
      onDone(t('screens.close.done', { date: formatDate(through!, i18n.language) }));
    } catch (error) {
      setRefusal(failureText(t, error));
    }
  };

  return (
    <form noValidate onSubmit={(e) => void submit(e)} className="dialog-form">
      <p>{t('screens.close.explain')}</p>
      {refusal && (
        <p role="alert" className="form-error-summary">
          {refusal}
        </p>
      )}
      <DateField label={t('screens.close.through')} value={through} onChange={setThrough} required error={tried && !whole ? t('screens.close.dateNeeded') : undefined} />
      <Field
        label={t('screens.close.reason')}
        hint={t('screens.close.reasonHint')}
        value={reason}
        maxLength={300}
        required
        onChange={(e) => setReason(e.target.value)}
        error={tried && reason.trim() === '' ? t('screens.close.reasonNeeded') : undefined}
      />
      <div className="dialog__footer">
        <Button onClick={onClose}>{t('screens.import.cancel')}</Button>
        <Button type="submit" variant="danger" busy={close.isPending}>
          {whole ? t('screens.close.confirmDate', { date: formatDate(through!, i18n.language) }) : t('screens.close.confirm')}
        </Button>
      </div>
    </form>
  );
}

export function ClosePeriodDialog({ open, onClose, onDone }: { open: boolean; onClose: () => void; onDone: (message: string) => void }) {
  const { t } = useTranslation('ledger');
  return (
    <Dialog open={open} onClose={onClose} title={t('screens.close.title')}>
      {open && <CloseForm onClose={onClose} onDone={onDone} />}
    </Dialog>
  );
}
