/**
 * /budgets/actuals?year=Y: the year's approved budget beside the journal's actuals for the months closed so
 * far, account by account, with the difference and a forecast to year end (the budget for the months left,
 * or the trend so far), and the cash position month by month.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useRpcQuery } from '../../api/queries';
import { useCoop } from '../../app/use-coop';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { Select } from '../../components/Select';
import { useMoney } from '../../components/use-coop-money';
import { formatDate } from '../../i18n/format';
import { BudgetVsActualChart, CashChart } from './ActualsCharts';
import { ActualsTable } from './ActualsTable';
import { BudgetsNav } from './BudgetsNav';
import { currentFiscalYear, monthNames, yearParam } from './fiscal-months';
import { YearPicker } from './YearPicker';

const forecasts = ['budget', 'trend'] as const;

export function ActualsScreen() {
  const { t, i18n } = useTranslation('budgets');
  const money = useMoney();
  const coop = useCoop().data;
  const [params, setParams] = useSearchParams();
  const year = yearParam(params.get('year')) ?? currentFiscalYear(coop?.fiscalYearStart ?? '01-01');
  const [forecast, setForecast] = useState<(typeof forecasts)[number]>('budget');
  const [series, setSeries] = useState('result');
  const actuals = useRpcQuery('budgets.actuals', { year, versionId: null, forecast, asOf: null });
  const cash = useRpcQuery('budgets.cash', { year, versionId: null, asOf: null });
  const accounts = useRpcQuery('budgets.accounts', {});
  const accountName = (key: string) => accounts.data?.find((a) => a.account === key)?.name ?? key;

  return (
    <section className="budget-screen">
      <PageHeader title={t('budget.actuals.title')} description={t('budget.actuals.description')} />
      <BudgetsNav />
      <div className="budget-toolbar">
        <YearPicker year={year} onChange={(next) => setParams({ year: String(next) })} />
        <fieldset className="budget-forecast">
          <legend>{t('budget.actuals.forecast')}</legend>
          {forecasts.map((f) => (
            <label key={f}>
              <input type="radio" name="forecast" value={f} checked={forecast === f} onChange={() => setForecast(f)} /> {t(`budget.actuals.forecasts.${f}`)}
            </label>
          ))}
        </fieldset>
      </div>
      <QueryState query={actuals}>
        {(data) => {
          const months = monthNames(data.monthStarts, i18n.language);
          const chosen = series === 'result' || series === 'income' || series === 'expense' ? data[series] : data.accounts.find((a) => a.account === series);
          const figures = chosen ?? data.result;
          const seriesName = chosen && series !== 'result' && series !== 'income' && series !== 'expense' ? accountName(series) : t(`budget.grid.sum.${chosen ? series : 'result'}`);
          return (
            <>
              <p className="budget-hint">
                {data.versionId === null
                  ? t('budget.actuals.noBudget', { year })
                  : t('budget.actuals.asOf', { count: data.closedMonths, date: formatDate(data.asOf, i18n.language) })}{' '}
                {data.versionId === null && <Link to={`/budgets?year=${year}`}>{t('budget.actuals.toBudget')}</Link>}
              </p>
              <ActualsTable actuals={data} accountName={accountName} money={money} />
              <div className="budget-charts">
                <div className="budget-charts__series">
                  <Select
                    label={t('budget.charts.series')}
                    value={series}
                    options={[
                      ...(['result', 'income', 'expense'] as const).map((s) => ({ value: s, label: t(`budget.grid.sum.${s}`) })),
                      ...data.accounts.map((a) => ({ value: a.account, label: accountName(a.account) })),
                    ]}
                    onChange={(event) => setSeries(event.target.value)}
                  />
                  <BudgetVsActualChart figures={figures} seriesName={seriesName} months={months} money={money} />
                </div>
                <QueryState query={cash}>{(position) => <CashChart cash={position} months={months} money={money} />}</QueryState>
              </div>
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
