/**
 * Members below their committed hours over the period: paid hours (work, and the holidays and leave that
 * cover the commitment) against what each committed to, the furthest below first.
 */
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ReferenceLine, XAxis, YAxis } from 'recharts';
import { useRpcQuery } from '../../api/queries';
import { Chart } from '../../components/Chart';
import { QueryState } from '../../components/QueryState';
import { ExportButtons } from './ExportButtons';
import { percent, hoursText } from './report-format';

/** The chart shows the members furthest below; the table lists them all. */
const CHARTED = 15;

export function BelowReport({ range }: { range: { from: string; to: string } }) {
  const { t, i18n } = useTranslation('attendance');
  const locale = i18n.language;
  const below = useRpcQuery('attendance.belowCommitment', range);
  return (
    <section className="report" aria-labelledby="attendance-report-below">
      <div className="report__head">
        <h2 id="attendance-report-below">{t('reports.below.title')}</h2>
        <ExportButtons report="below" range={range} title={t('reports.below.title')} />
      </div>
      <QueryState query={below}>
        {(rows) =>
          rows.length === 0 ? (
            <p>{t('reports.below.none')}</p>
          ) : (
            <>
              <p className="report__summary">{t('reports.below.summary', { count: rows.length, name: rows[0]!.name, ratio: percent(rows[0]!.ratio, locale) })}</p>
              <Chart
                title={t('reports.below.chart', { count: Math.min(CHARTED, rows.length) })}
                summary={t('reports.below.summary', { count: rows.length, name: rows[0]!.name, ratio: percent(rows[0]!.ratio, locale) })}
                tableLabel={t('reports.showTable')}
                rows={rows}
                rowKey={(r) => String(r.memberId)}
                height={Math.max(160, Math.min(CHARTED, rows.length) * 28 + 50)}
                columns={[
                  { key: 'memberNumber', label: t('reports.number'), numeric: true },
                  { key: 'name', label: t('reports.name') },
                  { key: 'countedMinutes', label: t('reports.below.counted'), format: (v) => hoursText(v as number, locale), numeric: true },
                  { key: 'committedMinutes', label: t('reports.below.committed'), format: (v) => hoursText(v as number, locale), numeric: true },
                  { key: 'shortfallMinutes', label: t('reports.below.shortfall'), format: (v) => hoursText(v as number, locale), numeric: true },
                  { key: 'ratio', label: t('reports.below.ratio'), format: (v) => percent(v as number, locale), numeric: true },
                ]}
              >
                <BarChart data={rows.slice(0, CHARTED).map((r) => ({ name: r.name, ratio: Math.round(r.ratio * 1000) / 10 }))} layout="vertical" accessibilityLayer={false}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis type="number" domain={[0, 100]} unit=" %" />
                  <YAxis type="category" dataKey="name" width={170} interval={0} />
                  <ReferenceLine x={100} stroke="var(--text-muted)" />
                  <Bar dataKey="ratio" name={t('reports.below.ratio')} fill="var(--danger)" isAnimationActive={false} />
                </BarChart>
              </Chart>
            </>
          )
        }
      </QueryState>
    </section>
  );
}
