/**
 * What-if: a proposed scheme against the one in force, over the last N months of real attendance, member
 * by member, with totals and both pay ratios (the pure `whatIf` does the arithmetic), so an assembly sees
 * what it adopts before it votes.
 */
import type { Kysely } from 'kysely';
import type { ParsedInput } from '../../../shared/contract';
import { DomainError } from '../../../shared/contract/errors';
import type { RatioCheck, WhatIfResult } from '../../../shared/contract/remuneration';
import { localToday } from '../../../shared/domain/dates';
import { PayRuleError, whatIf as compare, type PayMember, type WhatIfMonth, type WhatIfRatio } from '../../../shared/domain/remuneration';
import { compare as compareRational, fromFraction, type Fraction } from '../../../shared/domain/rational';
import type { DB } from '../../db/schema';
import { attendanceSettings, minutesByMemberAndKind } from '../attendance';
import type { ServiceContext } from '../core';
import { assignedOn, type AssignedMember } from './assigned';
import { payMemberOf } from './pay-member';
import { monthsThrough, periodRange } from './period';
import { refusal } from './refuse';
import { schemeInForce, statuteMaxRatio } from './schemes';
import { readSettings } from './settings';

const previousMonth = (today: string) => monthsThrough(today.slice(0, 7), 2)[0]!;

async function monthOf(db: Kysely<DB>, period: string, paidKinds: ReadonlySet<string>, annual: boolean): Promise<{ month: WhatIfMonth; assigned: AssignedMember[] }> {
  const range = periodRange(period);
  const assigned = await assignedOn(db, range.to);
  const paid = new Map<number, Record<string, number>>();
  for (const row of await minutesByMemberAndKind(db, range)) {
    if (!paidKinds.has(row.kind) || row.minutes <= 0) continue;
    paid.set(row.memberId, { ...(paid.get(row.memberId) ?? {}), [row.kind]: row.minutes });
  }
  const members: PayMember[] = [];
  for (const a of assigned) {
    const inPeriod = a.joinDate <= range.to && (a.leavingDate === null || a.leavingDate >= range.from);
    if (paid.has(a.memberId) || (annual && inPeriod)) members.push(payMemberOf(a, range.to, paid.get(a.memberId) ?? {}));
  }
  return { month: { period, members }, assigned };
}

function ratioOf(r: WhatIfRatio, statuteMax: Fraction | null): RatioCheck {
  const exact = (f: { num: bigint; den: bigint }) => ({ num: Number(f.num), den: Number(f.den) });
  return {
    ratio: exact(r.ratio),
    schemeMax: r.maxRatio ? exact(r.maxRatio) : null,
    statuteMax: statuteMax ? { num: statuteMax.num, den: statuteMax.den } : null,
    holdsScheme: r.holds,
    holdsStatute: statuteMax === null || compareRational(r.ratio, fromFraction(statuteMax)) <= 0,
    topMemberNumber: Number(r.top),
    lowestMemberNumber: Number(r.lowest),
  };
}

export async function whatIf(ctx: ServiceContext, input: ParsedInput<'remuneration.whatIf'>): Promise<WhatIfResult> {
  const db = ctx.db;
  const today = localToday(ctx.now());
  const through = input.through ?? previousMonth(today);
  const current = await schemeInForce(db, periodRange(through).to < today ? today : periodRange(through).to);
  if (!current) throw refusal('BAD_INPUT', 'NO_SCHEME', `No pay scheme is in force on ${today}; save one first.`, { date: today });
  const paidKinds = new Set<string>((await attendanceSettings(db)).paidKinds);
  const annual = current.rules.kind !== 'hourly' || input.proposed.kind !== 'hourly';
  const periods = monthsThrough(through, input.months);
  const months: WhatIfMonth[] = [];
  const people = new Map<string, AssignedMember>();
  for (const period of periods) {
    const { month, assigned } = await monthOf(db, period, paidKinds, annual);
    months.push(month);
    for (const a of assigned) people.set(String(a.memberNumber), a);
  }
  let result;
  try {
    result = compare(current.rules, input.proposed, months, (await ctx.db.selectFrom('coop_profile').select('minor_digits').executeTakeFirst())?.minor_digits ?? 2);
  } catch (error) {
    if (error instanceof PayRuleError) throw new DomainError('BAD_INPUT', error.message, { key: error.key, params: error.params });
    throw error;
  }
  const statuteMax = await statuteMaxRatio(ctx, db, today);
  return {
    periods,
    currentSchemeVersionId: current.id,
    members: result.members.map((m) => {
      const person = people.get(m.id)!;
      return { memberId: person.memberId, memberNumber: person.memberNumber, memberName: person.memberName, category: person.category, currentMinor: m.currentMinor, proposedMinor: m.proposedMinor, differenceMinor: m.differenceMinor };
    }),
    byPeriod: result.months.map((m) => ({ period: m.period, currentMinor: m.currentMinor, proposedMinor: m.proposedMinor })),
    totals: result.totals,
    current: ratioOf(result.current, statuteMax),
    proposed: ratioOf(result.proposed, statuteMax),
    ratioPolicy: (await readSettings(db)).ratioPolicy,
  };
}
