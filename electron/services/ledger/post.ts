/**
 * Posting and reversing an entry inside the caller's transaction: checked against the rules first (a
 * sentence for the user), then written as the database demands: the entry (next number, chained), its
 * lines, then its seal, which the database accepts only over balanced lines. One audit row per entry
 * records its hash, so an entry added or removed behind the app's back shows in `check`.
 */
import type { Kysely } from 'kysely';
import { DomainError } from '../../../shared/contract/errors';
import { reversalLines } from '../../../shared/domain/ledger/entry';
import type { DB } from '../../db/schema';
import { nowIso, recordAudit, type ServiceContext } from '../core';
import { entryHash, GENESIS_HASH, type EntryContent, type LineContent } from './chain';
import { closedThrough } from './period';
import { refuseClosedPeriod, refuseMalformedEntry, refuseUnknownMembers } from './refusals';
import type { JournalLine, NewJournalEntry, PostedEntry } from './types';

export const linesOf = (lines: readonly JournalLine[]): LineContent[] =>
  lines.map((line, index) => ({
    line_no: index + 1,
    account: line.account,
    member_number: line.memberNumber ?? null,
    debit_minor: line.debitMinor ?? 0,
    credit_minor: line.creditMinor ?? 0,
  }));

async function knownMembers(trx: Kysely<DB>, entry: NewJournalEntry): Promise<Set<number>> {
  const numbers = [...new Set(entry.lines.map((l) => l.memberNumber ?? null).filter((n): n is number => n !== null))];
  if (numbers.length === 0) return new Set();
  const rows = await trx.selectFrom('member').select('member_number').where('member_number', 'in', numbers).execute();
  return new Set(rows.map((r) => r.member_number));
}

async function writeEntry(trx: Kysely<DB>, ctx: ServiceContext, entry: NewJournalEntry, reversesId: number | null): Promise<PostedEntry> {
  refuseMalformedEntry(entry);
  refuseClosedPeriod(entry.date, await closedThrough(trx));
  const known = await knownMembers(trx, entry);
  refuseUnknownMembers(entry, (n) => known.has(n));

  const last = await trx.selectFrom('ledger_entry').select(['id', 'number', 'hash']).orderBy('number', 'desc').limit(1).executeTakeFirst();
  const content: EntryContent = {
    id: (last?.id ?? 0) + 1,
    number: (last?.number ?? 0) + 1,
    date: entry.date,
    memo: entry.memo.trim(),
    source_kind: entry.source.kind,
    source_id: String(entry.source.id),
    reverses_id: reversesId,
    posted_at: nowIso(ctx),
  };
  const lines = linesOf(entry.lines);
  const prevHash = last?.hash ?? GENESIS_HASH;
  const hash = entryHash(prevHash, content, lines);
  await trx.insertInto('ledger_entry').values({ ...content, prev_hash: prevHash, hash }).execute();
  // The typed account of each line (LineContent keeps it as text, as hashed).
  await trx.insertInto('ledger_line').values(lines.map((l, i) => ({ ...l, entry_id: content.id, account: entry.lines[i]!.account }))).execute();
  const total = lines.reduce((sum, l) => sum + l.debit_minor, 0);
  await trx.insertInto('ledger_entry_seal').values({ entry_id: content.id, line_count: lines.length, total_minor: total }).execute();
  await recordAudit(trx, ctx, {
    action: reversesId === null ? 'ledger.post' : 'ledger.reverse',
    entity: 'ledger_entry',
    entityId: content.id,
    before: null,
    after: { number: content.number, date: content.date, totalMinor: total, hash },
  });
  return { id: content.id, number: content.number };
}

/** Inside the caller's transaction (trx from inTransaction): numbered without gaps, balanced, hash-chained, audited. */
export function postJournalEntry(trx: Kysely<DB>, ctx: ServiceContext, entry: NewJournalEntry): Promise<PostedEntry> {
  return writeEntry(trx, ctx, entry, null);
}

/**
 * Posts the entry that undoes `entryId`: the same accounts and members on the other side, linked to the
 * original. An entry is reversed once, a reversal is not itself reversed, and the reversal is not dated
 * before the entry it undoes.
 */
export async function reverseJournalEntry(
  trx: Kysely<DB>,
  ctx: ServiceContext,
  entryId: number,
  options: { date: string; memo: string },
): Promise<PostedEntry> {
  const original = await trx.selectFrom('ledger_entry').select(['id', 'number', 'date', 'source_kind', 'source_id', 'reverses_id']).where('id', '=', entryId).executeTakeFirst();
  if (!original) throw new DomainError('NOT_FOUND', `No journal entry has id ${entryId}`, { key: 'ledger:errors.entryNotFound', params: { id: entryId } });
  const params = { number: original.number };
  if (original.reverses_id !== null) {
    throw new DomainError('CONFLICT', `Entry ${original.number} is itself a reversal`, { key: 'ledger:errors.reversalOfReversal', params });
  }
  const reversal = await trx.selectFrom('ledger_entry').select('number').where('reverses_id', '=', entryId).executeTakeFirst();
  if (reversal) {
    throw new DomainError('CONFLICT', `Entry ${original.number} was already reversed by entry ${reversal.number}`, {
      key: 'ledger:errors.alreadyReversed',
      params: { ...params, reversal: reversal.number },
    });
  }
  if (options.date < original.date) {
    throw new DomainError('BAD_INPUT', `A reversal cannot be dated before the entry it undoes (${original.date})`, {
      key: 'ledger:errors.reversalBeforeOriginal',
      params: { ...params, date: original.date },
    });
  }
  const lines = await trx
    .selectFrom('ledger_line')
    .select(['account', 'member_number', 'debit_minor', 'credit_minor'])
    .where('entry_id', '=', entryId)
    .orderBy('line_no')
    .execute();
  const undone = reversalLines(lines.map((l) => ({ account: l.account, memberNumber: l.member_number, debitMinor: l.debit_minor, creditMinor: l.credit_minor })));
  return writeEntry(trx, ctx, { date: options.date, memo: options.memo, source: { kind: original.source_kind, id: original.source_id }, lines: undone }, entryId);
}
