/**
 * Members' capital: share classes, the capital policy, subscriptions with instalment plans, the
 * append-only capital register, refunds and statements. Every amount crosses as an integer of minor units
 * (rules/money.md): the renderer parses what a person types with shared/domain/money-parse.ts first, so a
 * `1.234,56` typed in an `en` locale never reaches these methods as a number.
 */
import { z } from 'zod';
import { dateOrders } from '../domain/members/date-order';
import { fraction, share } from '../domain/statute';
import { MAX_FOLIO } from '../print';
import { defineMethods } from './define';
import { empty, isoDate, requiredText } from './common';

/** An amount in minor units, never negative, always a safe integer. */
export const minor = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
/** An amount that must be more than nothing (a payment, a transfer). */
export const positiveMinor = minor.min(1, { message: 'capital:errors.AMOUNT_NOT_POSITIVE' });

export const refundRights = ['automatic', 'council', 'prohibited'] as const;
export type RefundRight = (typeof refundRights)[number];
export const paymentMethods = ['cash', 'bank', 'payroll'] as const;
export type PaymentMethod = (typeof paymentMethods)[number];
export const operationKinds = [
  'subscription',
  'payment',
  'transfer',
  'capitalised_return',
  'loss_charge',
  'refund_request',
  'refund_instalment',
  'revolvement',
  'forfeiture',
  'reversal',
] as const;
export type OperationKind = (typeof operationKinds)[number];

export const shareClassFields = z
  .object({
    name: requiredText(80),
    /** The nominal value of one share. */
    nominalMinor: positiveMinor,
    /** The least a member of this class subscribes (Argentina: one minimum wage's worth); 0 sets none. */
    minimumSubscriptionMinor: minor,
    /** The share of a subscription paid at once (Argentina: at least 5%). */
    minimumPaidNow: share,
    /** Decides the presentation: a refund the member can demand (automatic) is a liability; one the coop may refuse, equity. */
    refundRight: z.enum(refundRights),
    active: z.boolean().default(true),
  })
  .strict();

export const shareClass = z.object({
  id: z.number().int(),
  name: z.string(),
  nominalMinor: minor,
  minimumSubscriptionMinor: minor,
  minimumPaidNow: fraction,
  refundRight: z.enum(refundRights),
  /** Where the class's capital is posted: equity or a liability, from its refund right. */
  presentation: z.enum(['equity', 'liability']),
  active: z.boolean(),
});
export type ShareClass = z.infer<typeof shareClass>;

export const capitalPolicy = z
  .object({
    /** The share of paid-in capital refundable in one year; null: no ceiling. Argentina: not below 5%. */
    refundCeiling: share.nullable(),
    /** How many instalments a refund (and a departing member's revolving layers) is paid in. */
    refundInstalments: z.number().int().min(1).max(120),
    /** Annual interest on refunds pending; null or 0: none. */
    pendingRefundRate: fraction.nullable(),
    /** Days between the notice of a late instalment and the forfeiture it may lead to. */
    forfeitureNoticeDays: z.number().int().min(0).max(3650),
    /** Years after which a revolving layer is paid out (oldest first); null: the coop does not revolve. */
    revolvingYears: z.number().int().min(1).max(50).nullable(),
  })
  .strict();
export type CapitalPolicy = z.infer<typeof capitalPolicy>;

export const instalment = z.object({
  number: z.number().int(),
  dueDate: z.string(),
  amountMinor: minor,
  paidMinor: minor,
});

export const subscription = z.object({
  id: z.number().int(),
  memberId: z.number().int(),
  memberNumber: z.number().int(),
  classId: z.number().int(),
  className: z.string(),
  date: z.string(),
  shares: z.number().int(),
  subscribedMinor: minor,
  paidMinor: minor,
  /** Subscribed, less paid, less forfeited. */
  pendingMinor: minor,
  forfeitedMinor: minor,
  instalments: z.array(instalment),
});
export type Subscription = z.infer<typeof subscription>;

export const operation = z.object({
  number: z.number().int(),
  date: z.string(),
  kind: z.enum(operationKinds),
  memberId: z.number().int().nullable(),
  memberNumber: z.number().int().nullable(),
  memberName: z.string().nullable(),
  /** The other member of a transfer (the receiver; the giver is `memberId`). */
  counterpartMemberNumber: z.number().int().nullable(),
  subscriptionId: z.number().int().nullable(),
  refundId: z.number().int().nullable(),
  amountMinor: z.number().int(),
  method: z.enum(paymentMethods).nullable(),
  allocationYear: z.number().int().nullable(),
  reference: z.string().nullable(),
  /** For a reversal: the operation it reverses. */
  reversesNumber: z.number().int().nullable(),
  reversedByNumber: z.number().int().nullable(),
  journalEntryNumber: z.number().int().nullable(),
  recordedAt: z.string(),
});
export type CapitalOperation = z.infer<typeof operation>;

export const refund = z.object({
  id: z.number().int(),
  memberId: z.number().int(),
  memberNumber: z.number().int(),
  memberName: z.string(),
  requestDate: z.string(),
  /** Place in the queue: refunds are served in order of request. */
  position: z.number().int(),
  amountMinor: minor,
  paidMinor: minor,
  pendingMinor: minor,
  /** Interest accrued on the pending amount at the policy's rate, up to the queue's date. */
  interestMinor: minor,
  instalments: z.array(instalment),
});
export type Refund = z.infer<typeof refund>;

export const refundQueue = z.object({
  year: z.number().int(),
  /** Null: the policy sets no ceiling. */
  ceilingMinor: minor.nullable(),
  usedMinor: minor,
  leftMinor: minor.nullable(),
  queue: z.array(refund),
});
export type RefundQueue = z.infer<typeof refundQueue>;

export const lateInstalment = z.object({
  subscriptionId: z.number().int(),
  memberId: z.number().int(),
  memberNumber: z.number().int(),
  memberName: z.string(),
  number: z.number().int(),
  dueDate: z.string(),
  dueMinor: minor,
  daysLate: z.number().int(),
});
export type LateInstalment = z.infer<typeof lateInstalment>;

export const statementTotals = z.object({
  subscribedMinor: z.number().int(),
  paidMinor: z.number().int(),
  pendingMinor: z.number().int(),
  capitalisedReturnsMinor: z.number().int(),
  lossesChargedMinor: z.number().int(),
  /** Capital moved to the refund queue when the member left (requested refunds). */
  refundsMinor: z.number().int(),
  refundsPaidMinor: z.number().int(),
  revolvedMinor: z.number().int(),
  transfersInMinor: z.number().int(),
  transfersOutMinor: z.number().int(),
  forfeitedMinor: z.number().int(),
  /** Paid-in capital: paid + capitalised returns + transfers in − out − losses − refunds paid. */
  balanceMinor: z.number().int(),
});
export type StatementTotals = z.infer<typeof statementTotals>;

export const statement = z.object({
  memberId: z.number().int(),
  memberNumber: z.number().int(),
  memberName: z.string(),
  from: z.string(),
  to: z.string(),
  /** The member's position the day before `from`. */
  opening: statementTotals,
  /** The operations of the range, in register order. */
  operations: z.array(operation),
  /** The position at `to`. */
  closing: statementTotals,
});
export type Statement = z.infer<typeof statement>;

export const summary = z.object({
  /** At each year's end: subscribed and paid-in capital of the coop. */
  capitalOverTime: z.array(z.object({ year: z.number().int(), subscribedMinor: z.number().int(), paidMinor: z.number().int() })),
  byClass: z.array(z.object({ className: z.string(), subscribedMinor: z.number().int(), paidMinor: z.number().int() })),
  refundsDueByYear: z.array(z.object({ year: z.number().int(), dueMinor: z.number().int() })),
});

const dateRange = { from: isoDate, to: isoDate };
const memberId = z.number().int().min(1);

export const capitalImportProblemCodes = [
  'missing_required',
  'unknown_member',
  'unknown_class',
  'bad_date',
  'bad_amount',
  'paid_above_subscribed',
  'before_join',
  'closed_period',
  'not_a_member',
  'has_capital',
  'duplicate_member',
  'empty_file',
  'unreadable',
] as const;
export const capitalImportFields = ['memberNumber', 'class', 'subscribed', 'paid', 'date'] as const;
export const capitalImportInput = z
  .object({
    fileBase64: z.string().max(80_000_000),
    /** How the file writes dates; null: ISO dates or an order the file itself shows. */
    dateOrder: z.enum(dateOrders).nullable().default(null),
  })
  .strict();
export const capitalImportPreview = z.object({
  rowCount: z.number().int(),
  totalSubscribedMinor: z.number().int(),
  totalPaidMinor: z.number().int(),
  problems: z.array(
    z.object({
      line: z.number().int().min(0),
      field: z.enum(capitalImportFields).nullable(),
      code: z.enum(capitalImportProblemCodes),
      value: z.string().nullable(),
      message: z.string(),
    }),
  ),
  problemCount: z.number().int(),
});
export type CapitalImportPreview = z.infer<typeof capitalImportPreview>;

const writes = ['capital', 'audit'] as const;

export const capitalMethods = defineMethods({
  'capital.classes': { input: empty, output: z.array(shareClass), reads: ['capital'] },
  'capital.saveClass': {
    input: shareClassFields.extend({ id: z.number().int().min(1).nullable().default(null) }).strict(),
    output: shareClass,
    reads: ['capital'],
    writes,
  },
  'capital.policy': { input: empty, output: capitalPolicy, reads: ['capital'] },
  'capital.updatePolicy': { input: capitalPolicy, output: capitalPolicy, reads: ['capital'], writes },
  'capital.subscriptions': {
    input: z.object({ memberId }).strict(),
    output: z.array(subscription),
    reads: ['capital', 'members'],
  },
  'capital.subscribe': {
    input: z
      .object({
        memberId,
        classId: z.number().int().min(1),
        /** Either a number of shares, or an amount (a whole number of shares of the class's nominal value). */
        shares: z.number().int().min(1).max(1_000_000_000).nullable().default(null),
        amountMinor: positiveMinor.nullable().default(null),
        date: isoDate,
        instalments: z.number().int().min(1).max(120),
        firstDueDate: isoDate,
        /** Paid at once on `date` (at least the class's minimum share of the subscription). */
        paidNowMinor: minor,
        /** The instalments' amounts when not equal; they must add up to the amount less what is paid now. */
        planMinor: z.array(minor).min(1).max(120).nullable().default(null),
        method: z.enum(paymentMethods).default('cash'),
      })
      .strict(),
    output: subscription,
    reads: ['capital', 'members'],
    writes,
  },
  'capital.pay': {
    input: z
      .object({ subscriptionId: z.number().int().min(1), amountMinor: positiveMinor, date: isoDate, method: z.enum(paymentMethods) })
      .strict(),
    output: operation,
    reads: ['capital'],
    writes,
  },
  'capital.transfer': {
    input: z
      .object({
        fromMemberId: memberId,
        toMemberId: memberId,
        amountMinor: positiveMinor,
        date: isoDate,
        approvalReference: requiredText(200),
      })
      .strict(),
    output: operation,
    reads: ['capital', 'members'],
    writes,
  },
  'capital.requestRefund': {
    input: z.object({ memberId, date: isoDate }).strict(),
    output: refund,
    reads: ['capital', 'members'],
    writes,
  },
  'capital.refundQueue': {
    input: z.object({ year: z.number().int().min(1900).max(2100) }).strict(),
    output: refundQueue,
    reads: ['capital'],
  },
  'capital.payRefundInstalment': {
    input: z.object({ refundId: z.number().int().min(1), date: isoDate, method: z.enum(['cash', 'bank']) }).strict(),
    output: operation,
    reads: ['capital'],
    writes,
  },
  'capital.forfeit': {
    input: z
      .object({
        subscriptionId: z.number().int().min(1),
        /** When the member was given notice of the late instalment. */
        noticeDate: isoDate,
        date: isoDate,
      })
      .strict(),
    output: operation,
    reads: ['capital'],
    writes,
  },
  // US revolving: pays out, oldest first, the layers allocated at least the policy's years before `year`.
  'capital.revolve': {
    input: z.object({ year: z.number().int().min(1900).max(2100), date: isoDate, method: z.enum(['cash', 'bank']) }).strict(),
    output: z.object({ operations: z.number().int(), paidMinor: minor }),
    reads: ['capital'],
    writes,
  },
  'capital.lateInstalments': { input: z.object({ asOf: isoDate }).strict(), output: z.array(lateInstalment), reads: ['capital', 'members'] },
  'capital.register': {
    input: z
      .object({
        ...dateRange,
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
    output: z.object({ total: z.number().int(), rows: z.array(operation) }),
    reads: ['capital', 'members'],
  },
  'capital.statement': {
    input: z.object({ memberId, ...dateRange }).strict(),
    output: statement,
    reads: ['capital', 'members'],
  },
  'capital.summary': { input: empty, output: summary, reads: ['capital'] },
  /** Each holder's capital subscribed today (what their capital accounts hold), for the members book's column. */
  'capital.subscribedByMember': {
    input: empty,
    output: z.array(z.object({ memberId: z.number().int(), subscribedMinor: z.number().int() })),
    reads: ['capital', 'members'],
  },
  'capital.reverse': {
    input: z.object({ operationNumber: z.number().int().min(1), date: isoDate, reason: requiredText(500) }).strict(),
    output: operation,
    reads: ['capital'],
    writes,
  },
  // Printed in the coop's language, through the same print path as the members book.
  'capital.printStatement': {
    input: z.object({ memberId, ...dateRange }).strict(),
    output: z.object({ path: z.string() }),
    reads: ['coop', 'capital', 'members'],
  },
  'capital.printRegister': {
    input: z.object({ ...dateRange, firstFolio: z.number().int().min(1).max(MAX_FOLIO).default(1) }).strict(),
    output: z.object({ path: z.string() }),
    reads: ['coop', 'capital', 'members'],
  },
  'capital.importPreview': { input: capitalImportInput, output: capitalImportPreview, reads: ['capital', 'members'] },
  'capital.importCommit': {
    input: capitalImportInput,
    output: z.object({ imported: z.number().int() }),
    reads: ['capital', 'members'],
    writes,
  },
});

/** The print route of a member's capital statement (the screens draw it; printing waits for PRINT_READY_ATTRIBUTE). */
export function capitalStatementRoute({ memberId, from, to }: { memberId: number; from: string; to: string }): string {
  return `/print/capital/statement?member=${memberId}&from=${from}&to=${to}`;
}

/** The print route of the capital register as a page-numbered book, from `firstFolio`. */
export function capitalRegisterRoute({ from, to, firstFolio }: { from: string; to: string; firstFolio: number }): string {
  return `/print/capital/register?folio=${firstFolio}&from=${from}&to=${to}`;
}
