/**
 * When a secret ballot is secret only in name (rules/assemblies.md, voting modes): the app stores only
 * tallies, but arithmetic can still give choices away.
 */
import type { SecrecyWarning, Tally } from './types';

/** Fewer voters than this and a tally all but names each choice (three of four voted yes: who did not?). */
export const SMALL_ELECTORATE = 5;
/** Up to this many ballots, a lone dissenter stands out: in a room this small, people know who it was. */
export const LOPSIDED_GROUP = 12;

/**
 * 'small-electorate' below five voters; 'lopsided' when every ballot carries the same choice (then each
 * voter's choice is known, at any size) or, among at most twelve ballots, all but one do.
 */
export function secrecyWarning(electorate: number, tally: Tally): SecrecyWarning | null {
  if (electorate < SMALL_ELECTORATE) return 'small-electorate';
  const choices = [tally.yes, tally.no, tally.abstain, tally.blank, tally.invalid];
  const ballots = choices.reduce((a, b) => a + b, 0);
  if (ballots === 0) return null;
  const largest = Math.max(...choices);
  if (largest === ballots) return 'lopsided';
  if (ballots <= LOPSIDED_GROUP && largest === ballots - 1) return 'lopsided';
  return null;
}
