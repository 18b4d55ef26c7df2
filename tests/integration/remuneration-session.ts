/**
 * The public example of rules/remuneration.md reproduced through the database: five members whose
 * seniority on 31 May 2025 is the example's, their May hours imported through the attendance import, the
 * example's hourly scheme and each member's category. For the remuneration tests.
 */
import { expect } from 'vitest';
import type { Input, Method, Output, Result } from '../../shared/contract';
import { memberInput, openMembersSession } from './members-session';

export const PERIOD = '2025-05';

/** name, category, join date (completed years on 2025-05-31), hours in May, pay in the example (minor units). */
export const example = [
  { name: 'Ana', category: 'Coordinación', joinDate: '2015-01-10', hours: 160, payMinor: 176_640_000 },
  { name: 'Bruno', category: 'Especializado', joinDate: '2021-03-01', hours: 168, payMinor: 136_765_440 },
  { name: 'Carla', category: 'Oficial', joinDate: '2025-01-02', hours: 120, payMinor: 74_880_000 },
  { name: 'Diego', category: 'Auxiliar', joinDate: '2023-02-01', hours: 176, payMinor: 87_014_400 },
  { name: 'Eva', category: 'Auxiliar', joinDate: '2024-09-01', hours: 80, payMinor: 38_400_000 },
] as const;

export const exampleRules = {
  kind: 'hourly' as const,
  baseMinor: 480_000,
  categories: { Auxiliar: { num: 1, den: 1 }, Oficial: { num: 13, den: 10 }, Especializado: { num: 8, den: 5 }, Coordinación: { num: 2, den: 1 } },
  seniority: { percentPerYear: { num: 3, den: 2 }, maxYears: 15 },
  maxRatio: { num: 5, den: 2 },
};

/** The weekdays of May 2025, in order. */
export const mayWeekdays = Array.from({ length: 31 }, (_, i) => `2025-05-${String(i + 1).padStart(2, '0')}`).filter((d) => {
  const day = new Date(`${d}T00:00:00Z`).getUTCDay();
  return day !== 0 && day !== 6;
});

const toBase64 = (lines: string[]) => Buffer.from(lines.join('\r\n')).toString('base64');

/** An attendance CSV of `hours` of work per member, 8 a day from the first weekday of the month. */
export function attendanceCsv(rows: readonly { number: number; hours: number; from?: number }[]): string {
  const lines = ['Número de asociado;Fecha;Horas;Tipo'];
  for (const row of rows) {
    for (let day = 0; day < row.hours / 8; day += 1) lines.push(`${row.number};${mayWeekdays[(row.from ?? 0) + day]!};8;Trabajo`);
  }
  return toBase64(lines);
}

export async function openRemunerationSession(dir: string) {
  const s = await openMembersSession(dir);
  const call = async <M extends Method>(method: M, input: Input<M>) => (await s.dispatch(method, input)) as Result<Output<M>>;
  const must = async <M extends Method>(method: M, input: Input<M>) => {
    const result = await call(method, input);
    if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
    return result.value;
  };
  const members: { id: number; number: number; name: string }[] = [];
  for (const [i, m] of example.entries()) {
    const created = await must('members.create', { ...memberInput({ firstNames: m.name, lastNames: 'Ejemplo', joinDate: m.joinDate, taxId: i === 0 ? '20-12345678-6' : null }), memberNumber: i + 1, status: 'active' } as Input<'members.create'>);
    members.push({ id: created.id, number: i + 1, name: m.name });
  }
  await must('attendance.importCommit', { fileBase64: attendanceCsv(example.map((m, i) => ({ number: i + 1, hours: m.hours }))), dateOrder: 'ymd' } as Input<'attendance.importCommit'>);
  const scheme = await must('remuneration.saveScheme', { id: null, name: 'Ejemplo público', effectiveFrom: '2025-01-01', rules: exampleRules, resolutionId: null, note: null });
  for (const [i, m] of example.entries()) await must('remuneration.assign', { memberId: members[i]!.id, effectiveFrom: '2025-01-01', category: m.category });

  const count = (sql: string) => s.handle().prepare(sql).pluck().get() as number;
  /** Every table a refused call might have written to. */
  const writes = () => ({
    runs: count('SELECT count(*) FROM remuneration_run'),
    runMembers: count('SELECT count(*) FROM remuneration_run_member'),
    lines: count('SELECT coalesce(sum(json_array_length(lines_json)), 0) FROM remuneration_run_member'),
    schemes: count('SELECT count(*) FROM remuneration_scheme_version'),
    entries: count('SELECT count(*) FROM ledger_entry'),
    capital: count('SELECT count(*) FROM capital_operation'),
    audit: count('SELECT count(*) FROM audit_log'),
  });
  /** Expects a refusal with `key` and that nothing at all was written. */
  const refusedWithNothingWritten = async <M extends Method>(method: M, input: Input<M>, key: string) => {
    const before = writes();
    const result = await call(method, input);
    expect(result.ok, `${method} should be refused`).toBe(false);
    if (!result.ok) expect(result.error.key).toBe(key);
    expect(writes()).toEqual(before);
    return result;
  };
  return { ...s, call, must, members, scheme, writes, count, refusedWithNothingWritten };
}
