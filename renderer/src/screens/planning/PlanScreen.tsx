/**
 * /planning: the plan as the service computes it from the model: its figures, the resource Gantt and,
 * as a separate confirmed step, applying it (which records it; nothing is applied by looking at it).
 */
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanView } from '../../../../shared/contract/planning';
import { useRpcMutation, useRpcQuery } from '../../api/queries';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DateField } from '../../components/DateField';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { Select } from '../../components/Select';
import { useToast } from '../../components/Toast';
import { formatDateTime } from '../../i18n/format';
import { Gantt, type Zoom } from './Gantt';
import { ganttModel, type GanttBar } from './gantt-model';
import { MetricsFigures } from './MetricsFigures';
import { OpDetailsDialog } from './OpDetailsDialog';
import { planInputOf, usePlan, usePlanSettings } from './plan-settings';
import { PlanningNav } from './PlanningNav';
import { formatAt, formatDay, formatHour, formatMoment } from './time';

export function PlanScreen() {
  const { t } = useTranslation('planning');
  const plan = usePlan();
  return (
    <section className="planning-screen">
      <PageHeader title={t('plan.title')} description={t('plan.description')} actions={<ApplyPlan />} />
      <PlanningNav />
      <PlanControls onReplan={() => void plan.refetch()} busy={plan.isFetching} />
      <QueryState query={plan}>
        {(data) =>
          data.ops.length === 0 ? (
            <p className="planning-empty">{t('plan.empty')}</p>
          ) : (
            <>
              <MetricsFigures metrics={data.metrics} orders={data.orders.length} />
              <PlanGantt plan={data} />
            </>
          )
        }
      </QueryState>
    </section>
  );
}

function PlanControls({ onReplan, busy }: { onReplan: () => void; busy: boolean }) {
  const { t } = useTranslation('planning');
  const { settings, set } = usePlanSettings();
  const [start, setStart] = useState<string | null>(settings.start);
  const [weeks, setWeeks] = useState(String(settings.weeks));
  const [rule, setRule] = useState(settings.rule);
  const weeksNumber = Number(weeks);
  const weeksOk = Number.isInteger(weeksNumber) && weeksNumber >= 1 && weeksNumber <= 104;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!weeksOk) return;
    const next = { start: start && start.length === 10 ? start : null, weeks: weeksNumber, rule };
    if (next.start === settings.start && next.weeks === settings.weeks && next.rule === settings.rule) onReplan();
    else set(next);
  };
  return (
    <form className="planning-controls" noValidate onSubmit={submit}>
      <DateField label={t('plan.start')} hint={t('plan.startHint')} value={start} onChange={setStart} />
      <Field label={t('plan.weeks')} inputMode="numeric" value={weeks} onChange={(e) => setWeeks(e.target.value)} error={weeksOk ? undefined : t('plan.weeksInvalid')} />
      <Select
        label={t('plan.rule')}
        value={rule}
        options={[
          { value: 'EDD', label: t('plan.ruleEDD') },
          { value: 'FIFO', label: t('plan.ruleFIFO') },
        ]}
        onChange={(e) => setRule(e.target.value as 'EDD' | 'FIFO')}
      />
      <Button type="submit" variant="primary" busy={busy}>
        {t('plan.replan')}
      </Button>
    </form>
  );
}

function PlanGantt({ plan }: { plan: PlanView }) {
  const { t, i18n } = useTranslation('planning');
  const [zoom, setZoom] = useState<Zoom>('day');
  const [open, setOpen] = useState<number | null>(null);
  const model = useMemo(
    () =>
      ganttModel(plan, {
        lane: (code, name, lane, lanes) => ({ label: lanes > 1 ? `${code} · ${lane + 1}` : code, title: t('gantt.laneTitle', { name, lane: lane + 1, lanes }) }),
        member: (name) => t('gantt.memberTitle', { name }),
        partner: (name) => t('gantt.partnerTitle', { name }),
      }),
    [plan, t],
  );
  const locale = i18n.language;
  const describe = (bar: GanttBar) => {
    const op = plan.ops[bar.op]!;
    const end = formatDay(plan.t0, op.start, locale) === formatDay(plan.t0, op.end, locale) ? formatHour(plan.t0, op.end, locale) : formatMoment(plan.t0, op.end, locale);
    const when = `${formatMoment(plan.t0, op.start, locale)} – ${end}`;
    if (op.fixed && op.op === 'block') return t('gantt.blockBar', { reason: op.order, wc: op.wc, when });
    return t(bar.tone === 'late' ? 'gantt.lateBar' : op.fixed ? 'gantt.fixedBar' : 'gantt.bar', { order: op.order, op: op.op, wc: op.wc, member: op.member ? ` · ${op.member}` : '', when });
  };
  return (
    <section className="planning-gantt" aria-labelledby="planning-gantt-title">
      <div className="planning-gantt__head">
        <h2 id="planning-gantt-title">{t('gantt.title')}</h2>
        <div className="planning-zoom" role="group" aria-label={t('gantt.zoom')}>
          {(['day', 'week'] as const).map((z) => (
            <Button key={z} variant={zoom === z ? 'primary' : 'secondary'} aria-pressed={zoom === z} onClick={() => setZoom(z)}>
              {t(`gantt.zoom_${z}`)}
            </Button>
          ))}
        </div>
      </div>
      <p className="planning-hint">{t('gantt.keys', { number: new Intl.NumberFormat(locale).format(plan.ops.length), from: formatAt(plan.t0, locale) })}</p>
      <ul className="planning-legend" aria-label={t('gantt.legend')}>
        <li>
          <span className="gantt__swatch gantt__bar--normal" /> {t('gantt.legendNormal')}
        </li>
        <li>
          <span className="gantt__swatch gantt__bar--late" /> {t('gantt.legendLate')}
        </li>
        <li>
          <span className="gantt__swatch gantt__bar--fixed" /> {t('gantt.legendFixed')}
        </li>
      </ul>
      <Gantt model={model} t0={plan.t0} horizon={plan.horizon} zoom={zoom} locale={locale} label={t('gantt.title')} describe={describe} onOpen={setOpen} startAt={Math.max(plan.now, model.firstStart - 60)} />
      <OpDetailsDialog plan={plan} op={open} onClose={() => setOpen(null)} />
    </section>
  );
}

function ApplyPlan() {
  const { t, i18n } = useTranslation('planning');
  const notify = useToast();
  const { settings } = usePlanSettings();
  const applied = useRpcQuery('planning.applied', {});
  const apply = useRpcMutation('planning.apply');
  const [asking, setAsking] = useState(false);
  const last = applied.data?.plan;
  return (
    <div className="planning-apply">
      {last && <p className="planning-hint">{t('apply.last', { at: formatDateTime(last.appliedAt, i18n.language), ops: last.ops })}</p>}
      <Button variant="primary" onClick={() => setAsking(true)}>
        {t('apply.button')}
      </Button>
      <ConfirmDialog
        open={asking}
        title={t('apply.title')}
        confirmLabel={t('apply.confirm')}
        busy={apply.isPending}
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          apply.mutate(planInputOf(settings), {
            onSuccess: (result) => {
              setAsking(false);
              notify(t('apply.done', { ops: result.ops, orders: result.orders }), 'success');
            },
          });
        }}
      >
        <p>{t('apply.explain')}</p>
        <ErrorMessage error={apply.error} />
      </ConfirmDialog>
    </div>
  );
}
