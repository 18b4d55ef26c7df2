/**
 * `minga budget export` and `minga budget import` (issue 12, "Command line and exports"), through the
 * bundled CLI: a dry run that writes nothing, a commit that makes a draft, exports in CSV and XLSX read
 * back, a round trip export → import → export giving the same file, and a file with several problems
 * refused whole with every problem on its line.
 */
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { useTempDir } from './helpers';
import { openMembersSession } from './members-session';

const tempDir = useTempDir();
const root = join(__dirname, '..', '..');

function minga(db: string, ...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [join(root, 'bin', 'minga.mjs'), '--db', db, ...args], { encoding: 'utf8', timeout: 60_000 }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}

const months = (...amounts: string[]) => [...amounts, ...Array<string>(12 - amounts.length).fill('')];
/** A 2026 budget as a person might type it: a header in Spanish, plain amounts, one in the coop's own format. */
const budgetFile = [
  ['Año', 'Cuenta', 'Código', 'Concepto', ...months('m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8', 'm9', 'm10', 'm11', 'm12'), 'Total'],
  ['2026', 'sales', '', 'Pan y facturas', ...Array<string>(12).fill('1500.00'), '18000.00'],
  ['2026', 'materials', '', 'Harina', ...months('400.50', '400.50', '1.200,00'), ''],
  ['2026', 'energy', '', '=Luz y gas', ...months('', '', '', '', '', '99.99'), '99.99'],
];

const coop = (dir: string) => openMembersSession(dir);

describe('minga budget import and export', () => {
  it('dry-runs, commits a draft, exports CSV and XLSX, and a round trip gives the same lines', { timeout: 180_000 }, async () => {
    const dir = tempDir();
    (await coop(dir)).session.close();
    const db = join(dir, 'minga.sqlite');
    const file = join(dir, 'presupuesto.csv');
    writeFileSync(file, Papa.unparse(budgetFile));

    expect(await minga(db, 'budget', 'export', '--year', '2026', '--format', 'csv', '--out', join(dir, 'none.csv'))).toMatchObject({ code: 1, stderr: expect.stringContaining('2026 has no budget yet') });
    const dry = await minga(db, 'budget', 'import', file);
    expect(dry).toMatchObject({ code: 0, stdout: expect.stringContaining('3 lines for 2026 checked: no problems; would make a new draft. Nothing written') });
    expect((await minga(db, 'budget', 'export', '--year', '2026', '--format', 'csv', '--out', join(dir, 'none.csv'))).code).toBe(1);

    expect(await minga(db, 'budget', 'import', file, '--commit')).toMatchObject({ code: 0, stdout: 'imported 3 lines into new draft version 1 of the 2026 budget\n' });
    const first = join(dir, 'export-1.csv');
    expect(await minga(db, 'budget', 'export', '--year', '2026', '--format', 'csv', '--out', first)).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('exported version 1 (draft) of the 2026 budget, 3 lines, to'),
    });
    const text = readFileSync(first, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    // Header in the coop's language (es), months by name; amounts as plain 1234.56; the AR plan's codes.
    expect(rows[0]!.slice(0, 5)).toEqual(['Año', 'Cuenta (clave)', 'Código de cuenta', 'Concepto', 'ene 2026']);
    expect(rows[0]).toHaveLength(17);
    expect(rows[1]).toEqual(['2026', 'sales', expect.any(String), 'Pan y facturas', ...Array<string>(12).fill('1500.00'), '18000.00']);
    expect(rows[2]).toEqual(['2026', 'materials', expect.any(String), 'Harina', '400.50', '400.50', '1200.00', ...Array<string>(9).fill('0.00'), '2001.00']);
    // A label a spreadsheet would run as a formula is written with a guard.
    expect(rows[3]![3]).toBe("'=Luz y gas");
    expect(rows[3]![9]).toBe('99.99');

    // The export read back is the same budget: importing it replaces the draft's lines with identical ones.
    expect(await minga(db, 'budget', 'import', first)).toMatchObject({ code: 0, stdout: expect.stringContaining('would replace the lines of draft version 1') });
    expect(await minga(db, 'budget', 'import', first, '--year', '2026', '--commit')).toMatchObject({ code: 0, stdout: 'imported 3 lines into draft version 1 of the 2026 budget\n' });
    const second = join(dir, 'export-2.csv');
    expect((await minga(db, 'budget', 'export', '--year', '2026', '--format', 'csv', '--out', second, '--version', '1')).code).toBe(0);
    expect(readFileSync(second, 'utf8')).toBe(text);

    const book = join(dir, 'presupuesto.xlsx');
    expect((await minga(db, 'budget', 'export', '--year', '2026', '--format', 'xlsx', '--out', book)).code).toBe(0);
    const sheets = await readXlsxFile(book);
    expect(sheets.map((sh) => sh.sheet)).toEqual(['Presupuesto 2026']);
    const sheet = sheets[0]!.data;
    expect(sheet[0]!.slice(0, 4)).toEqual(['Año', 'Cuenta (clave)', 'Código de cuenta', 'Concepto']);
    expect(sheet.slice(1).map((r) => [r[0], r[1], r[3], ...r.slice(4)])).toEqual([
      [2026, 'sales', 'Pan y facturas', ...Array<number>(12).fill(1500), 18000],
      [2026, 'materials', 'Harina', 400.5, 400.5, 1200, ...Array<number>(9).fill(0), 2001],
      [2026, 'energy', '=Luz y gas', 0, 0, 0, 0, 0, 99.99, 0, 0, 0, 0, 0, 0, 99.99],
    ]);
    // The documented example is a clean file.
    const example = join(root, 'docs', 'examples', 'budgets', 'example-budget.csv');
    expect(await minga(db, 'budget', 'import', example)).toMatchObject({ code: 0, stdout: expect.stringContaining('6 lines for 2026 checked: no problems') });
    expect(await minga(db, 'check')).toMatchObject({ code: 0, stdout: expect.stringContaining('no problems found') });
  });

  it('refuses a file with several problems, each on its line, and writes nothing', { timeout: 120_000 }, async () => {
    const dir = tempDir();
    const s = await coop(dir);
    // The books closed through the end of 2024: a 2024 budget can no longer change.
    const closed = await s.dispatch('ledger.closePeriod', { through: '2024-12-31', reason: 'Balance 2024 aprobado' });
    expect(closed.ok).toBe(true);
    s.session.close();
    const db = join(dir, 'minga.sqlite');
    const bad = join(dir, 'malo.csv');
    const line = (...cells: string[]) => cells.join(';');
    writeFileSync(
      bad,
      [
        line('Año', 'Cuenta', 'Código', 'Concepto', ...months('1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'), 'Total'),
        line('2025', 'ventas', '', 'Pan', ...months('100.00'), '100.00'),
        line('2025', 'sales', '', 'Pan', ...months('100,5x'), ''),
        line('2025', 'sales', '', 'Pan'),
        line('2025', 'materials', '', 'Harina', ...months('10.00'), '20.00'),
        line('2025', 'materials', '', 'harina', ...months('10.00'), ''),
        line('2026', 'energy', '', 'Luz', ...months('-5.00'), ''),
        line('2025', 'bank', '', '', ...months(), ''),
      ].join('\r\n'),
    );
    const refused = await minga(db, 'budget', 'import', bad, '--commit');
    expect(refused.code).toBe(1);
    const report = refused.stderr.split('\n');
    const has = (start: string) => expect(report.some((l) => l.startsWith(start)), start).toBe(true);
    has('line 2: account: «ventas» no es una cuenta');
    has('line 3: m1: «100,5x» no es un importe');
    has('line 4: Esta línea tiene 4 columnas');
    has('line 5: total: El total 20.00 no es la suma');
    has('line 6: label: La misma cuenta con el concepto «harina» ya figura en la línea 5');
    has('line 7: year: Esta línea es de 2026, pero el archivo es de 2025');
    has('line 7: m1: «-5.00» no es un importe');
    has('line 8: account: «bank» no es una cuenta');
    has('line 8: label: Una línea necesita un concepto');
    expect(refused.stderr).toContain('9 problems; nothing was imported.');
    expect(await minga(db, 'budget', 'export', '--year', '2025', '--format', 'csv', '--out', join(dir, 'x.csv'))).toMatchObject({ code: 1, stderr: expect.stringContaining('2025 has no budget yet') });

    const old = join(dir, 'viejo.csv');
    writeFileSync(old, line('2024', 'sales', '', 'Pan', ...months('1.00'), '1.00'));
    const closedYear = await minga(db, 'budget', 'import', old, '--commit');
    expect(closedYear).toMatchObject({ code: 1, stderr: expect.stringContaining('file: year: El ejercicio 2024 está cerrado') });
    expect(await minga(db, 'budget', 'import', bad, '--year', 'dos mil')).toMatchObject({ code: 2, stderr: expect.stringContaining('--year takes a year like 2025') });
  });
});
