/** Budgets and capitalisation plans (issue 12): the budgets domain's public surface. */
import type { DomainModule } from '../core';
import { budgetsChecks } from './checks';
import { generateBudgetsDemo } from './demo';

// — the yearly budget —
export { budgetAccounts } from './accounts';
export { createDraft, discardDraft, getVersion, listVersions, reviseVersion } from './versions';
export { refuseBadLines, saveLines, writeLines } from './lines';
export { approveVersion } from './approve';
export { spreadYear } from './spread';
export { actualsByAccount, budgetActuals } from './actuals';
export { cashPositionOf } from './cash';
export { breakEvenOf } from './break-even';
export { budgetYear, refuseClosedYear, type BudgetYear } from './year';

export const budgetsDomain: DomainModule = {
  name: 'budgets',
  checks: budgetsChecks,
  demo: generateBudgetsDemo,
};

export { getPlan, listPlans, planProjection, removePlan, removeScenario, savePlan, saveScenario } from './plans';
export { budgetFileName, commitBudgetImport, exportBudgetFile, previewBudgetImport } from './io';
