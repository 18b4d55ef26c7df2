/**
 * Reversing a general entry: a new entry with the same lines on the other side, dated in an open period,
 * the reason as its description. Asks for the date and the reason, and confirms naming the entry.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { localToday } from '../../../../shared/domain/dates';
import { useRpcMutation } from '../../api/queries';
import { Button } from '../../components/Button';
import { DateField } from '../../components/DateField';
import { Dialog } from '../../components/Dialog';
import { failureText } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';

function ReverseForm({ number, onClose, onDone }: { number: number; onClose: () => void; onDone: (message: string) => void }) {
  const { t } = useTranslation('ledger');
  const reverse = useRpcMutation('ledger.reverseEntry');
  const [date, setDate] = useState<string | null>(localToday());
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const whole = date !== null && /^\d{4}-\d{2}-\d{2}$/.test(date);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!whole || reason.trim() === '') return;
    try {
      const reversal = await reverse.mutateAsync({ number, date: date!, reason });
      onDone(t('entries.reverse.done', { number, reversal: reversal.number }));
    } catch (error) {
      setRefusal(failureText(t, error));
    }
  };

  return (
    <form noValidate onSubmit={(e) => void submit(e)} className="dialog-form">
      <p>{t('entries.reverse.explain')}</p>
      {refusal && (
        <p role="alert" className="form-error-summary">
          {refusal}
        </p>
      )}
      <DateField label={t('entries.reverse.date')} value={date} onChange={setDate} required />
      <Field
        label={t('entries.reverse.reason')}
        hint={t('entries.reverse.reasonHint')}
        value={reason}
        maxLength={500}
        required
        onChange={(e) => setReason(e.target.value)}
        error={tried && reason.trim() === '' ? t('entries.reverse.reasonNeeded') : undefined}
      />
      <div className="dialog__footer">
        <Button onClick={onClose}>{t('entries.reverse.cancel')}</Button>
        <Button type="submit" variant="danger" busy={reverse.isPending}>
          {t('entries.reverse.confirm', { number })}
        </Button>
      </div>
    </form>
  );
}

/** Open while `number` is an entry's number; closed when null. */
export function ReverseEntryDialog({ number, onClose, onDone }: { number: number | null; onClose: () => void; onDone: (message: string) => void }) {
  const { t } = useTranslation('ledger');
  return (
    <Dialog open={number !== null} onClose={onClose} title={t('entries.reverse.title', { number: number ?? '' })}>
      {number !== null && <ReverseForm number={number} onClose={onClose} onDone={onDone} />}
    </Dialog>
  );
}
