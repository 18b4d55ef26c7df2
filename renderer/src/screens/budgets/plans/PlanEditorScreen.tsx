/**
 * /budgets/plans/:id (or /budgets/plans/new): one capitalisation plan. What it buys, how it is paid for
 * (with a live line saying whether the financing adds up, and each loan's schedule), then, once saved, its
 * scenarios and the years ahead side by side.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useRpcMutation, useRpcQuery } from '../../../api/queries';
import { useCoop } from '../../../app/use-coop';
import { Button } from '../../../components/Button';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { useToast } from '../../../components/Toast';
import { useMoney } from '../../../components/use-coop-money';
import { BudgetsNav } from '../BudgetsNav';
import { currentFiscalYear } from '../fiscal-months';
import { PlanForm } from './PlanForm';
import { draftOf, emptyPlan, type PlanDetail } from './plan-draft';
import { ScenariosPanel } from './ScenariosPanel';

export function PlanEditorScreen() {
  const { t } = useTranslation('budgets');
  const param = useParams().id;
  const planId = param === 'new' ? null : Number(param);
  const valid = planId === null || (Number.isInteger(planId) && planId > 0);
  const plan = useRpcQuery('budgets.plan', { id: planId ?? 1 }, { enabled: valid && planId !== null });
  return (
    <section className="plans-screen">
      {!valid ? (
        <>
          <PageHeader title={t('plans.editor.newTitle')} />
          <BudgetsNav />
          <p role="alert">{t('plans.editor.badAddress')}</p>
        </>
      ) : planId === null ? (
        <NewPlan />
      ) : (
        <QueryState query={plan}>{(detail) => <SavedPlan key={detail.id} plan={detail} />}</QueryState>
      )}
    </section>
  );
}

function NewPlan() {
  const { t } = useTranslation('budgets');
  const money = useMoney();
  const coop = useCoop().data;
  const navigate = useNavigate();
  const notify = useToast();
  const year = currentFiscalYear(coop?.fiscalYearStart ?? '01-01') + 1;
  return (
    <>
      <PageHeader title={t('plans.editor.newTitle')} description={t('plans.editor.description')} />
      <BudgetsNav />
      <PlanForm
        initial={emptyPlan(year)}
        money={money}
        onSaved={(id, name) => {
          notify(t('plans.editor.saved', { name }), 'success');
          void navigate(`/budgets/plans/${id}`, { replace: true });
        }}
      />
    </>
  );
}

function SavedPlan({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation('budgets');
  const money = useMoney();
  const navigate = useNavigate();
  const notify = useToast();
  const remove = useRpcMutation('budgets.removePlan');
  const [confirming, setConfirming] = useState(false);
  const [initial] = useState(() => draftOf(plan, money));
  const actions = (
    <Button onClick={() => setConfirming(true)}>
      {t('plans.editor.remove')}
    </Button>
  );
  return (
    <>
      <PageHeader title={plan.name} description={t('plans.editor.description')} actions={actions} />
      <BudgetsNav />
      <PlanForm initial={initial} money={money} onSaved={(_, name) => notify(t('plans.editor.saved', { name }), 'success')} />
      <ScenariosPanel plan={plan} money={money} />
      <ConfirmDialog
        open={confirming}
        title={t('plans.editor.removeTitle', { name: plan.name })}
        confirmLabel={t('plans.editor.removeConfirm')}
        danger
        busy={remove.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() =>
          remove.mutate(
            { id: plan.id },
            {
              onSuccess: () => {
                setConfirming(false);
                notify(t('plans.editor.removed', { name: plan.name }), 'success');
                void navigate('/budgets/plans');
              },
            },
          )
        }
      >
        <p>{t('plans.editor.removeBody')}</p>
        <ErrorMessage error={remove.error} />
      </ConfirmDialog>
    </>
  );
}
