/**
 * Remuneration's checks: every posted run adds up (its members' nets are the sum of their lines, the run's
 * totals the sum of its members), its journal entry books exactly its gross against pay payable, and its
 * content still hashes to what was stored when it was posted (an edit that keeps the totals shows too).
 */
import { finding, limitedProblems, type DomainCheck, type Finding, type ServiceContext } from '../core';
import { runContentHash } from './content';

function postedRunsCheck(ctx: ServiceContext): Finding[] {
  const findings: Finding[] = [];
  const lines = ctx.handle
    .prepare(
      `SELECT period, member FROM (
         SELECT r.period, m.member_number AS member, m.net_minor AS net,
           (SELECT coalesce(sum(json_extract(l.value, '$.amountMinor')), 0) FROM json_each(m.lines_json) l) AS lines
         FROM remuneration_run r JOIN remuneration_run_member m ON m.run_id = r.id WHERE r.status = 'posted'
       ) WHERE lines <> net`,
    )
    .all() as { period: string; member: number }[];
  for (const row of lines) findings.push(finding('remuneration:check.linesDiffer', { period: row.period, member: row.member }));
  const runs = ctx.handle
    .prepare(
      `SELECT r.id, r.period, r.gross_minor AS gross, r.net_minor AS net,
         (SELECT coalesce(sum(gross_minor), 0) FROM remuneration_run_member WHERE run_id = r.id) AS members_gross,
         (SELECT coalesce(sum(net_minor), 0) FROM remuneration_run_member WHERE run_id = r.id) AS members_net,
         (SELECT coalesce(sum(credit_minor - debit_minor), 0) FROM ledger_line WHERE entry_id = r.journal_entry_id AND account = 'pay_payable') AS booked,
         (SELECT source_kind || ':' || source_id FROM ledger_entry WHERE id = r.journal_entry_id) AS source
       FROM remuneration_run r WHERE r.status = 'posted' ORDER BY r.id`,
    )
    .all() as { id: number; period: string; gross: number; net: number; members_gross: number; members_net: number; booked: number; source: string | null }[];
  for (const run of runs) {
    if (run.gross !== run.members_gross || run.net !== run.members_net) findings.push(finding('remuneration:check.totalsDiffer', { period: run.period, run: run.id }));
    const entryExpected = run.gross !== 0 || run.members_gross !== 0;
    if (entryExpected && (run.source !== `remuneration_run:${run.id}` || run.booked !== run.gross)) {
      findings.push(finding('remuneration:check.journalDiffers', { period: run.period, run: run.id }));
    }
  }
  return findings;
}

async function hashedRunsCheck(ctx: ServiceContext): Promise<Finding[]> {
  const runs = await ctx.db.selectFrom('remuneration_run').selectAll().where('status', '=', 'posted').orderBy('id').execute();
  const findings: Finding[] = [];
  for (const run of runs) {
    if ((await runContentHash(ctx.db, run)) !== run.content_hash) findings.push(finding('remuneration:check.contentChanged', { period: run.period, run: run.id }));
  }
  return findings;
}

export const remunerationChecks: readonly DomainCheck[] = [
  { name: 'remuneration', run: async (ctx) => limitedProblems('remuneration', [...postedRunsCheck(ctx), ...(await hashedRunsCheck(ctx))]) },
];
