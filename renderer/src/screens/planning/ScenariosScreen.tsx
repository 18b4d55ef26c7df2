/**
 * /planning/scenarios: named what-ifs, and the chosen ones side by side with the current plan on the
 * plan's figures and each work centre's utilisation (the better value of each row is not guessed: the
 * change against the current plan is written beside it).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../../shared/contract';
import { useRpcMutation, useRpcQuery } from '../../api/queries';
import { Button } from '../../components/Button';
import { Checkbox } from '../../components/Checkbox';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useToast } from '../../components/Toast';
import { usePlanSettings } from './plan-settings';
import { PlanningNav } from './PlanningNav';
import { ScenarioDialog } from './ScenarioDialog';
import { useDuration, usePercent } from './words';

type Comparison = Output<'planning.compare'>;
type Metrics = Comparison[number]['metrics'];

export function ScenariosScreen() {
  const { t } = useTranslation('planning');
  const notify = useToast();
  const scenarios = useRpcQuery('planning.scenarios', {});
  const remove = useRpcMutation('planning.removeScenario');
  const [creating, setCreating] = useState(false);
  const [chosen, setChosen] = useState<number[]>([]);
  const [compared, setCompared] = useState<number[] | null>(null);
  const add = (
    <Button variant="primary" onClick={() => setCreating(true)}>
      {t('scenarios.new')}
    </Button>
  );
  return (
    <section className="planning-screen">
      <PageHeader title={t('scenarios.title')} description={t('scenarios.description')} actions={add} />
      <PlanningNav />
      <QueryState query={scenarios}>
        {(rows) =>
          rows.length === 0 ? (
            <EmptyState title={t('scenarios.emptyTitle')} action={add}>
              <p>{t('scenarios.empty')}</p>
            </EmptyState>
          ) : (
            <>
              <fieldset className="planning-choice">
                <legend>{t('scenarios.choose')}</legend>
                {rows.map((s) => (
                  <div key={s.id} className="planning-choice__row">
                    <Checkbox label={`${s.name} (${t(`kind.${s.kind}`)})`} checked={chosen.includes(s.id)} onChange={(e) => setChosen(e.target.checked ? [...chosen, s.id] : chosen.filter((id) => id !== s.id))} />
                    <Button
                      variant="ghost"
                      aria-label={t('scenarios.removeLabel', { name: s.name })}
                      onClick={() =>
                        remove.mutate(
                          { id: s.id },
                          {
                            onSuccess: () => {
                              setChosen(chosen.filter((id) => id !== s.id));
                              notify(t('scenarios.removed', { name: s.name }), 'success');
                            },
                          },
                        )
                      }
                    >
                      {t('actions.remove')}
                    </Button>
                  </div>
                ))}
              </fieldset>
              <ErrorMessage error={remove.error} />
              <Button variant="primary" disabled={chosen.length === 0} onClick={() => setCompared([...chosen].sort((a, b) => a - b))}>
                {t('scenarios.compare')}
              </Button>
            </>
          )
        }
      </QueryState>
      {compared && <ComparisonTable ids={compared} />}
      <ScenarioDialog
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(name) => {
          setCreating(false);
          notify(t('scenarios.saved', { name }), 'success');
        }}
      />
    </section>
  );
}

function ComparisonTable({ ids }: { ids: number[] }) {
  const { t } = useTranslation('planning');
  const { settings } = usePlanSettings();
  const comparison = useRpcQuery('planning.compare', { scenarioIds: ids, start: settings.start, weeks: settings.weeks });
  const duration = useDuration();
  const percent = usePercent();
  type Row = { key: string; label: string; value: (m: Metrics, c: Comparison[number]) => number | string | null; format: (v: number) => string };
  const whole = (v: number) => String(v);
  const metricRows: Row[] = [
    { key: 'late', label: t('metrics.lateOrders'), value: (m) => m.lateOrders, format: whole },
    { key: 'onTime', label: t('metrics.onTimeRate'), value: (m) => m.onTimeRate, format: percent },
    { key: 'total', label: t('metrics.totalTardiness'), value: (m) => m.totalTardiness, format: duration },
    { key: 'max', label: t('metrics.maxTardiness'), value: (m) => m.maxTardiness, format: duration },
    { key: 'makespan', label: t('metrics.makespan'), value: (m) => m.makespan, format: duration },
    { key: 'flow', label: t('metrics.meanFlowTime'), value: (m) => m.meanFlowTime, format: duration },
    { key: 'delay', label: t('metrics.capacityDelay'), value: (m) => m.capacityDelay, format: duration },
    { key: 'fair', label: t('metrics.fairness'), value: (m) => m.fairness, format: percent },
    { key: 'bottleneck', label: t('metrics.bottleneck'), value: (m) => m.bottleneck, format: whole },
  ];
  return (
    <section className="planning-panel" aria-labelledby="planning-comparison" tabIndex={-1}>
      <h2 id="planning-comparison">{t('scenarios.comparison')}</h2>
      <QueryState query={comparison}>
        {(columns) => {
          const wcs = [...new Set(columns.flatMap((c) => c.utilisation.map((u) => u.wc)))];
          const rows: Row[] = [
            ...metricRows,
            ...wcs.map((wc) => ({
              key: `wc:${wc}`,
              label: t('scenarios.utilisationOf', { wc }),
              value: (_m: Metrics, c: Comparison[number]) => {
                const u = c.utilisation.find((x) => x.wc === wc);
                return u && u.available > 0 ? u.booked / u.available : null;
              },
              format: percent,
            })),
          ];
          const base = columns.find((c) => c.scenarioId === null) ?? columns[0]!;
          return (
            <div className="planning-table-wrap">
              <table className="data-table planning-compare">
                <caption className="visually-hidden">{t('scenarios.comparison')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('scenarios.figure')}</th>
                    {columns.map((c) => (
                      <th key={c.scenarioId ?? 0} scope="col" className="data-table__number">
                        {c.scenarioId === null ? t('scenarios.current') : c.name}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.key}>
                      <th scope="row">{row.label}</th>
                      {columns.map((c) => {
                        const v = row.value(c.metrics, c);
                        const b = row.value(base.metrics, base);
                        const text = v === null ? '—' : typeof v === 'number' ? row.format(v) : v;
                        const change = c !== base && typeof v === 'number' && typeof b === 'number' && v !== b ? ` (${v > b ? '+' : '−'}${row.format(Math.abs(v - b))})` : '';
                        return (
                          <td key={c.scenarioId ?? 0} className="data-table__number">
                            {text}
                            {change && <span className="planning-change">{change}</span>}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          );
        }}
      </QueryState>
    </section>
  );
}
