/** A member's subscriptions, each with its instalments beneath it and a Pay button while anything is due. */
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { Subscription } from '../../../../shared/contract/capital';
import { localToday } from '../../../../shared/domain/dates';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { bookDate } from './book-date';
import { useMoney } from '../../components/use-coop-money';

export function SubscriptionsTable({ subscriptions, onPay }: { subscriptions: Subscription[]; onPay: (s: Subscription) => void }) {
  const { t } = useTranslation('capital');
  const money = useMoney();
  const today = localToday();
  if (subscriptions.length === 0) {
    return (
      <EmptyState title={t('account.emptyTitle')}>
        <p>{t('account.empty')}</p>
      </EmptyState>
    );
  }
  return (
    <table className="data-table capital-subscriptions">
      <caption className="capital-section-title">{t('account.subscriptions')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('fields.class')}</th>
          <th scope="col">{t('fields.date')}</th>
          <th scope="col" className="data-table__number">
            {t('fields.shares')}
          </th>
          <th scope="col" className="data-table__number">
            {t('totals.subscribedMinor')}
          </th>
          <th scope="col" className="data-table__number">
            {t('totals.paidMinor')}
          </th>
          <th scope="col" className="data-table__number">
            {t('totals.pendingMinor')}
          </th>
          <th scope="col">
            <span className="visually-hidden">{t('account.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {subscriptions.map((s) => (
          <Fragment key={s.id}>
            <tr className="capital-subscriptions__main">
              <th scope="row">{s.className}</th>
              <td>{bookDate(s.date, money.locale)}</td>
              <td className="data-table__number">{s.shares}</td>
              <td className="data-table__number">{money.format(s.subscribedMinor)}</td>
              <td className="data-table__number">{money.format(s.paidMinor)}</td>
              <td className="data-table__number">{money.format(s.pendingMinor)}</td>
              <td>
                {s.pendingMinor > 0 && (
                  <Button onClick={() => onPay(s)} aria-label={t('account.payLabel', { className: s.className, date: bookDate(s.date, money.locale) })}>
                    {t('account.pay')}
                  </Button>
                )}
              </td>
            </tr>
            {s.instalments.map((i) => {
              const late = i.paidMinor < i.amountMinor && i.dueDate < today;
              return (
                <tr key={`${s.id}-${i.number}`} className="capital-subscriptions__instalment">
                  <td>{t('account.instalment', { number: i.number })}</td>
                  <td>{t('account.due', { date: bookDate(i.dueDate, money.locale) })}</td>
                  <td />
                  <td className="data-table__number">{money.format(i.amountMinor)}</td>
                  <td className="data-table__number">{money.format(i.paidMinor)}</td>
                  <td className="data-table__number">{money.format(i.amountMinor - i.paidMinor)}</td>
                  <td>
                    {i.paidMinor >= i.amountMinor ? (
                      <span className="badge badge--ok">{t('account.paid')}</span>
                    ) : late ? (
                      <span className="badge badge--late">{t('account.late')}</span>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}
