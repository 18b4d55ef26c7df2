import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../electron/services/members/demo';
import { exportMembersCsv, exportMembersXlsx } from '../../electron/services/members/export';
import { importableFields, type Member } from '../../shared/contract/members';
import { useTempDir } from './helpers';
import { memberInput, openMembersSession } from './members-session';

const tempDir = useTempDir();
const hasSoffice = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).status === 0;

async function registerWithTrickyValues(dir: string) {
  const s = await openMembersSession(dir);
  await s.dispatch('members.create', memberInput({ lastNames: 'Núñez, "el Gallego"', address: 'Calle 1\nPiso 2', weeklyHours: 37.5, status: 'active' }));
  await s.dispatch('members.create', memberInput({ lastNames: 'Peña', email: null, category: null, phone: '+54 11 4444-5555' }));
  const register = await s.dispatch('members.register', {});
  if (!register.ok) throw new Error(register.error.message);
  return { s, members: register.value as Member[] };
}

describe('members export', () => {
  it('CSV: UTF-8 with BOM, header = the register’s field names, RFC 4180 quoting, ISO dates, hours with a dot', async () => {
    const { s, members } = await registerWithTrickyValues(tempDir());
    const { bytes, rows } = await exportMembersCsv(s.ctx());
    expect(rows).toBe(2);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes); // the decoder drops the BOM
    expect(text.split('\r\n')[0]).toBe(importableFields.join(','));
    expect(text).toContain('"Núñez, ""el Gallego"""');
    expect(text).toContain('"Calle 1\nPiso 2"');
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toMatchObject({ memberNumber: '1', lastNames: members[0]!.lastNames, joinDate: '2020-01-15', weeklyHours: '37.5', email: 'jose@example.com' });
    expect(parsed.data[1]).toMatchObject({ email: '', category: '', weeklyHours: '40' });
    // A cell a spreadsheet would run as a formula is kept as text (CSV injection).
    expect(parsed.data[1]!.phone).toBe("'+54 11 4444-5555");
  });

  it('XLSX: a "Members" sheet with the same columns and rows, numbers as numbers', async () => {
    const dir = tempDir();
    const { s, members } = await registerWithTrickyValues(dir);
    const { bytes, rows } = await exportMembersXlsx(s.ctx());
    expect(rows).toBe(2);
    const file = join(dir, 'members.xlsx');
    writeFileSync(file, bytes);
    const sheets = await readXlsxFile(file);
    expect(sheets.map((sh) => sh.sheet)).toEqual(['Members']);
    const [header, ...data] = sheets[0]!.data;
    expect(header).toEqual([...importableFields]);
    expect(data).toHaveLength(2);
    const asRecord = (row: unknown[]) => Object.fromEntries(importableFields.map((f, i) => [f, row[i] ?? null]));
    for (const [i, m] of members.entries()) {
      const expected = Object.fromEntries(importableFields.map((f) => [f, m[f]]));
      expect(asRecord(data[i]!)).toEqual(expected);
    }
  });

  const sofficeCase = 'XLSX opens in LibreOffice (soffice --headless --convert-to csv)';
  // CI installs LibreOffice (.ci/run), so there the case always runs; a developer without it is told why it skipped.
  const runSoffice = hasSoffice || !!process.env.CI;
  it.skipIf(!runSoffice)(runSoffice ? sofficeCase : `${sofficeCase} — skipped: soffice is not on PATH`, async () => {
    const dir = tempDir();
    const { s } = await registerWithTrickyValues(dir);
    writeFileSync(join(dir, 'members.xlsx'), (await exportMembersXlsx(s.ctx())).bytes);
    // Filter options 44,34,76: comma, double quote, UTF-8, so accents survive whatever the machine's locale.
    execFileSync('soffice', ['--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76', '--outdir', dir, join(dir, 'members.xlsx')], {
      timeout: 120_000,
      env: { ...process.env, HOME: dir },
    });
    const csv = readFileSync(join(dir, 'members.csv'), 'utf8');
    expect(csv.split('\n')[0]).toContain('memberNumber');
    expect(csv).toContain('Peña');
  });

  // Bounds leave room for a loaded 2-core CI machine; the printed times are what to watch.
  it('10,000 members export as CSV and XLSX in seconds, not minutes', async () => {
    const s = await openMembersSession(tempDir());
    await generateDemo(s.ctx(), { members: 10_000, years: 5, locale: 'pt-BR', seed: 3 });
    let t = performance.now();
    expect((await exportMembersCsv(s.ctx())).rows).toBe(10_000);
    const csvMs = performance.now() - t;
    t = performance.now();
    expect((await exportMembersXlsx(s.ctx())).rows).toBe(10_000);
    const xlsxMs = performance.now() - t;
    console.log(`export of 10,000 members: CSV ${Math.round(csvMs)} ms, XLSX ${Math.round(xlsxMs)} ms`);
    expect(csvMs).toBeLessThan(3_000);
    expect(xlsxMs).toBeLessThan(15_000);
  });
});
