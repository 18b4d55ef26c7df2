/**
 * The words of the voting rules (issue 8, rules/assemblies.md): a rule, a tally, what a vote and a quorum
 * give. Pure data; the statute (shared/domain/statute.ts) and the framework fill them.
 */
import type { LegalFramework } from '../statute';

export type { LegalFramework };

export const voteBaseKinds = ['cast', 'valid', 'present', 'entitled'] as const;
export const abstentionKinds = ['excluded', 'absent', 'against'] as const;
export const matters = ['ordinary', 'qualified', 'unanimity'] as const;

/**
 * Passes iff `den·yes > num·base` (strict) or `den·yes ≥ num·base` (not strict): never rounded.
 * Bases: cast = yes + no; valid = yes + no + abstain + blank; present; entitled (the whole membership).
 * Abstentions (abstain, blank and, on a base of those present, everyone present who voted neither yes nor
 * no): excluded = removed from the base; absent = treated as a member who is not there (out of a base of
 * those present, still in a base of the whole membership); against = kept in the base, so they weigh as no.
 */
export interface VoteRule {
  threshold: { num: number; den: number };
  strict: boolean;
  base: (typeof voteBaseKinds)[number];
  abstentions: (typeof abstentionKinds)[number];
}

export interface Tally {
  entitled: number;
  present: number;
  yes: number;
  no: number;
  abstain: number;
  /** Blank ballots: an abstention in a secret ballot. */
  blank: number;
  /** Spoiled ballots: not a valid vote, never a yes. */
  invalid: number;
}

export interface VoteOutcome {
  passed: boolean;
  base: number;
  /** The least number of yes votes that passes on this base (base + 1 when nothing can pass). */
  yesNeeded: number;
  rule: VoteRule;
  /** The legal or statutory article the rule comes from ("Ley 20.337 art. 53"). */
  basis: string;
}

export type Matter = (typeof matters)[number];

export interface QuorumOutcome {
  constituted: boolean;
  /** Members present needed under this call. */
  needed: number;
  call: number;
  /** Whether the call is open yet (a call opens a number of minutes after the convened time). */
  open: boolean;
  basis: string;
}

export interface QuorumInput {
  roll: number;
  call: number;
  present: number;
  minutesAfterConvened: number;
}

export interface CallRule {
  call: number;
  opensAfterMinutes: number;
}

export type VoteSubject = 'accounts' | 'management' | 'other';

export type SecrecyWarning = 'small-electorate' | 'lopsided';

export type AgendaException = 'elect-signatories' | 'call-new-assembly' | 'audit' | 'extend-session' | 'action-against-officers';
