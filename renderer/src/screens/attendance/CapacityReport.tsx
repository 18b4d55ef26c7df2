/** Capacity actually used: hours worked against hours committed, month by month, over every member. */
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from 'recharts';
import { useRpcQuery } from '../../api/queries';
import { Chart } from '../../components/Chart';
import { QueryState } from '../../components/QueryState';
import { formatNumber } from '../../i18n/format';
import { ExportButtons } from './ExportButtons';
import { hoursOf, monthLabel, percent, hoursText } from './report-format';

export function CapacityReport({ range }: { range: { from: string; to: string } }) {
  const { t, i18n } = useTranslation('attendance');
  const locale = i18n.language;
  const capacity = useRpcQuery('attendance.capacity', range);
  return (
    <section className="report" aria-labelledby="attendance-report-capacity">
      <div className="report__head">
        <h2 id="attendance-report-capacity">{t('reports.capacity.title')}</h2>
        <ExportButtons report="capacity" range={range} title={t('reports.capacity.title')} />
      </div>
      <p className="report__explain">{t('reports.capacity.explain')}</p>
      <QueryState query={capacity}>
        {(rows) => {
          const worked = rows.reduce((sum, r) => sum + r.workedMinutes, 0);
          const committed = rows.reduce((sum, r) => sum + r.committedMinutes, 0);
          const summary = t('reports.capacity.summary', { ratio: percent(committed === 0 ? null : worked / committed, locale), worked: hoursText(worked, locale), committed: hoursText(committed, locale) });
          const data = rows.map((r) => ({ label: monthLabel(r.month, locale), worked: hoursOf(r.workedMinutes), committed: hoursOf(r.committedMinutes) }));
          return (
            <>
              <p className="report__summary">{summary}</p>
              <Chart
                title={t('reports.capacity.chart')}
                summary={summary}
                tableLabel={t('reports.showTable')}
                rows={rows}
                rowKey={(r) => r.month}
                height={240}
                columns={[
                  { key: 'month', label: t('reports.month'), format: (v) => monthLabel(v as string, locale) },
                  { key: 'workedMinutes', label: t('reports.capacity.worked'), format: (v) => hoursText(v as number, locale), numeric: true },
                  { key: 'committedMinutes', label: t('reports.capacity.committed'), format: (v) => hoursText(v as number, locale), numeric: true },
                  { key: 'ratio', label: t('reports.capacity.ratio'), format: (v) => percent(v as number | null, locale), numeric: true },
                ]}
              >
                <BarChart data={data} accessibilityLayer={false}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis dataKey="label" />
                  <YAxis width={64} tickFormatter={(v: number) => formatNumber(v, locale)} />
                  <Legend />
                  <Bar dataKey="committed" name={t('reports.capacity.committedHours')} fill="var(--border-strong)" isAnimationActive={false} />
                  <Bar dataKey="worked" name={t('reports.capacity.workedHours')} fill="var(--accent)" isAnimationActive={false} />
                </BarChart>
              </Chart>
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
