/**
 * The capital register's checks: numbered without gaps, every operation with its journal entry and its
 * audit record (as audited, so a row changed behind the app's back shows), and each member's capital,
 * receivable and refund balances in the journal agreeing with the register.
 */
import { finding, limitedProblems as limited, type DomainCheck, type Finding, type ServiceContext } from '../core';

interface OpRow {
  number: number;
  kind: string;
  date: string;
  member_id: number | null;
  amount_minor: number;
  journal_entry_id: number | null;
  entry_source: string | null;
  entry_reverses: number | null;
  reversed_entry: number | null;
}

/** The audited fingerprint of an operation: what the register row must still say. */
export const fingerprint = (op: { number: number; kind: string; date: string; member_id: number | null; amount_minor: number }) =>
  `${op.number}|${op.kind}|${op.date}|${op.member_id ?? ''}|${op.amount_minor}`;

function audited(ctx: ServiceContext): Map<number, string> {
  const rows = ctx.handle
    .prepare(`SELECT action, after_json FROM audit_log WHERE entity = 'capital_operation' AND after_json IS NOT NULL`)
    .all() as { action: string; after_json: string }[];
  const map = new Map<number, string>();
  for (const row of rows) {
    const after = JSON.parse(row.after_json) as Record<string, unknown>;
    if (row.action === 'capital.bulk') {
      for (const print of after.operations as string[]) map.set(Number(print.split('|')[0]), print);
    } else {
      map.set(after.number as number, fingerprint(after as unknown as OpRow));
    }
  }
  return map;
}

function registerCheck(ctx: ServiceContext): Finding[] {
  const ops = ctx.handle
    .prepare(
      `SELECT o.number, o.kind, o.date, o.member_id, o.amount_minor, o.journal_entry_id, e.source_kind || ':' || e.source_id AS entry_source,
         e.reverses_id AS entry_reverses, r.journal_entry_id AS reversed_entry
       FROM capital_operation o LEFT JOIN ledger_entry e ON e.id = o.journal_entry_id
       LEFT JOIN capital_operation r ON r.number = o.reverses_number ORDER BY o.number`,
    )
    .all() as OpRow[];
  const prints = audited(ctx);
  const findings: Finding[] = [];
  ops.forEach((op, index) => {
    if (op.number !== index + 1) findings.push(finding('capital:check.gap', { number: op.number, expected: index + 1 }));
    const entryOk = op.kind === 'reversal' ? op.entry_reverses !== null && op.entry_reverses === op.reversed_entry : op.entry_source === `capital_operation:${op.number}`;
    if (!entryOk) findings.push(finding('capital:check.noEntry', { number: op.number }));
    const print = prints.get(op.number);
    if (print === undefined) findings.push(finding('capital:check.notAudited', { number: op.number }));
    else if (print !== fingerprint(op)) findings.push(finding('capital:check.differs', { number: op.number }));
  });
  return findings;
}

type Balances = Map<number, { capital: number; receivable: number; refund: number }>;

const balancesOf = (rows: readonly { member_number: number; capital: number; receivable: number; refund: number }[]): Balances => {
  const map: Balances = new Map();
  for (const row of rows) {
    const b = map.get(row.member_number) ?? { capital: 0, receivable: 0, refund: 0 };
    b.capital += row.capital;
    b.receivable += row.receivable;
    b.refund += row.refund;
    map.set(row.member_number, b);
  }
  return map;
};

/** Two grouped reads (the register by member, the journal's member-level lines) compared in memory. */
function balanceCheck(ctx: ServiceContext): Finding[] {
  const register = balancesOf(
    ctx.handle
      .prepare(
        `SELECT m.member_number, g.capital, g.receivable, g.refund FROM (
           SELECT member_id AS id,
             sum(CASE effect_kind WHEN 'subscription' THEN amount_minor WHEN 'capitalised_return' THEN amount_minor
               WHEN 'forfeiture' THEN -amount_minor WHEN 'loss_charge' THEN -amount_minor WHEN 'refund_request' THEN -amount_minor
               WHEN 'revolvement' THEN -amount_minor WHEN 'transfer' THEN -amount_minor ELSE 0 END) AS capital,
             sum(CASE effect_kind WHEN 'subscription' THEN amount_minor WHEN 'payment' THEN -amount_minor
               WHEN 'forfeiture' THEN -amount_minor ELSE 0 END) AS receivable,
             sum(CASE effect_kind WHEN 'refund_request' THEN amount_minor WHEN 'refund_instalment' THEN -amount_minor ELSE 0 END) AS refund
           FROM capital_operation WHERE member_id IS NOT NULL GROUP BY member_id
           UNION ALL
           SELECT counterpart_member_id, sum(amount_minor), 0, 0 FROM capital_operation WHERE counterpart_member_id IS NOT NULL GROUP BY counterpart_member_id
         ) g JOIN member m ON m.id = g.id`,
      )
      .all() as { member_number: number; capital: number; receivable: number; refund: number }[],
  );
  const journal = balancesOf(
    ctx.handle
      .prepare(
        `SELECT member_number,
           sum(CASE WHEN account IN ('members_capital', 'members_capital_liability') THEN credit_minor - debit_minor ELSE 0 END) AS capital,
           sum(CASE WHEN account = 'capital_receivable' THEN debit_minor - credit_minor ELSE 0 END) AS receivable,
           sum(CASE WHEN account = 'capital_to_refund' THEN credit_minor - debit_minor ELSE 0 END) AS refund
         FROM ledger_line WHERE member_number IS NOT NULL
           AND account IN ('members_capital', 'members_capital_liability', 'capital_receivable', 'capital_to_refund') GROUP BY member_number`,
      )
      .all() as { member_number: number; capital: number; receivable: number; refund: number }[],
  );
  const findings: Finding[] = [];
  const zero = { capital: 0, receivable: 0, refund: 0 };
  for (const member of [...new Set([...register.keys(), ...journal.keys()])].sort((a, b) => a - b)) {
    const r = register.get(member) ?? zero;
    const j = journal.get(member) ?? zero;
    for (const what of ['capital', 'receivable', 'refund'] as const) {
      if (r[what] !== j[what]) findings.push(finding(`capital:check.balance.${what}`, { member, register: r[what], journal: j[what] }));
    }
  }
  return findings;
}

export const capitalChecks: readonly DomainCheck[] = [
  { name: 'capital_register', run: (ctx) => limited('capital_register', registerCheck(ctx)) },
  { name: 'capital_balances', run: (ctx) => limited('capital_balances', balanceCheck(ctx)) },
];
