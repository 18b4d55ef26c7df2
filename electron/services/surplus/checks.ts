/** `check`: every posted distribution's steps and shares still hash to what was stored when it was posted. */
import { finding, limitedProblems, type DomainCheck } from '../core';
import { contentHash } from './content';

export const surplusChecks: readonly DomainCheck[] = [
  {
    name: 'surplus',
    async run(ctx) {
      const distributions = await ctx.db.selectFrom('surplus_distribution').select(['id', 'year', 'journal_entry_id', 'content_hash']).execute();
      const findings = [];
      for (const d of distributions) {
        const steps = await ctx.db.selectFrom('surplus_step').selectAll().where('distribution_id', '=', d.id).execute();
        const shares = await ctx.db.selectFrom('surplus_allocation').selectAll().where('distribution_id', '=', d.id).execute();
        if (contentHash(d.year, d.journal_entry_id, steps, shares) !== d.content_hash) findings.push(finding('surplus:check.changed', { year: d.year }));
      }
      return limitedProblems('surplus', findings);
    },
  },
];
