/**
 * /planning/load: where the capacity goes. Utilisation by work centre and by ISO week (charts with the
 * same figures as tables), the bottleneck, build-ahead suggestions, members' load and its fairness,
 * purchases with their order-by dates, work sent to partners, and the next free slot of each lane.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Line, ComposedChart, XAxis, YAxis } from 'recharts';
import type { PlanView } from '../../../../shared/contract/planning';
import { Chart } from '../../components/Chart';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { Select } from '../../components/Select';
import { useMoney } from '../../components/use-coop-money';
import { usePlan } from './plan-settings';
import { PlanningNav } from './PlanningNav';
import { formatAt } from './time';
import { useDuration, useHours, usePercent } from './words';

export function LoadScreen() {
  const { t } = useTranslation('planning');
  const plan = usePlan();
  return (
    <section className="planning-screen">
      <PageHeader title={t('load.title')} description={t('load.description')} />
      <PlanningNav />
      <QueryState query={plan}>{(data) => <Load plan={data} />}</QueryState>
    </section>
  );
}

const hours = (minutes: number) => Math.round((minutes / 60) * 10) / 10;

function Load({ plan }: { plan: PlanView }) {
  const { t, i18n } = useTranslation('planning');
  const percent = usePercent();
  const duration = useDuration();
  const hoursText = useHours();
  const byWc = plan.utilisation.map((u) => ({ ...u, share: u.available > 0 ? u.booked / u.available : 0 }));
  const bottleneck = plan.metrics.bottleneck;
  const [wc, setWc] = useState(bottleneck ?? plan.workcenters[0]?.code ?? '');
  const weeks = plan.weeks.filter((w) => w.wc === wc).map((w) => ({ ...w, bookedH: hours(w.booked), availableH: hours(w.available), loadH: hours(w.load), share: w.available > 0 ? w.booked / w.available : 0 }));
  const top = byWc.find((u) => u.wc === bottleneck);
  const number = (value: number) => new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(value);

  return (
    <>
      <p className="planning-bottleneck">
        {top ? t('load.bottleneck', { wc: top.wc, share: percent(top.share), booked: hoursText(top.booked), available: hoursText(top.available) }) : t('load.noBottleneck')}
      </p>
      <div className="planning-charts">
        <Chart
          title={t('load.byWc')}
          summary={t('load.byWcSummary', { count: byWc.length, wc: bottleneck ?? '—', share: top ? percent(top.share) : '—' })}
          tableLabel={t('load.showTable')}
          rows={byWc}
          rowKey={(r) => r.wc}
          columns={[
            { key: 'wc', label: t('load.wc') },
            { key: 'booked', label: t('load.booked'), format: (v) => hoursText(v as number), numeric: true },
            { key: 'available', label: t('load.available'), format: (v) => hoursText(v as number), numeric: true },
            { key: 'share', label: t('load.utilisation'), format: (v) => percent(v as number), numeric: true },
          ]}
          height={Math.max(200, 36 * byWc.length + 60)}
        >
          <BarChart data={byWc} layout="vertical" accessibilityLayer={false} margin={{ left: 8, right: 16 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis type="number" domain={[0, 1]} tickFormatter={(v: number) => percent(v)} />
            <YAxis type="category" dataKey="wc" width={96} interval={0} />
            <Bar dataKey="share" name={t('load.utilisation')} fill="var(--accent)" isAnimationActive={false} />
          </BarChart>
        </Chart>
        <div>
          <Select label={t('load.weekOf')} value={wc} options={plan.workcenters.map((w) => ({ value: w.code, label: `${w.code} · ${w.name}` }))} onChange={(e) => setWc(e.target.value)} />
          <Chart
            title={t('load.byWeek', { wc })}
            summary={t('load.byWeekSummary', { wc, weeks: weeks.length, over: weeks.filter((w) => w.load > w.available).length })}
            tableLabel={t('load.showTable')}
            rows={weeks}
            rowKey={(r) => r.week}
            columns={[
              { key: 'week', label: t('load.week') },
              { key: 'bookedH', label: t('load.bookedH'), format: (v) => number(v as number), numeric: true },
              { key: 'availableH', label: t('load.availableH'), format: (v) => number(v as number), numeric: true },
              { key: 'loadH', label: t('load.loadH'), format: (v) => number(v as number), numeric: true },
              { key: 'share', label: t('load.utilisation'), format: (v) => percent(v as number), numeric: true },
            ]}
          >
            <ComposedChart data={weeks} accessibilityLayer={false}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="week" tickFormatter={(w: string) => w.slice(5)} />
              <YAxis width={56} tickFormatter={(v: number) => number(v)} />
              <Legend />
              <Bar dataKey="bookedH" name={t('load.bookedH')} fill="var(--accent)" isAnimationActive={false} />
              <Line type="stepAfter" dataKey="availableH" name={t('load.availableH')} stroke="var(--success)" strokeWidth={2} dot={false} isAnimationActive={false} />
              <Line type="monotone" dataKey="loadH" name={t('load.loadH')} stroke="var(--danger)" strokeDasharray="6 3" isAnimationActive={false} />
            </ComposedChart>
          </Chart>
        </div>
      </div>
      {plan.buildAhead.length > 0 && (
        <section className="planning-panel" aria-labelledby="planning-ahead">
          <h2 id="planning-ahead">{t('load.buildAhead')}</h2>
          <ul>
            {plan.buildAhead.map((b) => (
              <li key={`${b.wc}:${b.fromWeek}:${b.toWeek}`}>{t('load.aheadLine', { wc: b.wc, time: duration(b.minutes), from: b.fromWeek, to: b.toWeek })}</li>
            ))}
          </ul>
        </section>
      )}
      <Members plan={plan} />
      <NextFree plan={plan} />
      <Purchases plan={plan} />
      <Outsourced plan={plan} />
    </>
  );
}

function Members({ plan }: { plan: PlanView }) {
  const { t } = useTranslation('planning');
  const percent = usePercent();
  const duration = useHours();
  return (
    <section className="planning-panel" aria-labelledby="planning-members">
      <h2 id="planning-members">{t('load.members')}</h2>
      <p>{plan.metrics.fairness === null ? t('load.noFairness') : t('load.fairness', { index: percent(plan.metrics.fairness) })}</p>
      {plan.members.length > 0 && (
        <div className="planning-table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">{t('load.members')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('load.member')}</th>
                <th scope="col" className="data-table__number">{t('load.booked')}</th>
                <th scope="col" className="data-table__number">{t('load.committed')}</th>
                <th scope="col" className="data-table__number">{t('load.utilisation')}</th>
              </tr>
            </thead>
            <tbody>
              {plan.members.map((m) => (
                <tr key={m.memberId}>
                  <th scope="row">{m.name}</th>
                  <td className="data-table__number">{duration(m.booked)}</td>
                  <td className="data-table__number">{duration(m.committed)}</td>
                  <td className="data-table__number">{m.committed > 0 ? percent(m.booked / m.committed) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function NextFree({ plan }: { plan: PlanView }) {
  const { t, i18n } = useTranslation('planning');
  return (
    <section className="planning-panel" aria-labelledby="planning-free">
      <h2 id="planning-free">{t('load.nextFree')}</h2>
      <table className="data-table">
        <caption className="visually-hidden">{t('load.nextFree')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('load.wc')}</th>
            <th scope="col">{t('load.lane')}</th>
            <th scope="col">{t('load.freeFrom')}</th>
          </tr>
        </thead>
        <tbody>
          {plan.nextFree.map((f) => (
            <tr key={`${f.wc}:${f.lane}`}>
              <th scope="row">{f.wc}</th>
              <td>{f.lane + 1}</td>
              <td>{f.at ? formatAt(f.at, i18n.language) : t('load.neverFree')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Purchases({ plan }: { plan: PlanView }) {
  const { t, i18n } = useTranslation('planning');
  if (plan.purchases.length === 0) return null;
  return (
    <section className="planning-panel" aria-labelledby="planning-purchases">
      <h2 id="planning-purchases">{t('load.purchases')}</h2>
      <table className="data-table">
        <caption className="visually-hidden">{t('load.purchases')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('load.item')}</th>
            <th scope="col" className="data-table__number">{t('orders.qty')}</th>
            <th scope="col">{t('load.orderBy')}</th>
            <th scope="col">{t('load.arrives')}</th>
            <th scope="col">{t('load.for')}</th>
          </tr>
        </thead>
        <tbody>
          {plan.purchases.map((p, i) => (
            <tr key={i}>
              <th scope="row">{p.item}</th>
              <td className="data-table__number">{new Intl.NumberFormat(i18n.language).format(p.qty)}</td>
              <td>{formatAt(p.orderBy, i18n.language)}</td>
              <td>{formatAt(p.arrives, i18n.language)}</td>
              <td>{p.for}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Outsourced({ plan }: { plan: PlanView }) {
  const { t, i18n } = useTranslation('planning');
  const money = useMoney();
  if (plan.outsourced.length === 0) return null;
  return (
    <section className="planning-panel" aria-labelledby="planning-outsourced">
      <h2 id="planning-outsourced">{t('load.outsourced')}</h2>
      <table className="data-table">
        <caption className="visually-hidden">{t('load.outsourced')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('load.partner')}</th>
            <th scope="col">{t('orders.code')}</th>
            <th scope="col">{t('load.operation')}</th>
            <th scope="col">{t('load.sent')}</th>
            <th scope="col">{t('load.back')}</th>
            <th scope="col" className="data-table__number">{t('load.cost')}</th>
          </tr>
        </thead>
        <tbody>
          {plan.outsourced.map((o) => (
            <tr key={`${o.order}:${o.op}`}>
              <th scope="row">{o.partner}</th>
              <td>{o.order}</td>
              <td>{o.op}</td>
              <td>{formatAt(o.sent, i18n.language)}</td>
              <td>{formatAt(o.back, i18n.language)}</td>
              <td className="data-table__number">{money.format(o.costMinor)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
