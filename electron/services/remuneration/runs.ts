/**
 * Drafting a period's run from attendance (or an adjusting run over a posted period), discarding a draft,
 * and reading runs. Every refusal comes before the first write, so a refused call leaves nothing behind.
 */
import type { Kysely } from 'kysely';
import type { ParsedInput } from '../../../shared/contract';
import type { RunDetail, RunSummary } from '../../../shared/contract/remuneration';
import type { DB } from '../../db/schema';
import { inTransaction, type ServiceContext } from '../core';
import { closedThrough } from '../ledger';
import { computeRun } from './compute';
import { periodRange, type PayPeriodRange } from './period';
import { refusal } from './refuse';
import { loadRun } from './run-inputs';
import { deleteDraft, draftDetail, runDetail, runRow, runSummaries, writeDraft } from './run-store';

/** The whole period lies in books already closed: its pay can no longer be posted. */
export async function refuseClosedPeriod(db: Kysely<DB>, range: PayPeriodRange): Promise<string | null> {
  const closed = await closedThrough(db);
  if (closed !== null && range.to <= closed) {
    throw refusal('CONFLICT', 'PERIOD_CLOSED', `The books are closed through ${closed}; ${range.period} can no longer be paid.`, { period: range.period, closedThrough: closed });
  }
  return closed;
}

export async function regularRunPosted(db: Kysely<DB>, period: string): Promise<boolean> {
  const row = await db.selectFrom('remuneration_run').select('id').where('period', '=', period).where('kind', '=', 'regular').where('status', '=', 'posted').executeTakeFirst();
  return row !== undefined;
}

export async function refusePostedPeriod(db: Kysely<DB>, period: string, adjusting: boolean): Promise<void> {
  const posted = await regularRunPosted(db, period);
  if (posted && !adjusting) {
    throw refusal('CONFLICT', 'PERIOD_POSTED', `Pay for ${period} is already posted; correct it with an adjusting run.`, { period });
  }
  if (!posted && adjusting) {
    throw refusal('CONFLICT', 'PERIOD_NOT_POSTED', `Pay for ${period} has not been posted yet; there is nothing to adjust.`, { period });
  }
}

export async function draftRun(ctx: ServiceContext, input: ParsedInput<'remuneration.draftRun'>): Promise<RunDetail> {
  return inTransaction(ctx, async (trx, audit) => {
    const range = periodRange(input.period);
    await refuseClosedPeriod(trx, range);
    await refusePostedPeriod(trx, range.period, input.adjusting);
    const { inputs, scheme, numberOf } = await loadRun(ctx, trx, range, input.adjusting);
    const computed = computeRun(inputs, numberOf);
    if (input.adjusting && computed.members.length === 0) {
      throw refusal('CONFLICT', 'NOTHING_TO_ADJUST', `Nothing changed since ${range.period} was paid; there is nothing to adjust.`, { period: range.period });
    }
    const runId = await writeDraft(trx, ctx, { range, adjusting: input.adjusting, scheme, computed });
    const detail = await draftDetail(trx, runId, computed);
    await audit({
      action: 'remuneration.draftRun',
      entity: 'remuneration_run',
      entityId: runId,
      before: null,
      after: { period: range.period, kind: detail.kind, members: detail.memberCount, grossMinor: detail.grossMinor, netMinor: detail.netMinor },
    });
    return detail;
  });
}

export async function discardDraft(ctx: ServiceContext, runId: number): Promise<{ ok: true }> {
  return inTransaction(ctx, async (trx, audit) => {
    const row = await runRow(trx, runId);
    if (row.status !== 'draft') throw refusal('CONFLICT', 'RUN_POSTED', `Pay run ${runId} is posted and final; correct it with an adjusting run.`, { period: row.period });
    await deleteDraft(trx, runId);
    await audit({ action: 'remuneration.discardDraft', entity: 'remuneration_run', entityId: runId, before: { period: row.period, netMinor: row.net_minor }, after: null });
    return { ok: true as const };
  });
}

export const listRuns = (ctx: ServiceContext, year: number | null): Promise<RunSummary[]> => runSummaries(ctx.db, year);
export const getRun = (ctx: ServiceContext, runId: number): Promise<RunDetail> => runDetail(ctx.db, runId);
