/**
 * Approving a draft posts it (rules/remuneration.md), all in one transaction: the figures are recomputed
 * and must match what the approver saw; the ratio is checked as the profile says (block, or warn and be
 * accepted); payslips are numbered; one balanced journal entry per run books members' pay as a cost of the
 * period against pay payable, member by member (one entry, so a run is one line of the journal and one
 * reversal if ever needed); each capital instalment deducted is paid out of pay payable through capital;
 * then the run is posted, and triggers keep it as it is.
 */
import { sql, type Kysely } from 'kysely';
import type { ParsedInput } from '../../../shared/contract';
import type { Locale } from '../../../shared/contract/coop';
import type { RunDetail } from '../../../shared/contract/remuneration';
import { translate } from '../../../shared/i18n/catalogue';
import type { DB } from '../../db/schema';
import { deductInstalmentFromPay } from '../capital';
import { inTransaction, nowIso, type ServiceContext } from '../core';
import { postJournalEntry, type JournalLine } from '../ledger';
import { computeRun, type ComputedMember } from './compute';
import { runContentHash } from './content';
import { periodRange } from './period';
import { ratioHolds } from './ratio';
import { refusal } from './refuse';
import { requireResolution } from './resolution';
import { loadRun } from './run-inputs';
import { runDetail, runRow } from './run-store';
import { refuseClosedPeriod, refusePostedPeriod } from './runs';
import { ratioRefusal } from './schemes';
import { readSettings } from './settings';

/** One sequence for every payslip: the run's members numbered on from the last, by member number. */
async function numberPayslips(trx: Kysely<DB>, runId: number): Promise<void> {
  const last = await trx.selectFrom('remuneration_run_member').select((eb) => eb.fn.max('payslip_number').as('last')).executeTakeFirst();
  await sql`UPDATE remuneration_run_member AS t SET payslip_number = ${Number(last?.last ?? 0)} + s.n
    FROM (SELECT id, row_number() OVER (ORDER BY member_number) AS n FROM remuneration_run_member WHERE run_id = ${runId}) AS s
    WHERE t.id = s.id`.execute(trx);
}

/** Pay as a cost against each member's payable; a negative difference (an adjusting run) the other way. */
function journalLines(members: readonly ComputedMember[]): JournalLine[] {
  const total = members.reduce((s, m) => s + m.grossMinor, 0);
  const lines: JournalLine[] = [];
  if (total > 0) lines.push({ account: 'members_pay', debitMinor: total });
  if (total < 0) lines.push({ account: 'members_pay', creditMinor: -total });
  for (const m of members) {
    if (m.grossMinor > 0) lines.push({ account: 'pay_payable', memberNumber: m.memberNumber, creditMinor: m.grossMinor });
    if (m.grossMinor < 0) lines.push({ account: 'pay_payable', memberNumber: m.memberNumber, debitMinor: -m.grossMinor });
  }
  return lines;
}

async function memoOf(trx: Kysely<DB>, period: string, adjusting: boolean): Promise<string> {
  const coop = await trx.selectFrom('coop_profile').select('locale').executeTakeFirst();
  const locale = (coop?.locale ?? 'en') as Locale;
  const label = translate(locale, `remuneration:runs.labels.${(await readSettings(trx)).payLabel}`);
  return translate(locale, adjusting ? 'remuneration:runs.memoAdjusting' : 'remuneration:runs.memo', { label, period });
}

export async function approveRun(ctx: ServiceContext, input: ParsedInput<'remuneration.approveRun'>): Promise<RunDetail> {
  return inTransaction(ctx, async (trx, audit) => {
    const row = await runRow(trx, input.runId);
    if (row.status !== 'draft') throw refusal('CONFLICT', 'RUN_POSTED', `Pay run ${row.id} is already posted; correct it with an adjusting run.`, { period: row.period });
    const range = periodRange(row.period);
    const adjusting = row.kind === 'adjusting';
    const closed = await refuseClosedPeriod(trx, range);
    if (closed !== null && input.postingDate <= closed) {
      throw refusal('CONFLICT', 'POSTING_DATE_CLOSED', `The books are closed through ${closed}; post on a later day.`, { date: input.postingDate, closedThrough: closed });
    }
    if (input.postingDate < range.from) {
      throw refusal('BAD_INPUT', 'POSTING_BEFORE_PERIOD', `Pay for ${row.period} cannot be posted before the period starts (${range.from}).`, { period: row.period, from: range.from });
    }
    await refusePostedPeriod(trx, row.period, adjusting);
    const { inputs, scheme, numberOf } = await loadRun(ctx, trx, range, adjusting);
    const computed = computeRun(inputs, numberOf);
    if (computed.hash !== row.inputs_hash || scheme.id !== row.scheme_version_id) {
      throw refusal('CONFLICT', 'DRAFT_STALE', `Attendance, assignments or the scheme changed since the draft of ${row.period} was made; draft it again and review it.`, { period: row.period });
    }
    const ratioBroken = !ratioHolds(computed.ratio);
    if (ratioBroken && (await readSettings(trx)).ratioPolicy === 'block') throw ratioRefusal(computed.ratio);
    if (ratioBroken && !input.acceptRatioWarning) {
      throw refusal('CONFLICT', 'RATIO_WARNING', `The pay ratio is above the maximum; approve again accepting the warning if the council so decided.`, { period: row.period });
    }
    // Without a resolution of its own, the run rests on the one that adopted its scheme, when there is one.
    const resolution =
      (await requireResolution(trx, input.resolutionId, ['pay-run', 'pay-scheme'])) ??
      (scheme.resolutionId === null ? null : { id: scheme.resolutionId, reference: scheme.resolutionReference ?? '' });

    await numberPayslips(trx, row.id);
    // The recomputed figures are the stored draft's (the hashes matched): book them without reading it back.
    const lines = journalLines(computed.members);
    const entry = lines.length > 0 ? await postJournalEntry(trx, ctx, { date: input.postingDate, memo: await memoOf(trx, row.period, adjusting), source: { kind: 'remuneration_run', id: row.id }, lines }) : null;
    const txCtx = { ...ctx, db: trx };
    for (const member of computed.members) {
      for (const line of member.lines) {
        if (line.kind !== 'deduction' || line.subscriptionId === null) continue;
        await deductInstalmentFromPay(txCtx, { subscriptionId: line.subscriptionId, amountMinor: -(line.amountMinor ?? 0), date: input.postingDate });
      }
    }

    const postedAs = { ...row, posting_date: input.postingDate, journal_entry_id: entry?.id ?? null };
    await trx
      .updateTable('remuneration_run')
      .set({
        status: 'posted',
        content_hash: await runContentHash(trx, postedAs),
        posting_date: input.postingDate,
        posted_at: nowIso(ctx),
        resolution_id: resolution?.id ?? null,
        resolution_reference: resolution?.reference ?? null,
        ratio_warning_accepted: ratioBroken ? 1 : 0,
        journal_entry_id: entry?.id ?? null,
      })
      .where('id', '=', row.id)
      .execute();
    const detail = await runDetail(trx, row.id);
    await audit({
      action: 'remuneration.approveRun',
      entity: 'remuneration_run',
      entityId: row.id,
      before: { status: 'draft' },
      after: { status: 'posted', period: row.period, postingDate: input.postingDate, netMinor: detail.netMinor, journalEntry: entry?.number ?? null, resolution: resolution?.reference ?? null, ratioWarningAccepted: ratioBroken },
    });
    return detail;
  });
}
