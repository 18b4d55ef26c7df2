import { payslipsRoute } from '../../../shared/contract/remuneration';
import {
  approveRun,
  assign,
  assignmentHistory,
  assignmentsOn,
  bankFileOf,
  discardDraft,
  draftRun,
  getRun,
  listRuns,
  listSchemes,
  payslipsOf,
  remunerationSettings,
  requirePostedRun,
  saveScheme,
  setBankAccount,
  updateRemunerationSettings,
  whatIf,
} from '../../services/remuneration';
import type { DomainHandlers } from '../dispatch';
import { askSavePath, contextOf, saveBytes, type HandlerDeps } from './deps';

const pdf = [{ name: 'PDF', extensions: ['pdf'] }];
const csv = [{ name: 'CSV', extensions: ['csv'] }];

export function remunerationHandlers(deps: HandlerDeps): DomainHandlers<'remuneration'> {
  const ctx = () => contextOf(deps);
  return {
    'remuneration.settings': () => remunerationSettings(ctx()),
    'remuneration.updateSettings': (input) => updateRemunerationSettings(ctx(), input),
    'remuneration.schemes': () => listSchemes(ctx()),
    'remuneration.saveScheme': (input) => saveScheme(ctx(), input),
    'remuneration.assignments': ({ asOf }) => assignmentsOn(ctx(), asOf),
    'remuneration.assignmentHistory': ({ memberId }) => assignmentHistory(ctx(), memberId),
    'remuneration.assign': (input) => assign(ctx(), input),
    'remuneration.setBankAccount': (input) => setBankAccount(ctx(), input),
    'remuneration.runs': ({ year }) => listRuns(ctx(), year),
    'remuneration.run': ({ runId }) => getRun(ctx(), runId),
    'remuneration.draftRun': (input) => draftRun(ctx(), input),
    'remuneration.discardDraft': ({ runId }) => discardDraft(ctx(), runId),
    'remuneration.approveRun': (input) => approveRun(ctx(), input),
    'remuneration.payslips': ({ runId }) => payslipsOf(ctx(), runId),
    // Printed in the coop's language through the same print path as the members book.
    'remuneration.printPayslips': async ({ runId }) => {
      const run = await requirePostedRun(ctx(), runId);
      const path = await askSavePath(deps, 'remuneration:bank.printTitle', `${deps.t('remuneration:bank.payslipsFile')}-${run.period}.pdf`, pdf);
      saveBytes(path, await deps.platform.printToPdf({ route: payslipsRoute(runId) }));
      return { path };
    },
    'remuneration.exportBankFile': async ({ runId }) => {
      const file = await bankFileOf(ctx(), runId);
      const path = await askSavePath(deps, 'remuneration:bank.saveTitle', `${deps.t('remuneration:bank.fileName')}-${file.period}.csv`, csv);
      saveBytes(path, new TextEncoder().encode(file.csv));
      return { path, rows: file.rows };
    },
    'remuneration.whatIf': (input) => whatIf(ctx(), input),
  };
}
