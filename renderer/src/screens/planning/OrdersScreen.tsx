/**
 * /planning/orders: the order book beside what the plan makes of each order (start, end, due, lateness,
 * tardiness and why), its operations with their dependencies, and a "when can we deliver?" quote.
 */
import { Fragment, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../../shared/contract';
import type { PlanView } from '../../../../shared/contract/planning';
import { useRpcQuery } from '../../api/queries';
import { Button } from '../../components/Button';
import { Checkbox } from '../../components/Checkbox';
import { EmptyState } from '../../components/EmptyState';
import { Field } from '../../components/Field';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useToast } from '../../components/Toast';
import { OrderDialog } from './OrderDialog';
import { usePlan } from './plan-settings';
import { PlanningNav } from './PlanningNav';
import { QuotePanel } from './QuotePanel';
import { formatDue, formatMoment } from './time';
import { useDuration } from './words';

type Order = Output<'planning.orders'>[number];
const SHOWN = 200;

export function OrdersScreen() {
  const { t } = useTranslation('planning');
  const notify = useToast();
  const orders = useRpcQuery('planning.orders', { status: null });
  const plan = usePlan();
  const [editing, setEditing] = useState<Order | 'new' | null>(null);
  const add = (
    <Button variant="primary" onClick={() => setEditing('new')}>
      {t('orders.new')}
    </Button>
  );
  return (
    <section className="planning-screen">
      <PageHeader title={t('orders.title')} description={t('orders.description')} actions={add} />
      <PlanningNav />
      <QueryState query={orders}>
        {(rows) =>
          rows.length === 0 ? (
            <EmptyState title={t('orders.emptyTitle')} action={add}>
              <p>{t('orders.empty')}</p>
            </EmptyState>
          ) : (
            <OrdersTable rows={rows} plan={plan.data} onEdit={setEditing} />
          )
        }
      </QueryState>
      <QuotePanel />
      <OrderDialog
        editing={editing}
        onClose={() => setEditing(null)}
        onSaved={(code) => {
          setEditing(null);
          notify(t('orders.saved', { code }), 'success');
        }}
      />
    </section>
  );
}

function OrdersTable({ rows, plan, onEdit }: { rows: Order[]; plan: PlanView | undefined; onEdit: (o: Order) => void }) {
  const { t, i18n } = useTranslation('planning');
  const duration = useDuration();
  const [search, setSearch] = useState('');
  const [lateOnly, setLateOnly] = useState(false);
  const [open, setOpen] = useState<string | null>(null);
  const planned = useMemo(() => new Map((plan?.orders ?? []).map((o) => [o.id, o])), [plan]);
  const children = useMemo(() => {
    const map = new Map<string, string[]>();
    for (const o of plan?.orders ?? []) if (o.parent) map.set(o.parent, [...(map.get(o.parent) ?? []), o.id]);
    return map;
  }, [plan]);
  const needle = search.trim().toLowerCase();
  const shown = rows.filter((o) => (!needle || `${o.code} ${o.productName} ${o.customer ?? ''}`.toLowerCase().includes(needle)) && (!lateOnly || (planned.get(o.code)?.tardiness ?? 0) > 0));
  const at = (minute: number) => (plan ? formatMoment(plan.t0, minute, i18n.language) : '');

  return (
    <>
      <div className="planning-controls">
        <Field label={t('orders.search')} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        <Checkbox label={t('orders.lateOnly')} checked={lateOnly} onChange={(e) => setLateOnly(e.target.checked)} />
      </div>
      {shown.length > SHOWN && <p className="planning-hint">{t('orders.firstOf', { shown: SHOWN, count: shown.length })}</p>}
      <div className="planning-table-wrap">
        <table className="data-table planning-orders">
          <caption className="visually-hidden">{t('orders.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('orders.code')}</th>
              <th scope="col">{t('orders.product')}</th>
              <th scope="col" className="data-table__number">
                {t('orders.qty')}
              </th>
              <th scope="col">{t('orders.status')}</th>
              <th scope="col">{t('orders.due')}</th>
              <th scope="col">{t('orders.plannedEnd')}</th>
              <th scope="col" className="data-table__number">
                {t('orders.lateness')}
              </th>
              <th scope="col">{t('orders.reasons')}</th>
              <th scope="col" className="data-table__number">
                {t('orders.capacityDelay')}
              </th>
              <th scope="col">
                <span className="visually-hidden">{t('orders.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.slice(0, SHOWN).map((o) => {
              const p = planned.get(o.code);
              const ids = [o.code, ...(children.get(o.code) ?? [])];
              return (
                <Fragment key={o.id}>
                  <tr className={p && p.tardiness > 0 ? 'planning-late' : undefined}>
                    <th scope="row">{o.code}</th>
                    <td>{o.productName}</td>
                    <td className="data-table__number">{new Intl.NumberFormat(i18n.language).format(o.qty)}</td>
                    <td>{t(`status.${o.status}`)}</td>
                    <td>{p ? formatDue(plan!.t0, p.due, i18n.language) : o.due}</td>
                    <td>{p ? at(p.end) : t('orders.notPlanned')}</td>
                    <td className="data-table__number">{p ? (p.tardiness > 0 ? t('orders.late', { time: duration(p.tardiness) }) : t('orders.early', { time: duration(-p.lateness) })) : ''}</td>
                    <td>{p && p.tardiness > 0 ? p.reasons.map((r) => t(`reason.${r}`)).join(', ') : ''}</td>
                    <td className="data-table__number">{p && p.capacityDelay > 0 ? duration(p.capacityDelay) : ''}</td>
                    <td className="planning-actions">
                      {p && (
                        <Button variant="ghost" aria-expanded={open === o.code} onClick={() => setOpen(open === o.code ? null : o.code)} aria-label={t('orders.opsLabel', { code: o.code })}>
                          {t('orders.ops')}
                        </Button>
                      )}
                      <Button variant="ghost" onClick={() => onEdit(o)} aria-label={t('orders.editLabel', { code: o.code })}>
                        {t('actions.edit')}
                      </Button>
                    </td>
                  </tr>
                  {open === o.code && plan && (
                    <tr>
                      <td colSpan={10}>
                        <OrderOps plan={plan} ids={ids} />
                      </td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** The order's operations (and its sub-assemblies') in plan order, each with what it waits for. */
function OrderOps({ plan, ids }: { plan: PlanView; ids: string[] }) {
  const { t, i18n } = useTranslation('planning');
  const ops = plan.ops.filter((op) => ids.includes(op.order)).sort((a, b) => a.start - b.start);
  const at = (minute: number) => formatMoment(plan.t0, minute, i18n.language);
  return (
    <ol className="planning-ops">
      {ops.map((op) => (
        <li key={`${op.order}:${op.op}`}>
          <strong>{ids.length > 1 ? `${op.order} · ${op.op}` : op.op}</strong>{' '}
          {t('orders.opLine', {
            where: op.lane !== null ? `${op.wc} · ${op.lane + 1}` : (op.partner ?? op.wc),
            start: at(op.start),
            end: at(op.end),
          })}
          {op.member ? ` · ${op.member}` : ''}
          {op.after.length > 0 && <span className="planning-hint"> — {t('orders.after', { ops: op.after.join(', ') })}</span>}
        </li>
      ))}
    </ol>
  );
}
