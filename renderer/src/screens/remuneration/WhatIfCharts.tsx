/**
 * Both distributions of pay, current and proposed: each member's pay over the months compared, lowest to
 * highest (how even the pay is), and the months' totals. Each chart has a table of the same figures.
 */
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, XAxis, YAxis } from 'recharts';
import type { WhatIfResult } from '../../../../shared/contract/remuneration';
import { minorToDecimal } from '../../../../shared/domain/money-format';
import { Chart } from '../../components/Chart';
import type { MoneyView } from '../../components/use-coop-money';
import { periodName } from './month';

const units = (minor: number, digits: number) => Number(minorToDecimal(minor, digits));

export function WhatIfCharts({ result, money }: { result: WhatIfResult; money: MoneyView }) {
  const { t } = useTranslation('remuneration');
  const axis = (value: number) => new Intl.NumberFormat(money.locale, { notation: 'compact' }).format(value);
  const amount = (minor: unknown) => money.format(minor as number);
  const colours = { current: 'var(--accent)', proposed: 'var(--success)' };
  // Each distribution sorted on its own: the n-th lowest pay now against the n-th lowest proposed.
  const current = result.members.map((m) => m.currentMinor).sort((a, b) => a - b);
  const proposed = result.members.map((m) => m.proposedMinor).sort((a, b) => a - b);
  const ranks = current.map((c, i) => ({ rank: i + 1, currentMinor: c, proposedMinor: proposed[i] ?? 0 }));
  const distribution = ranks.map((r) => ({ rank: r.rank, current: units(r.currentMinor, money.minorDigits), proposed: units(r.proposedMinor, money.minorDigits) }));
  const months = result.byPeriod.map((p) => ({ ...p, name: periodName(p.period, money.locale) }));
  const monthBars = months.map((p) => ({ name: p.name, current: units(p.currentMinor, money.minorDigits), proposed: units(p.proposedMinor, money.minorDigits) }));
  const lowHigh = (values: number[]) => (values.length ? { low: money.format(values[0]!), high: money.format(values.at(-1)!) } : { low: '—', high: '—' });

  return (
    <div className="pay-charts">
      <Chart
        title={t('whatIf.distribution')}
        summary={t('whatIf.distributionSummary', {
          currentLow: lowHigh(current).low,
          currentHigh: lowHigh(current).high,
          proposedLow: lowHigh(proposed).low,
          proposedHigh: lowHigh(proposed).high,
        })}
        tableLabel={t('whatIf.showTable')}
        rows={ranks}
        rowKey={(r) => String(r.rank)}
        columns={[
          { key: 'rank', label: t('whatIf.rank') },
          { key: 'currentMinor', label: t('whatIf.current'), format: amount, numeric: true },
          { key: 'proposedMinor', label: t('whatIf.proposed'), format: amount, numeric: true },
        ]}
      >
        <LineChart data={distribution} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="rank" />
          <YAxis tickFormatter={axis} width={72} />
          <Legend />
          <Line type="monotone" dataKey="current" name={t('whatIf.current')} stroke={colours.current} dot={false} isAnimationActive={false} />
          <Line type="monotone" dataKey="proposed" name={t('whatIf.proposed')} stroke={colours.proposed} strokeDasharray="6 3" dot={false} isAnimationActive={false} />
        </LineChart>
      </Chart>
      <Chart
        title={t('whatIf.byMonth')}
        summary={t('whatIf.byMonthSummary', { count: months.length, current: money.format(result.totals.currentMinor), proposed: money.format(result.totals.proposedMinor) })}
        tableLabel={t('whatIf.showTable')}
        rows={months}
        rowKey={(r) => r.period}
        columns={[
          { key: 'name', label: t('whatIf.month') },
          { key: 'currentMinor', label: t('whatIf.current'), format: amount, numeric: true },
          { key: 'proposedMinor', label: t('whatIf.proposed'), format: amount, numeric: true },
        ]}
      >
        <BarChart data={monthBars} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="name" />
          <YAxis tickFormatter={axis} width={72} />
          <Legend />
          <Bar dataKey="current" name={t('whatIf.current')} fill={colours.current} isAnimationActive={false} />
          <Bar dataKey="proposed" name={t('whatIf.proposed')} fill={colours.proposed} isAnimationActive={false} />
        </BarChart>
      </Chart>
    </div>
  );
}
