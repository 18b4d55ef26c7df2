/** One operation of the plan: where and when it runs, for which order, and why it starts when it does. */
import { useTranslation } from 'react-i18next';
import type { PlanView } from '../../../../shared/contract/planning';
import { useRpcQuery } from '../../api/queries';
import { Dialog } from '../../components/Dialog';
import { Button } from '../../components/Button';
import { formatDue, formatMoment, nextWorkingMinute } from './time';
import { whyStart } from './why';
import { useDuration } from './words';

export function OpDetailsDialog({ plan, op, onClose }: { plan: PlanView; op: number | null; onClose: () => void }) {
  const { t } = useTranslation('planning');
  return (
    <Dialog open={op !== null} onClose={onClose} title={op === null ? '' : plan.ops[op]!.op === 'block' ? plan.ops[op]!.order : t('details.title', { order: plan.ops[op]!.order, op: plan.ops[op]!.op })}>
      {op !== null && <Details plan={plan} index={op} />}
      <div className="dialog__footer">
        <Button onClick={onClose}>{t('actions.close')}</Button>
      </div>
    </Dialog>
  );
}

function Details({ plan, index }: { plan: PlanView; index: number }) {
  const { t, i18n } = useTranslation('planning');
  const duration = useDuration();
  const orders = useRpcQuery('planning.orders', { status: null });
  const products = useRpcQuery('planning.products', {});
  const workcenters = useRpcQuery('planning.workcenters', {});
  const op = plan.ops[index]!;
  const row = plan.orders.find((o) => o.id === op.order);
  const release = orders.data?.find((o) => o.code === op.order)?.release ?? null;
  const product = products.data?.find((p) => p.code === row?.product || p.name === row?.product);
  const why = whyStart(plan, index, { release, waitAfter: (code) => product?.operations.find((o) => o.code === code)?.waitAfterMinutes ?? 0 });
  const at = (minute: number) => formatMoment(plan.t0, minute, i18n.language);
  const wc = workcenters.data?.find((w) => w.code === op.wc);
  const working = wc && op.lane !== null ? nextWorkingMinute(plan.t0, why.ready, wc.shifts, wc.exceptions) : why.ready;
  const opens = working !== null && working > why.ready && working <= op.start ? working : why.ready;
  const waited = Math.max(0, op.start - opens);
  const place = op.lane !== null ? t('details.onLane', { wc: op.wc, lane: op.lane + 1 }) : op.partner ? t('details.sentTo', { partner: op.partner }) : op.wc;

  return (
    <div className="planning-details">
      <dl className="planning-pairs">
        <dt>{t('details.where')}</dt>
        <dd>{place}</dd>
        {op.member && (
          <>
            <dt>{t('details.member')}</dt>
            <dd>{op.member}</dd>
          </>
        )}
        <dt>{t('details.when')}</dt>
        <dd>{t('details.fromTo', { start: at(op.start), end: at(op.end) })}</dd>
        <dt>{t('details.work')}</dt>
        <dd>{duration(op.minutes)}</dd>
        {row && (
          <>
            <dt>{t('details.order')}</dt>
            <dd>{t('details.orderLine', { product: row.product, due: formatDue(plan.t0, row.due, i18n.language), end: at(row.end) })}</dd>
          </>
        )}
      </dl>
      <h3>{t('details.why')}</h3>
      {op.fixed ? (
        <p>{t('details.fixed')}</p>
      ) : (
        <ul className="planning-why">
          <li>
            {why.bound === 'predecessor' && why.predecessor
              ? why.predecessor.wait > 0
                ? t('details.readyAfterWait', { op: why.predecessor.op, end: at(why.predecessor.end), wait: duration(why.predecessor.wait), ready: at(why.ready) })
                : t('details.readyAfter', { op: why.predecessor.op, ready: at(why.ready) })
              : t(`details.ready.${why.bound}`, { ready: at(why.ready) })}
          </li>
          {opens > why.ready && <li>{t('details.opens', { wc: op.wc, at: at(opens) })}</li>}
          <li>{waited > 0 ? t('details.waited', { time: duration(waited) }) : t('details.noWait')}</li>
          {row && row.capacityDelay > 0 && <li>{t('details.capacityDelay', { time: duration(row.capacityDelay) })}</li>}
        </ul>
      )}
    </div>
  );
}
