/**
 * Posting a year's distribution, after an assembly approved it: the steps and every member's share are
 * recorded (final), each fund and reserve credited, interest and the cash part of returns made payable,
 * all in one balanced journal entry; then each member's capitalised part credited to their capital
 * account (or their share of a loss charged to it) through the capital register. One transaction: all or
 * nothing. A correction is a reversal (every part reversed) and a new posting.
 */
import type { JournalLine } from '../ledger';
import { postJournalEntry, reverseJournalEntry } from '../ledger';
import { approvedResolution } from '../assemblies';
import { chargeLoss, creditCapitalisedReturn, reverseOperation } from '../capital';
import { inOneTransaction, inTransaction, nowIso, type ServiceContext } from '../core';
import { requireCoop } from '../coop';
import { activeDistribution } from './active';
import { reserveAccount } from './accounts';
import { contentHash, type StoredShare, type StoredStep } from './content';
import { savePolicy } from './policy';
import { refusal } from './refuse';
import { simulateYear } from './simulate';

const ratioText = (r: { num: bigint; den: bigint }) => `${r.num}/${r.den}`;

export async function postDistribution(ctx: ServiceContext, input: { year: number; resolutionId: number; date: string }) {
  const coop = await requireCoop(ctx);
  const resolution = await approvedResolution(ctx.db, input.resolutionId);
  if (!resolution || resolution.kind !== 'surplus-distribution') {
    throw refusal('BAD_INPUT', 'RESOLUTION_NEEDED', 'Posting a distribution needs an approved assembly resolution on the distribution of the surplus.');
  }
  if (resolution.meetingKind === 'council') throw refusal('BAD_INPUT', 'RESOLUTION_NEEDED', 'Posting a distribution needs an approved assembly resolution on the distribution of the surplus.');
  if (input.date < resolution.date) {
    throw refusal('BAD_INPUT', 'BEFORE_RESOLUTION', `The distribution cannot be posted before the assembly approved it (${resolution.date}).`, { date: resolution.date });
  }
  if (await activeDistribution(ctx.db, input.year)) {
    throw refusal('CONFLICT', 'ALREADY_POSTED', `The year ${input.year} is already posted; reverse it first to post it again.`, { year: input.year });
  }
  return inOneTransaction(ctx, (tx) =>
    inTransaction(tx, async (trx, audit) => {
    const simulation = await simulateYear(tx, { year: input.year });
    const { distribution, members } = simulation;
    if (!distribution.check.equal) throw refusal('INTERNAL', 'INVARIANT', 'The distribution does not add up to the result; nothing was posted.');
    const policyId = simulation.policyId ?? (await savePolicy(tx, { effectiveYear: input.year, policy: simulation.policy, note: resolution.reference })).id;
    const byNumber = new Map(members.map((m) => [String(m.memberNumber), m]));
    const lines: JournalLine[] = [];
    const credit = (account: JournalLine['account'], amount: number, memberNumber: number | null = null) => {
      if (amount > 0) lines.push({ account, memberNumber, creditMinor: amount });
      if (amount < 0) lines.push({ account, memberNumber, debitMinor: -amount });
    };
    for (const step of distribution.steps) {
      if (step.subtotal) continue;
      if (step.key === 'special' || step.key === 'non_member_rest' || step.key === 'voluntary') credit('other_reserves', step.amountMinor);
      else if (step.key === 'fund' || step.key === 'reserve_absorbs') credit(reserveAccount(coop.framework, step.name), step.amountMinor);
      else if (step.key === 'offset' || step.key === 'members_charged' || step.key === 'unabsorbed') credit('losses', step.amountMinor);
      else if (step.key === 'tax') credit('tax_payable', step.amountMinor);
    }
    for (const m of distribution.members) {
      const n = byNumber.get(m.id)!.memberNumber;
      credit('interest_payable', m.interestMinor, n);
      if (m.returnMinor > 0) credit('returns_payable', m.returnMinor, n);
    }
    // The year's result closes against all of it: the balancing line is the total result itself (the invariant).
    const allocated = lines.reduce((sum, l) => sum + (l.creditMinor ?? 0) - (l.debitMinor ?? 0), 0);
    if (allocated !== distribution.check.resultMinor) throw refusal('INTERNAL', 'INVARIANT', 'The distribution does not add up to the result; nothing was posted.');
    if (allocated > 0) lines.unshift({ account: 'result', debitMinor: allocated });
    if (allocated < 0) lines.unshift({ account: 'result', creditMinor: -allocated });
    const entry = await postJournalEntry(trx, tx, { date: input.date, memo: `Distribution of the ${input.year} result (${resolution.reference})`, source: { kind: 'surplus_distribution', id: input.year }, lines });
    const unabsorbed = -(distribution.steps.find((s) => s.key === 'unabsorbed')?.amountMinor ?? 0);
    const offset = distribution.steps.find((s) => s.key === 'offset')?.amountMinor ?? 0;
    const steps: StoredStep[] = distribution.steps.map((step, ord) => ({ ord, key: step.key, name: step.name, amount_minor: step.amountMinor, basis: step.basis, subtotal: step.subtotal ? 1 : 0 }));
    const shares: (StoredShare & { capital_operation_number: number | null })[] = [];
    for (const m of distribution.members) {
      const member = byNumber.get(m.id)!;
      let operation: number | null = null;
      if (m.capitalisedMinor > 0) operation = (await creditCapitalisedReturn(tx, { memberId: member.id, amountMinor: m.capitalisedMinor, date: input.date, allocationYear: input.year })).number;
      if (m.returnMinor < 0) operation = (await chargeLoss(tx, { memberId: member.id, amountMinor: -m.returnMinor, date: input.date })).number;
      shares.push({ member_id: member.id, weight: ratioText(m.weight), interest_minor: m.interestMinor, return_minor: m.returnMinor, cash_minor: m.cashMinor, capitalised_minor: m.capitalisedMinor, capital_operation_number: operation });
    }
    const hash = contentHash(input.year, entry.id, steps, shares);
    const row = await trx
      .insertInto('surplus_distribution')
      .values({
        year: input.year,
        policy_id: policyId,
        resolution_id: resolution.id,
        resolution_reference: resolution.reference,
        posted_on: input.date,
        journal_entry_id: entry.id,
        reverses_id: null,
        unabsorbed_loss_minor: unabsorbed,
        offset_minor: offset,
        content_hash: hash,
        created_at: nowIso(ctx),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const step of steps) await trx.insertInto('surplus_step').values({ distribution_id: row.id, ...step }).execute();
    for (const share of shares) await trx.insertInto('surplus_allocation').values({ distribution_id: row.id, ...share }).execute();
    await audit({ action: 'surplus.post', entity: 'surplus_distribution', entityId: row.id, before: null, after: { year: input.year, entry: entry.number, resolution: resolution.reference, hash } });
    return { id: row.id, journalEntryNumber: entry.number };
  }),
  );
}

export async function reverseDistribution(ctx: ServiceContext, input: { year: number; date: string; reason: string }) {
  const active = await activeDistribution(ctx.db, input.year);
  if (!active) throw refusal('NOT_FOUND', 'NOT_POSTED', `The year ${input.year} has no posted distribution to reverse.`, { year: input.year });
  return inOneTransaction(ctx, (tx) =>
    inTransaction(tx, async (trx, audit) => {
    const allocations = await trx.selectFrom('surplus_allocation').selectAll().where('distribution_id', '=', active.id).execute();
    for (const a of allocations) {
      if (a.capital_operation_number !== null) await reverseOperation(tx, { operationNumber: a.capital_operation_number, date: input.date, reason: input.reason });
    }
    const entry = await reverseJournalEntry(trx, tx, active.journal_entry_id, { date: input.date, memo: input.reason });
    const row = await trx
      .insertInto('surplus_distribution')
      .values({ ...active, id: undefined, reverses_id: active.id, posted_on: input.date, journal_entry_id: entry.id, content_hash: contentHash(input.year, entry.id, [], []), created_at: nowIso(ctx) })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit({ action: 'surplus.reverse', entity: 'surplus_distribution', entityId: row.id, before: { id: active.id }, after: { reverses: active.id, entry: entry.number, reason: input.reason } });
    return { id: row.id, journalEntryNumber: entry.number };
  }),
  );
}
