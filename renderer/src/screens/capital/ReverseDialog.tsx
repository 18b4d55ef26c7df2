/** Reversing a register operation: the reason is required and the button says what it does; nothing is deleted. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { localToday } from '../../../../shared/domain/dates';
import type { CapitalOperation } from '../../../../shared/contract/capital';
import { useRpcMutation } from '../../api/queries';
import { Button } from '../../components/Button';
import { DateField } from '../../components/DateField';
import { Dialog } from '../../components/Dialog';
import { failureText } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { formatDate } from '../../i18n/format';
import { useMoney } from '../../components/use-coop-money';

function ReverseForm({ operation, onClose, onDone }: { operation: CapitalOperation; onClose: () => void; onDone: (message: string) => void }) {
  const { t } = useTranslation('capital');
  const money = useMoney();
  const reverse = useRpcMutation('capital.reverse');
  const [reason, setReason] = useState('');
  const [date, setDate] = useState<string | null>(localToday());
  const [tried, setTried] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (reason.trim() === '' || !date) return;
    try {
      const done = await reverse.mutateAsync({ operationNumber: operation.number, date, reason });
      onDone(t('reverse.done', { number: operation.number, reversal: done.number }));
    } catch (error) {
      setRefusal(failureText(t, error));
    }
  };

  return (
    <form noValidate onSubmit={(e) => void submit(e)} className="dialog-form">
      <p>
        {t('reverse.explain', {
          number: operation.number,
          kind: t(`kind.${operation.kind}`),
          date: formatDate(operation.date, money.locale),
          amount: money.format(operation.amountMinor),
        })}
      </p>
      {refusal && (
        <p role="alert" className="form-error-summary">
          {refusal}
        </p>
      )}
      <Field
        label={t('reverse.reason')}
        value={reason}
        maxLength={500}
        required
        onChange={(e) => setReason(e.target.value)}
        error={tried && reason.trim() === '' ? t('reverse.reasonNeeded') : undefined}
      />
      <DateField label={t('fields.date')} value={date} onChange={setDate} required />
      <div className="dialog__footer">
        <Button onClick={onClose}>{t('actions.cancel')}</Button>
        <Button type="submit" variant="danger" busy={reverse.isPending}>
          {t('reverse.confirm', { number: operation.number })}
        </Button>
      </div>
    </form>
  );
}

export function ReverseDialog({ operation, onClose, onDone }: { operation: CapitalOperation | null; onClose: () => void; onDone: (message: string) => void }) {
  const { t } = useTranslation('capital');
  return (
    <Dialog open={operation !== null} onClose={onClose} title={t('reverse.title')}>
      {operation && <ReverseForm operation={operation} onClose={onClose} onDone={onDone} />}
    </Dialog>
  );
}
