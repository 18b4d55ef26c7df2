/** A coop with a share class, a capital policy and three members (two active, one applicant), for the capital tests. */
import type { Input, Method, Output, Result } from '../../shared/contract';
import { memberInput, openMembersSession } from './members-session';

export async function openCapitalSession(dir: string) {
  const s = await openMembersSession(dir);
  const call = async <M extends Method>(method: M, input: Input<M>) => (await s.dispatch(method, input)) as Result<Output<M>>;
  const must = async <M extends Method>(method: M, input: Input<M>) => {
    const result = await call(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value;
  };
  const members = [];
  for (const [n, status] of [[1, 'active'], [2, 'active'], [3, 'applicant']] as const) {
    members.push(await must('members.create', { ...memberInput({ lastNames: `Socio ${n}`, joinDate: '2024-01-15' }), memberNumber: n, status }));
  }
  const shareClass = await must('capital.saveClass', {
    id: null,
    name: 'Cuotas sociales',
    nominalMinor: 10_000,
    minimumSubscriptionMinor: 100_000,
    minimumPaidNow: { num: 5, den: 100 },
    refundRight: 'council',
    active: true,
  });
  await must('capital.updatePolicy', { refundCeiling: { num: 5, den: 100 }, refundInstalments: 3, pendingRefundRate: { num: 10, den: 100 }, forfeitureNoticeDays: 30, revolvingYears: null });
  const count = (table: string) => s.handle().prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  const writes = () => ({ ops: count('capital_operation'), entries: count('ledger_entry'), audit: count('audit_log'), subs: count('capital_subscription'), refunds: count('capital_refund') });
  const subscribe = (memberId: number, overrides: Partial<Input<'capital.subscribe'>> = {}) =>
    call('capital.subscribe', {
      memberId,
      classId: shareClass.id,
      shares: 20,
      amountMinor: null,
      date: '2024-02-01',
      instalments: 3,
      firstDueDate: '2024-03-01',
      paidNowMinor: 20_000,
      method: 'cash',
      planMinor: null,
      ...overrides,
    });
  /** The journal lines of the entry a register operation points to. */
  const linesOf = (number: number) =>
    s.handle()
      .prepare(`SELECT l.account, l.member_number AS member, l.debit_minor AS debit, l.credit_minor AS credit FROM capital_operation o
        JOIN ledger_line l ON l.entry_id = o.journal_entry_id WHERE o.number = ? ORDER BY l.line_no`)
      .all(number);
  return { ...s, call, must, members, shareClass, writes, subscribe, linesOf };
}
