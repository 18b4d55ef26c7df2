/**
 * Each member's statement of a posted year's allocation: who the coop is, which year, the resolution that
 * approved it, the posting (date, journal entry), the member's weights as the policy counted them, the
 * interest on capital, the return split into cash and capitalised (and where the capitalised part went),
 * when an uncollected cash return becomes capital, and the distribution's totals. Under the USA framework
 * it is the written notice of allocation (IRC §1388): the cash share and the 8½-month payment period.
 */
import { addDays, format, parseISO } from 'date-fns';
import type { CoopProfile } from '../../../shared/contract/coop';
import { DomainError } from '../../../shared/contract/errors';
import { returnWeights } from '../../../shared/domain/surplus';
import { cashShareQualifies, noticeDeadline } from '../../../shared/domain/surplus/notice';
import { approvedResolution } from '../assemblies';
import type { ServiceContext } from '../core';
import { requireCoop } from '../coop';
import { waterfallInput } from './figures';
import { policySchema } from './policy';
import { conversionDays } from './returns';

export interface MemberStatement {
  memberId: number;
  memberNumber: number;
  name: string;
  taxId: string | null;
  minutesWorked: number;
  trialMinutes: number;
  /** The hours the policy counted (trial hours out when it says so, zero below its minimum), in minutes. */
  minutesCounted: number;
  payMinor: number;
  capitalMinor: number;
  daysHeld: number;
  weight: string;
  interestMinor: number;
  returnMinor: number;
  cashMinor: number;
  capitalisedMinor: number;
  capitalOperationNumber: number | null;
  /** USA: the cash part is at least 20% of the patronage dividend (§1388(c)(1)(B)); null elsewhere. */
  qualified: boolean | null;
}

export interface YearStatements {
  year: number;
  from: string;
  to: string;
  coop: { name: string; taxId: string | null; registrationNumber: string | null; address: string | null; framework: CoopProfile['framework']; currency: CoopProfile['currency']; minorDigits: number; locale: CoopProfile['locale'] };
  resolution: { reference: string; date: string | null };
  postedOn: string;
  journalEntryNumber: number;
  returns: { basis: 'hours' | 'pay' | 'blend'; blend: string; cashPercent: string; excludeTrialHours: boolean; minHours: number; prorateByDays: boolean };
  /** The day an uncollected cash return becomes capital (AR: 180 days after posting); null where the statute sets none. */
  convertsOn: string | null;
  conversionDays: number | null;
  /** USA: the last day of the payment period (§1382(d)) and whether the posting came after it; null elsewhere. */
  notice: { deadline: string; late: boolean } | null;
  totals: { resultMinor: number; interestMinor: number; returnMinor: number; cashMinor: number; capitalisedMinor: number; members: number };
  statements: MemberStatement[];
}

const refused = (code: 'NOT_FOUND' | 'CONFLICT', key: string, message: string, params: Record<string, string | number>) =>
  new DomainError(code, message, { key: `surplus:statement.errors.${key}`, params });

/** The year's distribution as it stands: the posted one, or the refusal that says why there is none. */
async function postedDistribution(ctx: ServiceContext, year: number) {
  const rows = await ctx.db.selectFrom('surplus_distribution').selectAll().where('year', '=', year).orderBy('id', 'desc').execute();
  const reversed = new Set(rows.map((r) => r.reverses_id).filter((id) => id !== null));
  const active = rows.find((r) => r.reverses_id === null && !reversed.has(r.id));
  if (active) return active;
  if (rows.length > 0) throw refused('CONFLICT', 'REVERSED', `The distribution of ${year} was reversed; there is no allocation to state until it is posted again.`, { year });
  throw refused('NOT_FOUND', 'NOT_POSTED', `The year ${year} has no posted distribution; statements are issued after posting.`, { year });
}

export async function yearStatements(ctx: ServiceContext, input: { year: number; memberId?: number | null }): Promise<YearStatements> {
  const coop = await requireCoop(ctx);
  const distribution = await postedDistribution(ctx, input.year);
  const policyRow = await ctx.db.selectFrom('surplus_policy').select('policy_json').where('id', '=', distribution.policy_id).executeTakeFirstOrThrow();
  const policy = policySchema.parse(JSON.parse(policyRow.policy_json));
  const entry = await ctx.db.selectFrom('ledger_entry').select('number').where('id', '=', distribution.journal_entry_id).executeTakeFirstOrThrow();
  const resolution = await approvedResolution(ctx.db, distribution.resolution_id);
  const allocations = await ctx.db
    .selectFrom('surplus_allocation as a')
    .innerJoin('member as m', 'm.id', 'a.member_id')
    .select(['a.member_id', 'a.weight', 'a.interest_minor', 'a.return_minor', 'a.cash_minor', 'a.capitalised_minor', 'a.capital_operation_number', 'm.member_number', 'm.last_names', 'm.first_names', 'm.tax_id'])
    .where('a.distribution_id', '=', distribution.id)
    .orderBy('m.member_number')
    .execute();
  const chosen = input.memberId == null ? allocations : allocations.filter((a) => a.member_id === input.memberId);
  if (chosen.length === 0 && input.memberId != null) {
    throw refused('NOT_FOUND', 'NOT_ALLOCATED', `That member had no allocation in the distribution of ${input.year}.`, { year: input.year });
  }
  // The weights as the waterfall counted them, from the same figures the posting computed.
  const { input: figures, members, fy } = await waterfallInput(ctx, input.year, policy);
  const hoursOnly = { ...figures.policy.returns, basis: 'hours' as const };
  const counted = returnWeights(figures.members, hoursOnly);
  const figureOf = new Map(members.map((m, i) => [m.id, { figures: figures.members[i]!, counted: counted[i]! }]));
  const minutes = (r: { num: bigint; den: bigint }) => Number((r.num * 60n) / r.den);
  const days = conversionDays[coop.framework];
  const usa = coop.framework === 'US';
  const interest = policy.steps.find((s) => s.kind === 'interest');
  const total = (pick: (a: (typeof allocations)[number]) => number) => allocations.reduce((sum, a) => sum + pick(a), 0);
  return {
    year: input.year,
    from: fy.from,
    to: fy.to,
    coop: { name: coop.name, taxId: coop.taxId, registrationNumber: coop.registrationNumber, address: coop.address, framework: coop.framework, currency: coop.currency, minorDigits: coop.minorDigits, locale: coop.locale },
    resolution: { reference: distribution.resolution_reference, date: resolution?.date ?? null },
    postedOn: distribution.posted_on,
    journalEntryNumber: entry.number,
    returns: {
      basis: policy.returns.basis,
      blend: policy.returns.blend,
      cashPercent: policy.returns.cashPercent,
      excludeTrialHours: policy.returns.excludeTrialHours,
      minHours: policy.returns.minHours,
      prorateByDays: interest?.kind === 'interest' ? interest.prorateByDays : false,
    },
    convertsOn: days === null ? null : format(addDays(parseISO(distribution.posted_on), days), 'yyyy-MM-dd'),
    conversionDays: days,
    notice: usa ? { deadline: noticeDeadline(fy.to), late: distribution.posted_on > noticeDeadline(fy.to) } : null,
    totals: {
      resultMinor: figures.result.membersMinor + figures.result.nonMembersMinor,
      interestMinor: total((a) => a.interest_minor),
      returnMinor: total((a) => a.return_minor),
      cashMinor: total((a) => a.cash_minor),
      capitalisedMinor: total((a) => a.capitalised_minor),
      members: allocations.length,
    },
    statements: chosen.map((a) => {
      const f = figureOf.get(a.member_id);
      return {
        memberId: a.member_id,
        memberNumber: a.member_number,
        name: `${a.last_names}, ${a.first_names}`,
        taxId: a.tax_id,
        minutesWorked: f ? minutes(f.figures.hours) : 0,
        trialMinutes: f ? minutes(f.figures.trialHours) : 0,
        minutesCounted: f ? minutes(f.counted) : 0,
        payMinor: f?.figures.payMinor ?? 0,
        capitalMinor: f?.figures.capitalMinor ?? 0,
        daysHeld: f?.figures.daysHeld ?? 0,
        weight: a.weight,
        interestMinor: a.interest_minor,
        returnMinor: a.return_minor,
        cashMinor: a.cash_minor,
        capitalisedMinor: a.capitalised_minor,
        capitalOperationNumber: a.capital_operation_number,
        qualified: usa ? cashShareQualifies(a.return_minor, a.cash_minor) : null,
      };
    }),
  };
}
