/**
 * The week grid's edits, apart from React: what the office saved, what has been typed since, and what a
 * save would send. A cell is one member on one day; its text is what the person typed ('' clears it).
 */
import { parseHours, type HoursParse } from './hours';

export interface SavedCell<K extends string> {
  minutes: number;
  kind: K;
}

export interface EditedCell<K extends string> {
  text: string;
  kind: K;
}

export const cellKey = (memberId: number, date: string) => `${memberId}|${date}`;

export function splitKey(key: string): { memberId: number; date: string } {
  const [memberId, date] = key.split('|');
  return { memberId: Number(memberId), date: date! };
}

export type CellChange<K extends string> =
  | { key: string; memberId: number; date: string; action: 'set'; minutes: number; kind: K }
  | { key: string; memberId: number; date: string; action: 'clear' }
  | { key: string; memberId: number; date: string; action: 'invalid'; reason: Exclude<HoursParse, { ok: true }>['reason'] };

/** What an edit means against what is saved, or null when it changes nothing (typed back to the saved value). */
export function changeOf<K extends string>(key: string, edit: EditedCell<K>, saved: SavedCell<K> | undefined, locale: string): CellChange<K> | null {
  const { memberId, date } = splitKey(key);
  if (edit.text.trim() === '') return saved ? { key, memberId, date, action: 'clear' } : null;
  const parsed = parseHours(edit.text, locale);
  if (!parsed.ok) return { key, memberId, date, action: 'invalid', reason: parsed.reason };
  if (saved && saved.minutes === parsed.minutes && saved.kind === edit.kind) return null;
  return { key, memberId, date, action: 'set', minutes: parsed.minutes, kind: edit.kind };
}

/** Every pending change, in the grid's order of members and days. */
export function pendingChanges<K extends string>(
  edits: ReadonlyMap<string, EditedCell<K>>,
  saved: ReadonlyMap<string, SavedCell<K>>,
  locale: string,
): CellChange<K>[] {
  const changes: CellChange<K>[] = [];
  for (const [key, edit] of edits) {
    const change = changeOf(key, edit, saved.get(key), locale);
    if (change) changes.push(change);
  }
  return changes;
}

/** Rows of a block copied from a spreadsheet: lines of tab-separated cells, without the copy's last newline. */
export function parseBlock(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  return lines.map((line) => line.split('\t'));
}

export interface PasteTarget {
  rows: readonly number[];
  days: readonly string[];
  row: number;
  col: number;
}

/**
 * The cells a pasted block lands on, from the active cell to the right and down; what falls outside the
 * week or below the last member is counted, not written elsewhere.
 */
export function placeBlock(block: string[][], target: PasteTarget): { cells: { key: string; text: string }[]; outside: number } {
  const cells: { key: string; text: string }[] = [];
  let outside = 0;
  block.forEach((line, i) =>
    line.forEach((text, j) => {
      const memberId = target.rows[target.row + i];
      const date = target.days[target.col + j];
      if (memberId === undefined || date === undefined) outside += 1;
      else cells.push({ key: cellKey(memberId, date), text: text.trim() });
    }),
  );
  return { cells, outside };
}
