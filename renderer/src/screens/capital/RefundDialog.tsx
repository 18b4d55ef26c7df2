/** A departing member's refund request: it joins the queue, served in order within the year's ceiling. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localToday } from '../../../../shared/domain/dates';
import { useRpcMutation } from '../../api/queries';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DateField } from '../../components/DateField';
import { failureText } from '../../components/ErrorMessage';
import { useMoney } from '../../components/use-coop-money';

interface Props {
  memberId: number;
  balanceMinor: number;
  open: boolean;
  onClose: () => void;
  onDone: (message: string) => void;
}

export function RefundDialog({ memberId, balanceMinor, open, onClose, onDone }: Props) {
  const { t } = useTranslation('capital');
  const money = useMoney();
  const request = useRpcMutation('capital.requestRefund');
  const [date, setDate] = useState<string | null>(localToday());
  const [refusal, setRefusal] = useState<string | null>(null);

  const confirm = async () => {
    if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      setRefusal(t('refund.dateNeeded'));
      return;
    }
    try {
      const refund = await request.mutateAsync({ memberId, date });
      onDone(t('refund.done', { amount: money.format(refund.amountMinor), position: refund.position }));
    } catch (error) {
      setRefusal(failureText(t, error));
    }
  };

  return (
    <ConfirmDialog
      open={open}
      title={t('refund.title')}
      confirmLabel={t('refund.confirm')}
      danger
      busy={request.isPending}
      onCancel={() => {
        setRefusal(null);
        onClose();
      }}
      onConfirm={() => void confirm()}
    >
      <p>{t('refund.explain', { amount: money.format(balanceMinor) })}</p>
      {refusal && (
        <p role="alert" className="form-error-summary">
          {refusal}
        </p>
      )}
      <DateField label={t('refund.date')} value={date} onChange={setDate} required />
    </ConfirmDialog>
  );
}
