/**
 * /budgets/break-even?year=Y: what the budget lets the coop pay. From the budget's revenue and its costs
 * other than pay, and the hours members committed to, the hourly value the coop can afford, the revenue at
 * which the current pay scheme breaks even, and — beside them, because under-used capacity is what these
 * coops most often miss — how much of the committed hours and of the machines' capacity is actually used.
 */
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Output } from '../../../../shared/contract';
import { useRpcQuery } from '../../api/queries';
import { useCoop } from '../../app/use-coop';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useMoney, type MoneyView } from '../../components/use-coop-money';
import { formatNumber } from '../../i18n/format';
import { BudgetsNav } from './BudgetsNav';
import { currentFiscalYear, yearParam } from './fiscal-months';
import { YearPicker } from './YearPicker';

type BreakEven = Output<'budgets.breakEven'>;

const hours = (minutes: number, locale: string) => formatNumber(Math.round(minutes / 60), locale);
const percent = (value: number, locale: string) => formatNumber(value / 100, locale, { style: 'percent', maximumFractionDigits: 1 });

export function BreakEvenScreen() {
  const { t } = useTranslation('budgets');
  const money = useMoney();
  const coop = useCoop().data;
  const [params, setParams] = useSearchParams();
  const year = yearParam(params.get('year')) ?? currentFiscalYear(coop?.fiscalYearStart ?? '01-01');
  const result = useRpcQuery('budgets.breakEven', { year, versionId: null });

  return (
    <section className="budget-screen">
      <PageHeader title={t('budget.breakEven.title')} description={t('budget.breakEven.description')} />
      <BudgetsNav />
      <div className="budget-toolbar">
        <YearPicker year={year} onChange={(next) => setParams({ year: String(next) })} />
      </div>
      <QueryState query={result}>{(data) => <BreakEvenView data={data} money={money} />}</QueryState>
    </section>
  );
}

function BreakEvenView({ data, money }: { data: BreakEven; money: MoneyView }) {
  const { t, i18n } = useTranslation('budgets');
  const lang = i18n.language;
  const covered = data.marginMinor >= 0;
  // Without a posted pay run nor members' pay in the budget there is no pay to break even with.
  const comparable = data.currentHourlyMinor !== null || data.budgetedPayMinor > 0;
  const figures: [string, string][] = [
    [t('budget.breakEven.revenue'), money.format(data.revenueMinor)],
    [t('budget.breakEven.nonPayCosts'), money.format(data.nonPayCostsMinor)],
    [t('budget.breakEven.committedHours'), t('budget.breakEven.hours', { hours: hours(data.committedMinutes, lang) })],
    [t('budget.breakEven.affordableHourly'), money.format(data.affordableHourlyMinor)],
    [t('budget.breakEven.currentHourly'), data.currentHourlyMinor === null ? '—' : money.format(data.currentHourlyMinor)],
    [t('budget.breakEven.budgetedPay'), money.format(data.budgetedPayMinor)],
    ...(comparable
      ? ([
          [t('budget.breakEven.currentPay'), money.format(data.currentPayMinor)],
          [t('budget.breakEven.breakEvenRevenue'), money.format(data.breakEvenRevenueMinor)],
          [t(covered ? 'budget.breakEven.margin' : 'budget.breakEven.shortfall'), money.format(Math.abs(data.marginMinor))],
        ] as [string, string][])
      : []),
  ];
  const verdict = !comparable ? 'budget-verdict' : covered ? 'budget-verdict budget-verdict--covered' : 'budget-verdict budget-verdict--short';
  return (
    <div className="budget-break-even">
      <p className={verdict}>
        {t('budget.breakEven.sentence', {
          revenue: money.format(data.revenueMinor),
          costs: money.format(data.nonPayCostsMinor),
          hourly: money.format(data.affordableHourlyMinor),
          hours: hours(data.committedMinutes, lang),
        })}{' '}
        {data.currentHourlyMinor === null
          ? t('budget.breakEven.noScheme')
          : t(covered ? 'budget.breakEven.covered' : 'budget.breakEven.short', {
              current: money.format(data.currentHourlyMinor),
              breakEven: money.format(data.breakEvenRevenueMinor),
              margin: money.format(Math.abs(data.marginMinor)),
            })}
      </p>
      <dl className="budget-figures">
        {figures.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h2>{t('budget.breakEven.capacityTitle')}</h2>
      {data.capacity === null ? (
        <p>{t('budget.breakEven.noAttendance')}</p>
      ) : (
        <p className="budget-verdict">
          {t('budget.breakEven.capacity', {
            percent: percent(data.capacity.percent, lang),
            worked: hours(data.capacity.workedMinutes, lang),
            committed: hours(data.capacity.committedMinutes, lang),
          })}
        </p>
      )}
      {data.machines.length === 0 ? (
        <p>{t('budget.breakEven.noMachines')}</p>
      ) : (
        <table className="data-table">
          <caption>{t('budget.breakEven.machinesCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('budget.breakEven.machine')}</th>
              <th scope="col" className="data-table__number">
                {t('budget.breakEven.load')}
              </th>
              <th scope="col" className="data-table__number">
                {t('budget.breakEven.machineCapacity')}
              </th>
              <th scope="col" className="data-table__number">
                {t('budget.breakEven.used')}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.machines.map((m) => (
              <tr key={m.code}>
                <th scope="row">
                  {m.code} · {m.name}
                </th>
                <td className="data-table__number">{t('budget.breakEven.hours', { hours: hours(m.bookedMinutes, lang) })}</td>
                <td className="data-table__number">{t('budget.breakEven.hours', { hours: hours(m.availableMinutes, lang) })}</td>
                <td className="data-table__number">{percent(m.percent, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
