/** `init` (first-time setup) and `demo` (a generated register to try things with). */
import { z } from 'zod';
import { contract } from '../../../shared/contract';
import { locales } from '../../../shared/contract/coop';
import { getCoop, setupCoop } from '../../services/coop';
import { inOneTransaction } from '../../services/core';
import { generateDemoCooperative } from '../../services/domains';
import { demoIdentity } from '../../services/members';
import { call, CliFailure, defineCommand, EXIT, usageError, type CommandEnv, type OptionValues } from '../env';

const initOptions = {
  name: { type: 'string' },
  framework: { type: 'string' },
  currency: { type: 'string' },
  locale: { type: 'string' },
  'fiscal-year-start': { type: 'string' },
} as const;
const demoOptionSpecs = {
  members: { type: 'string' },
  years: { type: 'string' },
  seed: { type: 'string' },
  locale: { type: 'string' },
} as const;

function setupInput(options: OptionValues<typeof initOptions>) {
  const { name, framework, currency, locale } = options;
  if (name === undefined || framework === undefined || currency === undefined || locale === undefined) {
    throw usageError('init needs --name, --framework, --currency and --locale.');
  }
  return { name, framework, currency, locale, fiscalYearStart: options['fiscal-year-start'] ?? '01-01' };
}

/** Refuses bad options before the database file is created. */
function checkInitOptions(options: OptionValues<typeof initOptions>): void {
  const parsed = contract['coop.setup'].input.safeParse(setupInput(options));
  if (!parsed.success) throw usageError(`init: ${parsed.error.issues.map((i) => `--${String(i.path[0] ?? '')}: ${i.message}`).join('; ')}`);
}

export const init = defineCommand({
  words: ['init'],
  usage: 'init --name NAME --framework AR|ES|BR|US|custom --currency ISO --locale es|pt-BR|en [--fiscal-year-start MM-DD]',
  options: initOptions,
  creates: true,
  before: checkInitOptions,
  async run(env) {
    const profile = await call(env, 'coop.setup', setupInput(env.options));
    env.stdout(`set up ${profile.name} (${profile.framework}, ${profile.currency}, ${profile.locale})`);
    return EXIT.ok;
  },
});

const count = (max: number) => z.coerce.number().int().min(1).max(max);
const demoOptions = z.object({
  members: count(100_000),
  years: count(50),
  seed: z.coerce.number().int().min(0).max(2 ** 32 - 1).default(1),
  locale: z.enum(locales).optional(),
});

function parseDemoOptions(options: OptionValues<typeof demoOptionSpecs>) {
  const parsed = demoOptions.safeParse({ members: options.members, years: options.years, seed: options.seed, locale: options.locale });
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; ');
    throw usageError(`demo needs --members N (1 to 100000) and --years Y (1 to 50), optionally --seed S and --locale: ${detail}`);
  }
  return parsed.data;
}

export const demo = defineCommand({
  words: ['demo'],
  usage: 'demo --members N --years Y [--seed S] [--locale es|pt-BR|en]',
  options: demoOptionSpecs,
  // Only init creates a database (issue 5): a demo fills one that exists.
  creates: false,
  // Refuses bad options before the database is opened.
  before: (options) => void parseDemoOptions(options),
  run: runDemo,
});

async function runDemo(env: CommandEnv<OptionValues<typeof demoOptionSpecs>>): Promise<number> {
  const { members, years, seed, locale: chosenLocale } = parseDemoOptions(env.options);
  const started = performance.now();
  const countMembers = () => env.session.ctx().handle.prepare('SELECT count(*) FROM member').pluck().get() as number;
  const before = countMembers();
  // One transaction, as in the app: a demo killed half-way leaves nothing that could never be finished.
  const { coop, createdCoop } = await inOneTransaction(env.session.ctx(), async (ctx) => {
    const existing = await getCoop(ctx);
    // Like the app's "try the demo": an empty database gets the demo cooperative first.
    const profile = existing ?? (await setupCoop(ctx, demoIdentity(chosenLocale ?? 'es'), { isDemo: true }));
    await generateDemoCooperative(ctx, { members, years, locale: chosenLocale ?? profile.locale, seed });
    return { coop: profile, createdCoop: existing === null };
  });
  if (createdCoop) env.stdout(`set up the demo cooperative ${coop.name}`);
  const generated = countMembers() - before;
  if (generated !== members) throw new CliFailure(`generated ${generated} of ${members} members`, EXIT.failed);
  env.stdout(`generated ${generated} demo members over ${years} years (seed ${seed}) in ${Math.round(performance.now() - started)} ms`);
  return EXIT.ok;
}
