/** The years ahead on screen: the ratios the council watches as charts (each with its figures), the full table and the assumptions. */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, XAxis, YAxis } from 'recharts';
import { useRpcQuery } from '../../../api/queries';
import { Chart } from '../../../components/Chart';
import { QueryState } from '../../../components/QueryState';
import type { MoneyView } from '../../../components/use-coop-money';
import { minorToDecimal } from '../../../../../shared/domain/money-format';
import { AssumptionList, ProjectionTable, ratioText, scenarioName, type Projection } from './ProjectionTable';

const colours = ['var(--accent)', 'var(--danger)', 'var(--success)', 'var(--text-muted)'];
const dashes = [undefined, '6 3', '2 2', '8 2 2 2'];

type ChartRow = Record<string, number | string | null>;

export function ProjectionView({ planId, scenarioIds, money }: { planId: number; scenarioIds: number[]; money: MoneyView }) {
  const { t } = useTranslation('budgets');
  const projection = useRpcQuery('budgets.projection', { planId, scenarioIds });
  return (
    <section className="plans-panel plans-projection" aria-labelledby="plan-projection">
      <h2 id="plan-projection">{t('plans.projection.heading')}</h2>
      <p className="field__hint">{t('plans.projection.description')}</p>
      <QueryState query={projection}>
        {(data) => (
          <>
            <div className="plans-projection__charts">
              <RatioChart data={data} figure="equityToAssets" money={money} />
              <RatioChart data={data} figure="debtServiceToSurplus" money={money} />
              <DebtChart data={data} money={money} />
            </div>
            <ProjectionTable projection={data} money={money} t={t} caption={t('plans.projection.tableCaption', { currency: money.currency })} />
            <h3>{t('plans.projection.assumptions')}</h3>
            <AssumptionList projection={data} money={money} t={t} />
          </>
        )}
      </QueryState>
    </section>
  );
}

/** One line per scenario, as direct children of the chart (Recharts reads its children's props, not their output). */
function lines(data: Projection, t: TFunction<'budgets'>) {
  return data.scenarios.map((s, i) => (
    <Line
      key={s.scenarioId ?? 'base'}
      type="monotone"
      dataKey={`s${i}`}
      name={scenarioName(t, s)}
      stroke={colours[i % colours.length]}
      strokeDasharray={dashes[i % dashes.length]}
      strokeWidth={2}
      isAnimationActive={false}
      connectNulls={false}
    />
  ));
}

function RatioChart({ data, figure, money }: { data: Projection; figure: 'equityToAssets' | 'debtServiceToSurplus'; money: MoneyView }) {
  const { t } = useTranslation('budgets');
  const years = data.scenarios[0]?.years ?? [];
  const rows: ChartRow[] = years.map((y, k) => ({
    year: y.year,
    ...Object.fromEntries(data.scenarios.map((s, i) => [`s${i}`, s.years[k]?.[figure].value == null ? null : Math.round(s.years[k]![figure].value! * 1000) / 10])),
    ...Object.fromEntries(data.scenarios.map((s, i) => [`t${i}`, s.years[k] ? ratioText(s.years[k]![figure], money.locale) : ''])),
  }));
  const last = data.scenarios.map((s) => `${scenarioName(t, s)}: ${s.years.at(-1) ? ratioText(s.years.at(-1)![figure], money.locale) : '—'}`).join('; ');
  return (
    <Chart<ChartRow>
      title={t(`plans.projection.figures.${figure}`)}
      summary={t('plans.projection.chartSummary', { figure: t(`plans.projection.figures.${figure}`), year: years.at(-1)?.year ?? '', values: last })}
      tableLabel={t('plans.projection.showFigures')}
      rows={rows}
      rowKey={(r) => String(r.year)}
      columns={[{ key: 'year', label: t('plans.projection.year') }, ...data.scenarios.map((s, i) => ({ key: `t${i}`, label: scenarioName(t, s), numeric: true }))]}
    >
      <LineChart data={rows} accessibilityLayer={false} margin={{ top: 8, right: 24, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="year" interval={0} />
        <YAxis unit="%" width={56} />
        {figure === 'debtServiceToSurplus' && <ReferenceLine y={100} stroke="var(--danger)" strokeDasharray="4 4" />}
        <Legend />
        {lines(data, t)}
      </LineChart>
    </Chart>
  );
}

function DebtChart({ data, money }: { data: Projection; money: MoneyView }) {
  const { t } = useTranslation('budgets');
  const years = data.scenarios[0]?.years ?? [];
  const units = (minor: number) => Number(minorToDecimal(minor, money.minorDigits));
  const rows: ChartRow[] = years.map((y, k) => ({
    year: y.year,
    ...Object.fromEntries(data.scenarios.map((s, i) => [`s${i}`, s.years[k] ? units(s.years[k]!.debtOutstandingMinor) : null])),
    ...Object.fromEntries(data.scenarios.map((s, i) => [`t${i}`, s.years[k] ? money.format(s.years[k]!.debtOutstandingMinor) : ''])),
  }));
  const axis = (value: number) => new Intl.NumberFormat(money.locale, { notation: 'compact' }).format(value);
  const last = data.scenarios.map((s) => `${scenarioName(t, s)}: ${s.years.at(-1) ? money.format(s.years.at(-1)!.debtOutstandingMinor) : '—'}`).join('; ');
  return (
    <Chart<ChartRow>
      title={t('plans.projection.figures.debtOutstandingMinor')}
      summary={t('plans.projection.chartSummary', { figure: t('plans.projection.figures.debtOutstandingMinor'), year: years.at(-1)?.year ?? '', values: last })}
      tableLabel={t('plans.projection.showFigures')}
      rows={rows}
      rowKey={(r) => String(r.year)}
      columns={[{ key: 'year', label: t('plans.projection.year') }, ...data.scenarios.map((s, i) => ({ key: `t${i}`, label: scenarioName(t, s), numeric: true }))]}
    >
      <LineChart data={rows} accessibilityLayer={false} margin={{ top: 8, right: 24, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="year" interval={0} />
        <YAxis tickFormatter={axis} width={72} />
        <Legend />
        {lines(data, t)}
      </LineChart>
    </Chart>
  );
}
