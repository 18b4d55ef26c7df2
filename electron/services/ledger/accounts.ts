/**
 * The chart of accounts as the coop uses it: the framework's default codes, overridden per account by
 * the accountant's own codes (edited on screen or imported from CSV), each change audited.
 */
import type { Kysely } from 'kysely';
import type { ChartOfAccounts } from '../../../shared/contract/ledger';
import { DomainError } from '../../../shared/contract/errors';
import { accountKeys, accountKindOf, defaultAccountCodes, type AccountKey } from '../../../shared/domain/ledger/accounts';
import type { LegalFramework } from '../../../shared/domain/statute';
import type { DB } from '../../db/schema';
import { inTransaction, nowIso, type AuditWriter, type ServiceContext } from '../core';
import { closedThrough } from './period';

export async function frameworkOf(db: Kysely<DB>): Promise<LegalFramework> {
  const profile = await db.selectFrom('coop_profile').select('framework').executeTakeFirst();
  if (!profile) throw new DomainError('NOT_INITIALISED', 'The cooperative is not set up yet', { key: 'errors.NOT_INITIALISED' });
  return profile.framework;
}

/** Every account's code as exports and reports show it: the accountant's, else the framework's default. */
export async function accountCodes(db: Kysely<DB>): Promise<Record<AccountKey, string>> {
  const defaults = defaultAccountCodes[await frameworkOf(db)];
  const custom = await db.selectFrom('ledger_account_code').select(['account', 'code']).execute();
  const codes = { ...defaults };
  for (const row of custom) codes[row.account] = row.code;
  return codes;
}

export async function chartOfAccounts(db: Kysely<DB>): Promise<ChartOfAccounts> {
  const framework = await frameworkOf(db);
  const custom = new Map((await db.selectFrom('ledger_account_code').select(['account', 'code']).execute()).map((r) => [r.account, r.code]));
  return {
    framework,
    accounts: accountKeys.map((key) => {
      const defaultCode = defaultAccountCodes[framework][key];
      const customCode = custom.get(key) ?? null;
      return { key, kind: accountKindOf[key], defaultCode, customCode, code: customCode ?? defaultCode };
    }),
    closedThrough: await closedThrough(db),
  };
}

export interface CodeChange {
  account: AccountKey;
  /** null: back to the default. */
  code: string | null;
}

/** Two accounts under one code would merge in the accountant's books; refused whoever set which. */
function refuseSharedCodes(chart: ChartOfAccounts, changes: readonly CodeChange[]): void {
  const next = new Map(chart.accounts.map((a) => [a.key, a.code]));
  for (const change of changes) next.set(change.account, change.code ?? chart.accounts.find((a) => a.key === change.account)!.defaultCode);
  const seen = new Map<string, AccountKey>();
  for (const [account, code] of next) {
    const other = seen.get(code);
    if (other) {
      throw new DomainError('CONFLICT', `Accounts ${other} and ${account} cannot share code ${code}`, {
        key: 'ledger:errors.sharedCode',
        params: { code, first: other, second: account },
      });
    }
    seen.set(code, account);
  }
}

/** Writes `changes` in the caller's transaction, one audit row for all of them. */
export async function writeAccountCodes(trx: Kysely<DB>, ctx: ServiceContext, audit: AuditWriter, changes: readonly CodeChange[]): Promise<number> {
  const before = await chartOfAccounts(trx);
  refuseSharedCodes(before, changes);
  const beforeCodes = Object.fromEntries(before.accounts.map((a) => [a.key, a.customCode]));
  const effective = changes.filter((c) => beforeCodes[c.account] !== c.code);
  for (const change of effective) {
    if (change.code === null) await trx.deleteFrom('ledger_account_code').where('account', '=', change.account).execute();
    else {
      const row = { account: change.account, code: change.code, updated_at: nowIso(ctx) };
      await trx.insertInto('ledger_account_code').values(row).onConflict((oc) => oc.column('account').doUpdateSet({ code: row.code, updated_at: row.updated_at })).execute();
    }
  }
  if (effective.length > 0) {
    await audit({
      action: 'ledger.accountCodes',
      entity: 'ledger_account_code',
      entityId: null,
      before: Object.fromEntries(effective.map((c) => [c.account, beforeCodes[c.account]])),
      after: Object.fromEntries(effective.map((c) => [c.account, c.code])),
    });
  }
  return effective.length;
}

export async function updateAccountCodes(ctx: ServiceContext, input: { codes: readonly CodeChange[] }): Promise<ChartOfAccounts> {
  const accounts = input.codes.map((c) => c.account);
  if (new Set(accounts).size !== accounts.length) {
    throw new DomainError('BAD_INPUT', 'An account is given twice', { key: 'ledger:errors.duplicateAccount' });
  }
  return inTransaction(ctx, async (trx, audit) => {
    await writeAccountCodes(trx, ctx, audit, input.codes);
    return chartOfAccounts(trx);
  });
}
