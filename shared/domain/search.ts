/** Search folds case and accents, so "Nuñez", "nunez" and "NÚÑEZ" find the same member. */
export function foldForSearch(text: string): string {
  // Most text is plain ASCII: skip the Unicode decomposition (it dominates bulk imports).
  if (/^[\x20-\x7e]*$/.test(text)) return text.toLowerCase().replace(/ +/g, ' ').trim();
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** An identity number as people type it: digits with dots, dashes, slashes or spaces between them. */
const IDENTITY_NUMBER = /^[\d.\-/\s]*\d[\d.\-/\s]*$/;

/** More words than anyone types into a search box; the rest are ignored rather than slowing every keystroke. */
export const MAX_SEARCH_TERMS = 8;

/**
 * The terms a search box's text asks for, each to be matched as a word prefix somewhere in the member's
 * number, names or ids. An identity number typed with dots, dashes or spaces ("12.345.678", "12 345 678")
 * becomes its bare digits, which the index also holds; a word with no letter or digit asks for nothing.
 */
export function searchTerms(text: string): string[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  if (IDENTITY_NUMBER.test(trimmed)) return [trimmed.replace(/\D/g, '')];
  return trimmed
    .split(/\s+/)
    .map((word) => (IDENTITY_NUMBER.test(word) ? word.replace(/\D/g, '') : word))
    .filter((word) => /[\p{L}\p{N}]/u.test(word))
    .slice(0, MAX_SEARCH_TERMS);
}
