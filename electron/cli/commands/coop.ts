/** `init` (first-time setup) and `demo` (a generated register to try things with). */
import { z } from 'zod';
import { contract } from '../../../shared/contract';
import { locales } from '../../../shared/contract/coop';
import { getCoop, setupCoop } from '../../services/coop';
import { demoIdentity, generateDemo } from '../../services/members';
import { call, CliFailure, EXIT, usageError, type CliOptions, type CommandEnv } from '../env';

function setupInput(options: CliOptions) {
  const { name, framework, currency, locale } = options;
  if (name === undefined || framework === undefined || currency === undefined || locale === undefined) {
    throw usageError('init needs --name, --framework, --currency and --locale.');
  }
  return { name, framework, currency, locale, fiscalYearStart: options['fiscal-year-start'] ?? '01-01' };
}

/** Refuses bad options before the database file is created. */
export function checkInitOptions(options: CliOptions): void {
  const parsed = contract['coop.setup'].input.safeParse(setupInput(options));
  if (!parsed.success) throw usageError(`init: ${parsed.error.issues.map((i) => `--${String(i.path[0] ?? '')}: ${i.message}`).join('; ')}`);
}

export async function init(env: CommandEnv): Promise<number> {
  const profile = await call(env, 'coop.setup', setupInput(env.options));
  env.stdout(`set up ${profile.name} (${profile.framework}, ${profile.currency}, ${profile.locale})`);
  return EXIT.ok;
}

const count = (max: number) => z.coerce.number().int().min(1).max(max);
const demoOptions = z.object({
  members: count(100_000),
  years: count(50),
  seed: z.coerce.number().int().min(0).max(2 ** 32 - 1).default(1),
  locale: z.enum(locales).optional(),
});

function parseDemoOptions(options: CliOptions) {
  const parsed = demoOptions.safeParse({ members: options.members, years: options.years, seed: options.seed, locale: options.locale });
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; ');
    throw usageError(`demo needs --members N (1 to 100000) and --years Y (1 to 50), optionally --seed S and --locale: ${detail}`);
  }
  return parsed.data;
}

/** Refuses bad options before the database file is created. */
export function checkDemoOptions(options: CliOptions): void {
  parseDemoOptions(options);
}

export async function demo(env: CommandEnv): Promise<number> {
  const { members, years, seed, locale: chosenLocale } = parseDemoOptions(env.options);
  const ctx = env.session.ctx();
  let coop = await getCoop(ctx);
  if (!coop) {
    // Like the app's "try the demo": an empty database gets the demo cooperative first.
    coop = await setupCoop(ctx, demoIdentity(chosenLocale ?? 'es'), { isDemo: true });
    env.stdout(`set up the demo cooperative ${coop.name}`);
  }
  const locale = chosenLocale ?? coop.locale;
  const started = performance.now();
  const { generated } = await generateDemo(ctx, { members, years, locale, seed });
  if (generated !== members) throw new CliFailure(`generated ${generated} of ${members} members`, EXIT.failed);
  env.stdout(`generated ${generated} demo members over ${years} years (seed ${seed}) in ${Math.round(performance.now() - started)} ms`);
  return EXIT.ok;
}
