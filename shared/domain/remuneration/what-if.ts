/**
 * What-if (rules/remuneration.md): what the last N months would have paid under a proposed scheme against
 * the current one, member by member, with totals and both pay ratios, before an assembly adopts it.
 */
import { monthlyPayOf } from './pay';
import { payRatio, type PayRatio } from './ratio';
import { PayRuleError, type PayMember, type SchemeRules } from './scheme';

export interface WhatIfMonth {
  /** 'YYYY-MM'. */
  period: string;
  members: PayMember[];
}

export interface WhatIfFigures {
  currentMinor: number;
  proposedMinor: number;
  /** proposed − current. */
  differenceMinor: number;
}

export interface WhatIfMember extends WhatIfFigures {
  id: string;
  months: ({ period: string } & WhatIfFigures)[];
}

export interface WhatIfRatio extends PayRatio {
  /** The month whose ratio this is: the highest over the months compared. */
  period: string;
}

export interface WhatIfResult {
  /** In the order members first appear. */
  members: WhatIfMember[];
  months: ({ period: string } & WhatIfFigures)[];
  totals: WhatIfFigures;
  current: WhatIfRatio;
  proposed: WhatIfRatio;
  /** Whether the proposed scheme keeps the maximum pay ratio in every month compared. */
  proposedHolds: boolean;
}

const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;

const figures = (currentMinor: number, proposedMinor: number): WhatIfFigures => ({ currentMinor, proposedMinor, differenceMinor: proposedMinor - currentMinor });

/** The month with the highest ratio: one month that breaks the maximum is enough to break it. */
function worstRatio(rules: SchemeRules, months: readonly WhatIfMonth[], minorDigits: number): WhatIfRatio {
  return months
    .filter((month) => month.members.length > 0)
    .map((month) => ({ ...payRatio(rules, month.members, minorDigits), period: month.period }))
    .reduce((worst, r) => (r.ratio.num * worst.ratio.den > worst.ratio.num * r.ratio.den ? r : worst));
}

export function whatIf(current: SchemeRules, proposed: SchemeRules, months: readonly WhatIfMonth[], minorDigits = 2): WhatIfResult {
  if (!months.some((month) => month.members.length > 0)) {
    throw new PayRuleError('NO_MEMBERS', 'There are no members in the months compared', 'remuneration:rules.errors.noMembers');
  }
  const byMember = new Map<string, WhatIfMember>();
  const monthRows = months.map(({ period, members }) => {
    const match = PERIOD.exec(period);
    if (!match) throw new PayRuleError('BAD_PERIOD', `A period is written YYYY-MM, not "${period}"`, 'remuneration:rules.errors.period', { period });
    const month = Number(match[2]);
    let [currentSum, proposedSum] = [0, 0];
    for (const member of members) {
      const [now, then] = [monthlyPayOf(current, member, month).amountMinor, monthlyPayOf(proposed, member, month).amountMinor];
      const row = byMember.get(member.id) ?? { id: member.id, ...figures(0, 0), months: [] };
      row.months.push({ period, ...figures(now, then) });
      Object.assign(row, figures(row.currentMinor + now, row.proposedMinor + then));
      byMember.set(member.id, row);
      [currentSum, proposedSum] = [currentSum + now, proposedSum + then];
    }
    return { period, ...figures(currentSum, proposedSum) };
  });
  const totals = figures(
    monthRows.reduce((s, m) => s + m.currentMinor, 0),
    monthRows.reduce((s, m) => s + m.proposedMinor, 0),
  );
  const proposedRatio = worstRatio(proposed, months, minorDigits);
  return { members: [...byMember.values()], months: monthRows, totals, current: worstRatio(current, months, minorDigits), proposed: proposedRatio, proposedHolds: proposedRatio.holds };
}
