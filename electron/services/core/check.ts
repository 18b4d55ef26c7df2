/**
 * `check`: is the file sound (readable, Minga's, SQLite's own integrity and foreign-key checks), is its
 * schema the one the migrations made, is the audit chain whole, and do the domains' own checks pass? A
 * change made behind the app's back (raw SQL, another tool) shows up here. A damaged file is a finding
 * with a sentence, never an error.
 */
import type { CheckReport } from '../../../shared/contract/backups';
import type { ChainHead } from './audit-chain';
import { verifyAuditChain } from './check-chain';
import { identityFinding, schemaFindings } from './check-schema';
import type { ServiceContext } from './context';
import { finding, limitedProblems as limited, type CheckProblem as Problem, type DomainCheck } from './domain';

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Whether SQLite can read the file at all, and whether it is this version's Minga database. */
function identity(ctx: ServiceContext): Problem[] {
  try {
    ctx.handle.prepare('SELECT count(*) FROM sqlite_schema').get();
    const finding = identityFinding(ctx.handle);
    return finding ? limited('file', [finding]) : [];
  } catch (error) {
    return limited('file', [finding('backups:check.unreadable', { detail: reason(error) })]);
  }
}

function integrity(ctx: ServiceContext): Problem[] {
  const results = ctx.handle.pragma('integrity_check', { simple: false }) as { integrity_check: string }[];
  const details = results.map((r) => r.integrity_check).filter((m) => m !== 'ok');
  return limited(
    'integrity',
    details.map((detail) => finding('backups:check.integrity', { detail })),
  );
}

function foreignKeys(ctx: ServiceContext): Problem[] {
  const rows = ctx.handle.pragma('foreign_key_check') as { table: string; rowid: number | null; parent: string }[];
  return limited(
    'foreign_keys',
    rows.map((r) => finding('backups:check.foreignKey', { table: r.table, row: r.rowid ?? '?', parent: r.parent })),
  );
}

/** Runs one check; one that cannot run (a table gone, a file damaged mid-way) is itself a finding. */
async function guarded(name: string, run: () => Problem[] | Promise<Problem[]>): Promise<Problem[]> {
  try {
    return await run();
  } catch (error) {
    return limited(name, [finding('backups:check.failed', { check: name, detail: reason(error) })]);
  }
}

/** Runs the file-level checks, then every domain's own (composed in services/domains.ts). */
export async function checkDatabase(ctx: ServiceContext, checks: readonly DomainCheck[]): Promise<CheckReport> {
  const file = identity(ctx);
  // Neither tables nor chain can be trusted in a file that is unreadable, another's or another version's.
  if (file.length > 0) return { ok: false, problems: file, chainHead: null };

  let chainHead: ChainHead | null = null;
  const problems = [
    ...(await guarded('integrity', () => integrity(ctx))),
    ...(await guarded('schema', async () => limited('schema', await schemaFindings(ctx.handle)))),
    ...(await guarded('audit_chain', () => {
      const chain = verifyAuditChain(ctx.handle);
      chainHead = chain.head;
      return limited('audit_chain', chain.findings);
    })),
    ...(await guarded('foreign_keys', () => foreignKeys(ctx))),
  ];
  for (const check of checks) problems.push(...(await guarded(check.name, () => check.run(ctx))));
  return { ok: problems.length === 0, problems, chainHead };
}
