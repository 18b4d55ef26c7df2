/**
 * Books to export: a coop of a given framework, currency and language with three members (accented
 * names) and journal entries posted through the ledger's own postJournalEntry and reverseJournalEntry,
 * some before and after the exported period, with memos a spreadsheet or a plain-text book could
 * misread (formulas, quotes, semicolons, double spaces).
 */
import { inTransaction } from '../../electron/services/core';
import { setupCoop } from '../../electron/services/coop/profile';
import { postJournalEntry, reverseJournalEntry, type NewJournalEntry } from '../../electron/services/ledger';
import type { CoopIdentity } from '../../shared/contract/coop';
import { memberInput, openMembersSession } from './members-session';

export const spanishCoop: CoopIdentity = { name: 'Cooperativa de Trabajo «La Minga»; Sociedad Cooperativa', framework: 'ES', currency: 'EUR', locale: 'es', fiscalYearStart: '01-01' };
export const brazilianCoop: CoopIdentity = { name: 'Cooperativa de Produção São João', framework: 'BR', currency: 'BRL', locale: 'pt-BR', fiscalYearStart: '01-01' };
/** A currency without minor units: amounts are whole pesos. */
export const chileanCoop: CoopIdentity = { name: 'Cooperativa de Trabajo Ñuble', framework: 'custom', currency: 'CLP', locale: 'es', fiscalYearStart: '01-01' };

export const PERIOD = { from: '2025-01-01', to: '2025-12-31' } as const;

const entries: NewJournalEntry[] = [
  {
    date: '2024-12-20',
    memo: 'Antes del período',
    source: { kind: 'capital.operation', id: 1 },
    lines: [
      { account: 'capital_receivable', memberNumber: 1, debitMinor: 70_000 },
      { account: 'members_capital', memberNumber: 1, creditMinor: 70_000 },
    ],
  },
  {
    date: '2025-01-15',
    memo: 'Suscripción de capital; socio "Núñez"',
    source: { kind: 'capital.operation', id: 2 },
    lines: [
      { account: 'capital_receivable', memberNumber: 1, debitMinor: 75_000 },
      { account: 'bank', debitMinor: 25_000 },
      { account: 'members_capital', memberNumber: 1, creditMinor: 100_000 },
    ],
  },
  {
    date: '2025-02-01',
    memo: '=HYPERLINK("http://example.com","cobro")',
    source: { kind: 'capital.operation', id: 'pago 3, cuota 1' },
    lines: [
      { account: 'bank', debitMinor: 30_001 },
      { account: 'capital_receivable', memberNumber: 1, creditMinor: 30_001 },
    ],
  },
  {
    date: '2025-03-31',
    memo: '-5 ajuste  con  dos espacios | Peña',
    source: { kind: 'capital.operation', id: 4 },
    lines: [
      { account: 'capital_receivable', memberNumber: 2, debitMinor: 123_456_789 },
      { account: 'members_capital_liability', memberNumber: 2, creditMinor: 123_456_789 },
    ],
  },
  {
    date: '2025-06-30',
    memo: '@Fondos: dotación del ejercicio',
    source: { kind: 'surplus.distribution', id: 5 },
    lines: [
      { account: 'result', debitMinor: 9_999 },
      { account: 'legal_reserve', creditMinor: 5_000 },
      { account: 'education_fund', creditMinor: 4_999 },
    ],
  },
  {
    date: '2025-07-01',
    memo: '+Intereses al capital, Ibáñez',
    source: { kind: 'capital.interest', id: 6 },
    lines: [
      { account: 'interest_expense', memberNumber: 3, debitMinor: 1_250 },
      { account: 'interest_payable', memberNumber: 3, creditMinor: 1_250 },
    ],
  },
  {
    date: '2026-01-02',
    memo: 'Después del período',
    source: { kind: 'capital.operation', id: 7 },
    lines: [
      { account: 'bank', debitMinor: 500 },
      { account: 'cash', creditMinor: 500 },
    ],
  },
];

/** Opens a coop of `identity`, posts the entries above and reverses the July one in August. */
export async function openExportBooks(dir: string, identity: CoopIdentity) {
  const s = await openMembersSession(dir, { coop: false });
  await setupCoop(s.ctx(), identity);
  for (const [memberNumber, lastNames] of [[1, 'Núñez'], [2, 'Peña'], [3, 'Ibáñez']] as const) {
    const created = await s.dispatch('members.create', { ...memberInput({ lastNames }), memberNumber, status: 'active' });
    if (!created.ok) throw new Error(created.error.message);
  }
  const ids: number[] = [];
  for (const entry of entries) ids.push((await inTransaction(s.ctx(), (trx) => postJournalEntry(trx, s.ctx(), entry))).id);
  await inTransaction(s.ctx(), (trx) => reverseJournalEntry(trx, s.ctx(), ids[5]!, { date: '2025-08-01', memo: 'Anulación: intereses mal calculados' }));
  return s;
}

/** Postings the period holds: the lines of the entries dated in it, and the two of the August reversal. */
export const postingsInPeriod = entries.filter((e) => e.date >= PERIOD.from && e.date <= PERIOD.to).reduce((n, e) => n + e.lines.length, 0) + 2;
