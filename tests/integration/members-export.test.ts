import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { setupCoop } from '../../electron/services/coop/profile';
import { demoIdentity, generateDemo } from '../../electron/services/members/demo';
import { exportHeaders, exportMembersCsv, exportMembersXlsx } from '../../electron/services/members/export';
import { locales, type Locale } from '../../shared/contract/coop';
import { importableFields, memberStatus, type Member } from '../../shared/contract/members';
import { translate } from '../../shared/i18n/catalogue';
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

/** Rows of an exported CSV keyed by field name (the headers are the coop language's labels). */
function csvByField(text: string, locale: Locale, delimiter: string): Record<string, string>[] {
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  const [header, ...rows] = parsed.data;
  expect(header).toEqual(exportHeaders(locale));
  return rows.map((row) => Object.fromEntries(importableFields.map((f, i) => [f, row[i]!])));
}

describe('members export', () => {
  it('CSV in an es coop: UTF-8 with BOM, Spanish headers and status words, `;` with decimal commas, RFC 4180 quoting, ISO dates', async () => {
    const { s, members } = await registerWithTrickyValues(tempDir());
    const { bytes, rows } = await exportMembersCsv(s.ctx());
    expect(rows).toBe(2);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes); // the decoder drops the BOM
    expect(text.split('\r\n')[0]).toBe(
      'Número de asociado;Apellidos;Nombres;Documento de identidad;Identificación fiscal (CUIT/CUIL/NIF);Nacionalidad;Fecha de nacimiento;Correo electrónico;Teléfono;Domicilio;Fecha de ingreso;Resolución de admisión;Categoría;Horas semanales;Estado;Fecha de egreso;Causa del egreso',
    );
    expect(text).toContain('"Núñez, ""el Gallego"""');
    expect(text).toContain('"Calle 1\nPiso 2"');
    const data = csvByField(text, 'es', ';');
    expect(data[0]).toMatchObject({ memberNumber: '1', lastNames: members[0]!.lastNames, joinDate: '2020-01-15', weeklyHours: '37,5', email: 'jose@example.com', status: 'Activo' });
    expect(data[1]).toMatchObject({ email: '', category: '', weeklyHours: '40', status: 'Postulante' });
    // A cell a spreadsheet would run as a formula is kept as text (CSV injection).
    expect(data[1]!.phone).toBe("'+54 11 4444-5555");
  });

  it.each(locales)('a %s coop exports in its own language and the file re-imports as is (round trip)', async (locale) => {
    const source = await openMembersSession(tempDir(), { coop: false });
    await setupCoop(source.ctx(), demoIdentity(locale));
    await generateDemo(source.ctx(), { members: 60, years: 4, locale, seed: 11 });
    const { bytes } = await exportMembersCsv(source.ctx());
    const delimiter = locale === 'en' ? ',' : ';';
    const data = csvByField(new TextDecoder().decode(bytes), locale, delimiter);
    const words = new Set(memberStatus.options.map((st) => translate(locale, `members:status.${st}`)));
    expect(data.every((row) => words.has(row.status!))).toBe(true);

    const target = await openMembersSession(tempDir(), { coop: false });
    await setupCoop(target.ctx(), demoIdentity(locale));
    const file = { fileBase64: Buffer.from(bytes).toString('base64'), mapping: null };
    expect(await target.dispatch('members.importPreview', file)).toMatchObject({ ok: true, value: { problemCount: 0, ignoredColumns: [], delimiter } });
    expect(await target.dispatch('members.importCommit', file)).toEqual({ ok: true, value: { imported: 60 } });
    const registerOf = async (x: typeof source) => {
      const r = await x.dispatch('members.register', {});
      if (!r.ok) throw new Error(r.error.message);
      return (r.value as Member[]).map(({ id: _id, createdAt: _c, updatedAt: _u, statusSince: _s, ...rest }) => rest);
    };
    expect(await registerOf(target)).toEqual(await registerOf(source));
  });

  it('XLSX: a sheet named in the coop’s language, its headers, numbers as numbers, dates as real dates with a format', async () => {
    const dir = tempDir();
    const { s, members } = await registerWithTrickyValues(dir);
    const { bytes, rows } = await exportMembersXlsx(s.ctx());
    expect(rows).toBe(2);
    const file = join(dir, 'members.xlsx');
    writeFileSync(file, bytes);
    const sheets = await readXlsxFile(file);
    expect(sheets.map((sh) => sh.sheet)).toEqual([translate('es', 'members:list.title')]);
    const [header, ...data] = sheets[0]!.data;
    expect(header).toEqual(exportHeaders('es'));
    expect(data).toHaveLength(2);
    const asRecord = (row: unknown[]) => Object.fromEntries(importableFields.map((f, i) => [f, row[i] ?? null]));
    const dateFields = new Set<string>(['birthDate', 'joinDate', 'leavingDate']);
    for (const [i, m] of members.entries()) {
      const expected = Object.fromEntries(
        importableFields.map((f) => {
          const value = m[f];
          if (f === 'status') return [f, translate('es', `members:status.${m.status}`)];
          return [f, dateFields.has(f) && value !== null ? new Date(`${String(value)}T00:00:00.000Z`) : value];
        }),
      );
      expect(asRecord(data[i]!)).toEqual(expected);
    }
    // The date cells carry a display format, so the spreadsheet shows 15/01/2020, not a serial number.
    expect(execFileSync('unzip', ['-p', file, 'xl/styles.xml'], { encoding: 'utf8' })).toContain('dd/mm/yyyy');
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
    expect(csv.split('\n')[0]).toContain('Número de asociado');
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
