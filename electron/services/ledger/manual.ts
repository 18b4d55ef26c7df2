/**
 * General journal entries: what no operation of the app records (the month's sales and costs, the
 * accountant's totals) typed in by the treasurer. Each refusal is a sentence of `ledger:entries.errors.*`
 * naming the line and, for an unbalanced entry, the difference in the coop's money; the journal's own
 * rules (post.ts) then apply as for every other entry.
 */
import type { Kysely } from 'kysely';
import type { ManualEntryInput } from '../../../shared/contract/ledger';
import { DomainError, type ErrorCode } from '../../../shared/contract/errors';
import { isAccountKey } from '../../../shared/domain/ledger/accounts';
import { formatMoney } from '../../../shared/domain/money-format';
import type { DB } from '../../db/schema';
import { inTransaction, type ServiceContext } from '../core';
import { closedThrough } from './period';
import { postJournalEntry, reverseJournalEntry } from './post';
import type { JournalLine } from './types';

/** The source every general entry carries: its kind says it was typed in, not posted by an operation. */
export const MANUAL_SOURCE = { kind: 'manual', id: 'journal' } as const;

const refusal = (code: ErrorCode, message: string, named: { key: string; params?: Record<string, string | number> }) =>
  new DomainError(code, message, { key: named.key, params: named.params ?? {} });

async function moneyIn(db: Kysely<DB>): Promise<(minor: number) => string> {
  const coop = await db.selectFrom('coop_profile').select(['currency', 'minor_digits', 'locale']).executeTakeFirst();
  return (minor) => (coop ? formatMoney(minor, { currency: coop.currency, minorDigits: coop.minor_digits }, coop.locale) : String(minor));
}

/** The first line that breaks the shape of a general entry, as a refusal; the lines as the journal takes them otherwise. */
function checkedLines(input: ManualEntryInput, money: (minor: number) => string): JournalLine[] {
  if (input.lines.length === 0) throw refusal('BAD_INPUT', 'A journal entry needs lines: at least one debit and one credit', { key: 'ledger:entries.errors.noLines' });
  const lines: JournalLine[] = [];
  for (const [index, line] of input.lines.entries()) {
    const at = index + 1;
    if (!isAccountKey(line.account)) {
      throw refusal('BAD_INPUT', `Line ${at} names account "${line.account}", which is not in the chart`, {
        key: 'ledger:entries.errors.unknownAccount',
        params: { line: at, account: line.account },
      });
    }
    if ((line.debitMinor > 0) === (line.creditMinor > 0)) {
      if (line.debitMinor > 0) throw refusal('BAD_INPUT', `Line ${at} holds both a debit and a credit`, { key: 'ledger:entries.errors.bothSides', params: { line: at } });
      throw refusal('BAD_INPUT', `Line ${at} holds neither a debit nor a credit`, { key: 'ledger:entries.errors.noAmount', params: { line: at } });
    }
    lines.push({ account: line.account, memberNumber: line.memberNumber, debitMinor: line.debitMinor, creditMinor: line.creditMinor });
  }
  if (lines.length < 2) throw refusal('BAD_INPUT', 'A journal entry needs two lines at least: one debit and one credit', { key: 'ledger:entries.errors.oneLine' });
  const debits = input.lines.reduce((sum, l) => sum + l.debitMinor, 0);
  const credits = input.lines.reduce((sum, l) => sum + l.creditMinor, 0);
  if (debits !== credits) {
    const params = { difference: money(Math.abs(debits - credits)), debit: money(debits), credit: money(credits) };
    const message = `The entry does not balance: debits ${debits}, credits ${credits} (minor units)`;
    if (debits > credits) throw refusal('BAD_INPUT', message, { key: 'ledger:entries.errors.debitsExceed', params });
    throw refusal('BAD_INPUT', message, { key: 'ledger:entries.errors.creditsExceed', params });
  }
  return lines;
}

async function refuseUnknownMembers(trx: Kysely<DB>, lines: readonly JournalLine[]): Promise<void> {
  for (const [index, line] of lines.entries()) {
    const number = line.memberNumber ?? null;
    if (number === null) continue;
    const known = await trx.selectFrom('member').select('id').where('member_number', '=', number).executeTakeFirst();
    if (!known) throw refusal('NOT_FOUND', `Line ${index + 1} names member number ${number}, which no member has`, {
        key: 'ledger:entries.errors.unknownMember',
        params: { line: index + 1, member: number },
      });
  }
}

async function refuseClosed(trx: Kysely<DB>, date: string): Promise<void> {
  const through = await closedThrough(trx);
  if (through !== null && date <= through) {
    throw refusal('CONFLICT', `The books are closed through ${through}; ${date} is in the closed period`, {
      key: 'ledger:entries.errors.closedPeriod',
      params: { date, closedThrough: through },
    });
  }
}

/** Posts a general entry (source kind 'manual') in one transaction; answers its journal number. */
export async function postManualEntry(ctx: ServiceContext, input: ManualEntryInput): Promise<{ number: number }> {
  const lines = checkedLines(input, await moneyIn(ctx.db));
  return inTransaction(ctx, async (trx) => {
    await refuseClosed(trx, input.date);
    await refuseUnknownMembers(trx, lines);
    const posted = await postJournalEntry(trx, ctx, { date: input.date, memo: input.memo, source: MANUAL_SOURCE, lines });
    return { number: posted.number };
  });
}

/**
 * Reverses a general entry by its number, the reason as the reversal's memo. An operation's entry (capital,
 * pay…) is refused here: its own screen reverses the operation, so its register and the journal agree.
 */
export async function reverseManualEntry(ctx: ServiceContext, input: { number: number; date: string; reason: string }): Promise<{ number: number }> {
  return inTransaction(ctx, async (trx) => {
    const entry = await trx.selectFrom('ledger_entry').select(['id', 'source_kind']).where('number', '=', input.number).executeTakeFirst();
    if (!entry) throw refusal('NOT_FOUND', `No journal entry has number ${input.number}`, { key: 'ledger:entries.errors.notFound', params: { number: input.number } });
    if (entry.source_kind !== MANUAL_SOURCE.kind) {
      throw refusal('CONFLICT', `Entry ${input.number} was posted by an operation; reverse the operation instead`, {
        key: 'ledger:entries.errors.notManual',
        params: { number: input.number },
      });
    }
    await refuseClosed(trx, input.date);
    const posted = await reverseJournalEntry(trx, ctx, entry.id, { date: input.date, memo: input.reason });
    return { number: posted.number };
  });
}
