import {
  accountLedger,
  chartOfAccounts,
  closePeriod,
  commitAccountCodesImport,
  exportLedger,
  journal,
  ledgerExportExtensions,
  postManualEntry,
  previewAccountCodesImport,
  refuseBadLedgerExport,
  reverseManualEntry,
  trialBalance,
  updateAccountCodes,
} from '../../services/ledger';
import type { DomainHandlers } from '../dispatch';
import { askSavePath, contextOf, type HandlerDeps } from './deps';

export function ledgerHandlers(deps: HandlerDeps): DomainHandlers<'ledger'> {
  const ctx = () => contextOf(deps);
  return {
    'ledger.accounts': () => chartOfAccounts(ctx().db),
    'ledger.updateAccountCodes': (input) => updateAccountCodes(ctx(), input),
    'ledger.importAccountCodesPreview': (input) => previewAccountCodesImport(ctx(), input),
    'ledger.importAccountCodes': (input) => commitAccountCodesImport(ctx(), input),
    'ledger.closePeriod': async (input) => {
      await closePeriod(ctx(), input);
      return chartOfAccounts(ctx().db);
    },
    'ledger.trialBalance': (input) => trialBalance(ctx(), input),
    'ledger.accountLedger': (input) => accountLedger(ctx(), input),
    'ledger.journal': (input) => journal(ctx(), input),
    'ledger.postEntry': (input) => postManualEntry(ctx(), input),
    'ledger.reverseEntry': (input) => reverseManualEntry(ctx(), input),
    'ledger.export': async (input) => {
      refuseBadLedgerExport(input);
      const extension = ledgerExportExtensions[input.format];
      const path = await askSavePath(deps, 'ledger:dialogs.exportTitle', `journal-${input.from}-${input.to}.${extension}`, [
        { name: input.format === 'hledger' || input.format === 'beancount' ? input.format : extension.toUpperCase(), extensions: [extension] },
      ]);
      return { path, ...(await exportLedger(ctx(), input, path)) };
    },
  };
}
