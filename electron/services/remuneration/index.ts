/** Remuneration: the domain's public surface (schemes, assignments, runs, payslips, bank file, what-if). */
import type { DomainModule } from '../core';
import { remunerationChecks } from './checks';
import { generateRemunerationDemo } from './demo';

export { remunerationSettings, updateRemunerationSettings } from './settings';
export { listSchemes, saveScheme } from './schemes';
export { assign, assignmentHistory, assignmentsOn, setBankAccount } from './assignments';
export { discardDraft, draftRun, getRun, listRuns } from './runs';
export { approveRun } from './approve';
export { payslipsOf, requirePostedRun } from './payslips';
export { bankFileOf } from './bank-file';
export { whatIf } from './what-if';
export { periodRange } from './period';

export const remunerationDomain: DomainModule = {
  name: 'remuneration',
  checks: remunerationChecks,
  demo: generateRemunerationDemo,
};
