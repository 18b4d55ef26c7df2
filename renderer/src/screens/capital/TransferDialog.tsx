/** A transfer of paid-in capital to another member, which the council approves: its reference is required. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { localToday } from '../../../../shared/domain/dates';
import { useRpcMutation } from '../../api/queries';
import { Button } from '../../components/Button';
import { DateField } from '../../components/DateField';
import { Dialog } from '../../components/Dialog';
import { failureText } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { MoneyField, readMoney } from '../../components/MoneyField';
import { submitOnEnter } from '../../components/submit-on-enter';
import { MemberPicker } from './MemberPicker';
import { useMoney } from '../../components/use-coop-money';

interface Props {
  memberId: number;
  balanceMinor: number;
  open: boolean;
  onClose: () => void;
  onDone: (message: string) => void;
}

function TransferForm({ memberId, balanceMinor, onClose, onDone }: Omit<Props, 'open'>) {
  const { t } = useTranslation('capital');
  const money = useMoney();
  const transfer = useRpcMutation('capital.transfer');
  const [to, setTo] = useState<number | null>(null);
  const [amount, setAmount] = useState('');
  const [date, setDate] = useState<string | null>(localToday());
  const [reference, setReference] = useState('');
  const [tried, setTried] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const minor = readMoney(amount, money.locale, money.minorDigits);
  const above = minor !== null && minor > balanceMinor;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (to === null || minor === null || minor <= 0 || above || !date || reference.trim() === '') return;
    try {
      await transfer.mutateAsync({ fromMemberId: memberId, toMemberId: to, amountMinor: minor, date, approvalReference: reference });
      onDone(t('transfer.done', { amount: money.format(minor) }));
    } catch (error) {
      setRefusal(failureText(t, error));
    }
  };

  return (
    <form noValidate onSubmit={(e) => void submit(e)} onKeyDown={submitOnEnter} className="dialog-form">
      <p>{t('transfer.balance', { amount: money.format(balanceMinor) })}</p>
      {refusal && (
        <p role="alert" className="form-error-summary">
          {refusal}
        </p>
      )}
      <MemberPicker label={t('transfer.to')} value={to} onChange={setTo} excludeId={memberId} error={tried && to === null ? t('transfer.chooseMember') : undefined} />
      <MoneyField
        label={t('fields.amount')}
        text={amount}
        onTextChange={setAmount}
        currency={money.currency}
        minorDigits={money.minorDigits}
        required
        showProblem={tried}
        error={above ? t('transfer.above', { amount: money.format(balanceMinor) }) : null}
      />
      <DateField label={t('fields.date')} value={date} onChange={setDate} required />
      <Field
        label={t('transfer.reference')}
        hint={t('transfer.referenceHint')}
        value={reference}
        maxLength={200}
        required
        onChange={(e) => setReference(e.target.value)}
        error={tried && reference.trim() === '' ? t('transfer.referenceNeeded') : undefined}
      />
      <div className="dialog__footer">
        <Button onClick={onClose}>{t('actions.cancel')}</Button>
        <Button type="submit" variant="primary" busy={transfer.isPending}>
          {t('transfer.confirm')}
        </Button>
      </div>
    </form>
  );
}

export function TransferDialog(props: Props) {
  const { t } = useTranslation('capital');
  return (
    <Dialog open={props.open} onClose={props.onClose} title={t('transfer.title')}>
      {props.open && <TransferForm {...props} />}
    </Dialog>
  );
}
