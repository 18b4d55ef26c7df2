/**
 * Importing members' opening capital (member number, class, subscribed, paid, date): a preview that
 * lists every problem with its file line, and a commit that re-checks and writes all rows or nothing.
 * Amounts are read in the coop's own locale (money-parse.ts), so `1.234,56` in an `en` coop is refused.
 */
import type { CapitalImportPreview } from '../../../shared/contract/capital';
import type { Locale } from '../../../shared/contract/coop';
import { DomainError } from '../../../shared/contract/errors';
import { canHoldCapital } from '../../../shared/domain/capital';
import { dateUnder, fileDateOrder, type DateOrder } from '../../../shared/domain/members/date-order';
import type { MemberStatus } from '../../../shared/domain/members';
import { parseMoney } from '../../../shared/domain/money-parse';
import { translate } from '../../../shared/i18n/catalogue';
import type { ServiceContext } from '../core';
import { closedThrough } from '../ledger';
import { writeCapitalBulk, type BulkOperation, type BulkSubscription } from './bulk';
import { capitalAccount, pair } from './journal';
import { readImportFile, type ImportField } from './import-read';
import { listClasses } from './classes';

type Problem = CapitalImportPreview['problems'][number];
const LISTED = 1_000;

interface Row {
  line: number;
  member: { id: number; number: number };
  classId: number;
  subscribed: number;
  paid: number;
  date: string;
}

interface Analysis {
  rows: Row[];
  problems: Problem[];
  locale: Locale;
}

async function analyse(ctx: ServiceContext, input: { fileBase64: string; dateOrder: DateOrder | null }): Promise<Analysis> {
  const coop = ctx.handle.prepare('SELECT locale, minor_digits AS digits FROM coop_profile').get() as { locale: Locale; digits: number } | undefined;
  const locale = coop?.locale ?? 'en';
  const digits = coop?.digits ?? 2;
  const problems: Problem[] = [];
  const say = (line: number, field: ImportField | null, code: Problem['code'], value: string | null, params: Record<string, string | number> = {}) =>
    problems.push({ line, field, code, value, message: translate(locale, `capital:import.problems.${code}`, { line, value: value ?? '', ...params }) });
  const file = readImportFile(input.fileBase64);
  if (file.unreadable) say(0, null, 'unreadable', null);
  for (const field of file.missing) say(0, field, 'missing_required', null);
  if (!file.unreadable && file.missing.length === 0 && file.records.length === 0) say(0, null, 'empty_file', null);
  if (problems.length > 0) return { rows: [], problems, locale };

  const members = new Map(
    (ctx.handle.prepare('SELECT id, member_number, status, join_date FROM member').all() as { id: number; member_number: number; status: MemberStatus; join_date: string }[]).map(
      (m) => [m.member_number, m],
    ),
  );
  const withCapital = new Set(ctx.handle.prepare('SELECT DISTINCT member_id FROM capital_operation WHERE member_id IS NOT NULL').pluck().all() as number[]);
  const classes = new Map((await listClasses(ctx)).map((c) => [c.name.trim().toLowerCase(), c]));
  const closed = await closedThrough(ctx.db);
  const order = input.dateOrder ?? fileDateOrder(file.records.map((r) => r.cells.date ?? '')).evident ?? 'ymd';
  const seen = new Set<number>();
  const rows: Row[] = [];
  for (const { line, cells } of file.records) {
    const before = problems.length;
    const numberText = cells.memberNumber ?? '';
    const member = /^\d{1,8}$/.test(numberText) ? members.get(Number(numberText)) : undefined;
    if (!member) say(line, 'memberNumber', numberText === '' ? 'missing_required' : 'unknown_member', numberText);
    else if (seen.has(member.member_number)) say(line, 'memberNumber', 'duplicate_member', numberText);
    else if (!canHoldCapital(member.status)) say(line, 'memberNumber', 'not_a_member', numberText);
    else if (withCapital.has(member.id)) say(line, 'memberNumber', 'has_capital', numberText);
    if (member) seen.add(member.member_number);
    const shareClass = classes.get((cells.class ?? '').trim().toLowerCase());
    if (!shareClass) say(line, 'class', cells.class ? 'unknown_class' : 'missing_required', cells.class ?? null);
    const amount = (field: 'subscribed' | 'paid') => {
      const parsed = parseMoney(cells[field] ?? '', locale, digits);
      if (!parsed.ok) say(line, field, parsed.reason === 'empty' ? 'missing_required' : 'bad_amount', cells[field] ?? null);
      return parsed.ok ? (parsed.value as number) : null;
    };
    const subscribed = amount('subscribed');
    const paid = amount('paid');
    if (subscribed !== null && paid !== null && (paid > subscribed || subscribed <= 0)) say(line, 'paid', 'paid_above_subscribed', cells.paid ?? null);
    const date = dateUnder(cells.date ?? '', order);
    if (date === null) say(line, 'date', cells.date ? 'bad_date' : 'missing_required', cells.date ?? null);
    else if (member && date < member.join_date) say(line, 'date', 'before_join', date, { joinDate: member.join_date });
    else if (closed !== null && date <= closed) say(line, 'date', 'closed_period', date, { closed });
    if (problems.length === before) {
      rows.push({ line, member: { id: member!.id, number: member!.member_number }, classId: shareClass!.id, subscribed: subscribed!, paid: paid!, date: date! });
    }
  }
  return { rows, problems, locale };
}

export async function previewCapitalImport(ctx: ServiceContext, input: { fileBase64: string; dateOrder: DateOrder | null }): Promise<CapitalImportPreview> {
  const { rows, problems } = await analyse(ctx, input);
  return {
    rowCount: rows.length + new Set(problems.filter((p) => p.line > 0).map((p) => p.line)).size,
    totalSubscribedMinor: rows.reduce((s, r) => s + r.subscribed, 0),
    totalPaidMinor: rows.reduce((s, r) => s + r.paid, 0),
    problems: problems.slice(0, LISTED),
    problemCount: problems.length,
  };
}

/** Writes every row or none: any problem refuses the whole file. */
export async function commitCapitalImport(ctx: ServiceContext, input: { fileBase64: string; dateOrder: DateOrder | null }): Promise<{ imported: number }> {
  const { rows, problems, locale } = await analyse(ctx, input);
  if (problems.length > 0) {
    throw new DomainError('IMPORT_REJECTED', `The file has ${problems.length} problems; nothing was imported.`, {
      key: 'capital:errors.IMPORT_REJECTED',
      params: { count: problems.length },
    });
  }
  const classes = new Map((await listClasses(ctx)).map((c) => [c.id, c]));
  const subscriptions: BulkSubscription[] = [];
  const operations: BulkOperation[] = [];
  for (const row of rows) {
    const shareClass = classes.get(row.classId)!;
    const account = capitalAccount(shareClass.refundRight);
    const n = row.member.number;
    const subscription =
      subscriptions.push({
        memberId: row.member.id,
        classId: row.classId,
        date: row.date,
        shares: Math.max(1, Math.floor(row.subscribed / shareClass.nominalMinor)),
        amount: row.subscribed,
        // Opening balances carry no plan: what is paid, and the rest due on the same day.
        lines: [row.paid, row.subscribed - row.paid].filter((amount) => amount > 0).map((amount) => ({ dueDate: row.date, amount })),
      }) - 1;
    const base = { memberId: row.member.id, memberNumber: n, counterpartId: null, classId: row.classId, subscription, refund: null, date: row.date };
    operations.push({ ...base, kind: 'subscription', amount: row.subscribed, method: null, reference: null, lines: pair('capital_receivable', account, row.subscribed, { debit: n, credit: n }) });
    if (row.paid > 0) {
      operations.push({ ...base, kind: 'payment', amount: row.paid, method: 'bank', reference: null, lines: pair('bank', 'capital_receivable', row.paid, { credit: n }) });
    }
  }
  operations.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  writeCapitalBulk(ctx, locale, { subscriptions, refunds: [], operations });
  return { imported: rows.length };
}
