/**
 * What a domain hands to core: its own integrity checks (run by `check` and before a restore) and its
 * step of the demo cooperative. Core composes them in `electron/services/domains.ts`; it never imports
 * a domain itself.
 */
import type { CheckReport } from '../../../shared/contract/backups';
import type { Locale } from '../../../shared/contract/coop';
import type { ServiceContext } from './context';

export type CheckProblem = CheckReport['problems'][number];

export interface DomainCheck {
  /** The name a problem is reported under (`audit`, `status_history`, …). */
  name: string;
  run(ctx: ServiceContext): CheckProblem[] | Promise<CheckProblem[]>;
}

export interface DemoOptions {
  members: number;
  years: number;
  locale: Locale;
  seed?: number;
}

export interface DomainModule {
  name: string;
  checks: readonly DomainCheck[];
  /** Adds this domain's part of the demo cooperative (runs after the coop profile exists). */
  demo?: (ctx: ServiceContext, options: DemoOptions) => Promise<void>;
}

/** Beyond this many findings of one check, the rest are counted rather than listed. */
const LISTED_PER_CHECK = 100;

export function limitedProblems(check: string, messages: string[]): CheckProblem[] {
  const listed = messages.slice(0, LISTED_PER_CHECK).map((message) => ({ check, message }));
  if (messages.length > LISTED_PER_CHECK) {
    listed.push({ check, message: `…and ${messages.length - LISTED_PER_CHECK} more like these.` });
  }
  return listed;
}
