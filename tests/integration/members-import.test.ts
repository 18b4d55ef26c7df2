import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportMembersCsv } from '../../electron/services/members/export';
import { textLimits } from '../../electron/services/members/import-validate';
import { generateDemo } from '../../electron/services/members/demo';
import { contract } from '../../shared/contract';
import { memberFields, type ImportPreview, type Member } from '../../shared/contract/members';
import { useTempDir } from './helpers';
import { memberInput, openMembersSession } from './members-session';

const tempDir = useTempDir();
const fixture = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', name));
const importOf = (bytes: Uint8Array, mapping: Record<string, number | null> | null = null) => ({
  fileBase64: Buffer.from(bytes).toString('base64'),
  mapping,
});

async function preview(s: Awaited<ReturnType<typeof openMembersSession>>, bytes: Uint8Array): Promise<ImportPreview> {
  const result = await s.dispatch('members.importPreview', importOf(bytes));
  if (!result.ok) throw new Error(result.error.message);
  return result.value as ImportPreview;
}

async function register(s: Awaited<ReturnType<typeof openMembersSession>>): Promise<Member[]> {
  const result = await s.dispatch('members.register', {});
  if (!result.ok) throw new Error(result.error.message);
  return result.value as Member[];
}

/** Member 1 holds national id 11111111 and tax id 20-11111111-1; number 2 was retired. */
async function sessionWithHistory() {
  const s = await openMembersSession(tempDir());
  const created = await s.dispatch(
    'members.create',
    memberInput({ memberNumber: 1, status: 'active', nationalId: '11111111', taxId: '20-11111111-1' }),
  );
  expect(created.ok).toBe(true);
  const applicant = await s.dispatch('members.create', memberInput({ lastNames: 'Mistaken' }));
  if (!applicant.ok) throw new Error(applicant.error.message);
  expect(await s.dispatch('members.remove', { id: (applicant.value as Member).id })).toMatchObject({ ok: true });
  return s;
}

describe('members import', () => {
  it('refuses names with control or direction-override characters and dates beyond 1900–2100, as the form does, writing nothing', async () => {
    const s = await openMembersSession(tempDir());
    const csv = [
      'lastNames,firstNames,joinDate',
      'Quispe\u001b[31m,Rosa,2020-01-01',
      'Mamani,\u202Eanirol,2020-01-01',
      'Condori,Luis,1850-01-01',
      'Huanca,Ana,2020-01-01',
    ].join('\n');
    const p = await preview(s, Buffer.from(csv));
    expect(p.problems.map((x) => [x.line, x.field, x.code])).toEqual([
      [2, 'lastNames', 'invalid_value'],
      [3, 'firstNames', 'invalid_value'],
      [4, 'joinDate', 'bad_date'],
    ]);
    const commit = await s.dispatch('members.importCommit', importOf(Buffer.from(csv)));
    expect(commit.ok).toBe(false);
    expect(await register(s)).toEqual([]);
  });

  it('reads a ;-separated Latin-1 file with Spanish headers, dd/mm/yyyy dates and decimal commas', async () => {
    const s = await openMembersSession(tempDir());
    const bytes = fixture('members-es-latin1-semicolon.csv');
    const p = await preview(s, bytes);
    expect(p).toMatchObject({ encoding: 'windows-1252', delimiter: ';', rowCount: 6, problemCount: 0, problems: [] });
    expect(p.headers[0]).toBe('Número de socio');
    expect(p.mapping).toMatchObject({ memberNumber: 0, lastNames: 1, firstNames: 2, nationalId: 3, taxId: 4, joinDate: 10, weeklyHours: 13, status: 14, leavingDate: 15, leavingCause: 16 });
    expect(p.sample).toHaveLength(5);
    expect(p.sample[0]).toMatchObject({ lastNames: 'Núñez', joinDate: '2019-01-15', weeklyHours: '37.5', status: 'active' });

    expect(await s.dispatch('members.importCommit', importOf(bytes))).toEqual({ ok: true, value: { imported: 6 } });
    const members = await register(s);
    expect(members.map((m) => [m.memberNumber, m.lastNames, m.status])).toEqual([
      [1, 'Núñez', 'active'],
      [2, 'Peña', 'on_leave'],
      [3, 'Ibáñez', 'resigned'],
      [4, 'Muñoz', 'excluded'],
      [5, 'Gutiérrez', 'deceased'],
      [6, 'Cáceres', 'trial'],
    ]);
    expect(members[1]).toMatchObject({ address: 'Calle Mayor 5; 2º B', birthDate: '1985-12-01', weeklyHours: 40 });
    expect(members[2]).toMatchObject({ leavingDate: '2021-06-30', leavingCause: 'Renuncia voluntaria', statusSince: '2021-06-30' });
  });

  it('a member who left is imported with the history joined → left', async () => {
    const s = await openMembersSession(tempDir());
    await s.dispatch('members.importCommit', importOf(fixture('members-es-latin1-semicolon.csv')));
    const history = await s.dispatch('members.history', { id: 3 });
    expect(history).toMatchObject({
      ok: true,
      value: [
        { status: 'resigned', effectiveDate: '2021-06-30', cause: 'Renuncia voluntaria' },
        { status: 'active', effectiveDate: '2019-03-10' },
      ],
    });
  });

  it('reads a UTF-8 file with BOM, Portuguese headers and a line break inside a quoted cell', async () => {
    const s = await openMembersSession(tempDir());
    const bytes = fixture('members-pt-utf8-bom.csv');
    const p = await preview(s, bytes);
    expect(p).toMatchObject({ encoding: 'utf-8', delimiter: ',', rowCount: 3, problemCount: 0 });
    expect(p.headers[0]).toBe('Matrícula');
    expect(await s.dispatch('members.importCommit', importOf(bytes))).toEqual({ ok: true, value: { imported: 3 } });
    const members = await register(s);
    expect(members.map((m) => [m.memberNumber, m.lastNames, m.firstNames, m.status])).toEqual([
      [1, 'Conceição', 'João', 'active'],
      [2, 'Gonçalves', 'Maria', 'active'],
      [3, 'Araújo', 'Sebastião', 'deceased'],
    ]);
    expect(members[0]).toMatchObject({ address: 'Rua das Flores, 100\nApto 12', taxId: '123.456.789-09', weeklyHours: 44 });
    expect(members[1]).toMatchObject({ birthDate: '1988-02-02', weeklyHours: 22.5 });
  });

  it('reports every problem of a file with its line, and writes nothing', async () => {
    const s = await sessionWithHistory();
    const before = s.counts();
    const bytes = fixture('members-every-error.csv');
    const p = await preview(s, bytes);
    const found = p.problems.map((x) => [x.line, x.field, x.code]);
    expect(found).toEqual([
      [4, 'lastNames', 'missing_required'],
      [5, 'joinDate', 'bad_date'],
      [6, 'memberNumber', 'bad_number'],
      [7, 'weeklyHours', 'bad_number'],
      [8, 'status', 'unknown_status'],
      [9, 'leavingDate', 'missing_required'],
      [9, 'leavingCause', 'missing_required'],
      [10, 'memberNumber', 'duplicate_number'],
      [11, 'memberNumber', 'number_in_use'],
      [12, 'memberNumber', 'number_in_use'],
      [13, 'nationalId', 'duplicate_national_id'],
      [14, 'nationalId', 'duplicate_national_id'],
      [15, 'taxId', 'duplicate_tax_id'],
      [16, 'taxId', 'duplicate_tax_id'],
      [17, 'email', 'invalid_value'],
      [18, 'lastNames', 'invalid_value'],
      [19, 'joinDate', 'missing_required'],
      [20, 'birthDate', 'bad_date'],
      [21, null, 'unreadable'],
    ]);
    expect(p.problemCount).toBe(found.length);
    expect(p.problems[1]).toMatchObject({ value: '31/02/2020', message: expect.stringContaining('bad date "31/02/2020"') });
    expect(p.problems[7]!.message).toContain('line 2');
    expect(p.problems[9]!.message).toContain('never given again');

    const commit = await s.dispatch('members.importCommit', importOf(bytes));
    expect(commit).toMatchObject({
      ok: false,
      error: { code: 'IMPORT_REJECTED', message: `${found.length} problems; nothing was imported.`, params: { count: found.length } },
    });
    expect(s.counts()).toEqual(before);
  });

  it('the corrected file goes in whole; members without a number get the next ones in file order (numbers never reused)', async () => {
    const s = await sessionWithHistory();
    const before = s.counts();
    const result = await s.dispatch('members.importCommit', importOf(fixture('members-every-error-fixed.csv')));
    expect(result).toEqual({ ok: true, value: { imported: 19 } });
    const members = await register(s);
    const byName = new Map(members.map((m) => [m.lastNames, m]));
    // Explicit numbers go up to 23; the retired 2 and the taken 1 are skipped.
    expect(['Fernández', 'Díaz', 'Vera', 'Molina', 'Castro'].map((n) => byName.get(n)?.memberNumber)).toEqual([24, 25, 26, 27, 28]);
    expect(byName.get('Gómez')).toMatchObject({ memberNumber: 10, address: 'Calle 1\nPiso 2' });
    expect(byName.get('Ruiz')).toMatchObject({ weeklyHours: 37.25 });
    expect(byName.get('Unclosed')).toMatchObject({ status: 'excluded', leavingDate: '2022-02-02' });
    // One audit row per member plus one summary; one history row each, two for the member who left.
    expect(s.counts()).toEqual({ ...before, members: before.members + 19, history: before.history + 21, audit: before.audit + 20 });
    const summary = s.handle().prepare("SELECT after_json FROM audit_log WHERE action = 'members.import'").pluck().get() as string;
    expect(JSON.parse(summary)).toEqual({ imported: 19, encoding: 'utf-8', dateOrder: 'dmy' });
    const audited = s.handle().prepare("SELECT after_json FROM audit_log WHERE action = 'member.import' AND entity_id = ?").pluck().get(String(byName.get('Ruiz')!.id)) as string;
    // The audit row holds the member as stored (and the history rows written with it).
    const { statusChanges: _written, ...auditedMember } = JSON.parse(audited) as Member & { statusChanges?: unknown };
    expect(auditedMember).toEqual(byName.get('Ruiz'));
  });

  it('names the required columns a file lacks (line 0), and refuses an XLSX or empty file', async () => {
    const s = await openMembersSession(tempDir());
    const noJoin = await preview(s, new TextEncoder().encode('Apellidos,Nombres\nPérez,Ana\n'));
    expect(noJoin.problems).toEqual([expect.objectContaining({ line: 0, field: 'joinDate', code: 'unmapped_required' })]);
    const xlsx = await preview(s, Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    expect(xlsx.problems).toEqual([expect.objectContaining({ line: 0, code: 'unreadable', message: expect.stringContaining('XLSX') })]);
    const empty = await preview(s, new TextEncoder().encode('lastNames,firstNames,joinDate\n\n'));
    expect(empty.problems).toEqual([expect.objectContaining({ line: 0, code: 'empty_file' })]);
    expect(s.counts().members).toBe(0);
  });

  it('uses a mapping the person chose instead of the headers', async () => {
    const s = await openMembersSession(tempDir());
    const bytes = new TextEncoder().encode('a,b,c\nPérez,Ana,2020-01-01\n');
    const result = await s.dispatch('members.importCommit', importOf(bytes, { lastNames: 0, firstNames: 1, joinDate: 2 }));
    expect(result).toEqual({ ok: true, value: { imported: 1 } });
    expect(await register(s)).toMatchObject([{ lastNames: 'Pérez', firstNames: 'Ana', joinDate: '2020-01-01', status: 'active' }]);
  });

  it('lists the first 1,000 problems and counts the rest', async () => {
    const s = await openMembersSession(tempDir());
    const rows = Array.from({ length: 1_200 }, (_, i) => `Pérez,Ana ${i},not a date`);
    const p = await preview(s, new TextEncoder().encode(`lastNames,firstNames,joinDate\n${rows.join('\n')}\n`));
    expect(p.problems).toHaveLength(1_000);
    expect(p.problemCount).toBe(1_200);
    expect(p.problems[999]).toMatchObject({ line: 1_001, code: 'bad_date' });
  });

  it('the register’s own export re-imports into an empty database with automatic mapping and yields identical members', async () => {
    const source = await openMembersSession(tempDir());
    await generateDemo(source.ctx(), { members: 300, years: 4, locale: 'es', seed: 5 });
    await source.dispatch('members.create', memberInput({ lastNames: '=HYPERLINK("x")', phone: '+54 11 4444-5555', address: 'Line 1\nLine 2, "quoted"' }));
    const { bytes } = await exportMembersCsv(source.ctx());
    const target = await openMembersSession(tempDir());
    expect(await target.dispatch('members.importCommit', importOf(bytes))).toEqual({ ok: true, value: { imported: 301 } });
    const strip = (members: Member[]) => members.map(({ id: _id, createdAt: _c, updatedAt: _u, statusSince: _s, ...rest }) => rest);
    expect(strip(await register(target))).toEqual(strip(await register(source)));
  });

  it('the import’s text limits are the member form’s (contract schemas)', () => {
    const shapes = { ...memberFields.shape, leavingCause: contract['members.changeStatus'].input.shape.cause };
    for (const [field, limit] of Object.entries(textLimits)) {
      const schema = shapes[field as keyof typeof shapes];
      expect(schema.safeParse('x'.repeat(limit)).success, `${field} at ${limit}`).toBe(field !== 'email');
      expect(schema.safeParse('x'.repeat(limit + 1)).success, `${field} over ${limit}`).toBe(false);
    }
    expect(memberFields.shape.email.safeParse(`${'x'.repeat(188)}@example.com`).success).toBe(true);
    expect(memberFields.shape.email.safeParse(`${'x'.repeat(189)}@example.com`).success).toBe(false);
  });
});
