/**
 * What a domain hands to core: its own integrity checks (run by `check` and before a restore) and its
 * step of the demo cooperative. Core composes them in `electron/services/domains.ts`; it never imports
 * a domain itself.
 */
import type { CheckReport } from '../../../shared/contract/backups';
import type { Locale } from '../../../shared/contract/coop';
import { translate } from '../../../shared/i18n/catalogue';
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

/** One finding of a check: the English sentence, and its catalogue key ('backups:check.…') with params. */
export interface Finding {
  message: string;
  key: string;
  params?: Record<string, string | number>;
}

/**
 * A finding worded by the catalogue: the key and params for the user's language, the English sentence
 * for the command line and the log. A nested `$t(ns:key)` (a status word) is resolved as i18next does.
 */
export function finding(key: string, params: Record<string, string | number> = {}): Finding {
  const message = translate('en', key, params).replace(/\$t\(([^)]+)\)/g, (_all, nested: string) => translate('en', nested));
  return Object.keys(params).length > 0 ? { message, key, params } : { message, key };
}

/** Beyond this many findings of one check, the rest are counted rather than listed. */
const LISTED_PER_CHECK = 100;

export function limitedProblems(check: string, findings: readonly (string | Finding)[]): CheckProblem[] {
  const listed: CheckProblem[] = findings
    .slice(0, LISTED_PER_CHECK)
    .map((f) => (typeof f === 'string' ? { check, message: f } : { check, ...f }));
  if (findings.length > LISTED_PER_CHECK) {
    const more = findings.length - LISTED_PER_CHECK;
    listed.push({ check, ...finding('backups:check.more', { count: more }) });
  }
  return listed;
}
