/**
 * Payslips (recibos) of a posted run, as the print route draws them: numbered in one sequence, the net in
 * words in the coop's language, two copies per page (the renderer lays them out).
 */
import type { Payslips } from '../../../shared/contract/remuneration';
import { amountInWords } from '../../../shared/domain/remuneration';
import { requireCoop } from '../coop';
import type { ServiceContext } from '../core';
import { refusal } from './refuse';
import { runDetail } from './run-store';
import { readSettings } from './settings';

export async function requirePostedRun(ctx: ServiceContext, runId: number) {
  const detail = await runDetail(ctx.db, runId);
  if (detail.status !== 'posted') {
    throw refusal('CONFLICT', 'RUN_NOT_POSTED', `Pay run ${runId} (${detail.period}) is a draft; approve it first.`, { period: detail.period });
  }
  return detail;
}

export async function payslipsOf(ctx: ServiceContext, runId: number): Promise<Payslips> {
  const coop = await requireCoop(ctx);
  const detail = await requirePostedRun(ctx, runId);
  const ids = detail.members.map((m) => m.memberId);
  const taxIds = new Map<number, string | null>();
  for (let i = 0; i < ids.length; i += 500) {
    for (const m of await ctx.db.selectFrom('member').select(['id', 'tax_id']).where('id', 'in', ids.slice(i, i + 500)).execute()) taxIds.set(m.id, m.tax_id);
  }
  const { members, warnings: _warnings, ...run } = detail;
  return {
    coop: { name: coop.name, taxId: coop.taxId, address: coop.address },
    payLabel: (await readSettings(ctx.db)).payLabel,
    currency: coop.currency,
    run,
    slips: members.map((m) => ({
      ...m,
      payslipNumber: m.payslipNumber!,
      taxId: taxIds.get(m.memberId) ?? null,
      netInWords: amountInWords(m.netMinor, coop.currency, coop.locale),
    })),
  };
}
