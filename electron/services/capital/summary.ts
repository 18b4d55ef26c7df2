/** The coop's capital for the charts: subscribed and paid-in at each year's end, by class, and refunds due by year. */
import { sql } from 'kysely';
import type { z } from 'zod';
import type { summary } from '../../../shared/contract/capital';
import type { ServiceContext } from '../core';

type Summary = z.infer<typeof summary>;

const paidInCase = `CASE effect_kind WHEN 'payment' THEN amount_minor WHEN 'capitalised_return' THEN amount_minor
  WHEN 'loss_charge' THEN -amount_minor WHEN 'refund_request' THEN -amount_minor WHEN 'revolvement' THEN -amount_minor ELSE 0 END`;
// Subscribed capital of the members in the books: what the members' capital accounts hold, paid or not.
const subscribedCase = `CASE effect_kind WHEN 'subscription' THEN amount_minor WHEN 'capitalised_return' THEN amount_minor
  WHEN 'forfeiture' THEN -amount_minor WHEN 'loss_charge' THEN -amount_minor WHEN 'refund_request' THEN -amount_minor
  WHEN 'revolvement' THEN -amount_minor ELSE 0 END`;

export async function capitalSummary(ctx: ServiceContext): Promise<Summary> {
  const { rows: years } = await sql<{ year: number; subscribed: number; paid: number }>`
    SELECT CAST(substr(date, 1, 4) AS INTEGER) AS year, sum(${sql.raw(subscribedCase)}) AS subscribed, sum(${sql.raw(paidInCase)}) AS paid
    FROM capital_operation GROUP BY year ORDER BY year`.execute(ctx.db);
  let subscribed = 0;
  let paid = 0;
  const capitalOverTime = years.map((y) => {
    subscribed += Number(y.subscribed);
    paid += Number(y.paid);
    return { year: Number(y.year), subscribedMinor: subscribed, paidMinor: paid };
  });
  const { rows: classes } = await sql<{ name: string; subscribed: number; paid: number }>`
    SELECT c.name AS name, coalesce(sum(${sql.raw(subscribedCase.replaceAll('amount_minor', 'o.amount_minor').replaceAll('effect_kind', 'o.effect_kind'))}), 0) AS subscribed,
      coalesce(sum(${sql.raw(paidInCase.replaceAll('amount_minor', 'o.amount_minor').replaceAll('effect_kind', 'o.effect_kind'))}), 0) AS paid
    FROM capital_share_class c LEFT JOIN capital_operation o ON o.class_id = c.id GROUP BY c.id ORDER BY c.id`.execute(ctx.db);
  // What each refund still owes, by the year its instalments fall due (oldest instalments paid first).
  const { rows: due } = await sql<{ year: number; due: number }>`
    WITH paid AS (SELECT refund_id, sum(amount_minor) AS paid FROM capital_operation WHERE effect_kind = 'refund_instalment' GROUP BY refund_id),
    lines AS (SELECT i.refund_id, i.due_date, i.amount_minor,
      sum(i.amount_minor) OVER (PARTITION BY i.refund_id ORDER BY i.number) AS running FROM capital_refund_instalment i)
    SELECT CAST(substr(l.due_date, 1, 4) AS INTEGER) AS year,
      sum(max(0, min(l.amount_minor, l.running - coalesce(p.paid, 0)))) AS due
    FROM lines l LEFT JOIN paid p ON p.refund_id = l.refund_id GROUP BY year HAVING due > 0 ORDER BY year`.execute(ctx.db);
  return {
    capitalOverTime,
    byClass: classes.map((c) => ({ className: c.name, subscribedMinor: Number(c.subscribed), paidMinor: Number(c.paid) })),
    refundsDueByYear: due.map((d) => ({ year: Number(d.year), dueMinor: Number(d.due) })),
  };
}
