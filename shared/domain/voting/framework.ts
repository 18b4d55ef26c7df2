/**
 * What each framework's law says around a vote: who is barred from it, which motions may be voted
 * although not on the published agenda, the notice before an assembly, and how many members a proxy
 * may represent. US and custom follow their bylaws; their values here are stated defaults.
 */
import type { LegalFramework, StatuteParameters } from '../statute';
import type { AgendaException, VoteSubject } from './types';

const barredBasis: Partial<Record<LegalFramework, string>> = {
  AR: 'Ley 20.337 art. 54',
  BR: 'Lei 5.764/71 art. 44 §1',
};

/** Argentina's small coops (five members or fewer) cannot spare their officers' votes on their own accounts. */
export const SMALL_COOP_MEMBERS = 5;

/**
 * Whether a council member or auditor may not vote on the annual accounts or their own management.
 * Null when nothing bars this holder on this subject; `{ barred: false }` when the framework's bar is
 * lifted (an Argentine coop of five members or fewer), so the screen can still name the rule.
 */
export function barredFromVote(
  framework: LegalFramework,
  subject: VoteSubject,
  holder: { council: boolean; auditor: boolean },
  coopSize: number,
): { barred: boolean; basis: string } | null {
  const basis = barredBasis[framework];
  if (!basis || subject === 'other' || (!holder.council && !holder.auditor)) return null;
  if (framework === 'AR' && coopSize <= SMALL_COOP_MEMBERS) return { barred: false, basis: `${basis} (≤ ${String(SMALL_COOP_MEMBERS)})` };
  return { barred: true, basis };
}

const agenda: Record<LegalFramework, { exceptions: readonly AgendaException[]; basis: string }> = {
  AR: { exceptions: ['elect-signatories'], basis: 'Ley 20.337 art. 52' },
  ES: { exceptions: ['call-new-assembly', 'audit', 'extend-session', 'action-against-officers'], basis: 'Ley 27/1999 art. 28.4' },
  BR: { exceptions: [], basis: 'Lei 5.764/71 art. 38' },
  US: { exceptions: [], basis: 'Bylaws' },
  custom: { exceptions: [], basis: 'Statute' },
};

/** Motions an assembly may vote although they are not on the published agenda (any other is void). */
export function agendaExceptions(framework: LegalFramework): readonly AgendaException[] {
  return agenda[framework].exceptions;
}

export function agendaBasis(framework: LegalFramework): string {
  return agenda[framework].basis;
}

/**
 * Days of notice before an assembly. US state statutes commonly ask for at least 10 days; a custom
 * statute starts from 15, the longest of the laws above, so a default never gives too little notice.
 */
const notice: Record<LegalFramework, { days: number; basis: string }> = {
  AR: { days: 15, basis: 'Ley 20.337 art. 48' },
  ES: { days: 15, basis: 'Ley 27/1999 art. 24' },
  BR: { days: 10, basis: 'Lei 5.764/71 art. 38 §1' },
  US: { days: 10, basis: 'Bylaws' },
  custom: { days: 15, basis: 'Statute' },
};

export function noticeDays(framework: LegalFramework): number {
  return notice[framework].days;
}

export function noticeBasis(framework: LegalFramework): string {
  return notice[framework].basis;
}

/** How many absent members one member present may represent; 0 when proxies are forbidden. */
export function proxyCap(statute: StatuteParameters): number {
  return statute.proxies.allowed ? statute.proxies.maxPerMember : 0;
}
