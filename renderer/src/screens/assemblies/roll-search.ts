/**
 * What the check-in box finds as the secretary types: a member number finds that member on the roll; words
 * find members whose name holds every word as a prefix, folding case and accents ("nunez" finds Núñez).
 */
import type { RollEntry } from '../../../../shared/contract/assemblies';
import { foldForSearch } from '../../../../shared/domain/search';

export const MAX_MATCHES = 8;

export type RollMatch = { kind: 'empty' } | { kind: 'number'; number: number; entry: RollEntry | null } | { kind: 'name'; entries: RollEntry[] };

export function findOnRoll(roll: readonly RollEntry[], text: string): RollMatch {
  const typed = text.trim();
  if (typed === '') return { kind: 'empty' };
  if (/^\d+$/.test(typed)) {
    const number = Number(typed);
    return { kind: 'number', number, entry: roll.find((entry) => entry.memberNumber === number) ?? null };
  }
  const words = foldForSearch(typed).split(' ');
  const entries = roll
    .filter((entry) => {
      const names = foldForSearch(entry.memberName).split(/[\s,]+/);
      return words.every((word) => names.some((name) => name.startsWith(word)));
    })
    .slice(0, MAX_MATCHES);
  return { kind: 'name', entries };
}
