/**
 * The demo cooperative's capital: a share class and a capital policy set as a secretary would (through
 * the services, audited), then every member's subscription, instalments, payments, transfers and
 * departures with refunds, planned in date order (demo-plan.ts) and written in bulk with their journal.
 */
import { localToday } from '../../../shared/domain/dates';
import type { CapitalPolicy } from '../../../shared/contract/capital';
import type { Locale } from '../../../shared/contract/coop';
import { translate } from '../../../shared/i18n/catalogue';
import type { DemoOptions, ServiceContext } from '../core';
import { writeCapitalBulk, type BulkOperation } from './bulk';
import { listClasses, saveClass, updatePolicy } from './classes';
import { planDemo, seeded, type DemoMember, type PlannedOp } from './demo-plan';
import { capitalAccount, moneyAccountOf, pair } from './journal';

const policyFor = (framework: string): CapitalPolicy => ({
  // Argentina's floor is 5%; the demo's statute allows a little more.
  refundCeiling: { num: 10, den: 100 },
  refundInstalments: 3,
  pendingRefundRate: { num: 3, den: 100 },
  forfeitureNoticeDays: 30,
  revolvingYears: framework === 'US' ? 5 : null,
});

function journalOf(op: PlannedOp, account: ReturnType<typeof capitalAccount>) {
  const n = op.memberNumber;
  switch (op.kind) {
    case 'subscription':
      return pair('capital_receivable', account, op.amount, { debit: n, credit: n });
    case 'payment':
      return pair(moneyAccountOf(op.method!), 'capital_receivable', op.amount, { credit: n });
    case 'transfer':
      return pair(account, account, op.amount, { debit: n, credit: op.counterpartNumber });
    case 'forfeiture':
      return pair(account, 'capital_receivable', op.amount, { debit: n, credit: n });
    case 'refund_request':
      return pair(account, 'capital_to_refund', op.amount, { debit: n, credit: n });
    case 'refund_instalment':
      return [
        { account: 'capital_to_refund' as const, memberNumber: n, debitMinor: op.amount },
        ...(op.interest > 0 ? [{ account: 'interest_expense' as const, memberNumber: n, debitMinor: op.interest }] : []),
        { account: 'bank' as const, memberNumber: null, creditMinor: op.amount + op.interest },
      ];
  }
}

export async function generateCapitalDemo(ctx: ServiceContext, options: DemoOptions): Promise<void> {
  const coop = ctx.handle.prepare('SELECT framework, locale FROM coop_profile').get() as { framework: string; locale: Locale } | undefined;
  if (!coop) return;
  const locale = options.locale;
  const t = (key: string, params?: Record<string, string | number>) => translate(locale, `capital:demo.${key}`, params);
  // A demo added to a register that already has it (`minga demo` run twice) reuses its share class.
  const existing = (await listClasses(ctx)).find((c) => c.name === t('className'));
  const shareClass = existing ?? await saveClass(ctx, {
    id: null,
    name: t('className'),
    nominalMinor: 10_000,
    minimumSubscriptionMinor: 100_000,
    minimumPaidNow: { num: 5, den: 100 },
    refundRight: 'council',
    active: true,
  });
  const policy = await updatePolicy(ctx, policyFor(coop.framework));

  const subscribed = new Set(ctx.handle.prepare('SELECT DISTINCT member_id FROM capital_subscription').pluck().all() as number[]);
  const members = (
    ctx.handle
      .prepare(
        `SELECT m.id, m.member_number AS memberNumber, m.leaving_date AS left,
           (SELECT min(effective_date) FROM member_status_change c WHERE c.member_id = m.id AND c.status IN ('trial', 'active')) AS admitted
         FROM member m ORDER BY m.member_number`,
      )
      .all() as DemoMember[]
  ).filter((m) => !subscribed.has(m.id));
  const plan = planDemo({
    members,
    shareClass: { id: shareClass.id, nominal: shareClass.nominalMinor, minimumShares: 10, minimumPaidNow: shareClass.minimumPaidNow },
    policy,
    today: localToday(ctx.now()),
    random: seeded(options.seed ?? 1),
    approval: (n) => t('approval', { number: n }),
  });
  const account = capitalAccount(shareClass.refundRight);
  const operations: BulkOperation[] = plan.ops.map((op) => ({ ...op, lines: journalOf(op, account) }));
  writeCapitalBulk(ctx, coop.locale, { subscriptions: plan.subscriptions, refunds: plan.refunds, operations });
}
