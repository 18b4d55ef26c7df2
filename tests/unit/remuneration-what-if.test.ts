/**
 * What-if (rules/remuneration.md): before an assembly adopts a scheme, what the last months would have paid
 * under it against what they did pay, member by member, with totals and whether the pay ratio holds.
 */
import { describe, expect, it } from 'vitest';
import { whatIf, type SchemeRules } from '../../shared/domain/remuneration';
import { f, member, publicMembers, publicScheme } from './remuneration-fixtures';

const raised: SchemeRules = { ...publicScheme, categories: { ...publicScheme.categories, Coordinación: f(21, 10) } };
const january = { period: '2026-01', members: publicMembers };
const february = { period: '2026-02', members: publicMembers.map((m) => (m.id === 'Ana' ? { ...m, years: 15 } : m)) };

describe('what-if of a proposed scheme against the current one', () => {
  const result = whatIf(publicScheme, raised, [january, february]);

  it('compares every member month by month: Ana 1,766,400.00 now, 1,854,720.00 proposed in January', () => {
    const ana = result.members.find((m) => m.id === 'Ana')!;
    expect(ana.months[0]).toEqual({ period: '2026-01', currentMinor: 176_640_000, proposedMinor: 185_472_000, differenceMinor: 8_832_000 });
    // February, 15 years: 4,800 × 2.00 × 1.225 × 160 = 1,881,600.00 now; × 2.10 = 1,975,680.00.
    expect(ana.months[1]).toEqual({ period: '2026-02', currentMinor: 188_160_000, proposedMinor: 197_568_000, differenceMinor: 9_408_000 });
    expect(ana).toMatchObject({ currentMinor: 364_800_000, proposedMinor: 383_040_000, differenceMinor: 18_240_000 });
    const eva = result.members.find((m) => m.id === 'Eva')!;
    expect(eva).toMatchObject({ currentMinor: 76_800_000, proposedMinor: 76_800_000, differenceMinor: 0 });
  });

  it('adds up the totals of the months and of the members alike', () => {
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    expect(result.totals.currentMinor).toBe(sum(result.members.map((m) => m.currentMinor)));
    expect(result.totals.proposedMinor).toBe(sum(result.months.map((m) => m.proposedMinor)));
    expect(result.totals.differenceMinor).toBe(18_240_000);
    expect(result.months[0]).toMatchObject({ period: '2026-01', currentMinor: 176_640_000 + 136_765_440 + 74_880_000 + 87_014_400 + 38_400_000 });
  });

  it('reports both ratios at their worst month: 2.45 now, 2.5725 proposed, which breaks the maximum 2.50', () => {
    expect(result.current).toMatchObject({ period: '2026-02', fraction: '49/20', holds: true });
    expect(result.proposed).toMatchObject({ period: '2026-02', fraction: '1029/400', decimal: '2.5725', holds: false });
    expect(result.proposedHolds).toBe(false);
  });

  it('holds when the proposal keeps the ratio in every month', () => {
    const modest = { ...publicScheme, categories: { ...publicScheme.categories, Coordinación: f(201, 100) } };
    expect(whatIf(publicScheme, modest, [january]).proposedHolds).toBe(true);
  });

  it('compares an hourly scheme with an annual one by the payments each month would have made', () => {
    const annual: SchemeRules = { ...publicScheme, kind: 'annual', baseMinor: 1_200_000, paymentsPerYear: 14, maxRatio: null };
    const june = whatIf(publicScheme, annual, [{ period: '2026-06', members: [member('Eva', 'Auxiliar', 0, 80)] }]);
    // 12,000.00 a year in 14 payments: June carries two of 857.14.
    expect(june.members[0]).toMatchObject({ currentMinor: 38_400_000, proposedMinor: 171_428 });
  });

  it('refuses a period not written YYYY-MM, and months without members', () => {
    expect(() => whatIf(publicScheme, raised, [{ period: '2026-13', members: publicMembers }])).toThrow(/YYYY-MM/);
    expect(() => whatIf(publicScheme, raised, [{ period: '2026-01', members: [] }])).toThrow(/no members/);
  });
});
