/**
 * The journal's API: the chart of accounts and its mapping to the accountant's codes, the closed period,
 * and the reports (trial balance, account ledger, journal). Entries are posted by other domains'
 * operations (capital, pay…) and, for what no operation records (sales, costs), typed in as general entries.
 */
import { z } from 'zod';
import { ACCOUNT_CODE_PATTERN, accountKeys, accountKinds } from '../domain/ledger/accounts';
import { legalFrameworks } from '../domain/statute';
import { isoDate, requiredText } from './common';
import { defineMethods } from './define';

export const accountKey = z.enum(accountKeys);

/** An account of the chart; its label is the catalogue's `ledger:accounts.<key>`, its kind's `ledger:kinds.<kind>`. */
export const account = z.object({
  key: accountKey,
  kind: z.enum(accountKinds),
  /** The code the coop's legal framework's usual plan gives this account. */
  defaultCode: z.string(),
  /** The accountant's own code, when mapped; null: the default is used. */
  customCode: z.string().nullable(),
  /** What exports and reports show: the accountant's code, else the default. */
  code: z.string(),
});
export type Account = z.infer<typeof account>;

export const chartOfAccounts = z.object({
  framework: z.enum(legalFrameworks),
  accounts: z.array(account),
  /** The books are closed up to and including this date; null: no period is closed. */
  closedThrough: z.string().nullable(),
});
export type ChartOfAccounts = z.infer<typeof chartOfAccounts>;

/** An accountant's code: letters, digits and the separators plans use (1.1.1.01, 572, 2-100). */
export const accountCode = z
  .string()
  .trim()
  .regex(ACCOUNT_CODE_PATTERN, { message: 'ledger:errors.accountCode' });

export const updateAccountCodesInput = z
  .object({
    /** null resets an account to its default code. */
    codes: z.array(z.object({ account: accountKey, code: accountCode.nullable() }).strict()).min(1).max(accountKeys.length),
  })
  .strict();

export const accountCodesImportInput = z
  .object({
    /** A CSV file of two columns, account key and code (a header row is recognised and skipped). */
    fileBase64: z.string().max(2_000_000),
  })
  .strict();

export const accountCodeProblemCodes = ['unknownAccount', 'badCode', 'duplicateAccount', 'duplicateCode', 'missingColumn', 'empty'] as const;

/** A dry run of the codes file: what would change, and each line's problem (`ledger:import.problems.<code>`). */
export const accountCodesPreview = z.object({
  rowCount: z.number().int(),
  changes: z.array(z.object({ line: z.number().int(), account: accountKey, from: z.string(), to: z.string() })),
  problems: z.array(z.object({ line: z.number().int(), code: z.enum(accountCodeProblemCodes), value: z.string() })),
});
export type AccountCodesPreview = z.infer<typeof accountCodesPreview>;

const period = { from: isoDate, to: isoDate };

export const trialBalance = z.object({
  from: z.string(),
  to: z.string(),
  rows: z.array(
    z.object({
      account: accountKey,
      code: z.string(),
      kind: z.enum(accountKinds),
      /** Debit minus credit of everything before the period. */
      openingMinor: z.number().int(),
      debitMinor: z.number().int(),
      creditMinor: z.number().int(),
      /** Debit minus credit over the period. */
      balanceMinor: z.number().int(),
      /** Opening plus the period's balance: where the account stands at the period's end. */
      closingMinor: z.number().int(),
    }),
  ),
  totals: z.object({ debitMinor: z.number().int(), creditMinor: z.number().int() }),
});
export type TrialBalance = z.infer<typeof trialBalance>;

const posting = z.object({
  entryId: z.number().int(),
  number: z.number().int(),
  date: z.string(),
  memo: z.string(),
  memberNumber: z.number().int().nullable(),
  debitMinor: z.number().int(),
  creditMinor: z.number().int(),
});

export const accountLedger = z.object({
  account: accountKey,
  code: z.string(),
  /** Debit minus credit of every posting before `from`. */
  openingMinor: z.number().int(),
  /** Postings of the period (this page of them), each with the balance after it. */
  postings: z.array(posting.extend({ balanceMinor: z.number().int() })),
  total: z.number().int(),
  closingMinor: z.number().int(),
});
export type AccountLedger = z.infer<typeof accountLedger>;

export const journalEntry = z.object({
  id: z.number().int(),
  number: z.number().int(),
  date: z.string(),
  memo: z.string(),
  sourceKind: z.string(),
  sourceId: z.string(),
  /** The entry this one reverses, by number; null for an ordinary entry. */
  reversesNumber: z.number().int().nullable(),
  /** The entry that reversed this one, by number; null while it stands. */
  reversedByNumber: z.number().int().nullable(),
  postedAt: z.string(),
  lines: z.array(
    z.object({
      account: accountKey,
      code: z.string(),
      memberNumber: z.number().int().nullable(),
      debitMinor: z.number().int(),
      creditMinor: z.number().int(),
    }),
  ),
});
export type JournalEntry = z.infer<typeof journalEntry>;

/** What the journal exports to: per-posting CSV and XLSX for spreadsheets, plain-text books for hledger and Beancount. */
export const ledgerExportFormats = ['csv', 'xlsx', 'hledger', 'beancount'] as const;
export type LedgerExportFormat = (typeof ledgerExportFormats)[number];

const paging = { offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(500).default(100) };

/**
 * A general journal entry typed by the treasurer (the month's sales and costs, the accountant's totals).
 * The shape is checked here; the journal's rules (balanced, one side per line, open period, known
 * members) are refused by the service with a sentence (`ledger:entries.errors.*`).
 */
export const manualEntryLine = z
  .object({
    account: z.string().max(60),
    memberNumber: z.number().int().min(1).max(99_999_999).nullable(),
    debitMinor: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    creditMinor: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  })
  .strict();
export type ManualEntryLine = z.infer<typeof manualEntryLine>;

export const manualEntryInput = z.object({ date: isoDate, memo: requiredText(500), lines: z.array(manualEntryLine).max(500) }).strict();
export type ManualEntryInput = z.infer<typeof manualEntryInput>;

export const reverseManualEntryInput = z.object({ number: z.number().int().min(1), date: isoDate, reason: requiredText(500) }).strict();

export const ledgerMethods = defineMethods({
  'ledger.accounts': { input: z.object({}).strict(), output: chartOfAccounts, reads: ['coop', 'ledger'] },
  'ledger.updateAccountCodes': { input: updateAccountCodesInput, output: chartOfAccounts, reads: ['coop', 'ledger'], writes: ['ledger', 'audit'] },
  'ledger.importAccountCodesPreview': { input: accountCodesImportInput, output: accountCodesPreview, reads: ['coop', 'ledger'] },
  'ledger.importAccountCodes': {
    input: accountCodesImportInput,
    output: z.object({ changed: z.number().int() }),
    reads: ['coop', 'ledger'],
    writes: ['ledger', 'audit'],
  },
  // Closing is final: books once closed are not reopened (a correction is a reversal dated in an open period).
  'ledger.closePeriod': {
    input: z.object({ through: isoDate, reason: requiredText(300) }).strict(),
    output: chartOfAccounts,
    reads: ['coop', 'ledger'],
    writes: ['ledger', 'audit'],
  },
  'ledger.trialBalance': { input: z.object(period).strict(), output: trialBalance, reads: ['coop', 'ledger'] },
  'ledger.accountLedger': {
    input: z.object({ account: accountKey, ...period, ...paging }).strict(),
    output: accountLedger,
    reads: ['coop', 'ledger'],
  },
  'ledger.journal': {
    input: z.object({ ...period, ...paging }).strict(),
    output: z.object({ entries: z.array(journalEntry), total: z.number().int() }),
    reads: ['coop', 'ledger'],
  },
  // General journal entries: source kind 'manual'; only a manual entry is reversed here (operations reverse their own).
  'ledger.postEntry': {
    input: manualEntryInput,
    output: z.object({ number: z.number().int() }),
    reads: ['coop', 'ledger', 'members'],
    writes: ['ledger', 'audit'],
  },
  'ledger.reverseEntry': {
    input: reverseManualEntryInput,
    output: z.object({ number: z.number().int() }),
    reads: ['coop', 'ledger'],
    writes: ['ledger', 'audit'],
  },
  // Asks where to save (like members.export); `rows` counts the postings written.
  'ledger.export': {
    input: z.object({ ...period, format: z.enum(ledgerExportFormats, { message: 'ledger:errors.exportFormat' }) }).strict(),
    output: z.object({ path: z.string(), rows: z.number().int() }),
    reads: ['coop', 'ledger'],
  },
});
