/** The coop's capital in three charts, each with its table: over time, subscribed vs paid by class, refunds due by year. */
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, XAxis, YAxis } from 'recharts';
import type { z } from 'zod';
import type { summary } from '../../../../shared/contract/capital';
import { Chart } from '../../components/Chart';
import { minorToDecimal } from '../../../../shared/domain/money-format';
import type { MoneyView } from '../../components/use-coop-money';

type Summary = z.infer<typeof summary>;

/** Chart axes take plain numbers: minor units as the currency's decimal, exact for any amount a coop holds. */
const units = (minor: number, digits: number) => Number(minorToDecimal(minor, digits));

export function CapitalCharts({ data, money }: { data: Summary; money: MoneyView }) {
  const { t } = useTranslation('capital');
  const axis = (value: number) => new Intl.NumberFormat(money.locale, { notation: 'compact' }).format(value);
  const amount = (minor: unknown) => money.format(minor as number);
  const over = data.capitalOverTime.map((r) => ({ ...r, subscribed: units(r.subscribedMinor, money.minorDigits), paid: units(r.paidMinor, money.minorDigits) }));
  const byClass = data.byClass.map((r) => ({ ...r, subscribed: units(r.subscribedMinor, money.minorDigits), paid: units(r.paidMinor, money.minorDigits) }));
  const refunds = data.refundsDueByYear.map((r) => ({ ...r, due: units(r.dueMinor, money.minorDigits) }));
  const last = data.capitalOverTime.at(-1);
  const dueTotal = data.refundsDueByYear.reduce((sum, r) => sum + r.dueMinor, 0);
  const colours = { subscribed: 'var(--accent)', paid: 'var(--success)', due: 'var(--danger)' };

  return (
    <div className="capital-charts">
      <Chart
        title={t('charts.overTime')}
        summary={last ? t('charts.overTimeSummary', { year: last.year, subscribed: money.format(last.subscribedMinor), paid: money.format(last.paidMinor) }) : t('charts.noData')}
        tableLabel={t('charts.showTable')}
        rows={data.capitalOverTime}
        rowKey={(r) => String(r.year)}
        columns={[
          { key: 'year', label: t('charts.year') },
          { key: 'subscribedMinor', label: t('totals.subscribedMinor'), format: amount, numeric: true },
          { key: 'paidMinor', label: t('totals.paidMinor'), format: amount, numeric: true },
        ]}
      >
        <LineChart data={over} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="year" interval={0} />
          <YAxis tickFormatter={axis} width={72} />
          <Legend />
          <Line type="monotone" dataKey="subscribed" name={t('totals.subscribedMinor')} stroke={colours.subscribed} isAnimationActive={false} />
          <Line type="monotone" dataKey="paid" name={t('totals.paidMinor')} stroke={colours.paid} strokeDasharray="6 3" isAnimationActive={false} />
        </LineChart>
      </Chart>
      <Chart
        title={t('charts.byClass')}
        summary={t('charts.byClassSummary', { count: data.byClass.length })}
        tableLabel={t('charts.showTable')}
        rows={data.byClass}
        rowKey={(r) => r.className}
        columns={[
          { key: 'className', label: t('fields.class') },
          { key: 'subscribedMinor', label: t('totals.subscribedMinor'), format: amount, numeric: true },
          { key: 'paidMinor', label: t('totals.paidMinor'), format: amount, numeric: true },
        ]}
      >
        <BarChart data={byClass} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="className" />
          <YAxis tickFormatter={axis} width={72} />
          <Legend />
          <Bar dataKey="subscribed" name={t('totals.subscribedMinor')} fill={colours.subscribed} isAnimationActive={false} />
          <Bar dataKey="paid" name={t('totals.paidMinor')} fill={colours.paid} isAnimationActive={false} />
        </BarChart>
      </Chart>
      <Chart
        title={t('charts.refundsDue')}
        summary={t('charts.refundsDueSummary', { total: money.format(dueTotal), count: data.refundsDueByYear.length })}
        tableLabel={t('charts.showTable')}
        rows={data.refundsDueByYear}
        rowKey={(r) => String(r.year)}
        columns={[
          { key: 'year', label: t('charts.year') },
          { key: 'dueMinor', label: t('charts.due'), format: amount, numeric: true },
        ]}
      >
        <BarChart data={refunds} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="year" interval={0} />
          <YAxis tickFormatter={axis} width={72} />
          <Bar dataKey="due" name={t('charts.due')} fill={colours.due} isAnimationActive={false} />
        </BarChart>
      </Chart>
    </div>
  );
}
