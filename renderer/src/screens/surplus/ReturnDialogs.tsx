/** The two ends of a cash return: paid to the member (cash or bank, on a date), or turned into capital once due. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localToday } from '../../../../shared/domain/dates';
import { useRpcMutation } from '../../api/queries';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DateField } from '../../components/DateField';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Select } from '../../components/Select';
import { useMoney } from '../../components/use-coop-money';
import { formatDate } from '../../i18n/format';
import type { PendingReturn } from './ReturnsScreen';

interface Props {
  pending: PendingReturn;
  onClose: () => void;
  onDone: (text: string) => void;
}

export function CollectDialog({ pending, onClose, onDone }: Props) {
  const { t } = useTranslation('surplus');
  const money = useMoney();
  const collect = useRpcMutation('surplus.collectReturn');
  const [method, setMethod] = useState<'cash' | 'bank'>('bank');
  const [date, setDate] = useState<string | null>(localToday());
  const submit = () => {
    if (date === null) return;
    collect.mutate(
      { distributionId: pending.distributionId, memberId: pending.memberId, date, method },
      { onSuccess: (answer) => { onDone(t('returns.collected', { name: pending.name, entry: answer.journalEntryNumber })); onClose(); } },
    );
  };
  return (
    <Dialog
      open
      onClose={onClose}
      title={t('returns.collectTitle', { name: pending.name, year: pending.year })}
      footer={
        <>
          <Button onClick={onClose}>{t('returns.cancel')}</Button>
          <Button variant="primary" busy={collect.isPending} disabled={date === null} onClick={submit}>
            {t('returns.collectConfirm')}
          </Button>
        </>
      }
    >
      <p>{t('returns.collectText', { name: pending.name, amount: money.format(pending.cashMinor), year: pending.year })}</p>
      <Select
        label={t('returns.method')}
        value={method}
        options={[
          { value: 'bank', label: t('returns.methods.bank') },
          { value: 'cash', label: t('returns.methods.cash') },
        ]}
        onChange={(event) => setMethod(event.target.value as 'cash' | 'bank')}
      />
      <DateField label={t('returns.date')} value={date} onChange={setDate} required />
      <ErrorMessage error={collect.error} />
    </Dialog>
  );
}

export function ConvertDialog({ pending, date, onClose, onDone }: Props & { date: string }) {
  const { t, i18n } = useTranslation('surplus');
  const money = useMoney();
  const convert = useRpcMutation('surplus.convertReturn');
  return (
    <ConfirmDialog
      open
      title={t('returns.convertTitle', { name: pending.name })}
      confirmLabel={t('returns.convertConfirm')}
      busy={convert.isPending}
      onCancel={onClose}
      onConfirm={() =>
        convert.mutate(
          { distributionId: pending.distributionId, memberId: pending.memberId, date },
          { onSuccess: (answer) => { onDone(t('returns.converted', { name: pending.name, number: answer.capitalOperationNumber })); onClose(); } },
        )
      }
    >
      <p>
        {t('returns.convertText', {
          name: pending.name,
          amount: money.format(pending.cashMinor),
          year: pending.year,
          until: pending.convertsOn ? formatDate(pending.convertsOn, i18n.language) : '',
          date: formatDate(date, i18n.language),
        })}
      </p>
      <p>{t('returns.basis')}</p>
      <ErrorMessage error={convert.error} />
    </ConfirmDialog>
  );
}
