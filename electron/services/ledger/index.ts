/** The journal: the ledger domain's public surface. Other domains (capital) post through here only. */
import type { DomainModule } from '../core';
import { ledgerChecks } from './checks';

export type { JournalLine, NewJournalEntry, PostedEntry } from './types';
export { postJournalEntry, reverseJournalEntry } from './post';
export { postJournalEntriesBulk } from './bulk';
export { accountCodes, chartOfAccounts, updateAccountCodes } from './accounts';
export { commitAccountCodesImport, previewAccountCodesImport } from './codes-import';
export { closedThrough, closePeriod } from './period';
export { MANUAL_SOURCE, postManualEntry, reverseManualEntry } from './manual';
export { accountLedger, journal, trialBalance, type Period } from './reports';
export { creditBalance, memberCreditsByAccount } from './member-amounts';
export { exportLedger, ledgerExportExtensions, refuseBadLedgerExport, type LedgerExportInput } from './export';

export const ledgerDomain: DomainModule = {
  name: 'ledger',
  checks: ledgerChecks,
  // No demo step of its own: the demo's journal is what the capital operations post through this domain.
};
