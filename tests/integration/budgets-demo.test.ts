/**
 * The demo's budget (issue 12): a journal of monthly sales and costs, and this year's budget drafted from
 * last year's actuals and approved by an assembly's budget resolution, so the budget screens open on
 * figures; the whole demo still passes `check`.
 */
import { describe, expect, it } from 'vitest';
import { inOneTransaction } from '../../electron/services/core';
import { budgetActuals, listVersions } from '../../electron/services/budgets';
import { checkAllDomains, domains } from '../../electron/services/domains';
import { setupCoop } from '../../electron/services/coop/profile';
import { argentineCoop, useTempDir } from './helpers';
import { openMembersSession } from './members-session';

const tempDir = useTempDir();

describe('the demo cooperative has a budget', () => {
  it('an approved budget for this year, with actuals from the journal, that passes check', { timeout: 300_000 }, async () => {
    const s = await openMembersSession(tempDir(), { coop: false });
    await setupCoop(s.ctx(), argentineCoop, { isDemo: true });
    await inOneTransaction(s.ctx(), async (ctx) => {
      for (const domain of domains) await domain.demo?.(ctx, { members: 40, years: 2, locale: 'es', seed: 3 });
    });
    const versions = await listVersions(s.ctx(), 2025);
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({ status: 'approved', resolution: { reference: expect.any(String) } });
    expect(versions[0]!.incomeMinor).toBeGreaterThan(versions[0]!.expenseMinor);
    const actuals = await budgetActuals(s.ctx(), { year: 2025, versionId: null, forecast: 'budget', asOf: null });
    expect(actuals.closedMonths).toBe(5);
    const sales = actuals.accounts.find((a) => a.account === 'sales')!;
    expect(sales.actualMinor.every((m) => m > 0)).toBe(true);
    // The budget is last year's actuals with 5% more income: this year's sales run 6% above last year's.
    expect(sales.yearToDate.actualMinor).toBeGreaterThan(sales.yearToDate.budgetMinor);
    expect(await checkAllDomains(s.ctx())).toMatchObject({ ok: true, problems: [] });
  });
});
