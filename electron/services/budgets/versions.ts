/**
 * A year's budget versions: a new draft (empty, from last year's actuals, or a copy of a version), reading
 * one with its lines, discarding a draft, and revising an approved version into a new draft. One draft at
 * a time per year (the database holds it too); a closed year takes no new version.
 */
import { translate } from '../../../shared/i18n/catalogue';
import { accountKindOf, type AccountKey } from '../../../shared/domain/ledger/accounts';
import { budgetableAccounts, MONTHS, type BudgetVersion } from '../../../shared/contract/budgets-yearly';
import type { z } from 'zod';
import type { budgetVersionWithLines } from '../../../shared/contract/budgets-yearly';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { inTransaction, nowIso, type ServiceContext } from '../core';
import { requireCoop } from '../coop';
import { budgetSide, sumsByAccountAndMonth } from './actuals-query';
import { storedLines } from './content';
import { writeLines } from './lines';
import { refusal } from './refuse';
import { requireVersion, toVersion, versionsOf } from './rows';
import { budgetYear, monthOf, refuseClosedYear } from './year';

export function listVersions(ctx: ServiceContext, year: number): Promise<BudgetVersion[]> {
  return versionsOf(ctx.db, year);
}

interface Line {
  account: AccountKey;
  label: string;
  months: number[];
}

/** Stored month rows back into lines of twelve months, in their order. */
async function linesOf(db: Kysely<DB>, versionId: number): Promise<Line[]> {
  const lines = new Map<number, Line>();
  for (const row of await storedLines(db, versionId)) {
    const line = lines.get(row.line_no) ?? { account: row.account as AccountKey, label: row.label, months: Array<number>(MONTHS).fill(0) };
    line.months[row.month - 1] = row.amount_minor;
    lines.set(row.line_no, line);
  }
  return [...lines.values()];
}

export async function getVersion(ctx: ServiceContext, id: number): Promise<z.infer<typeof budgetVersionWithLines>> {
  const row = await requireVersion(ctx.db, id);
  const lines = (await linesOf(ctx.db, id)).map((l) => ({ ...l, kind: accountKindOf[l.account] === 'income' ? ('income' as const) : ('expense' as const), totalMinor: l.months.reduce((a, b) => a + b, 0) }));
  const sides = { income: 0, expense: 0 };
  for (const l of lines) sides[l.kind] += l.totalMinor;
  const year = await budgetYear(ctx, row.year);
  return { ...toVersion(row, sides), from: year.from, to: year.to, monthStarts: year.monthStarts, lines };
}

/** Last year's actuals of every budgetable account that moved, one line per account named in the coop's language. */
async function lastYearLines(ctx: ServiceContext, db: Kysely<DB>, year: number): Promise<Line[]> {
  const last = await budgetYear(ctx, year - 1);
  const { locale } = await requireCoop(ctx);
  const byAccount = new Map<AccountKey, number[]>();
  for (const row of await sumsByAccountAndMonth(db, last, budgetableAccounts)) {
    const m = monthOf(last, `${row.month}-01`);
    if (m === null) continue;
    const months = byAccount.get(row.account) ?? Array<number>(MONTHS).fill(0);
    // A budget plans positive amounts; a month whose movement went the other way plans nothing.
    months[m - 1] = Math.max(0, months[m - 1]! + budgetSide(row));
    byAccount.set(row.account, months);
  }
  return budgetableAccounts.filter((a) => byAccount.has(a)).map((account) => ({ account, label: translate(locale, `ledger:accounts.${account}`), months: byAccount.get(account)! }));
}

export async function createDraft(ctx: ServiceContext, input: { year: number; from: 'empty' | 'lastYearActuals' | 'version'; versionId: number | null; note: string | null }): Promise<{ id: number }> {
  return inTransaction(ctx, async (trx, audit) => {
    const txCtx = { ...ctx, db: trx };
    const year = await budgetYear(txCtx, input.year);
    await refuseClosedYear(trx, year);
    const draft = await trx.selectFrom('budget_version').select(['id', 'number']).where('year', '=', input.year).where('status', '=', 'draft').executeTakeFirst();
    if (draft) throw refusal('CONFLICT', 'DRAFT_EXISTS', `The year ${input.year} already has a draft (version ${draft.number}); edit it, or discard it first.`, { year: input.year, number: draft.number });
    let lines: Line[] = [];
    if (input.from === 'lastYearActuals') lines = await lastYearLines(txCtx, trx, input.year);
    if (input.from === 'version') {
      if (input.versionId === null) throw refusal('BAD_INPUT', 'COPY_NEEDS_VERSION', 'Choose the version to copy.');
      await requireVersion(trx, input.versionId);
      lines = await linesOf(trx, input.versionId);
    }
    const id = await insertDraft(trx, ctx, input.year, input.from === 'version' ? input.versionId : null, input.note);
    await writeLines(trx, id, lines);
    await audit({ action: 'budgets.createDraft', entity: 'budget_version', entityId: id, before: null, after: { year: input.year, from: input.from, basedOnId: input.versionId, lines: lines.length } });
    return { id };
  });
}

async function insertDraft(trx: Kysely<DB>, ctx: ServiceContext, year: number, basedOnId: number | null, note: string | null): Promise<number> {
  const last = await trx.selectFrom('budget_version').select((eb) => eb.fn.max('number').as('n')).where('year', '=', year).executeTakeFirst();
  const row = await trx
    .insertInto('budget_version')
    .values({ year, number: (last?.n ?? 0) + 1, status: 'draft', based_on_id: basedOnId, note, created_at: nowIso(ctx), approved_at: null, resolution_id: null, resolution_reference: null, resolution_date: null, content_hash: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function discardDraft(ctx: ServiceContext, versionId: number): Promise<void> {
  await inTransaction(ctx, async (trx, audit) => {
    const version = await requireVersion(trx, versionId);
    if (version.status !== 'draft') throw refusal('CONFLICT', 'VERSION_FINAL', `Version ${version.number} of ${version.year} is approved: it is final and cannot be discarded.`, { year: version.year, number: version.number });
    const lines = await linesOf(trx, versionId);
    await trx.deleteFrom('budget_line').where('version_id', '=', versionId).execute();
    await trx.deleteFrom('budget_version').where('id', '=', versionId).execute();
    await audit({ action: 'budgets.discardDraft', entity: 'budget_version', entityId: versionId, before: { year: version.year, number: version.number, lines }, after: null });
  });
}

/** A new draft copying an approved version; approving it later makes the copied one 'revised'. */
export async function reviseVersion(ctx: ServiceContext, input: { versionId: number; note: string | null }): Promise<{ id: number }> {
  return inTransaction(ctx, async (trx, audit) => {
    const version = await requireVersion(trx, input.versionId);
    if (version.status !== 'approved') throw refusal('CONFLICT', 'REVISE_DRAFT', `Version ${version.number} of ${version.year} is a draft: edit it instead of revising it.`, { year: version.year, number: version.number });
    if (version.revised_at !== null) throw refusal('CONFLICT', 'ALREADY_REVISED', `Version ${version.number} of ${version.year} has already been revised; revise the version in force.`, { year: version.year, number: version.number });
    await refuseClosedYear(trx, await budgetYear({ ...ctx, db: trx }, version.year));
    const draft = await trx.selectFrom('budget_version').select(['number']).where('year', '=', version.year).where('status', '=', 'draft').executeTakeFirst();
    if (draft) throw refusal('CONFLICT', 'DRAFT_EXISTS', `The year ${version.year} already has a draft (version ${draft.number}); edit it, or discard it first.`, { year: version.year, number: draft.number });
    const id = await insertDraft(trx, ctx, version.year, version.id, input.note);
    await writeLines(trx, id, await linesOf(trx, version.id));
    await audit({ action: 'budgets.revise', entity: 'budget_version', entityId: id, before: null, after: { year: version.year, basedOnId: version.id } });
    return { id };
  });
}
