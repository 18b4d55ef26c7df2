/**
 * The journal exports open in the real tools (issue 7): Debian's `hledger check` accepts the hledger
 * journal and its balance report equals the app's trial balance for the same period, account by account;
 * `bean-check` accepts the Beancount file. Spanish, Brazilian and whole-peso books, with accented
 * account names and memos that could break either format.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { beancountAccountNames, writeBeancountFile } from '../../electron/services/ledger/export-beancount';
import { exportBook, type ExportBook } from '../../electron/services/ledger/export-book';
import { writeInChunks } from '../../electron/services/ledger/export-file';
import { hledgerAccountNames, writeHledgerJournal } from '../../electron/services/ledger/export-hledger';
import type { PostingRow } from '../../electron/services/ledger/export-rows';
import type { CoopIdentity } from '../../shared/contract/coop';
import type { TrialBalance } from '../../shared/contract/ledger';
import { accountKeys, accountKindOf } from '../../shared/domain/ledger/accounts';
import { minorToDecimal } from '../../shared/domain/money-format';
import { useTempDir } from './helpers';
import { brazilianCoop, chileanCoop, openExportBooks, PERIOD, postingsInPeriod, spanishCoop } from './ledger-export-books';

const tempDir = useTempDir();
const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
// CI installs both (.ci/run), so there they always run; a developer without them is told why a case skipped.
const runHledger = has('hledger') || !!process.env.CI;
const runBeancount = has('bean-check') || !!process.env.CI;
const coops: [string, CoopIdentity][] = [['Spanish (EUR)', spanishCoop], ['Brazilian (BRL)', brazilianCoop], ['Chilean, whole pesos (CLP)', chileanCoop]];

async function exported(identity: CoopIdentity, format: 'hledger' | 'beancount') {
  const dir = tempDir();
  const s = await openExportBooks(dir, identity);
  const result = await s.dispatch('ledger.export', { ...PERIOD, format });
  if (!result.ok) throw new Error(result.error.message);
  const { path, rows } = result.value as { path: string; rows: number };
  expect(rows).toBe(postingsInPeriod);
  const tb = await s.dispatch('ledger.trialBalance', PERIOD);
  if (!tb.ok) throw new Error(tb.error.message);
  return { s, path, dir, book: await exportBook(s.ctx(), PERIOD), trialBalance: tb.value as TrialBalance };
}

describe.skipIf(!runHledger)(`hledger journal${runHledger ? '' : ' — skipped: hledger is not on PATH'}`, () => {
  it.each(coops)('%s: `hledger check` (strict: declared accounts and commodity, dates in order) accepts it', { timeout: 60_000 }, async (_name, identity) => {
    const { path } = await exported(identity, 'hledger');
    const check = spawnSync('hledger', ['-f', path, 'check', '--strict', 'ordereddates'], { encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  it.each(coops)('%s: hledger’s balance report equals the app’s trial balance, account by account (issue 7)', { timeout: 60_000 }, async (_name, identity) => {
    const { path, book, trialBalance } = await exported(identity, 'hledger');
    const csv = execFileSync('hledger', ['-f', path, 'balance', '--flat', '--no-total', '-O', 'csv'], { encoding: 'utf8' });
    const [header, ...rows] = Papa.parse<string[]>(csv.trim(), { skipEmptyLines: true }).data;
    expect(header).toEqual(['account', 'balance']);
    const names = hledgerAccountNames(book);
    const expected = trialBalance.rows
      .filter((r) => r.balanceMinor !== 0)
      .map((r) => [names.get(r.account)!, `${minorToDecimal(r.balanceMinor, book.minorDigits)} ${book.currency}`] as const);
    expect(new Map(rows.map(([account, balance]) => [account, balance] as const))).toEqual(new Map(expected));
    // Accounts that moved and came back to zero in the period are there too, each with its debits and credits.
    const register = execFileSync('hledger', ['-f', path, 'balance', '--flat', '--no-total', '--empty', '-O', 'csv'], { encoding: 'utf8' });
    expect(Papa.parse<string[]>(register.trim()).data.length - 1).toBe(trialBalance.rows.length);
  });

  it('the member number is a tag on each member posting, the source a tag on the transaction, the entry number its code', { timeout: 60_000 }, async () => {
    const { path } = await exported(spanishCoop, 'hledger');
    const register = (query: string[]) => execFileSync('hledger', ['-f', path, 'register', '-O', 'csv', ...query], { encoding: 'utf8' });
    const member2 = Papa.parse<string[]>(register(['tag:member=^2$']).trim()).data.slice(1);
    expect(member2.map((r) => r[4])).toHaveLength(2);
    expect(member2.every((r) => r[3]?.includes('-5 ajuste'))).toBe(true);
    const surplus = Papa.parse<string[]>(register(['tag:source=^surplus']).trim()).data.slice(1);
    expect(surplus).toHaveLength(3);
    const byCode = Papa.parse<string[]>(register(['code:^3$']).trim()).data.slice(1);
    expect(byCode.map((r) => r[1])).toEqual(['2025-02-01', '2025-02-01']);
    // The Spanish labels survive as account names, accents and all.
    expect(readFileSync(path, 'utf8')).toContain('Patrimonio neto:Fondo de educación y capacitación');
  });
});

describe.skipIf(!runBeancount)(`Beancount file${runBeancount ? '' : ' — skipped: bean-check is not on PATH'}`, () => {
  it.each(coops)('%s: `bean-check` accepts it (exit 0, no errors)', { timeout: 60_000 }, async (_name, identity) => {
    const { path } = await exported(identity, 'beancount');
    const check = spawnSync('bean-check', [path], { encoding: 'utf8' });
    expect(check.stdout + check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  it('account names are Beancount’s roots and transliterated labels; the label and the code travel as metadata', { timeout: 60_000 }, async () => {
    const { path, book } = await exported(brazilianCoop, 'beancount');
    const names = beancountAccountNames(book);
    for (const name of names.values()) expect(name).toMatch(/^(Assets|Liabilities|Equity|Income|Expenses)(:[A-Z0-9][A-Za-z0-9-]*)+$/);
    expect(new Set(names.values()).size).toBe(names.size);
    const text = readFileSync(join(path), 'utf8');
    expect(text).toContain(`${PERIOD.from} open ${names.get('education_fund')} BRL`);
    expect(text).toContain(`label: "${book.accounts.get('education_fund')!.label}"`);
    expect(text).toContain(`code: "${book.accounts.get('education_fund')!.code}"`);
  });
});

/**
 * Labels come from the catalogue, which translators change: whatever they write (colons, semicolons,
 * double spaces, brackets, quotes, letters outside ASCII, two accounts alike) must still make books
 * the tools accept, with every account kept apart.
 */
describe.skipIf(!runHledger || !runBeancount)('account labels a translator might write', () => {
  const hostile = ['[Banco]  principal', 'Caja; chica', 'Capital: social', '(Capital) "reembolsable"', 'Ørsted & Søn — ß', '  ', 'Capital social', 'capital SOCIAL', '日本語', '1.º fondo', 'Reserva\tlegal', '-Fondo', 'Résultat', 'Réservé', 'A', 'a', 'Retribución / socios', 'Impuestos: IVA; "retenciones"'];
  const book: ExportBook = {
    from: '2025-01-01',
    to: '2025-12-31',
    coopName: 'Coop "Tricky"; name \\ here',
    locale: 'es',
    currency: 'EUR',
    minorDigits: 2,
    // More accounts than hostile labels: they repeat, which the names must also keep apart.
    accounts: new Map(accountKeys.map((key, i) => [key, { key, kind: accountKindOf[key], code: `C-${i}`, label: hostile[i % hostile.length]! }])),
  };
  const postings: PostingRow[] = accountKeys.flatMap((key, i) => [
    [i + 1, '2025-05-05', key, i + 1, `Memo ${i}; "quoted" \\ back`, 1_00 + i, 0, 'test', String(i)],
    [i + 1, '2025-05-05', accountKeys[(i + 1) % accountKeys.length]!, null, `Memo ${i}; "quoted" \\ back`, 0, 1_00 + i, 'test', String(i)],
  ]);

  it('hledger: still checked strict, one account per key', () => {
    const path = join(tempDir(), 'tricky.journal');
    writeInChunks(path, (sink) => writeHledgerJournal(book, postings, sink));
    expect(spawnSync('hledger', ['-f', path, 'check', '--strict', 'ordereddates'], { encoding: 'utf8' })).toMatchObject({ status: 0, stderr: '' });
    const accounts = execFileSync('hledger', ['-f', path, 'accounts', '--flat'], { encoding: 'utf8' }).trim().split('\n');
    expect(accounts.filter((a) => a.includes(':'))).toHaveLength(accountKeys.length);
    expect(accounts).toContain('Activo:[Banco] principal');
  });

  it('Beancount: still checked, one account per key', () => {
    const path = join(tempDir(), 'tricky.beancount');
    writeInChunks(path, (sink) => writeBeancountFile(book, postings, sink));
    const check = spawnSync('bean-check', [path], { encoding: 'utf8' });
    expect(check.stdout + check.stderr).toBe('');
    const names = beancountAccountNames(book);
    expect(new Set(names.values()).size).toBe(accountKeys.length);
    expect(names.get('capital_receivable')).toBe('Assets:OrstedSonSs');
  });
});
