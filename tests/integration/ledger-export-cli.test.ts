/**
 * `minga export ledger --from DATE --to DATE --format csv|xlsx|hledger|beancount --out FILE` (issue 7),
 * the bundled command line run over a database holding posted entries: each format written where --out
 * says, wrong usage exit 2 before the database is opened, a refusal in one line.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from './helpers';
import { openExportBooks, PERIOD, postingsInPeriod, spanishCoop } from './ledger-export-books';

const tempDir = useTempDir();

const bin = join(__dirname, '..', '..', 'bin', 'minga.mjs');

/** Runs bin/minga.mjs in a child process, as a person would (tests/setup/build-cli.ts bundles it). */
function minga(...argv: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [bin, ...argv], { encoding: 'utf8', timeout: 60_000 }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}

async function database() {
  const dir = tempDir();
  const s = await openExportBooks(dir, spanishCoop);
  s.session.close();
  return { dir, db: join(dir, 'minga.sqlite') };
}

describe('minga export ledger', () => {
  it.each([
    ['csv', 'diario.csv', '\uFEFFAsiento,Fecha,'],
    ['xlsx', 'diario.xlsx', 'PK'],
    ['hledger', 'diario.journal', '; Cooperativa de Trabajo'],
    ['beancount', 'diario.beancount', 'option "title"'],
  ])('--format %s writes the period’s postings to --out and says how many', async (format, name, start) => {
    const { dir, db } = await database();
    const out = join(dir, name);
    const run = await minga('--db', db, 'export', 'ledger', '--from', PERIOD.from, '--to', PERIOD.to, '--format', format, '--out', out);
    expect(run).toEqual({ code: 0, stdout: `exported ${postingsInPeriod} postings (2025-01-01 to 2025-12-31, ${format}) to ${out}\n`, stderr: '' });
    expect(readFileSync(out, format === 'xlsx' ? 'latin1' : 'utf8').startsWith(start)).toBe(true);
  });

  it('missing options and an unknown format are usage errors (exit 2), said before the database is touched', async () => {
    const { dir } = await database();
    const missingDb = join(dir, 'none.sqlite');
    expect(await minga('--db', missingDb, 'export', 'ledger', '--from', '2025-01-01', '--format', 'csv', '--out', 'x.csv')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('export ledger needs --from DATE --to DATE --format csv|xlsx|hledger|beancount --out FILE.'),
    });
    expect(await minga('--db', missingDb, 'export', 'ledger', '--from', '2025-01-01', '--to', '2025-12-31', '--format', 'pdf', '--out', 'x.pdf')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('there is no export format "pdf"; use one of csv, xlsx, hledger, beancount.'),
    });
    expect(existsSync(missingDb)).toBe(false);
  });

  it('a period that ends before it starts is refused in a sentence and no file is written', async () => {
    const { dir, db } = await database();
    const out = join(dir, 'backwards.csv');
    const run = await minga('--db', db, 'export', 'ledger', '--from', '2025-12-31', '--to', '2025-01-01', '--format', 'csv', '--out', out);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('The period ends (2025-01-01) before it starts (2025-12-31); nothing was exported.');
    expect(existsSync(out)).toBe(false);
  });
});
