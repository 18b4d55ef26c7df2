/**
 * Runs as stored: a draft replaces the period's previous draft whole; a posted run is never touched again
 * (triggers). Reading gives the contract's summary and detail.
 */
import type { Statement } from 'better-sqlite3';
import type { Kysely, Selectable } from 'kysely';
import type { RatioCheck, RunDetail, RunMember, RunSummary } from '../../../shared/contract/remuneration';
import type { SqliteHandle } from '../../db/connection';
import type { DB } from '../../db/schema';
import { nowIso, type ServiceContext } from '../core';
import type { ComputedLine, ComputedRun, Warning } from './compute';
import type { PayPeriodRange } from './period';
import { refusal } from './refuse';
import { storedSchemes, type StoredScheme } from './schemes';

type RunRow = Selectable<DB['remuneration_run']>;

/**
 * A draft of 1,000 members is written through statements prepared once on the raw handle (the same
 * connection, so inside the caller's transaction), many rows per statement, as the bench
 * (tests/bench/remuneration.ts) measured a run to need.
 */
const ROWS_PER_STATEMENT = 100;
const MEMBER_COLUMNS = ['run_id', 'member_id', 'member_number', 'member_name', 'category', 'minutes_json', 'paid_minutes', 'gross_minor', 'deductions_minor', 'net_minor', 'lines_json'];

const statements = new WeakMap<SqliteHandle, Map<string, Statement>>();

function insertStatement(handle: SqliteHandle, table: string, columns: readonly string[], rows: number): Statement {
  const cache = statements.get(handle) ?? new Map<string, Statement>();
  statements.set(handle, cache);
  const key = `${table}:${rows}`;
  let statement = cache.get(key);
  if (!statement) {
    const row = `(${columns.map(() => '?').join(', ')})`;
    statement = handle.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${Array.from({ length: rows }, () => row).join(', ')}`);
    cache.set(key, statement);
  }
  return statement;
}

function insertRows(handle: SqliteHandle, table: string, columns: readonly string[], rows: readonly unknown[][]): void {
  let i = 0;
  for (; i + ROWS_PER_STATEMENT <= rows.length; i += ROWS_PER_STATEMENT) insertStatement(handle, table, columns, ROWS_PER_STATEMENT).run(rows.slice(i, i + ROWS_PER_STATEMENT).flat());
  for (; i < rows.length; i += 1) insertStatement(handle, table, columns, 1).run(rows[i]);
}

export async function deleteDraft(trx: Kysely<DB>, runId: number): Promise<void> {
  await trx.deleteFrom('remuneration_run_member').where('run_id', '=', runId).execute();
  await trx.deleteFrom('remuneration_run').where('id', '=', runId).where('status', '=', 'draft').execute();
}

export async function draftOf(db: Kysely<DB>, period: string): Promise<RunRow | undefined> {
  return db.selectFrom('remuneration_run').selectAll().where('period', '=', period).where('status', '=', 'draft').executeTakeFirst();
}

export async function writeDraft(
  trx: Kysely<DB>,
  ctx: ServiceContext,
  draft: { range: PayPeriodRange; adjusting: boolean; scheme: StoredScheme; computed: ComputedRun },
): Promise<number> {
  const { range, computed } = draft;
  const previous = await draftOf(trx, range.period);
  if (previous) await deleteDraft(trx, previous.id);
  const sum = (pick: (m: ComputedRun['members'][number]) => number) => computed.members.reduce((s, m) => s + pick(m), 0);
  const { id: runId } = await trx
    .insertInto('remuneration_run')
    .values({
      period: range.period,
      period_from: range.from,
      period_to: range.to,
      kind: draft.adjusting ? 'adjusting' : 'regular',
      status: 'draft',
      scheme_version_id: draft.scheme.id,
      member_count: computed.members.length,
      gross_minor: sum((m) => m.grossMinor),
      deductions_minor: sum((m) => m.deductionsMinor),
      net_minor: sum((m) => m.netMinor),
      ratio_json: JSON.stringify(computed.ratio),
      warnings_json: JSON.stringify(computed.warnings),
      inputs_hash: computed.hash,
      created_at: nowIso(ctx),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const members = computed.members.map((m) => [
    runId, m.memberId, m.memberNumber, m.memberName, m.category, JSON.stringify(m.minutesByKind), m.paidMinutes, m.grossMinor, m.deductionsMinor, m.netMinor, JSON.stringify(m.lines),
  ]);
  insertRows(ctx.handle, 'remuneration_run_member', MEMBER_COLUMNS, members);
  return runId;
}

const summaryOf = (row: RunRow, scheme: StoredScheme | undefined): RunSummary => ({
  id: row.id,
  period: row.period,
  from: row.period_from,
  to: row.period_to,
  kind: row.kind,
  status: row.status,
  schemeVersionId: row.scheme_version_id,
  schemeVersion: scheme?.version ?? 0,
  schemeName: scheme?.name ?? '',
  memberCount: row.member_count,
  grossMinor: row.gross_minor,
  deductionsMinor: row.deductions_minor,
  netMinor: row.net_minor,
  ratio: JSON.parse(row.ratio_json) as RatioCheck,
  resolutionId: row.resolution_id,
  resolutionReference: row.resolution_reference,
  postingDate: row.posting_date,
  journalEntryNumber: null,
  createdAt: row.created_at,
  postedAt: row.posted_at,
});

async function entryNumbers(db: Kysely<DB>, rows: RunRow[]): Promise<Map<number, number>> {
  const ids = rows.map((r) => r.journal_entry_id).filter((id): id is number => id !== null);
  if (ids.length === 0) return new Map();
  const entries = await db.selectFrom('ledger_entry').select(['id', 'number']).where('id', 'in', ids).execute();
  return new Map(entries.map((e) => [e.id, e.number]));
}

async function summariesOf(db: Kysely<DB>, rows: RunRow[]): Promise<RunSummary[]> {
  const schemes = new Map((await storedSchemes(db)).map((s) => [s.id, s]));
  const numbers = await entryNumbers(db, rows);
  return rows.map((row) => ({ ...summaryOf(row, schemes.get(row.scheme_version_id)), journalEntryNumber: row.journal_entry_id === null ? null : (numbers.get(row.journal_entry_id) ?? null) }));
}

export async function runSummaries(db: Kysely<DB>, year: number | null): Promise<RunSummary[]> {
  let query = db.selectFrom('remuneration_run').selectAll().orderBy('period_from', 'desc').orderBy('id', 'desc');
  if (year !== null) query = query.where('period_from', '>=', `${year}-01-01`).where('period_from', '<=', `${year}-12-31`);
  return summariesOf(db, await query.execute());
}

export async function runRow(db: Kysely<DB>, runId: number): Promise<RunRow> {
  const row = await db.selectFrom('remuneration_run').selectAll().where('id', '=', runId).executeTakeFirst();
  if (!row) throw refusal('NOT_FOUND', 'RUN_NOT_FOUND', `There is no pay run ${runId}.`, { id: runId });
  return row;
}

export async function runMembers(db: Kysely<DB>, runId: number): Promise<RunMember[]> {
  const members = await db.selectFrom('remuneration_run_member').selectAll().where('run_id', '=', runId).orderBy('member_number').execute();
  return members.map((m) => ({
    memberId: m.member_id,
    memberNumber: m.member_number,
    memberName: m.member_name,
    category: m.category,
    minutesByKind: JSON.parse(m.minutes_json) as RunMember['minutesByKind'],
    paidMinutes: m.paid_minutes,
    grossMinor: m.gross_minor,
    deductionsMinor: m.deductions_minor,
    netMinor: m.net_minor,
    payslipNumber: m.payslip_number,
    lines: (JSON.parse(m.lines_json) as ComputedLine[]).map(({ subscriptionId: _s, ...line }) => line),
  }));
}

export async function runDetail(db: Kysely<DB>, runId: number): Promise<RunDetail> {
  const row = await runRow(db, runId);
  const [summary] = await summariesOf(db, [row]);
  return { ...summary!, members: await runMembers(db, runId), warnings: JSON.parse(row.warnings_json) as Warning[] };
}

/** A draft just written, told from its figures rather than read back line by line. */
export async function draftDetail(db: Kysely<DB>, runId: number, computed: ComputedRun): Promise<RunDetail> {
  const row = await runRow(db, runId);
  const [summary] = await summariesOf(db, [row]);
  const members = computed.members.map(({ lines, ...m }) => ({ ...m, payslipNumber: null, lines: lines.map(({ subscriptionId: _s, ...l }) => l) }));
  return { ...summary!, members, warnings: computed.warnings };
}
