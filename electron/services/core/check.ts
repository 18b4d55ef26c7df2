/**
 * `check`: is the file sound (SQLite's own integrity and foreign-key checks), and do the domains' own
 * checks pass? A change made behind the app's back (raw SQL, another tool) shows up here.
 */
import type { CheckReport } from '../../../shared/contract/backups';
import type { ServiceContext } from './context';
import { limitedProblems as limited, type CheckProblem as Problem, type DomainCheck } from './domain';

function integrity(ctx: ServiceContext): Problem[] {
  const results = ctx.handle.pragma('integrity_check', { simple: false }) as { integrity_check: string }[];
  const messages = results.map((r) => r.integrity_check).filter((m) => m !== 'ok');
  return limited('integrity', messages.map((m) => `The database file is damaged: ${m}.`));
}

function foreignKeys(ctx: ServiceContext): Problem[] {
  const rows = ctx.handle.pragma('foreign_key_check') as { table: string; rowid: number | null; parent: string }[];
  return limited(
    'foreign_keys',
    rows.map((r) => `Row ${r.rowid ?? '?'} of ${r.table} points to a row of ${r.parent} that does not exist.`),
  );
}

/** Runs the file-level checks, then every domain's own (composed in services/domains.ts). */
export async function checkDatabase(ctx: ServiceContext, checks: readonly DomainCheck[]): Promise<CheckReport> {
  const problems = [...integrity(ctx), ...foreignKeys(ctx)];
  for (const check of checks) problems.push(...(await check.run(ctx)));
  return { ok: problems.length === 0, problems };
}
