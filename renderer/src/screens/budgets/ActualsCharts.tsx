/**
 * The year month by month: budget against actual for the series chosen (the result, a side or one
 * account), and the cash position, actual for closed months and budgeted after. Each chart has a table of
 * the same figures for the screen reader and for whoever needs the exact amounts.
 */
import { useTranslation } from 'react-i18next';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, XAxis, YAxis } from 'recharts';
import type { Output } from '../../../../shared/contract';
import type { Figures } from '../../../../shared/contract/budgets';
import { minorToDecimal } from '../../../../shared/domain/money-format';
import { Chart } from '../../components/Chart';
import type { MoneyView } from '../../components/use-coop-money';

const units = (minor: number, digits: number) => Number(minorToDecimal(minor, digits));
const colours = { budget: 'var(--text-muted)', actual: 'var(--accent)', forecast: 'var(--border-strong)', in: 'var(--success)', out: 'var(--danger)' };

interface MonthRow {
  month: string;
  budgetMinor: number;
  actualMinor: number | null;
  varianceMinor: number | null;
}

export function BudgetVsActualChart({ figures, seriesName, months, money }: { figures: Figures; seriesName: string; months: string[]; money: MoneyView }) {
  const { t } = useTranslation('budgets');
  const axis = (value: number) => new Intl.NumberFormat(money.locale, { notation: 'compact' }).format(value);
  const rows: MonthRow[] = months.map((month, i) => ({
    month,
    budgetMinor: figures.budgetMinor[i] ?? 0,
    actualMinor: figures.actualMinor[i] ?? null,
    varianceMinor: figures.varianceMinor[i] ?? null,
  }));
  const drawn = rows.map((r) => ({ month: r.month, budget: units(r.budgetMinor, money.minorDigits), actual: r.actualMinor === null ? null : units(r.actualMinor, money.minorDigits) }));
  const optional = (value: unknown) => (value === null ? '—' : money.format(value as number));
  return (
    <Chart
      title={t('budget.charts.vsTitle', { series: seriesName })}
      summary={t('budget.charts.vsSummary', {
        series: seriesName,
        count: figures.actualMinor.length,
        actual: money.format(figures.yearToDate.actualMinor),
        budget: money.format(figures.yearToDate.budgetMinor),
      })}
      tableLabel={t('budget.charts.showTable')}
      rows={rows}
      rowKey={(r) => r.month}
      columns={[
        { key: 'month', label: t('budget.charts.month') },
        { key: 'budgetMinor', label: t('budget.charts.budget'), format: optional, numeric: true },
        { key: 'actualMinor', label: t('budget.charts.actual'), format: optional, numeric: true },
        { key: 'varianceMinor', label: t('budget.actuals.variance'), format: optional, numeric: true },
      ]}
      height={260}
    >
      <ComposedChart data={drawn} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="month" />
        <YAxis tickFormatter={axis} width={72} />
        <Legend />
        <Bar dataKey="actual" name={t('budget.charts.actual')} fill={colours.actual} isAnimationActive={false} />
        <Line type="monotone" dataKey="budget" name={t('budget.charts.budget')} stroke={colours.budget} strokeWidth={2} strokeDasharray="6 3" isAnimationActive={false} />
      </ComposedChart>
    </Chart>
  );
}

type Cash = Output<'budgets.cash'>;

export function CashChart({ cash, months, money }: { cash: Cash; months: string[]; money: MoneyView }) {
  const { t } = useTranslation('budgets');
  const axis = (value: number) => new Intl.NumberFormat(money.locale, { notation: 'compact' }).format(value);
  const rows = cash.months.map((m, i) => ({ ...m, name: months[i] ?? m.start, basis: t(m.actual ? 'budget.cash.actual' : 'budget.cash.budgeted') }));
  const drawn = rows.map((r) => ({ name: r.name, in: units(r.inMinor, money.minorDigits), out: -units(r.outMinor, money.minorDigits), closing: units(r.closingMinor, money.minorDigits) }));
  const amount = (value: unknown) => money.format(value as number);
  const lowest = rows.reduce<(typeof rows)[number] | null>((low, r) => (low === null || r.closingMinor < low.closingMinor ? r : low), null);
  return (
    <Chart
      title={t('budget.cash.title')}
      summary={t('budget.cash.summary', {
        closing: money.format(rows.at(-1)?.closingMinor ?? 0),
        lowest: money.format(lowest?.closingMinor ?? 0),
        month: lowest?.name ?? '—',
      })}
      tableLabel={t('budget.charts.showTable')}
      rows={rows}
      rowKey={(r) => r.start}
      columns={[
        { key: 'name', label: t('budget.charts.month') },
        { key: 'basis', label: t('budget.cash.basis') },
        { key: 'openingMinor', label: t('budget.cash.opening'), format: amount, numeric: true },
        { key: 'inMinor', label: t('budget.cash.in'), format: amount, numeric: true },
        { key: 'outMinor', label: t('budget.cash.out'), format: amount, numeric: true },
        { key: 'closingMinor', label: t('budget.cash.closing'), format: amount, numeric: true },
      ]}
      height={260}
    >
      <ComposedChart data={drawn} accessibilityLayer={false} stackOffset="sign">
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="name" />
        <YAxis tickFormatter={axis} width={72} />
        <Legend />
        <Bar dataKey="in" name={t('budget.cash.in')} fill={colours.in} stackId="flow" isAnimationActive={false} />
        <Bar dataKey="out" name={t('budget.cash.out')} fill={colours.out} stackId="flow" isAnimationActive={false} />
        <Line type="monotone" dataKey="closing" name={t('budget.cash.closing')} stroke={colours.actual} strokeWidth={2} isAnimationActive={false} />
      </ComposedChart>
    </Chart>
  );
}
