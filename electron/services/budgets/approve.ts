/**
 * Approving a draft: only with the assembly's approved resolution of kind 'budget'. The version and its
 * lines then become final (triggers), their hash is stored for `check`, and the year's version approved
 * before becomes 'revised' by a revision row, never by editing it.
 */
import { inOneTransaction, inTransaction, nowIso, type ServiceContext } from '../core';
import { approvedResolution } from '../assemblies';
import { storedLines, versionHash } from './content';
import { refusal } from './refuse';
import { comparedVersion, requireVersion } from './rows';
import { budgetYear, refuseClosedYear } from './year';

export async function approveVersion(ctx: ServiceContext, input: { versionId: number; resolutionId: number }): Promise<void> {
  await inOneTransaction(ctx, (tx) =>
    inTransaction(tx, async (trx, audit) => {
      const version = await requireVersion(trx, input.versionId);
      if (version.status !== 'draft') throw refusal('CONFLICT', 'ALREADY_APPROVED', `Version ${version.number} of ${version.year} is already approved.`, { year: version.year, number: version.number });
      await refuseClosedYear(trx, await budgetYear(tx, version.year));
      const resolution = await approvedResolution(trx, input.resolutionId);
      if (!resolution) throw refusal('BAD_INPUT', 'NO_RESOLUTION', `There is no approved resolution ${input.resolutionId}; the budget is approved by a resolution the assembly passed.`, { id: input.resolutionId });
      if (resolution.kind !== 'budget') throw refusal('BAD_INPUT', 'RESOLUTION_KIND', `Resolution ${resolution.reference} is not a budget resolution; choose the resolution that approved the budget.`, { reference: resolution.reference });
      const lines = await storedLines(trx, version.id);
      if (lines.length === 0) throw refusal('BAD_INPUT', 'EMPTY_VERSION', `Version ${version.number} of ${version.year} has no lines; an empty budget is not approved.`, { year: version.year, number: version.number });
      const previous = await comparedVersion(trx, version.year, null);
      const now = nowIso(ctx);
      const hash = versionHash({ id: version.id, year: version.year, number: version.number, resolution_id: resolution.id }, lines);
      await trx
        .updateTable('budget_version')
        .set({ status: 'approved', approved_at: now, resolution_id: resolution.id, resolution_reference: resolution.reference, resolution_date: resolution.date, content_hash: hash })
        .where('id', '=', version.id)
        .execute();
      if (previous !== null) await trx.insertInto('budget_version_revision').values({ version_id: previous, revised_by_id: version.id, revised_at: now }).execute();
      await audit({
        action: 'budgets.approve',
        entity: 'budget_version',
        entityId: version.id,
        before: { status: 'draft' },
        after: { status: 'approved', resolutionId: resolution.id, reference: resolution.reference, hash, revises: previous },
      });
    }),
  );
}
