/**
 * `pay run --period YYYY-MM [--adjusting] [--json]`: drafts the period's run from the database (attendance
 * through the scheme in force) and prints it; `pay approve --period YYYY-MM [--posting-date DATE]
 * [--resolution ID] [--accept-ratio-warning]`: approves and posts that draft. Refusals exit 1 with the reason
 * and write nothing.
 */
import type { RunDetail } from '../../../shared/contract/remuneration';
import { periodRange } from '../../services/remuneration';
import { call, CliFailure, defineCommand, EXIT, usageError, type CommandEnv } from '../env';

const PERIOD = /^(\d{4}-(0[1-9]|1[0-2])|\d{4}-W(0[1-9]|[1-4]\d|5[0-3]))$/;

function periodOption(period: string | undefined, command: string): string {
  if (period === undefined || !PERIOD.test(period)) throw usageError(`${command} needs --period YYYY-MM (or YYYY-Www for a week).`);
  return period;
}

function printRun(env: CommandEnv<unknown>, run: RunDetail): void {
  env.stdout(`${run.kind} run ${run.id} for ${run.period} (${run.from} to ${run.to}), ${run.status}, scheme version ${run.schemeVersion}`);
  for (const m of run.members) {
    env.stdout(`  ${String(m.memberNumber).padStart(7)}  ${m.memberName.padEnd(32).slice(0, 32)} ${m.category.padEnd(16).slice(0, 16)} gross ${String(m.grossMinor).padStart(12)}  deductions ${String(m.deductionsMinor).padStart(10)}  net ${String(m.netMinor).padStart(12)}`);
  }
  env.stdout(`${run.memberCount} members; gross ${run.grossMinor}, deductions ${run.deductionsMinor}, net ${run.netMinor} (minor units)`);
  for (const w of run.warnings) env.stderr(`warning: ${w.key} ${JSON.stringify(w.params)}`);
}

export const payRun = defineCommand({
  words: ['pay', 'run'],
  usage: 'pay run --period YYYY-MM [--adjusting] [--json]   (drafts the period\'s pay run from attendance)',
  options: { period: { type: 'string' }, adjusting: { type: 'boolean' }, json: { type: 'boolean' } },
  creates: false,
  before(options) {
    periodOption(options.period, 'pay run');
  },
  async run(env) {
    if (env.args.length > 0) throw usageError(`pay run takes no words after it, got: ${env.args.join(' ')}`);
    const run = await call(env, 'remuneration.draftRun', { period: env.options.period!, adjusting: env.options.adjusting === true });
    if (env.options.json) env.stdout(JSON.stringify(run, null, 2));
    else printRun(env, run);
    return EXIT.ok;
  },
});

export const payApprove = defineCommand({
  words: ['pay', 'approve'],
  usage: 'pay approve --period YYYY-MM [--posting-date YYYY-MM-DD] [--resolution ID] [--accept-ratio-warning] [--json]',
  options: {
    period: { type: 'string' },
    'posting-date': { type: 'string' },
    resolution: { type: 'string' },
    'accept-ratio-warning': { type: 'boolean' },
    json: { type: 'boolean' },
  },
  creates: false,
  before(options) {
    periodOption(options.period, 'pay approve');
    if (options.resolution !== undefined && !/^\d{1,9}$/.test(options.resolution)) throw usageError('--resolution takes the resolution\'s id (a number).');
  },
  async run(env) {
    if (env.args.length > 0) throw usageError(`pay approve takes no words after it, got: ${env.args.join(' ')}`);
    const period = env.options.period!;
    const year = Number(period.slice(0, 4));
    const draft = (await call(env, 'remuneration.runs', { year })).find((r) => r.period === period && r.status === 'draft');
    if (!draft) throw new CliFailure(`there is no draft for ${period}: make it first with \`minga pay run --period ${period}\``, EXIT.failed);
    const run = await call(env, 'remuneration.approveRun', {
      runId: draft.id,
      // The period's last day unless told: pay is a cost of the period it was earned in.
      postingDate: env.options['posting-date'] ?? periodRange(period).to,
      resolutionId: env.options.resolution === undefined ? null : Number(env.options.resolution),
      acceptRatioWarning: env.options['accept-ratio-warning'] === true,
    });
    if (env.options.json) env.stdout(JSON.stringify(run, null, 2));
    else env.stdout(`approved and posted the ${run.kind} run for ${run.period}: ${run.memberCount} members, net ${run.netMinor} minor units, journal entry ${run.journalEntryNumber ?? '-'}`);
    return EXIT.ok;
  },
});
