/**
 * The journal's own checks for `minga check`: the hash chain (each entry's hash over its content and
 * lines, each naming the previous entry's), numbers without gaps, every entry balanced and sealed over
 * the lines it has, and every entry accounted for by the audit log with the hash it was posted with
 * (so an entry added or cut from the end, where the chain alone cannot tell, shows too). The codes and
 * closed periods are checked against the log in checks-settings.ts.
 */
import { finding, limitedProblems, type DomainCheck, type Finding, type ServiceContext } from '../core';
import { entryHash, GENESIS_HASH, type EntryContent, type LineContent } from './chain';
import { settingsFindings } from './checks-settings';

type StoredEntry = EntryContent & { prev_hash: unknown; hash: unknown };
type StoredLine = LineContent & { entry_id: number };

function linesByEntry(ctx: ServiceContext): Map<number, StoredLine[]> {
  const byEntry = new Map<number, StoredLine[]>();
  const rows = ctx.handle
    .prepare('SELECT entry_id, line_no, account, member_number, debit_minor, credit_minor FROM ledger_line ORDER BY entry_id, line_no')
    .all() as StoredLine[];
  for (const line of rows) {
    const list = byEntry.get(line.entry_id);
    if (list) list.push(line);
    else byEntry.set(line.entry_id, [line]);
  }
  return byEntry;
}

/** Entry id → the hash the audit log recorded when the app posted it. */
function auditedHashes(ctx: ServiceContext): Map<number, string> {
  const audited = new Map<number, string>();
  const rows = ctx.handle
    .prepare("SELECT action, entity_id, after_json FROM audit_log WHERE entity = 'ledger_entry' ORDER BY id")
    .all() as { action: string; entity_id: string | null; after_json: string | null }[];
  for (const row of rows) {
    const after = JSON.parse(row.after_json ?? 'null') as { hash?: string; entries?: [number, number, string][] } | null;
    if (row.action === 'ledger.postBulk') for (const [id, , hash] of after?.entries ?? []) audited.set(id, hash);
    else if (row.entity_id !== null && typeof after?.hash === 'string') audited.set(Number(row.entity_id), after.hash);
  }
  return audited;
}

function journalFindings(ctx: ServiceContext): Finding[] {
  const findings: Finding[] = [];
  const lines = linesByEntry(ctx);
  const seals = new Map(
    (ctx.handle.prepare('SELECT entry_id, line_count, total_minor FROM ledger_entry_seal').all() as { entry_id: number; line_count: number; total_minor: number }[]).map(
      (s) => [s.entry_id, s],
    ),
  );
  const audited = auditedHashes(ctx);
  const entries = ctx.handle
    .prepare('SELECT id, number, date, memo, source_kind, source_id, reverses_id, posted_at, prev_hash, hash FROM ledger_entry ORDER BY number')
    .all() as StoredEntry[];

  let expected = 1;
  let prevHash = GENESIS_HASH;
  for (const entry of entries) {
    const number = entry.number;
    const gap = number !== expected;
    if (gap) findings.push(number > expected ? finding('ledger:check.gap', { from: expected, to: number - 1 }) : finding('ledger:check.duplicateNumber', { number }));
    if (!gap && entry.prev_hash !== prevHash) findings.push(finding('ledger:check.link', { number }));
    const own = lines.get(entry.id) ?? [];
    if (typeof entry.prev_hash !== 'string' || entry.hash !== entryHash(entry.prev_hash, entry, own)) findings.push(finding('ledger:check.hash', { number }));
    const debit = own.reduce((s, l) => s + l.debit_minor, 0);
    const credit = own.reduce((s, l) => s + l.credit_minor, 0);
    if (own.length < 2 || debit !== credit) findings.push(finding('ledger:check.unbalanced', { number, debit, credit }));
    const seal = seals.get(entry.id);
    if (!seal || seal.line_count !== own.length || seal.total_minor !== debit) findings.push(finding('ledger:check.seal', { number }));
    const auditedHash = audited.get(entry.id);
    if (auditedHash === undefined) findings.push(finding('ledger:check.notAudited', { number }));
    else if (auditedHash !== entry.hash) findings.push(finding('ledger:check.auditDiffers', { number }));
    audited.delete(entry.id);
    prevHash = typeof entry.hash === 'string' ? entry.hash : '';
    expected = Math.max(expected, number + 1);
  }
  for (const id of audited.keys()) findings.push(finding('ledger:check.missing', { id }));
  const entryIds = new Set(entries.map((e) => e.id));
  for (const id of lines.keys()) if (!entryIds.has(id)) findings.push(finding('ledger:check.orphanLines', { id }));
  const counter = (ctx.handle.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'ledger_entry'").pluck().get() as number | undefined) ?? 0;
  const lastId = entries.reduce((max, e) => Math.max(max, e.id), 0);
  if (counter !== lastId) findings.push(finding('ledger:check.counter', { counter, id: lastId }));
  return findings;
}

export const ledgerChecks: readonly DomainCheck[] = [
  { name: 'journal', run: (ctx) => limitedProblems('journal', journalFindings(ctx)) },
  { name: 'ledger_settings', run: (ctx) => limitedProblems('ledger_settings', settingsFindings(ctx)) },
];
