/**
 * What the coop can pay: the budget's revenue and non-pay costs over the members' committed hours give the
 * affordable hourly value (the pure `breakEven`); the current pay is the last posted regular pay run's
 * gross per paid hour, carried over the committed hours (without a posted run, the budget's own members'
 * pay stands for it). Beside it, the capacity actually used so far (work hours ÷ committed hours of the
 * same months) and machines' utilisation from planning's last applied plan.
 */
import type { z } from 'zod';
import type { breakEvenResult } from '../../../shared/contract/budgets-yearly';
import { breakEven } from '../../../shared/domain/budgets';
import { localToday } from '../../../shared/domain/dates';
import { accountKindOf } from '../../../shared/domain/ledger/accounts';
import { attendanceSettings, committedMinutes, minutesByMemberAndKind } from '../attendance';
import type { ServiceContext } from '../core';
import { lastApplied } from '../planning';
import { refusal } from './refuse';
import { budgetByAccount, comparedVersion } from './rows';
import { budgetYear } from './year';

const sum = (values: Iterable<number>) => [...values].reduce((a, b) => a + b, 0);
const percent = (part: number, whole: number) => (whole > 0 ? Math.round((part * 1000) / whole) / 10 : 0);

/** Gross pay per paid minute of the last posted regular run, as [gross, minutes]; null before any. */
async function currentRate(ctx: ServiceContext): Promise<[number, number] | null> {
  const run = await ctx.db.selectFrom('remuneration_run').select(['id', 'gross_minor']).where('status', '=', 'posted').where('kind', '=', 'regular').orderBy('period', 'desc').limit(1).executeTakeFirst();
  if (!run) return null;
  const paid = await ctx.db.selectFrom('remuneration_run_member').select((eb) => eb.fn.sum<number>('paid_minutes').as('minutes')).where('run_id', '=', run.id).executeTakeFirst();
  const minutes = Number(paid?.minutes ?? 0);
  return minutes > 0 ? [run.gross_minor, minutes] : null;
}

export async function breakEvenOf(ctx: ServiceContext, input: { year: number; versionId: number | null }): Promise<z.infer<typeof breakEvenResult>> {
  const year = await budgetYear(ctx, input.year);
  const versionId = await comparedVersion(ctx.db, input.year, input.versionId);
  if (versionId === null) throw refusal('NOT_FOUND', 'NO_BUDGET', `The year ${input.year} has no approved budget yet; choose a draft, or approve one.`, { year: input.year });
  const budget = await budgetByAccount(ctx.db, versionId);
  let revenue = 0;
  let nonPay = 0;
  let budgetedPay = 0;
  for (const [account, months] of budget) {
    const total = sum(months);
    if (account === 'members_pay') budgetedPay += total;
    else if (accountKindOf[account as keyof typeof accountKindOf] === 'income') revenue += total;
    else nonPay += total;
  }
  const committed = sum((await committedMinutes(ctx.db, year)).values());
  const rate = await currentRate(ctx);
  // gross × committed ÷ paid, half up: the current scheme's cost of the hours the members committed.
  const currentPay = rate === null ? budgetedPay : Number((2n * BigInt(rate[0]) * BigInt(committed) + BigInt(rate[1])) / (2n * BigInt(rate[1])));
  // No committed hours is refused by the rule itself (budgets:errors.NO_COMMITTED_HOURS).
  const figures = breakEven({ revenueMinor: revenue, nonPayCostsMinor: nonPay, committedMinutes: committed, currentPayMinor: currentPay, workedMinutes: null });
  const today = localToday(ctx.now());
  const soFar = { from: year.from, to: today < year.to ? today : year.to };
  let capacity = null;
  if (soFar.from <= soFar.to) {
    const { workKinds } = await attendanceSettings(ctx.db);
    const worked = sum((await minutesByMemberAndKind(ctx.db, soFar)).filter((r) => workKinds.includes(r.kind)).map((r) => r.minutes));
    const due = sum((await committedMinutes(ctx.db, soFar)).values());
    if (worked > 0 && due > 0) capacity = { workedMinutes: worked, committedMinutes: due, percent: percent(worked, due) };
  }
  const { view } = await lastApplied(ctx);
  const names = new Map((view?.workcenters ?? []).map((w) => [w.code, w.name]));
  const machines = (view?.utilisation ?? []).map((u) => ({ code: u.wc, name: names.get(u.wc) ?? u.wc, bookedMinutes: u.booked, availableMinutes: u.available, percent: percent(u.booked, u.available) }));
  return {
    year: input.year,
    versionId,
    revenueMinor: revenue,
    nonPayCostsMinor: nonPay,
    budgetedPayMinor: budgetedPay,
    committedMinutes: committed,
    currentPayMinor: currentPay,
    affordableHourlyMinor: figures.affordableHourlyMinor,
    currentHourlyMinor: rate === null ? null : Math.floor((rate[0] * 60) / rate[1]),
    breakEvenRevenueMinor: figures.breakEvenRevenueMinor,
    marginMinor: figures.marginMinor,
    capacity,
    machines,
  };
}
