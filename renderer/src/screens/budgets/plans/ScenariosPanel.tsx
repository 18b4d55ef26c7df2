/**
 * A plan's scenarios (a lower revenue, another financing mix) and the years ahead: the plan and the chosen
 * scenarios side by side, then the printable plan with the same choice.
 */
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useRpcMutation } from '../../../api/queries';
import { Button } from '../../../components/Button';
import { Checkbox } from '../../../components/Checkbox';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useToast } from '../../../components/Toast';
import type { MoneyView } from '../../../components/use-coop-money';
import type { PlanDetail } from './plan-draft';
import { ProjectionView } from './ProjectionView';
import { ScenarioDialog } from './ScenarioDialog';
import { percentWords } from './plan-words';

type Scenario = PlanDetail['scenarios'][number];

export function ScenariosPanel({ plan, money }: { plan: PlanDetail; money: MoneyView }) {
  const { t } = useTranslation('budgets');
  const navigate = useNavigate();
  const notify = useToast();
  const remove = useRpcMutation('budgets.removeScenario');
  const [editing, setEditing] = useState<Scenario | 'new' | null>(null);
  const [removing, setRemoving] = useState<Scenario | null>(null);
  // Every scenario is compared until the person unticks some; a new one joins the comparison.
  const [left, setLeft] = useState<number[]>([]);
  const chosen = plan.scenarios.map((s) => s.id).filter((id) => !left.includes(id));
  const toggle = (id: number, on: boolean) => setLeft(on ? left.filter((x) => x !== id) : [...left, id]);
  const printPath = `/print/budgets/plan/${plan.id}?scenarios=${chosen.join(',')}`;

  return (
    <>
      <section className="plans-panel" aria-labelledby="plan-scenarios">
        <h2 id="plan-scenarios">{t('plans.scenarios.heading')}</h2>
        <p className="field__hint">{t('plans.scenarios.description')}</p>
        {plan.scenarios.length === 0 ? (
          <p>{t('plans.scenarios.none')}</p>
        ) : (
          <fieldset className="plans-choice">
            <legend>{t('plans.scenarios.choose')}</legend>
            {plan.scenarios.map((s) => (
              <div key={s.id} className="plans-choice__row">
                <Checkbox label={s.name} hint={scenarioSummary(t, s, money.locale)} checked={chosen.includes(s.id)} onChange={(e) => toggle(s.id, e.target.checked)} />
                <Button variant="ghost" onClick={() => setEditing(s)} aria-label={t('plans.scenarios.editLabel', { name: s.name })}>
                  {t('plans.scenarios.edit')}
                </Button>
                <Button variant="ghost" onClick={() => setRemoving(s)} aria-label={t('plans.scenarios.removeLabel', { name: s.name })}>
                  {t('plans.remove')}
                </Button>
              </div>
            ))}
          </fieldset>
        )}
        <div className="plans-add">
          <Button onClick={() => setEditing('new')}>{t('plans.scenarios.add')}</Button>
          <Button onClick={() => void navigate(printPath)}>{t('plans.print.open')}</Button>
        </div>
      </section>
      <ProjectionView planId={plan.id} scenarioIds={chosen} money={money} />
      {editing && (
        <ScenarioDialog
          plan={plan}
          scenario={editing === 'new' ? null : editing}
          money={money}
          onClose={() => setEditing(null)}
          onSaved={(name) => {
            setEditing(null);
            notify(t('plans.scenarios.saved', { name }), 'success');
          }}
        />
      )}
      <ConfirmDialog
        open={removing !== null}
        title={t('plans.scenarios.removeTitle', { name: removing?.name ?? '' })}
        confirmLabel={t('plans.scenarios.removeConfirm')}
        danger
        busy={remove.isPending}
        onCancel={() => setRemoving(null)}
        onConfirm={() =>
          removing &&
          remove.mutate(
            { id: removing.id },
            {
              onSuccess: () => {
                notify(t('plans.scenarios.removed', { name: removing.name }), 'success');
                setRemoving(null);
              },
            },
          )
        }
      >
        <p>{t('plans.scenarios.removeBody')}</p>
        <ErrorMessage error={remove.error} />
      </ConfirmDialog>
    </>
  );
}

function scenarioSummary(t: TFunction<'budgets'>, s: Scenario, locale: string): string {
  const revenue = t('plans.scenarios.revenueChange', { percent: percentWords(s.revenueChangePercent, locale) });
  return s.financing ? `${revenue} · ${t('plans.scenarios.ownFinancing')}` : revenue;
}
