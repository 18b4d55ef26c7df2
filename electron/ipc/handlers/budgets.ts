/** Budgets' handlers: each contract method of shared/contract/budgets.ts answered from services/budgets. */
import { budgetPrintRoute, planPrintRoute } from '../../../shared/contract/budgets';
import {
  approveVersion,
  breakEvenOf,
  budgetAccounts,
  budgetActuals,
  cashPositionOf,
  createDraft,
  discardDraft,
  getVersion,
  listVersions,
  reviseVersion,
  saveLines,
  spreadYear,
} from '../../services/budgets';
import { getPlan, listPlans, planProjection, removePlan, removeScenario, savePlan, saveScenario } from '../../services/budgets';
import { budgetFileName, commitBudgetImport, exportBudgetFile, previewBudgetImport } from '../../services/budgets';
import type { DomainHandlers } from '../dispatch';
import { askSavePath, contextOf, saveBytes, type HandlerDeps } from './deps';

const planPdf = [{ name: 'PDF', extensions: ['pdf'] }];

export function budgetsHandlers(deps: HandlerDeps): DomainHandlers<'budgets'> {
  const ctx = () => contextOf(deps);
  return {
    // — the yearly budget —
    'budgets.accounts': () => budgetAccounts(ctx()),
    'budgets.versions': ({ year }) => listVersions(ctx(), year),
    'budgets.version': ({ id }) => getVersion(ctx(), id),
    'budgets.createDraft': (input) => createDraft(ctx(), input),
    'budgets.saveLines': async (input) => {
      await saveLines(ctx(), input);
      return { ok: true };
    },
    'budgets.spread': (input) => spreadYear(ctx(), input),
    'budgets.discardDraft': async ({ versionId }) => {
      await discardDraft(ctx(), versionId);
      return { ok: true };
    },
    'budgets.approve': async (input) => {
      await approveVersion(ctx(), input);
      return { ok: true };
    },
    'budgets.revise': (input) => reviseVersion(ctx(), input),
    'budgets.actuals': (input) => budgetActuals(ctx(), input),
    'budgets.cash': (input) => cashPositionOf(ctx(), input),
    'budgets.breakEven': (input) => breakEvenOf(ctx(), input),
    // Printed in the coop's language, for the assembly, through the same print path as the payslips.
    'budgets.printBudget': async ({ versionId }) => {
      const version = await getVersion(ctx(), versionId);
      const path = await askSavePath(deps, 'budgets:budgetFiles.printTitle', `${deps.t('budgets:budgetFiles.printFile')}-${version.year}-v${version.number}.pdf`, planPdf);
      saveBytes(path, await deps.platform.printToPdf({ route: budgetPrintRoute(versionId) }));
      return { path };
    },

    // — capitalisation —
    'budgets.plans': () => listPlans(ctx()),
    'budgets.plan': ({ id }) => getPlan(ctx(), id),
    'budgets.savePlan': (input) => savePlan(ctx(), input),
    'budgets.removePlan': ({ id }) => removePlan(ctx(), id),
    'budgets.saveScenario': (input) => saveScenario(ctx(), input),
    'budgets.removeScenario': ({ id }) => removeScenario(ctx(), id),
    'budgets.projection': (input) => planProjection(ctx(), input),
    // Printed in the coop's language through the same print path as the payslips.
    'budgets.printPlan': async ({ planId, scenarioIds }) => {
      const plan = await getPlan(ctx(), planId);
      const path = await askSavePath(deps, 'budgets:planFiles.printTitle', `${deps.t('budgets:planFiles.printFile')}-${plan.fromYear}.pdf`, planPdf);
      saveBytes(path, await deps.platform.printToPdf({ route: planPrintRoute(planId, scenarioIds) }));
      return { path };
    },

    // — import and export —
    'budgets.importPreview': (input) => previewBudgetImport(ctx(), input),
    'budgets.importCommit': (input) => commitBudgetImport(ctx(), input),
    'budgets.exportFile': async (input) => {
      const extension = input.format;
      const path = await askSavePath(deps, 'budgets:export.dialogTitle', await budgetFileName(ctx(), input), [{ name: extension.toUpperCase(), extensions: [extension] }]);
      return { path, ...(await exportBudgetFile(ctx(), input, path)) };
    },
  };
}
