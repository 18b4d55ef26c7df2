/** `capital import FILE.csv` (opening balances: a line-numbered dry run, then all or nothing) and `capital statement --member N`. */
import { localToday } from '../../../shared/domain/dates';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CapitalImportPreview, Statement, StatementTotals } from '../../../shared/contract/capital';
import { dateHorizon } from '../../../shared/contract/common';
import { call, defineCommand, EXIT, usageError, type CommandEnv } from '../env';

type Problem = CapitalImportPreview['problems'][number];

function problemLine(p: Problem): string {
  const where = p.line === 0 ? 'file' : `line ${p.line}`;
  return p.field === null ? `${where}: ${p.message}` : `${where}: ${p.field}: ${p.message}`;
}

function fail(env: Pick<CommandEnv<unknown>, 'stderr'>, message: string): number {
  env.stderr(`minga: ${message}`);
  return EXIT.failed;
}

export const importCapital = defineCommand({
  words: ['capital', 'import'],
  usage: 'capital import FILE.csv   (member number, class, subscribed, paid, date)',
  options: {},
  creates: false,
  async run(env) {
    const [file, ...extra] = env.args;
    if (file === undefined || extra.length > 0) throw usageError('capital import needs exactly one FILE.csv.');
    let bytes: Buffer;
    try {
      bytes = readFileSync(resolve(file));
    } catch {
      return fail(env, `cannot read ${file}`);
    }
    const input = { fileBase64: bytes.toString('base64') };
    const preview = await call(env, 'capital.importPreview', input);
    if (preview.problemCount > 0) {
      for (const p of preview.problems) env.stderr(problemLine(p));
      const unlisted = preview.problemCount - preview.problems.length;
      if (unlisted > 0) env.stderr(`…and ${unlisted} more problems`);
      const n = preview.problemCount;
      env.stderr(`${n} ${n === 1 ? 'problem' : 'problems'}; nothing was imported.`);
      return EXIT.failed;
    }
    const { imported } = await call(env, 'capital.importCommit', input);
    env.stdout(`imported opening capital of ${imported} members`);
    return EXIT.ok;
  },
});

const totalsLine = (label: string, t: StatementTotals) =>
  `${label}: subscribed ${t.subscribedMinor}, paid ${t.paidMinor}, pending ${t.pendingMinor}, capitalised returns ${t.capitalisedReturnsMinor}, losses ${t.lossesChargedMinor}, refunds ${t.refundsMinor}, balance ${t.balanceMinor} (minor units)`;

function printStatement(env: CommandEnv<unknown>, s: Statement): void {
  env.stdout(`member ${s.memberNumber} ${s.memberName}, ${s.from} to ${s.to}`);
  env.stdout(totalsLine('opening', s.opening));
  for (const op of s.operations) env.stdout(`  ${String(op.number).padStart(7)}  ${op.date}  ${op.kind.padEnd(18)} ${String(op.amountMinor).padStart(14)}`);
  env.stdout(totalsLine('closing', s.closing));
}

export const capitalStatement = defineCommand({
  words: ['capital', 'statement'],
  usage: 'capital statement --member NUMBER [--from DATE --to DATE] [--json]',
  options: { member: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, json: { type: 'boolean' } },
  creates: false,
  async run(env) {
    const { member, from, to, json } = env.options;
    if (member === undefined || !/^\d{1,8}$/.test(member)) throw usageError('capital statement needs --member NUMBER.');
    // Members are named by number on the command line; the contract takes the member's id.
    const id = env.session.ctx().handle.prepare('SELECT id FROM member WHERE member_number = ?').pluck().get(Number(member)) as number | undefined;
    if (id === undefined) return fail(env, `no member has number ${member}`);
    const today = localToday(env.session.ctx().now());
    const statement = await call(env, 'capital.statement', { memberId: id, from: from ?? dateHorizon.first, to: to ?? today });
    if (json) env.stdout(JSON.stringify(statement, null, 2));
    else printStatement(env, statement);
    return EXIT.ok;
  },
});
