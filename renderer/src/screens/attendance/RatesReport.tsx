/**
 * Absence and punctuality: of the days each member's schedule committed them to, how many were absences,
 * and of the clocked days, how many started late (beyond the tolerance in the settings).
 */
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from 'recharts';
import { useRpcQuery } from '../../api/queries';
import { Chart } from '../../components/Chart';
import { QueryState } from '../../components/QueryState';
import { ExportButtons } from './ExportButtons';
import { percent } from './report-format';

const CHARTED = 15;

export function RatesReport({ range }: { range: { from: string; to: string } }) {
  const { t, i18n } = useTranslation('attendance');
  const locale = i18n.language;
  const rates = useRpcQuery('attendance.rates', range);
  return (
    <section className="report" aria-labelledby="attendance-report-rates">
      <div className="report__head">
        <h2 id="attendance-report-rates">{t('reports.rates.title')}</h2>
        <ExportButtons report="rates" range={range} title={t('reports.rates.title')} />
      </div>
      <QueryState query={rates}>
        {(rows) => {
          const scheduled = rows.reduce((sum, r) => sum + r.scheduledDays, 0);
          const absent = rows.reduce((sum, r) => sum + r.absenceDays, 0);
          const clocked = rows.reduce((sum, r) => sum + r.clockedDays, 0);
          const late = rows.reduce((sum, r) => sum + r.lateDays, 0);
          const worst = [...rows].sort((a, b) => b.absenceRate + b.lateRate - (a.absenceRate + a.lateRate)).slice(0, CHARTED);
          const absence = percent(scheduled === 0 ? null : absent / scheduled, locale);
          // Without clocked days there is no punctuality to measure: said in words, not as a dash.
          const summary = clocked === 0 ? t('reports.rates.summaryNoClock', { absence }) : t('reports.rates.summary', { absence, late: percent(late / clocked, locale) });
          return (
            <>
              <p className="report__summary">{summary}</p>
              <Chart
                title={t('reports.rates.chart', { count: worst.length })}
                summary={summary}
                tableLabel={t('reports.showTable')}
                rows={rows}
                rowKey={(r) => String(r.memberId)}
                height={Math.max(160, worst.length * 28 + 60)}
                columns={[
                  { key: 'memberNumber', label: t('reports.number'), numeric: true },
                  { key: 'name', label: t('reports.name') },
                  { key: 'scheduledDays', label: t('reports.rates.scheduled'), numeric: true },
                  { key: 'absenceDays', label: t('reports.rates.absent'), numeric: true },
                  { key: 'absenceRate', label: t('reports.rates.absenceRate'), format: (v) => percent(v as number, locale), numeric: true },
                  { key: 'clockedDays', label: t('reports.rates.clocked'), numeric: true },
                  { key: 'lateDays', label: t('reports.rates.late'), numeric: true },
                  { key: 'lateRate', label: t('reports.rates.lateRate'), format: (v) => percent(v as number, locale), numeric: true },
                  { key: 'averageMinutesLate', label: t('reports.rates.averageLate'), format: (v) => String(Math.round(v as number)), numeric: true },
                ]}
              >
                <BarChart
                  data={worst.map((r) => ({ name: r.name, absence: Math.round(r.absenceRate * 1000) / 10, late: Math.round(r.lateRate * 1000) / 10 }))}
                  layout="vertical"
                  accessibilityLayer={false}
                >
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis type="number" unit=" %" />
                  <YAxis type="category" dataKey="name" width={170} interval={0} />
                  <Legend />
                  <Bar dataKey="absence" name={t('reports.rates.absenceRate')} fill="#d9822b" isAnimationActive={false} />
                  <Bar dataKey="late" name={t('reports.rates.lateRate')} fill="var(--accent)" isAnimationActive={false} />
                </BarChart>
              </Chart>
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
