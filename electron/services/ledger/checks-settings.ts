/**
 * The accountant's codes and the closed periods are what the app last audited: a code changed, or a
 * closing moved or removed, with another SQLite tool shows in `check` (a period reopened behind the app's
 * back would let entries be posted into books already handed to the authorities).
 */
import { isDeepStrictEqual } from 'node:util';
import { finding, type Finding, type ServiceContext } from '../core';

const auditedAfter = (ctx: ServiceContext, action: string) =>
  (ctx.handle.prepare('SELECT after_json FROM audit_log WHERE action = ? ORDER BY id').pluck().all(action) as (string | null)[]).map(
    (json) => JSON.parse(json ?? 'null') as Record<string, unknown> | null,
  );

function accountCodeFindings(ctx: ServiceContext): Finding[] {
  const audited = new Map<string, string>();
  for (const after of auditedAfter(ctx, 'ledger.accountCodes')) {
    for (const [account, code] of Object.entries(after ?? {})) {
      if (typeof code === 'string') audited.set(account, code);
      else audited.delete(account);
    }
  }
  const stored = new Map((ctx.handle.prepare('SELECT account, code FROM ledger_account_code').all() as { account: string; code: string }[]).map((r) => [r.account, r.code]));
  const accounts = [...new Set([...audited.keys(), ...stored.keys()])].sort();
  return accounts.filter((a) => audited.get(a) !== stored.get(a)).map((account) => finding('ledger:check.accountCode', { account }));
}

function periodCloseFindings(ctx: ServiceContext): Finding[] {
  const audited = auditedAfter(ctx, 'ledger.closePeriod').map((after) => after?.closedThrough);
  const stored = ctx.handle.prepare('SELECT closed_through FROM ledger_period_close ORDER BY id').pluck().all();
  return isDeepStrictEqual(audited, stored) ? [] : [finding('ledger:check.periodClose')];
}

export function settingsFindings(ctx: ServiceContext): Finding[] {
  return [...accountCodeFindings(ctx), ...periodCloseFindings(ctx)];
}
