/**
 * Importing the accountant's codes from a CSV of two columns (account, code), like the members import: a
 * dry run reports every line's problem by line number, and a commit with any problem writes nothing.
 * The account column takes the internal key (`bank`) or the framework's default code (`572`).
 */
import Papa from 'papaparse';
import type { AccountCodesPreview } from '../../../shared/contract/ledger';
import { DomainError } from '../../../shared/contract/errors';
import { isAccountCode, isAccountKey, type AccountKey } from '../../../shared/domain/ledger/accounts';
import { inTransaction, type ServiceContext } from '../core';
import { chartOfAccounts, writeAccountCodes, type CodeChange } from './accounts';

type Problem = AccountCodesPreview['problems'][number];

const HEADER_WORDS = new Set(['account', 'key', 'cuenta', 'clave', 'conta', 'chave']);

function decode(bytes: Uint8Array): string {
  try {
    // Fatal: invalid UTF-8 is read as Windows-1252 (what spreadsheets on Windows save) rather than garbled.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** A spreadsheet's guard against formulas (`'=1`) is not part of a code. */
const cell = (raw: string | undefined) => {
  const t = (raw ?? '').trim();
  return /^'[=+\-@]/.test(t) ? t.slice(1) : t;
};

interface Reading {
  preview: AccountCodesPreview;
  changes: CodeChange[];
}

async function readCodesFile(ctx: ServiceContext, fileBase64: string): Promise<Reading> {
  const chart = await chartOfAccounts(ctx.db);
  const byDefault = new Map(chart.accounts.map((a) => [a.defaultCode, a.key]));
  const current = new Map(chart.accounts.map((a) => [a.key, a]));
  const text = decode(Buffer.from(fileBase64, 'base64')).replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  const delimiter = (lines[0] ?? '').split(';').length > (lines[0] ?? '').split(',').length ? ';' : ',';

  const problems: Problem[] = [];
  const changes: (CodeChange & { line: number })[] = [];
  const seenAccount = new Map<AccountKey, number>();
  let rowCount = 0;
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    const cells = Papa.parse<string[]>(raw, { delimiter }).data[0] ?? [];
    const [name, code] = [cell(cells[0]), cell(cells[1])];
    if (line === 1 && HEADER_WORDS.has(name.toLowerCase())) return;
    rowCount += 1;
    if (name === '' || code === '') return void problems.push({ line, code: 'missingColumn', value: raw.slice(0, 80) });
    const account = isAccountKey(name) ? name : byDefault.get(name);
    if (!account) return void problems.push({ line, code: 'unknownAccount', value: name.slice(0, 80) });
    if (!isAccountCode(code)) return void problems.push({ line, code: 'badCode', value: code.slice(0, 80) });
    if (seenAccount.has(account)) return void problems.push({ line, code: 'duplicateAccount', value: name });
    seenAccount.set(account, line);
    changes.push({ line, account, code });
  });
  if (rowCount === 0) problems.push({ line: 1, code: 'empty', value: '' });

  // Codes as they would stand after the import: two accounts under one code would merge in the books.
  const after = new Map(chart.accounts.map((a) => [a.key, a.code]));
  for (const c of changes) after.set(c.account, c.code!);
  const holders = new Map<string, AccountKey[]>();
  for (const [key, code] of after) holders.set(code, [...(holders.get(code) ?? []), key]);
  for (const c of changes) {
    if ((holders.get(c.code!)?.length ?? 0) > 1) problems.push({ line: c.line, code: 'duplicateCode', value: c.code! });
  }
  problems.sort((a, b) => a.line - b.line);

  const effective = changes.filter((c) => current.get(c.account)!.code !== c.code);
  return {
    preview: {
      rowCount,
      changes: effective.map((c) => ({ line: c.line, account: c.account, from: current.get(c.account)!.code, to: c.code! })),
      problems,
    },
    changes: effective.map(({ account, code }) => ({ account, code })),
  };
}

export async function previewAccountCodesImport(ctx: ServiceContext, input: { fileBase64: string }): Promise<AccountCodesPreview> {
  return (await readCodesFile(ctx, input.fileBase64)).preview;
}

export async function commitAccountCodesImport(ctx: ServiceContext, input: { fileBase64: string }): Promise<{ changed: number }> {
  return inTransaction(ctx, async (trx, audit) => {
    const { preview, changes } = await readCodesFile({ ...ctx, db: trx }, input.fileBase64);
    if (preview.problems.length > 0) {
      throw new DomainError('IMPORT_REJECTED', `The file has ${preview.problems.length} problem(s); nothing was imported`, {
        key: 'ledger:errors.importRejected',
        params: { count: preview.problems.length },
        issues: preview.problems.map((p) => ({ path: `line ${p.line}`, message: `ledger:import.problems.${p.code}` })),
      });
    }
    return { changed: await writeAccountCodes(trx, ctx, audit, changes) };
  });
}
