/**
 * /print/budgets/plan/:planId?scenarios=1,2: the capitalisation plan for the assembly, in the coop's
 * language whatever the screen's: who the coop is, what it invests in, how it pays for it, each loan's
 * schedule, the years ahead of the plan and the chosen scenarios, and what that rests on. The PDF is made
 * by the main process (budgets.printPlan) once PRINT_READY_ATTRIBUTE is set.
 */
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { formatMoney, formatMoneyAmount } from '../../../../../shared/domain/money-format';
import { useRpcMutation, useRpcQuery } from '../../../api/queries';
import { PrintToolbar } from '../../../components/PrintToolbar';
import { usePrintReady } from '../../../components/use-print-ready';
import { PlanPrint } from './PlanPrint';
import './plans-print.css';

/** "1,2,3" → [1, 2, 3]; anything else in the list is left out. */
export function scenarioIdsOf(text: string | null): number[] {
  return (text ?? '')
    .split(',')
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0)
    .slice(0, 10);
}

export function PrintPlanScreen() {
  const { t, i18n } = useTranslation('budgets');
  const planId = Number(useParams().planId);
  const valid = Number.isInteger(planId) && planId > 0;
  const scenarioIds = scenarioIdsOf(useSearchParams()[0].get('scenarios'));
  const coop = useRpcQuery('coop.get', {});
  const plan = useRpcQuery('budgets.plan', { id: valid ? planId : 1 }, { enabled: valid, staleTime: 0 });
  const projection = useRpcQuery('budgets.projection', { planId: valid ? planId : 1, scenarioIds }, { enabled: valid, staleTime: 0 });
  const print = useRpcMutation('budgets.printPlan');
  const locale = coop.data?.locale ?? i18n.language;
  const printT = i18n.getFixedT(locale, 'budgets');
  const ready = coop.data != null && plan.data !== undefined && projection.data !== undefined;
  const title = plan.data && coop.data ? `${printT('plans.print.documentTitle', { name: plan.data.name })} — ${coop.data.name}` : t('plans.print.screenTitle');
  usePrintReady(ready, title);
  const failed = plan.error ?? projection.error;

  return (
    <main className="print-page plans-print" lang={locale}>
      <PrintToolbar
        ns="budgets"
        keys="plans.print"
        block="plans-print"
        title={t('plans.print.screenTitle')}
        back={valid ? `/budgets/plans/${planId}` : '/budgets/plans'}
        ready={ready}
        busy={print.isPending}
        savePdf={() => print.mutateAsync({ planId, scenarioIds })}
      />
      {!valid && <p role="alert">{t('plans.print.badAddress')}</p>}
      {failed && <p role="alert">{t('plans.print.notFound')}</p>}
      {valid && coop.data && plan.data && projection.data ? (
        <PlanPrint
          coop={coop.data}
          plan={plan.data}
          projection={projection.data}
          t={printT}
          money={{ locale, format: (minor) => formatMoney(minor, coop.data!, locale), plain: (minor) => formatMoneyAmount(minor, coop.data!, locale) }}
        />
      ) : (
        valid && !failed && <p role="status">{t('plans.print.loading')}</p>
      )}
    </main>
  );
}
