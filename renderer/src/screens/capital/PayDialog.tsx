/** Paying into a subscription: the next instalment's amount is offered, any amount up to what is due is taken. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { localToday } from '../../../../shared/domain/dates';
import type { PaymentMethod, Subscription } from '../../../../shared/contract/capital';
import { minorToDecimal } from '../../../../shared/domain/money-format';
import { moneySeparators } from '../../../../shared/domain/money-parse';
import { useRpcMutation } from '../../api/queries';
import { Button } from '../../components/Button';
import { DateField } from '../../components/DateField';
import { Dialog } from '../../components/Dialog';
import { failureText } from '../../components/ErrorMessage';
import { MoneyField, readMoney } from '../../components/MoneyField';
import { submitOnEnter } from '../../components/submit-on-enter';
import { MethodSelect } from './MethodSelect';
import { useMoney, type MoneyView } from '../../components/use-coop-money';

/** An amount as the person would type it in their language ("1500,00" in es), to prefill a field. */
export function typedAmount(minor: number, money: MoneyView): string {
  return minorToDecimal(minor, money.minorDigits).replace('.', moneySeparators(money.locale).decimal);
}

function nextDue(subscription: Subscription): number {
  const open = subscription.instalments.find((i) => i.paidMinor < i.amountMinor);
  return open ? open.amountMinor - open.paidMinor : subscription.pendingMinor;
}

function PayForm({ subscription, onClose, onDone }: { subscription: Subscription; onClose: () => void; onDone: (message: string) => void }) {
  const { t } = useTranslation('capital');
  const money = useMoney();
  const pay = useRpcMutation('capital.pay');
  const [amount, setAmount] = useState(() => typedAmount(nextDue(subscription), money));
  const [date, setDate] = useState<string | null>(localToday());
  const [method, setMethod] = useState<PaymentMethod>('cash');
  const [tried, setTried] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const minor = readMoney(amount, money.locale, money.minorDigits);
  const above = minor !== null && minor > subscription.pendingMinor;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (minor === null || minor <= 0 || above || !date) return;
    try {
      await pay.mutateAsync({ subscriptionId: subscription.id, amountMinor: minor, date, method });
      onDone(t('pay.done', { amount: money.format(minor) }));
    } catch (error) {
      setRefusal(failureText(t, error));
    }
  };

  return (
    <form noValidate onSubmit={(e) => void submit(e)} onKeyDown={submitOnEnter} className="dialog-form">
      <p>{t('pay.pending', { amount: money.format(subscription.pendingMinor), className: subscription.className })}</p>
      {refusal && (
        <p role="alert" className="form-error-summary">
          {refusal}
        </p>
      )}
      <MoneyField
        label={t('fields.amount')}
        text={amount}
        onTextChange={setAmount}
        currency={money.currency}
        minorDigits={money.minorDigits}
        required
        showProblem={tried}
        error={above ? t('pay.above', { amount: money.format(subscription.pendingMinor) }) : null}
      />
      <DateField label={t('fields.date')} value={date} onChange={setDate} required />
      <MethodSelect value={method} onChange={setMethod} />
      <div className="dialog__footer">
        <Button onClick={onClose}>{t('actions.cancel')}</Button>
        <Button type="submit" variant="primary" busy={pay.isPending}>
          {t('pay.confirm')}
        </Button>
      </div>
    </form>
  );
}

export function PayDialog({ subscription, onClose, onDone }: { subscription: Subscription | null; onClose: () => void; onDone: (message: string) => void }) {
  const { t } = useTranslation('capital');
  return (
    <Dialog open={subscription !== null} onClose={onClose} title={t('pay.title')}>
      {subscription && <PayForm subscription={subscription} onClose={onClose} onDone={onDone} />}
    </Dialog>
  );
}
