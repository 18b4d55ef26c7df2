/** Paying a refund's next instalment: the service works out the amount within the year's ceiling. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { localToday } from '../../../../shared/domain/dates';
import type { Refund } from '../../../../shared/contract/capital';
import { useRpcMutation } from '../../api/queries';
import { Button } from '../../components/Button';
import { DateField } from '../../components/DateField';
import { Dialog } from '../../components/Dialog';
import { failureText } from '../../components/ErrorMessage';
import { MethodSelect } from './MethodSelect';
import { useMoney } from '../../components/use-coop-money';

function PayRefundForm({ refund, onClose, onDone }: { refund: Refund; onClose: () => void; onDone: (message: string) => void }) {
  const { t } = useTranslation('capital');
  const money = useMoney();
  const pay = useRpcMutation('capital.payRefundInstalment');
  const [date, setDate] = useState<string | null>(localToday());
  const [method, setMethod] = useState<'cash' | 'bank'>('bank');
  const [refusal, setRefusal] = useState<string | null>(null);
  const next = refund.instalments.find((i) => i.paidMinor < i.amountMinor);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!date) return;
    try {
      const op = await pay.mutateAsync({ refundId: refund.id, date, method });
      onDone(t('refunds.paid', { amount: money.format(op.amountMinor), number: refund.memberNumber }));
    } catch (error) {
      setRefusal(failureText(t, error));
    }
  };

  return (
    <form noValidate onSubmit={(e) => void submit(e)} className="dialog-form">
      <p>
        {t('refunds.payExplain', {
          name: refund.memberName,
          pending: money.format(refund.pendingMinor),
          next: money.format(next ? next.amountMinor - next.paidMinor : refund.pendingMinor),
        })}
      </p>
      {refusal && (
        <p role="alert" className="form-error-summary">
          {refusal}
        </p>
      )}
      <DateField label={t('fields.date')} value={date} onChange={setDate} required />
      <MethodSelect value={method} onChange={setMethod} methods={['cash', 'bank'] as const} />
      <div className="dialog__footer">
        <Button onClick={onClose}>{t('actions.cancel')}</Button>
        <Button type="submit" variant="primary" busy={pay.isPending}>
          {t('refunds.pay')}
        </Button>
      </div>
    </form>
  );
}

export function PayRefundDialog({ refund, onClose, onDone }: { refund: Refund | null; onClose: () => void; onDone: (message: string) => void }) {
  const { t } = useTranslation('capital');
  return (
    <Dialog open={refund !== null} onClose={onClose} title={t('refunds.payTitle')}>
      {refund && <PayRefundForm refund={refund} onClose={onClose} onDone={onDone} />}
    </Dialog>
  );
}
