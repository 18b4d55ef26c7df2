/** `check`: every approved budget version's lines still hash to what was stored when it was approved. */
import { finding, limitedProblems, type DomainCheck } from '../core';
import { storedLines, versionHash } from './content';

export const budgetsChecks: readonly DomainCheck[] = [
  {
    name: 'budgets',
    async run(ctx) {
      const versions = await ctx.db.selectFrom('budget_version').select(['id', 'year', 'number', 'resolution_id', 'content_hash']).where('status', '=', 'approved').execute();
      const findings = [];
      for (const v of versions) {
        if (versionHash(v, await storedLines(ctx.db, v.id)) !== v.content_hash) findings.push(finding('budgets:check.changed', { year: v.year, number: v.number }));
      }
      return limitedProblems('budgets', findings);
    },
  },
];
