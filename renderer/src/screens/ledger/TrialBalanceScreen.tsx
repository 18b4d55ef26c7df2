/** /ledger: the trial balance of a period — each account's debits, credits and balance, which must add up. */
import { useTranslation } from 'react-i18next';
import { useRpcQuery } from '../../api/queries';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { completePeriod, usePeriod } from '../../components/period';
import { PeriodFields } from '../../components/PeriodFields';
import { QueryState } from '../../components/QueryState';
import { useMoney } from '../../components/use-coop-money';
import { ExportPanel } from './ExportPanel';
import { LedgerNav } from './LedgerNav';

export function TrialBalanceScreen() {
  const { t } = useTranslation('ledger');
  const money = useMoney();
  const [period, setPeriod] = usePeriod();
  const range = completePeriod(period);
  const balance = useRpcQuery('ledger.trialBalance', { from: range?.from ?? '', to: range?.to ?? '' }, { enabled: range !== null });
  // The currency is named once in the caption; the cells carry figures alone, so six columns fit.
  const amount = (minor: number) => (minor === 0 ? '' : money.plain(minor));

  return (
    <section className="ledger-screen">
      <PageHeader title={t('screens.trialBalance.title')} description={t('screens.trialBalance.description')} />
      <LedgerNav />
      <div className="ledger-toolbar">
        <PeriodFields period={period} onChange={setPeriod} />
        <ExportPanel range={range} />
      </div>
      {range && (
        <QueryState query={balance}>
          {(data) =>
            data.rows.length === 0 ? (
              <EmptyState title={t('screens.trialBalance.emptyTitle')}>
                <p>{t('screens.trialBalance.empty')}</p>
              </EmptyState>
            ) : (
              <table className="data-table ledger-trial">
                <caption className="ledger-trial__caption">{t('screens.trialBalance.amountsIn', { currency: money.currency })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('screens.columns.code')}</th>
                    <th scope="col">{t('screens.columns.account')}</th>
                    <th scope="col">{t('screens.columns.kind')}</th>
                    <th scope="col" className="data-table__number">
                      {t('screens.columns.opening')}
                    </th>
                    <th scope="col" className="data-table__number">
                      {t('screens.columns.debit')}
                    </th>
                    <th scope="col" className="data-table__number">
                      {t('screens.columns.credit')}
                    </th>
                    <th scope="col" className="data-table__number">
                      {t('screens.columns.periodBalance')}
                    </th>
                    <th scope="col" className="data-table__number">
                      {t('screens.columns.closing')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.rows.map((row) => (
                    <tr key={row.account}>
                      <td className="ledger-code">{row.code}</td>
                      <th scope="row">{t(`accounts.${row.account}`)}</th>
                      <td>{t(`kinds.${row.kind}`)}</td>
                      <td className="data-table__number">{balanceText(row.openingMinor, money.plain, t)}</td>
                      <td className="data-table__number">{amount(row.debitMinor)}</td>
                      <td className="data-table__number">{amount(row.creditMinor)}</td>
                      <td className="data-table__number">{balanceText(row.balanceMinor, money.plain, t)}</td>
                      <td className="data-table__number">{balanceText(row.closingMinor, money.plain, t)}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row" colSpan={4}>
                      {t('screens.trialBalance.totals')}
                    </th>
                    <td className="data-table__number">{money.plain(data.totals.debitMinor)}</td>
                    <td className="data-table__number">{money.plain(data.totals.creditMinor)}</td>
                    <td className="data-table__number">
                      {data.totals.debitMinor === data.totals.creditMinor ? t('screens.trialBalance.balanced') : t('screens.trialBalance.unbalanced')}
                    </td>
                    <td />
                  </tr>
                </tfoot>
              </table>
            )
          }
        </QueryState>
      )}
    </section>
  );
}

/** A balance as an accountant reads it: the amount and which side it is on, never a bare minus sign. */
export function balanceText(minor: number, format: (minor: number) => string, t: (key: 'screens.side.debit' | 'screens.side.credit') => string): string {
  if (minor === 0) return format(0);
  return `${format(Math.abs(minor))} ${minor > 0 ? t('screens.side.debit') : t('screens.side.credit')}`;
}
