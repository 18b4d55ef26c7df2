/**
 * The journal's spreadsheet exports (issue 7): a per-posting CSV (formula-escaped, UTF-8 with a BOM,
 * amounts as plain `1234.56`, rules/money.md) and an XLSX with real dates and numbers that LibreOffice
 * opens; refusals said in a sentence before any file is chosen; a failed export leaves no torn file.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { csvLine, csvText } from '../../electron/services/ledger/export-csv-cells';
import { writeInChunks } from '../../electron/services/ledger/export-file';
import { refuseTooManyForXlsx, XLSX_MAX_POSTINGS } from '../../electron/services/ledger/export-xlsx';
import type { TrialBalance } from '../../shared/contract/ledger';
import { translate } from '../../shared/i18n/catalogue';
import { useTempDir } from './helpers';
import { brazilianCoop, openExportBooks, PERIOD, postingsInPeriod, spanishCoop } from './ledger-export-books';

const tempDir = useTempDir();
const hasSoffice = spawnSync('sh', ['-c', 'command -v soffice']).status === 0;
const columns = ['entry', 'date', 'accountCode', 'account', 'member', 'memo', 'debit', 'credit', 'source'] as const;

async function exportTo(dir: string, format: 'csv' | 'xlsx', identity = spanishCoop) {
  const s = await openExportBooks(dir, identity);
  // The accountant's own code for the bank replaces the framework's default in every export.
  await s.dispatch('ledger.updateAccountCodes', { codes: [{ account: 'bank', code: '5720001' }] });
  const result = await s.dispatch('ledger.export', { ...PERIOD, format });
  if (!result.ok) throw new Error(result.error.message);
  return { s, ...(result.value as { path: string; rows: number }) };
}

function csvRecords(path: string) {
  const bytes = readFileSync(path);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const parsed = Papa.parse<string[]>(bytes.toString('utf8').slice(1), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  const [header, ...rows] = parsed.data;
  return { header, records: rows.map((row) => Object.fromEntries(columns.map((c, i) => [c, row[i]!])) as Record<(typeof columns)[number], string>) };
}

describe('ledger export: CSV', () => {
  it('one line per posting of the period, in book order, with the accountant’s codes, names in the coop’s language, members, plain amounts', async () => {
    const { path, rows } = await exportTo(tempDir(), 'csv');
    expect(path.endsWith('journal-2025-01-01-2025-12-31.csv')).toBe(true);
    const { header, records } = csvRecords(path);
    expect(header).toEqual(['Asiento', 'Fecha', 'Código de cuenta', 'Cuenta', 'N.º de asociado', 'Concepto', 'Debe', 'Haber', 'Origen']);
    expect(records).toHaveLength(rows);
    expect(rows).toBe(postingsInPeriod);
    // Entries before 2025 and after it are left out; the August reversal (entry 8) is in.
    expect([...new Set(records.map((r) => r.entry))]).toEqual(['2', '3', '4', '5', '6', '8']);
    expect(records.slice(0, 3)).toEqual([
      { entry: '2', date: '2025-01-15', accountCode: '103', account: 'Asociados, capital suscripto no integrado', member: '1', memo: 'Suscripción de capital; socio "Núñez"', debit: '750.00', credit: '', source: 'capital.operation:2' },
      { entry: '2', date: '2025-01-15', accountCode: '5720001', account: 'Bancos', member: '', memo: 'Suscripción de capital; socio "Núñez"', debit: '250.00', credit: '', source: 'capital.operation:2' },
      { entry: '2', date: '2025-01-15', accountCode: '100', account: 'Capital social', member: '1', memo: 'Suscripción de capital; socio "Núñez"', debit: '', credit: '1000.00', source: 'capital.operation:2' },
    ]);
    // rules/money.md: plain 1234.56 with a dot, no thousands separator, whatever the locale.
    expect(records.find((r) => r.entry === '4')!.debit).toBe('1234567.89');
  });

  it('CSV injection: a memo starting with = + - @ is kept as text with a leading apostrophe', async () => {
    const { path } = await exportTo(tempDir(), 'csv');
    const memos = [...new Set(csvRecords(path).records.map((r) => r.memo))];
    expect(memos).toEqual([
      'Suscripción de capital; socio "Núñez"',
      '\'=HYPERLINK("http://example.com","cobro")',
      "'-5 ajuste  con  dos espacios | Peña",
      "'@Fondos: dotación del ejercicio",
      "'+Intereses al capital, Ibáñez",
      'Anulación: intereses mal calculados',
    ]);
    expect(csvText('\tx')).toBe("'\tx");
    expect(csvText('\rx')).toBe('"\'\rx"');
    expect(csvLine([12, null, '1.50', 'a,b'])).toBe('12,,1.50,"a,b"\r\n');
  });

  it('debits and credits in the file add up to the trial balance of the same period (every entry balances)', async () => {
    const { s, path } = await exportTo(tempDir(), 'csv', brazilianCoop);
    const cents = (text: string) => (text === '' ? 0 : Math.round(Number(text) * 100));
    const { header, records } = csvRecords(path);
    expect(header).toEqual(columns.map((c) => translate('pt-BR', `ledger:export.columns.${c}`)));
    const tb = await s.dispatch('ledger.trialBalance', PERIOD);
    if (!tb.ok) throw new Error(tb.error.message);
    const totals = (tb.value as TrialBalance).totals;
    expect(records.reduce((sum, r) => sum + cents(r.debit), 0)).toBe(totals.debitMinor);
    expect(records.reduce((sum, r) => sum + cents(r.credit), 0)).toBe(totals.creditMinor);
  });
});

describe('ledger export: XLSX', () => {
  it('the CSV’s columns, dates as real dates, amounts as numbers showing the currency’s two decimals', async () => {
    const dir = tempDir();
    const { path, rows } = await exportTo(dir, 'xlsx');
    const sheets = await readXlsxFile(path);
    expect(sheets.map((sh) => sh.sheet)).toEqual(['Libro diario']);
    const [header, ...data] = sheets[0]!.data;
    expect(header).toEqual(['Asiento', 'Fecha', 'Código de cuenta', 'Cuenta', 'N.º de asociado', 'Concepto', 'Debe', 'Haber', 'Origen']);
    expect(data).toHaveLength(rows);
    expect(data[1]).toEqual([2, new Date('2025-01-15T00:00:00.000Z'), '5720001', 'Bancos', null, 'Suscripción de capital; socio "Núñez"', 250, null, 'capital.operation:2']);
    expect(data.find((row) => row[0] === 4)![6]).toBe(1234567.89);
    // A formula-looking memo is a text cell, never a formula.
    expect(data.find((row) => row[0] === 3)![5]).toBe('=HYPERLINK("http://example.com","cobro")');
    const styles = execFileSync('unzip', ['-p', path, 'xl/styles.xml'], { encoding: 'utf8' });
    expect(styles).toContain('dd/mm/yyyy');
    expect(styles).toContain('#,##0.00');
  });

  const sofficeCase = 'LibreOffice opens it (soffice --headless --convert-to csv) and reads the same postings';
  // CI installs LibreOffice (.ci/run), so there the case always runs; a developer without it is told why it skipped.
  const runSoffice = hasSoffice || !!process.env.CI;
  it.skipIf(!runSoffice)(runSoffice ? sofficeCase : `${sofficeCase} — skipped: soffice is not on PATH`, { timeout: 180_000 }, async () => {
    const dir = tempDir();
    const { path, rows } = await exportTo(dir, 'xlsx', brazilianCoop);
    // Filter options 44,34,76: comma, double quote, UTF-8, so accents survive whatever the machine's locale.
    execFileSync('soffice', ['--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76', '--outdir', join(dir, 'converted'), path], {
      timeout: 120_000,
      env: { ...process.env, HOME: dir },
    });
    const converted = readFileSync(join(dir, 'converted', 'journal-2025-01-01-2025-12-31.csv'), 'utf8');
    const [header, ...data] = Papa.parse<string[]>(converted, { skipEmptyLines: true }).data;
    expect(header![0]).toBe('Lançamento');
    expect(data).toHaveLength(rows);
    expect(data[0]!.slice(0, 4)).toEqual(['2', '15/01/2025', '2.3.1.02', 'Capital a integralizar']);
    expect(data.some((row) => row[3] === 'Fundo de assistência técnica, educacional e social (FATES)')).toBe(true);
  });

  it('a period with more postings than a sheet has rows is refused with a sentence, pointing to CSV', () => {
    expect(() => refuseTooManyForXlsx(XLSX_MAX_POSTINGS)).not.toThrow();
    expect(() => refuseTooManyForXlsx(XLSX_MAX_POSTINGS + 1)).toThrow(/more than a spreadsheet's 1048575 rows; export it as CSV/);
  });
});

describe('ledger export: refusals and failures', () => {
  it('a period that ends before it starts is refused in the user’s words before any file is chosen', async () => {
    const dir = tempDir();
    const s = await openExportBooks(dir, spanishCoop);
    const result = await s.dispatch('ledger.export', { from: '2025-12-31', to: '2025-01-01', format: 'csv' });
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', key: 'ledger:errors.periodOrder', params: { from: '2025-12-31', to: '2025-01-01' } } });
    expect(translate('es', 'ledger:errors.periodOrder', { from: '2025-12-31', to: '2025-01-01' })).toMatch(/termina/);
    expect(readdirSync(dir).filter((f) => f.startsWith('journal'))).toEqual([]);
  });

  it('an unknown format is refused by the contract with a sentence, and nothing is written', async () => {
    const dir = tempDir();
    const s = await openExportBooks(dir, spanishCoop);
    const result = await s.dispatch('ledger.export', { ...PERIOD, format: 'pdf' });
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', issues: [{ path: 'format', message: 'ledger:errors.exportFormat' }] } });
    expect(translate('en', 'ledger:errors.exportFormat')).toBe('Choose an export format: CSV, XLSX, hledger or Beancount.');
    expect(readdirSync(dir).filter((f) => f.startsWith('journal'))).toEqual([]);
  });

  it('a failure half-way through leaves the earlier file as it was and no partial file beside it', () => {
    const dir = tempDir();
    const target = join(dir, 'journal.csv');
    writeFileSync(target, 'the earlier export');
    expect(() =>
      writeInChunks(target, (sink) => {
        sink.write('x'.repeat(3 << 20));
        throw new Error('the disk is full');
      }),
    ).toThrow('the disk is full');
    expect(readFileSync(target, 'utf8')).toBe('the earlier export');
    expect(existsSync(`${target}.part`)).toBe(false);
  });

  it('an empty period exports the header alone', async () => {
    const dir = tempDir();
    const s = await openExportBooks(dir, spanishCoop);
    const result = await s.dispatch('ledger.export', { from: '2030-01-01', to: '2030-12-31', format: 'csv' });
    expect(result).toMatchObject({ ok: true, value: { rows: 0 } });
    const { records } = csvRecords((result as { value: { path: string } }).value.path);
    expect(records).toEqual([]);
  });
});
