/** /budgets/plans: the coop's capitalisation plans, what each invests and how much of it is financed. */
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useRpcQuery } from '../../../api/queries';
import { Button } from '../../../components/Button';
import { EmptyState } from '../../../components/EmptyState';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { useMoney } from '../../../components/use-coop-money';
import { formatDateTime } from '../../../i18n/format';
import { BudgetsNav } from '../BudgetsNav';

export function PlansScreen() {
  const { t } = useTranslation('budgets');
  const money = useMoney();
  const navigate = useNavigate();
  const plans = useRpcQuery('budgets.plans', {});
  const add = (
    <Button variant="primary" onClick={() => void navigate('/budgets/plans/new')}>
      {t('plans.list.new')}
    </Button>
  );
  return (
    <section className="plans-screen">
      <PageHeader title={t('plans.list.title')} description={t('plans.list.description')} actions={add} />
      <BudgetsNav />
      <QueryState query={plans}>
        {(rows) =>
          rows.length === 0 ? (
            <EmptyState title={t('plans.list.emptyTitle')} action={add}>
              <p>{t('plans.list.empty')}</p>
              <p>{t('plans.list.emptyHow')}</p>
            </EmptyState>
          ) : (
            <table className="data-table">
              <caption className="visually-hidden">{t('plans.list.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('plans.list.name')}</th>
                  <th scope="col">{t('plans.list.years')}</th>
                  <th scope="col" className="data-table__number">{t('plans.list.investment')}</th>
                  <th scope="col" className="data-table__number">{t('plans.list.financed')}</th>
                  <th scope="col">{t('plans.list.state')}</th>
                  <th scope="col">{t('plans.list.updated')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((p) => {
                  const gap = p.financedMinor - p.investmentMinor;
                  return (
                    <tr key={p.id}>
                      <th scope="row">
                        <Link to={`/budgets/plans/${p.id}`}>{p.name}</Link>
                      </th>
                      <td>{t('plans.list.span', { from: p.fromYear, to: p.fromYear + p.years - 1 })}</td>
                      <td className="data-table__number">{money.format(p.investmentMinor)}</td>
                      <td className="data-table__number">{money.format(p.financedMinor)}</td>
                      <td>{gap === 0 ? t('plans.list.even') : t(gap < 0 ? 'plans.balance.short' : 'plans.balance.over', { amount: money.format(Math.abs(gap)) })}</td>
                      <td>{formatDateTime(p.updatedAt, money.locale)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )
        }
      </QueryState>
    </section>
  );
}
