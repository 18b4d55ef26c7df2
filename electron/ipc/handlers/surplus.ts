import { SURPLUS_PROJECTOR_ROUTE, type Simulation, type SurplusProjection } from '../../../shared/contract/surplus';
import {
  activeDistribution,
  closeYear,
  collectReturn,
  distributionProjection,
  convertReturn,
  getYear,
  policyForYear,
  postDistribution,
  projectDistribution,
  reverseDistribution,
  savePolicy,
  simulateYear,
  uncollectedReturns,
  yearPostings,
  type YearSimulation,
} from '../../services/surplus';
import type { ServiceContext } from '../../services/core';
import { requireCoop } from '../../services/coop';
import type { DomainHandlers } from '../dispatch';
import { contextOf, type HandlerDeps } from './deps';
import { statementHandlers } from './surplus-statement';

const ratio = (r: { num: bigint; den: bigint }) => `${r.num}/${r.den}`;

export function simulationOut(year: number, s: YearSimulation): Simulation {
  const byNumber = new Map(s.members.map((m) => [String(m.memberNumber), m]));
  return {
    year,
    from: s.fy.from,
    to: s.fy.to,
    policy: s.policy,
    policyId: s.policyId,
    steps: s.distribution.steps.map((st) => ({ key: st.key, name: st.name, amountMinor: st.amountMinor, basis: st.basis, subtotal: st.subtotal === true })),
    members: s.distribution.members.map((m) => {
      const ref = byNumber.get(m.id)!;
      return {
        memberId: ref.id,
        memberNumber: ref.memberNumber,
        name: ref.name,
        weight: ratio(m.weight),
        exactReturn: ratio(m.exactReturn),
        remainderCent: m.remainderCent,
        interestMinor: m.interestMinor,
        returnMinor: m.returnMinor,
        cashMinor: m.cashMinor,
        capitalisedMinor: m.capitalisedMinor,
      };
    }),
    check: s.distribution.check,
  };
}

async function yearOut(ctx: ServiceContext, year: number) {
  const row = await getYear(ctx.db, year);
  if (!row) return null;
  const posted = await activeDistribution(ctx.db, year);
  const postings = await yearPostings(ctx.db, year);
  return {
    year: row.year,
    membersResultMinor: row.members_result_minor,
    nonMembersResultMinor: row.non_members_result_minor,
    taxMinor: row.tax_minor,
    priorLossesMinor: row.prior_losses_minor,
    source: row.source,
    closedAt: row.closed_at,
    posted: posted !== undefined,
    posting: postings.posted,
    lastReversal: postings.lastReversal,
  };
}

/** The projected distribution, members named or numbered as the assembly chose. */
async function projectionOut(ctx: ServiceContext): Promise<SurplusProjection | null> {
  const shown = await distributionProjection(ctx);
  if (!shown) return null;
  const s = simulationOut(shown.year, shown.simulation);
  return {
    coopName: (await requireCoop(ctx)).name,
    year: shown.year,
    from: s.from,
    to: s.to,
    labels: shown.labels,
    shownAt: shown.shownAt,
    steps: s.steps,
    members: s.members.map((m) => ({
      memberNumber: m.memberNumber,
      name: shown.labels === 'name' ? m.name : null,
      interestMinor: m.interestMinor,
      returnMinor: m.returnMinor,
      cashMinor: m.cashMinor,
      capitalisedMinor: m.capitalisedMinor,
    })),
    check: s.check,
  };
}

export function surplusHandlers(deps: HandlerDeps): DomainHandlers<'surplus'> {
  const ctx = () => contextOf(deps);
  return {
    'surplus.year': ({ year }) => yearOut(ctx(), year),
    'surplus.closeYear': async (input) => {
      await closeYear(ctx(), input);
      return (await yearOut(ctx(), input.year))!;
    },
    'surplus.policy': ({ year }) => policyForYear(ctx(), year),
    'surplus.savePolicy': (input) => savePolicy(ctx(), input),
    'surplus.simulate': async ({ year, policy }) => simulationOut(year, await simulateYear(ctx(), { year, policy })),
    'surplus.post': (input) => postDistribution(ctx(), input),
    'surplus.reverse': (input) => reverseDistribution(ctx(), input),
    'surplus.project': (input) => projectDistribution(ctx(), input),
    'surplus.projection': () => projectionOut(ctx()),
    // The desktop app opens the projector window on this route; elsewhere the renderer opens a tab.
    'surplus.openProjector': async () => ({ result: (await deps.platform.openProjector?.(SURPLUS_PROJECTOR_ROUTE)) ?? 'not-supported' }),
    'surplus.returns': (input) => uncollectedReturns(ctx(), input),
    'surplus.collectReturn': (input) => collectReturn(ctx(), input),
    'surplus.convertReturn': (input) => convertReturn(ctx(), input),
    ...statementHandlers(deps, ctx),
  };
}
