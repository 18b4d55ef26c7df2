/**
 * Hours by member and month: the coop's months stacked by kind in a chart, and every member's months in
 * a table (the same figures, member by member), with what each member committed to.
 */
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from 'recharts';
import { attendanceKinds } from '../../../../shared/domain/attendance';
import { useRpcQuery } from '../../api/queries';
import { Chart } from '../../components/Chart';
import { QueryState } from '../../components/QueryState';
import { formatNumber } from '../../i18n/format';
import { ExportButtons } from './ExportButtons';
import { kindColours } from './kind-colours';
import { hoursOf, monthLabel, hoursText } from './report-format';

export function HoursReport({ range }: { range: { from: string; to: string } }) {
  const { t, i18n } = useTranslation('attendance');
  const locale = i18n.language;
  const hours = useRpcQuery('attendance.hoursByMonth', { ...range, memberId: null });
  return (
    <section className="report" aria-labelledby="attendance-report-hours">
      <div className="report__head">
        <h2 id="attendance-report-hours">{t('reports.hours.title')}</h2>
        <ExportButtons report="hours" range={range} title={t('reports.hours.title')} />
      </div>
      <QueryState query={hours}>
        {(rows) => {
          const months = [...new Set(rows.map((r) => r.month))].sort();
          const byMonth = months.map((month) => {
            const point: Record<string, number | string> = { label: monthLabel(month, locale), month };
            for (const kind of attendanceKinds) point[kind] = 0;
            let total = 0;
            for (const row of rows.filter((r) => r.month === month)) {
              for (const k of row.kinds) point[k.kind] = (point[k.kind] as number) + hoursOf(k.minutes);
              total += row.totalMinutes;
            }
            point.totalMinutes = total;
            return point;
          });
          const present = attendanceKinds.filter((kind) => rows.some((r) => r.kinds.some((k) => k.kind === kind && k.minutes > 0)));
          const total = rows.reduce((sum, r) => sum + r.totalMinutes, 0);
          const members = new Set(rows.map((r) => r.memberId)).size;
          const summary = t('reports.hours.summary', { hours: hoursText(total, locale), members, months: months.length, count: months.length });
          return (
            <>
              <p className="report__summary">{summary}</p>
              <Chart
                title={t('reports.hours.chart')}
                summary={summary}
                tableLabel={t('reports.showTable')}
                rows={rows}
                rowKey={(r) => `${r.memberId}-${r.month}`}
                height={260}
                columns={[
                  { key: 'memberNumber', label: t('reports.number'), numeric: true },
                  { key: 'name', label: t('reports.name') },
                  { key: 'month', label: t('reports.month'), format: (v) => monthLabel(v as string, locale) },
                  { key: 'totalMinutes', label: t('reports.hours.total'), format: (v) => hoursText(v as number, locale), numeric: true },
                  { key: 'workMinutes', label: t('reports.hours.work'), format: (v) => hoursText(v as number, locale), numeric: true },
                  { key: 'paidMinutes', label: t('reports.hours.paid'), format: (v) => hoursText(v as number, locale), numeric: true },
                  { key: 'committedMinutes', label: t('reports.hours.committed'), format: (v) => hoursText(v as number, locale), numeric: true },
                ]}
              >
                <BarChart data={byMonth} accessibilityLayer={false}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis dataKey="label" />
                  <YAxis width={64} tickFormatter={(v: number) => formatNumber(v, locale)} />
                  <Legend />
                  {present.map((kind) => (
                    <Bar key={kind} dataKey={kind} stackId="kinds" name={t(`kinds.${kind}`)} fill={kindColours[kind]} isAnimationActive={false} />
                  ))}
                </BarChart>
              </Chart>
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
