/** Search folds case and accents, so "Nuñez", "nunez" and "NÚÑEZ" find the same member. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
