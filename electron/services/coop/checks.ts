/**
 * The coop's own checks: the profile, with the statute in force, is the state the app last audited, and
 * every dated statute version is one the app wrote (a statute edited or added with another SQLite tool
 * has no audit record that matches it).
 */
import { isDeepStrictEqual } from 'node:util';
import { finding, limitedProblems as limited, type CheckProblem as Problem, type DomainCheck, type Finding, type ServiceContext } from '../core';
import { getCoop } from './profile';

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

function lastAudited(ctx: ServiceContext): Record<string, unknown> | null | undefined {
  const json = ctx.handle
    .prepare("SELECT after_json FROM audit_log WHERE entity = 'coop' AND entity_id = '1' ORDER BY id DESC LIMIT 1")
    .pluck()
    .get() as string | null | undefined;
  return json === undefined || json === null ? json : (JSON.parse(json) as Record<string, unknown>);
}

async function profileAgreement(ctx: ServiceContext): Promise<Problem[]> {
  const audited = lastAudited(ctx);
  let current: Record<string, unknown> | null;
  try {
    current = (await getCoop(ctx)) as Record<string, unknown> | null;
  } catch (error) {
    return limited('coop', [finding('backups:check.coop.unreadable', { detail: reason(error) })]);
  }
  const findings: Finding[] = [];
  if (current === null) {
    if (audited) findings.push(finding('backups:check.coop.missing'));
  } else if (!audited) {
    findings.push(finding('backups:check.coop.notAudited'));
  } else if (!isDeepStrictEqual(audited, current)) {
    const fields = Object.keys(current).filter((k) => !isDeepStrictEqual(audited[k], current[k])).join(', ');
    findings.push(finding('backups:check.coop.differs', { fields }));
  }
  return limited('coop', findings);
}

function statuteVersionsAudited(ctx: ServiceContext): Problem[] {
  const audited = new Map(
    (ctx.handle.prepare("SELECT entity_id, after_json FROM audit_log WHERE entity = 'statute_version' ORDER BY id").all() as {
      entity_id: string;
      after_json: string;
    }[]).map((a) => [a.entity_id, a.after_json]),
  );
  const rows = ctx.handle.prepare('SELECT id, effective_from, statute_json FROM statute_version ORDER BY id').all() as {
    id: number;
    effective_from: string;
    statute_json: string;
  }[];
  const findings: Finding[] = [];
  for (const row of rows) {
    const json = audited.get(String(row.id));
    audited.delete(String(row.id));
    const params = { id: row.id, date: row.effective_from };
    if (json === undefined) findings.push(finding('backups:check.statute.notAudited', params));
    else if (!isDeepStrictEqual(JSON.parse(json), { effectiveFrom: row.effective_from, statute: JSON.parse(row.statute_json) })) {
      findings.push(finding('backups:check.statute.differs', params));
    }
  }
  for (const id of audited.keys()) findings.push(finding('backups:check.statute.missing', { id }));
  return limited('statute', findings);
}

export const coopChecks: readonly DomainCheck[] = [
  { name: 'coop', run: profileAgreement },
  { name: 'statute', run: statuteVersionsAudited },
];
