/**
 * The bank payment file of a posted run: one row per member paid, in the shape most banks' bulk-transfer
 * uploads take (member number, name, tax id, bank account, amount with a dot, reference). Plain CSV,
 * RFC 4180 quoting, no locale in the numbers (rules/money.md); members owed nothing are left out.
 */
import Papa from 'papaparse';
import { requireCoop } from '../coop';
import type { ServiceContext } from '../core';
import { requirePostedRun } from './payslips';

export const bankFileColumns = ['member_number', 'name', 'tax_id', 'bank_account', 'amount', 'currency', 'reference'] as const;

/** Minor units as a plain decimal with a dot: 123456 → "1234.56". */
export function plainAmount(minor: number, digits: number): string {
  if (digits === 0) return String(minor);
  const sign = minor < 0 ? '-' : '';
  const text = String(Math.abs(minor)).padStart(digits + 1, '0');
  return `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

export async function bankFileOf(ctx: ServiceContext, runId: number): Promise<{ csv: string; rows: number; period: string }> {
  const coop = await requireCoop(ctx);
  const run = await requirePostedRun(ctx, runId);
  const digits = coop.minorDigits;
  const paid = run.members.filter((m) => m.netMinor > 0);
  const details = new Map<number, { tax: string | null; account: string | null }>();
  for (let i = 0; i < paid.length; i += 500) {
    const rows = await ctx.db
      .selectFrom('member as m')
      .leftJoin('remuneration_bank_account as b', 'b.member_id', 'm.id')
      .select(['m.id', 'm.tax_id', 'b.bank_account'])
      .where('m.id', 'in', paid.slice(i, i + 500).map((m) => m.memberId))
      .execute();
    for (const r of rows) details.set(r.id, { tax: r.tax_id, account: r.bank_account });
  }
  const data = paid.map((m) => [
    m.memberNumber,
    m.memberName,
    details.get(m.memberId)?.tax ?? '',
    details.get(m.memberId)?.account ?? '',
    plainAmount(m.netMinor, digits),
    coop.currency,
    `${run.period}/${m.payslipNumber}`,
  ]);
  const csv = Papa.unparse({ fields: [...bankFileColumns], data }, { newline: '\r\n' });
  return { csv: `${csv}\r\n`, rows: data.length, period: run.period };
}
