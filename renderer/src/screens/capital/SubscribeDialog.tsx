/**
 * Subscribing capital: class, number of shares, how much is paid now and in how many instalments from
 * which date. The plan the member signs up to is shown as it is typed, before anything is saved.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { localToday } from '../../../../shared/domain/dates';
import type { PaymentMethod, ShareClass } from '../../../../shared/contract/capital';
import { useRpcMutation, useRpcQuery } from '../../api/queries';
import { Button } from '../../components/Button';
import { DateField } from '../../components/DateField';
import { Dialog } from '../../components/Dialog';
import { failureText } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { MoneyField, readMoney } from '../../components/MoneyField';
import { Select } from '../../components/Select';
import { submitOnEnter } from '../../components/submit-on-enter';
import { formatPercent } from '../../i18n/format';
import { bookDate } from './book-date';
import { MethodSelect } from './MethodSelect';
import { aMonthAfter, subscriptionPlan } from './plan';
import { useMoney } from '../../components/use-coop-money';

interface Props {
  memberId: number;
  open: boolean;
  onClose: () => void;
  onDone: (message: string) => void;
}

const wholeCount = (text: string, max: number) => (/^\d{1,9}$/.test(text.trim()) && Number(text) >= 1 && Number(text) <= max ? Number(text) : null);

function SubscribeForm({ memberId, classes, onClose, onDone }: Omit<Props, 'open'> & { classes: ShareClass[] }) {
  const { t } = useTranslation('capital');
  const money = useMoney();
  const subscribe = useRpcMutation('capital.subscribe');
  const today = localToday();
  const [classId, setClassId] = useState(classes[0]?.id ?? 0);
  const [shares, setShares] = useState('1');
  const [count, setCount] = useState('1');
  const [date, setDate] = useState<string | null>(today);
  const [firstDue, setFirstDue] = useState<string | null>(aMonthAfter(today));
  const [paidNow, setPaidNow] = useState('');
  const [method, setMethod] = useState<PaymentMethod>('cash');
  const [tried, setTried] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);

  const shareClass = classes.find((c) => c.id === classId);
  const shareCount = wholeCount(shares, 1_000_000_000);
  const instalmentCount = wholeCount(count, 120);
  const paidNowMinor = paidNow.trim() === '' ? 0 : readMoney(paidNow, money.locale, money.minorDigits);
  const total = shareClass && shareCount !== null ? shareClass.nominalMinor * shareCount : null;
  const iso = (d: string | null): d is string => d !== null && /^\d{4}-\d{2}-\d{2}$/.test(d);
  const plan =
    total !== null && paidNowMinor !== null && paidNowMinor <= total && instalmentCount !== null && iso(date) && iso(firstDue)
      ? subscriptionPlan(total, paidNowMinor, instalmentCount, date, firstDue)
      : [];
  const aboveTotal = total !== null && paidNowMinor !== null && paidNowMinor > total;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!shareClass || shareCount === null || instalmentCount === null || paidNowMinor === null || paidNowMinor < 0 || aboveTotal || !date || !firstDue) return;
    try {
      await subscribe.mutateAsync({
        memberId,
        classId,
        shares: shareCount,
        amountMinor: null,
        date,
        instalments: instalmentCount,
        firstDueDate: firstDue,
        paidNowMinor,
        method,
      });
      onDone(t('subscribe.done', { amount: money.format(total!) }));
    } catch (error) {
      setRefusal(failureText(t, error));
    }
  };

  return (
    <form noValidate onSubmit={(e) => void submit(e)} onKeyDown={submitOnEnter} className="dialog-form">
      {refusal && (
        <p role="alert" className="form-error-summary">
          {refusal}
        </p>
      )}
      <Select
        label={t('fields.class')}
        value={String(classId)}
        options={classes.map((c) => ({ value: String(c.id), label: `${c.name} · ${money.format(c.nominalMinor)}` }))}
        onChange={(e) => setClassId(Number(e.target.value))}
      />
      <div className="dialog-form__row">
        <Field
          label={t('fields.shares')}
          inputMode="numeric"
          value={shares}
          required
          onChange={(e) => setShares(e.target.value)}
          error={tried && shareCount === null ? t('subscribe.sharesInvalid') : undefined}
          hint={total !== null ? t('subscribe.total', { amount: money.format(total) }) : undefined}
        />
        <Field
          label={t('fields.instalments')}
          inputMode="numeric"
          value={count}
          required
          onChange={(e) => setCount(e.target.value)}
          error={tried && instalmentCount === null ? t('subscribe.instalmentsInvalid') : undefined}
        />
      </div>
      <div className="dialog-form__row">
        <DateField label={t('fields.date')} value={date} onChange={setDate} required />
        <DateField label={t('fields.firstDueDate')} value={firstDue} onChange={setFirstDue} required />
      </div>
      <div className="dialog-form__row">
        <MoneyField
          label={t('fields.paidNow')}
          text={paidNow}
          onTextChange={setPaidNow}
          currency={money.currency}
          minorDigits={money.minorDigits}
          showProblem={tried}
          error={aboveTotal ? t('subscribe.paidAboveTotal') : null}
          hint={shareClass && shareClass.minimumPaidNow.num > 0 ? t('subscribe.minimumPaidNow', { percent: formatPercent(shareClass.minimumPaidNow, money.locale) }) : undefined}
        />
        <MethodSelect value={method} onChange={setMethod} />
      </div>
      <section aria-labelledby="plan-title" className="capital-plan">
        <h3 id="plan-title">{t('subscribe.planTitle')}</h3>
        {plan.length === 0 ? (
          <p>{t('subscribe.planPending')}</p>
        ) : (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('fields.instalment')}</th>
                <th scope="col">{t('fields.dueDate')}</th>
                <th scope="col" className="data-table__number">
                  {t('fields.amount')}
                </th>
              </tr>
            </thead>
            <tbody>
              {plan.map((row) => (
                <tr key={row.number}>
                  <td>{row.paidNow ? t('subscribe.paidNowRow', { number: row.number }) : row.number}</td>
                  <td>{bookDate(row.dueDate, money.locale)}</td>
                  <td className="data-table__number">{money.format(row.amountMinor)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <div className="dialog__footer">
        <Button onClick={onClose}>{t('actions.cancel')}</Button>
        <Button type="submit" variant="primary" busy={subscribe.isPending}>
          {t('subscribe.confirm')}
        </Button>
      </div>
    </form>
  );
}

export function SubscribeDialog({ memberId, open, onClose, onDone }: Props) {
  const { t } = useTranslation('capital');
  const classes = useRpcQuery('capital.classes', {});
  const active = (classes.data ?? []).filter((c) => c.active);
  return (
    <Dialog open={open} onClose={onClose} title={t('subscribe.title')} className="dialog--wide">
      {classes.data && active.length === 0 ? (
        <>
          <p>{t('subscribe.noClasses')}</p>
          <div className="dialog__footer">
            <Button onClick={onClose}>{t('actions.close')}</Button>
          </div>
        </>
      ) : (
        classes.data && <SubscribeForm memberId={memberId} classes={active} onClose={onClose} onDone={onDone} />
      )}
    </Dialog>
  );
}
