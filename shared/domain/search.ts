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
