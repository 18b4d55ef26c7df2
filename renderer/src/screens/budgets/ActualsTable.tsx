/**
 * Budget against actuals account by account: the year's budget, the budget and the actuals of the months
 * closed so far, the difference, and where the year is heading. Income first, then costs, then the result.
 * A difference is actual − budget: above zero is good for income and bad for a cost, so each says which.
 */
import { useTranslation } from 'react-i18next';
import type { Actuals, Figures } from '../../../../shared/contract/budgets';
import type { MoneyView } from '../../components/use-coop-money';

interface Props {
  actuals: Actuals;
  accountName: (account: string) => string;
  money: MoneyView;
}

type Side = 'income' | 'expense' | 'result';

export function ActualsTable({ actuals, accountName, money }: Props) {
  const { t } = useTranslation('budgets');
  const judged = (side: Side, variance: number) => {
    if (variance === 0) return null;
    const good = side === 'expense' ? variance < 0 : variance > 0;
    return <span className={good ? 'budget-variance--good' : 'budget-variance--bad'}>{t(good ? 'budget.actuals.better' : 'budget.actuals.worse')}</span>;
  };
  const cells = (figures: Figures, side: Side) => (
    <>
      <td className="data-table__number">{money.plain(figures.budgetTotalMinor)}</td>
      <td className="data-table__number">{money.plain(figures.yearToDate.budgetMinor)}</td>
      <td className="data-table__number">{money.plain(figures.yearToDate.actualMinor)}</td>
      <td className="data-table__number">
        {money.plain(figures.yearToDate.varianceMinor)} {judged(side, figures.yearToDate.varianceMinor)}
      </td>
      <td className="data-table__number">{money.plain(figures.forecastMinor)}</td>
    </>
  );
  return (
    <table className="data-table budget-actuals">
      <caption>{t('budget.actuals.caption', { count: actuals.closedMonths, currency: money.currency })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('budget.grid.account')}</th>
          <th scope="col" className="data-table__number">
            {t('budget.actuals.budgetYear')}
          </th>
          <th scope="col" className="data-table__number">
            {t('budget.actuals.budgetToDate')}
          </th>
          <th scope="col" className="data-table__number">
            {t('budget.actuals.actualToDate')}
          </th>
          <th scope="col" className="data-table__number">
            {t('budget.actuals.variance')}
          </th>
          <th scope="col" className="data-table__number">
            {t(`budget.actuals.forecastBy.${actuals.forecast}`)}
          </th>
        </tr>
      </thead>
      {(['income', 'expense'] as const).map((side) => (
        <tbody key={side}>
          {actuals.accounts
            .filter((a) => a.kind === side)
            .map((a) => (
              <tr key={a.account}>
                <th scope="row">{accountName(a.account)}</th>
                {cells(a, side)}
              </tr>
            ))}
          <tr className="budget-actuals__subtotal">
            <th scope="row">{t(`budget.grid.sum.${side}`)}</th>
            {cells(actuals[side], side)}
          </tr>
        </tbody>
      ))}
      <tfoot>
        <tr>
          <th scope="row">{t('budget.grid.sum.result')}</th>
          {cells(actuals.result, 'result')}
        </tr>
      </tfoot>
    </table>
  );
}
