/**
 * Checking an attendance file before anything is written, in three passes that never hold a row as an
 * object: (1) read every record into typed columns, checking each cell on its own; (2) once the whole
 * file has shown its day/month order, date every row and check it against the member's membership;
 * (3) sort the rows by member and day and check each day that holds more than one record (with what
 * the database already holds that day): overlaps, repeated kinds, more than 24 hours.
 */
import type { AttendanceImportField, AttendanceImportProblem, importProblemCodes } from '../../../shared/contract/attendance';
import { hasForbiddenCharacters, isWithinDateHorizon } from '../../../shared/contract/common';
import type { Locale } from '../../../shared/contract/coop';
import { attendanceKinds, clockOfMinutes, dayProblems, MINUTES_PER_DAY, type DayRecord } from '../../../shared/domain/attendance';
import type { DateOrder } from '../../../shared/domain/members/date-order';
import type { SqliteHandle } from '../../db/connection';
import { cellValue, clockMinutes, dateParts, hoursToMinutes, isCalendarDate, wholeNumber } from './import-cells';
import { lineCount, readRecords, type DecodedFile } from './import-read';
import { kindOfWord, kindWords } from './import-words';
import type { Membership } from './membership';

type Code = (typeof importProblemCodes)[number];
export type Mapping = Partial<Record<AttendanceImportField, number | null>>;

/** A problem before its sentence is worded (wording a million refusals would cost more than finding them). */
export interface RawProblem {
  line: number;
  field: AttendanceImportField | null;
  code: Code;
  value: string | null;
  key: string;
  params: AttendanceImportProblem['params'];
}

/** The file's rows as columns: row i is `line[i]`, `memberId[i]`, … `valid[i]` 0 once a problem is found. */
export interface Columns {
  count: number;
  line: Int32Array;
  memberId: Int32Array;
  parts: Int32Array;
  yearFirst: Uint8Array;
  date: string[];
  minutes: Int32Array;
  clockIn: Int16Array;
  clockOut: Int16Array;
  kind: Uint8Array;
  notes: Map<number, string>;
  valid: Uint8Array;
}

export interface DateEvidence {
  dayFirstOnly: boolean;
  monthFirstOnly: boolean;
  twoWays: boolean;
  examples: { line: number; value: string; ambiguous: boolean }[];
}

export interface CheckOptions {
  locale: Locale;
  /** Called between batches with rows read so far and the most there can be. */
  progress: (done: number, total: number) => void;
  /** Lets the event loop breathe between batches (progress reaches the window; a CLI's stderr flushes). */
  pause: () => Promise<void>;
}

const BATCH = 50_000;
const NONE = -1;
export const SAMPLE_ROWS = 5;
const EXAMPLES = 6;

function newColumns(capacity: number): Columns {
  return {
    count: 0,
    line: new Int32Array(capacity),
    memberId: new Int32Array(capacity),
    parts: new Int32Array(capacity * 3),
    yearFirst: new Uint8Array(capacity),
    date: [],
    minutes: new Int32Array(capacity),
    clockIn: new Int16Array(capacity),
    clockOut: new Int16Array(capacity),
    kind: new Uint8Array(capacity),
    notes: new Map(),
    valid: new Uint8Array(capacity),
  };
}

/** Pass 1: every record into the columns, each cell checked on its own. */
export async function readColumns(
  file: DecodedFile,
  mapping: Mapping,
  members: ReadonlyMap<number, Membership>,
  options: CheckOptions,
  problems: RawProblem[],
): Promise<{ columns: Columns; headers: string[]; evidence: DateEvidence; sample: Record<string, string | null>[] }> {
  const total = Math.max(0, lineCount(file.text) - 1);
  const columns = newColumns(total + 1);
  const evidence: DateEvidence = { dayFirstOnly: false, monthFirstOnly: false, twoWays: false, examples: [] };
  const plainExamples: DateEvidence['examples'] = [];
  const sample: Record<string, string | null>[] = [];
  const byNumber = new Map<number, number>();
  for (const m of members.values()) byNumber.set(m.memberNumber, m.id);
  const kinds = new Map<string, number>();
  const accepted = kindWords(options.locale).join(', ');
  const index = (field: AttendanceImportField) => mapping[field] ?? NONE;
  const [iNumber, iDate, iHours, iMinutes, iIn, iOut, iKind, iNote] = (
    ['memberNumber', 'date', 'hours', 'minutes', 'clockIn', 'clockOut', 'kind', 'note'] as const
  ).map(index) as [number, number, number, number, number, number, number, number];

  let headers: string[] = [];
  let cursor = readRecords(file.text, file.delimiter, { position: 0, line: 1 }, 1, (_line, cells) => {
    headers = cells.map((h) => h.trim());
  });
  const add = (line: number, field: AttendanceImportField | null, code: Code, value: string | null, key: string, params: RawProblem['params'] = {}) => {
    problems.push({ line, field, code, value, key, params });
    return false;
  };

  const row = (line: number, cells: string[], broken: boolean): void => {
    const i = columns.count;
    columns.count += 1;
    columns.line[i] = line;
    if (sample.length < SAMPLE_ROWS) {
      const entry: Record<string, string | null> = {};
      for (const [field, at] of Object.entries(mapping)) entry[field] = at === null || at === undefined ? null : cellValue(cells[at]) || null;
      sample.push(entry);
    }
    if (broken) {
      add(line, null, 'unreadable', null, 'attendance:errors.unclosedQuote');
      return;
    }
    let ok = true;
    const number = cellValue(cells[iNumber]);
    if (number === '') ok = add(line, 'memberNumber', 'missing_required', null, 'attendance:errors.missingValue', { field: 'memberNumber' });
    else {
      const id = byNumber.get(wholeNumber(number) ?? NONE);
      if (id === undefined) ok = add(line, 'memberNumber', 'unknown_member', number, 'attendance:errors.unknownNumber', { value: number });
      else columns.memberId[i] = id;
    }

    const dateText = cellValue(cells[iDate]);
    const parts = dateText === '' ? null : dateParts(dateText);
    if (dateText === '') ok = add(line, 'date', 'missing_required', null, 'attendance:errors.missingValue', { field: 'date' });
    else if (parts === null) ok = add(line, 'date', 'bad_date', dateText, 'attendance:errors.badDate', { value: dateText, written: 'dd/mm/yyyy' });
    else {
      columns.parts[i * 3] = parts.first;
      columns.parts[i * 3 + 1] = parts.second;
      columns.parts[i * 3 + 2] = parts.year;
      columns.yearFirst[i] = parts.yearFirst ? 1 : 0;
      if (!parts.yearFirst) noteDateEvidence(evidence, plainExamples, line, dateText, parts.first, parts.second, parts.year);
    }

    const clockInText = iIn === NONE ? '' : cellValue(cells[iIn]);
    const clockOutText = iOut === NONE ? '' : cellValue(cells[iOut]);
    const clockIn = clockInText === '' ? NONE : (clockMinutes(clockInText) ?? -2);
    const clockOut = clockOutText === '' ? NONE : (clockMinutes(clockOutText) ?? -2);
    if (clockIn === -2 || clockIn === MINUTES_PER_DAY) ok = add(line, 'clockIn', 'bad_clock', clockInText, 'attendance:errors.badClock', { value: clockInText });
    if (clockOut === -2) ok = add(line, 'clockOut', 'bad_clock', clockOutText, 'attendance:errors.badClock', { value: clockOutText });
    columns.clockIn[i] = clockIn;
    columns.clockOut[i] = clockOut;

    const minutesText = iMinutes === NONE ? '' : cellValue(cells[iMinutes]);
    const hoursText = iHours === NONE ? '' : cellValue(cells[iHours]);
    let minutes: number | null = null;
    if (minutesText !== '') {
      minutes = minutesText.startsWith('-') && wholeNumber(minutesText.slice(1)) !== null ? -(wholeNumber(minutesText.slice(1)) ?? 0) : wholeNumber(minutesText);
      if (minutes === null) ok = add(line, 'minutes', 'bad_number', minutesText, 'attendance:errors.badMinutes', { value: minutesText });
    } else if (hoursText !== '') {
      minutes = hoursToMinutes(hoursText);
      if (minutes === null) ok = add(line, 'hours', 'bad_number', hoursText, 'attendance:errors.badNumber', { value: hoursText });
    } else if (clockIn >= 0 && clockOut >= 0) minutes = Math.max(0, clockOut - clockIn);
    else if (clockIn !== -2 && clockOut !== -2) {
      ok = add(line, iHours === NONE && iMinutes !== NONE ? 'minutes' : 'hours', 'missing_required', null, 'attendance:errors.minutesRequired');
    }
    const amountField = minutesText !== '' ? 'minutes' : 'hours';
    if (minutes !== null && minutes < 0) ok = add(line, amountField, 'bad_number', minutesText || hoursText, 'attendance:errors.negativeMinutes', { minutes });
    else if (minutes !== null && minutes > MINUTES_PER_DAY) ok = add(line, amountField, 'bad_number', minutesText || hoursText, 'attendance:errors.moreThanADay', { minutes });
    columns.minutes[i] = minutes ?? 0;
    if (ok && clockIn === NONE && clockOut >= 0) ok = add(line, 'clockOut', 'bad_clock', clockOutText, 'attendance:errors.clockOutWithoutIn');
    if (ok && clockIn >= 0 && clockOut >= 0) {
      if (clockOut <= clockIn) ok = add(line, 'clockOut', 'bad_clock', clockOutText, 'attendance:errors.clockOutBeforeIn', { clockIn: clockInText, clockOut: clockOutText });
      else if (minutes !== null && minutes > clockOut - clockIn) {
        ok = add(line, amountField, 'bad_clock', minutesText || hoursText, 'attendance:errors.minutesBeyondClock', { minutes, span: clockOut - clockIn });
      }
    }

    const kindText = iKind === NONE ? '' : cellValue(cells[iKind]);
    let kind = kinds.get(kindText);
    if (kind === undefined) {
      const named = kindText === '' ? 'work' : kindOfWord(kindText);
      kind = named === null ? NONE : attendanceKinds.indexOf(named);
      kinds.set(kindText, kind);
    }
    if (kind === NONE) ok = add(line, 'kind', 'unknown_kind', kindText, 'attendance:errors.unknownKind', { value: kindText, accepted });
    else columns.kind[i] = kind;

    const note = iNote === NONE ? '' : cellValue(cells[iNote]);
    if (note !== '') {
      if (note.length > 300 || hasForbiddenCharacters(note)) ok = add(line, 'note', 'invalid_value', note.slice(0, 40), 'attendance:errors.noteTooLong');
      else columns.notes.set(i, note);
    }
    columns.valid[i] = ok ? 1 : 0;
  };

  while (cursor.position < file.text.length) {
    cursor = readRecords(file.text, file.delimiter, cursor, BATCH, row);
    options.progress(columns.count, total);
    await options.pause();
  }
  evidence.examples = [...evidence.examples, ...plainExamples].slice(0, EXAMPLES);
  return { columns, headers, evidence, sample };
}

function noteDateEvidence(
  evidence: DateEvidence,
  plain: DateEvidence['examples'],
  line: number,
  value: string,
  first: number,
  second: number,
  year: number,
): void {
  const dmy = isCalendarDate(year, second, first);
  const mdy = isCalendarDate(year, first, second);
  const ambiguous = dmy && mdy && first !== second;
  if (dmy && !mdy) evidence.dayFirstOnly = true;
  else if (mdy && !dmy) evidence.monthFirstOnly = true;
  else if (ambiguous) evidence.twoWays = true;
  if (ambiguous && evidence.examples.length < EXAMPLES) evidence.examples.push({ line, value, ambiguous: true });
  else if (!ambiguous && plain.length < EXAMPLES) plain.push({ line, value, ambiguous: false });
}

/** The order the file proves (a 25/12 reads only day-first), and whether the person must choose. */
export function evidentOrder(evidence: DateEvidence): { evident: 'dmy' | 'mdy' | null; ambiguous: boolean } {
  const { dayFirstOnly, monthFirstOnly, twoWays } = evidence;
  const evident = dayFirstOnly === monthFirstOnly ? null : dayFirstOnly ? 'dmy' : 'mdy';
  return { evident, ambiguous: evident === null && (twoWays || (dayFirstOnly && monthFirstOnly)) };
}

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
const written: Record<DateOrder, string> = { dmy: 'dd/mm/yyyy', mdy: 'mm/dd/yyyy', ymd: 'yyyy-mm-dd' };

/** Pass 2: every row dated under `order`, and checked against the member's joining and leaving dates. */
export function dateRows(columns: Columns, order: DateOrder, members: ReadonlyMap<number, Membership>, problems: RawProblem[], texts: (i: number) => string): void {
  const { parts } = columns;
  for (let i = 0; i < columns.count; i += 1) {
    const year = parts[i * 3 + 2]!;
    if (year === 0) {
      columns.date.push('');
      continue;
    }
    const yearFirst = columns.yearFirst[i] === 1;
    const month = yearFirst || order === 'mdy' ? parts[i * 3]! : parts[i * 3 + 1]!;
    const day = yearFirst || order === 'mdy' ? parts[i * 3 + 1]! : parts[i * 3]!;
    const iso = `${year}-${pad(month)}-${pad(day)}`;
    columns.date.push(iso);
    const line = columns.line[i]!;
    if (!isCalendarDate(year, month, day) || !isWithinDateHorizon(iso) || (order === 'ymd' && !yearFirst)) {
      const value = texts(i);
      problems.push({ line, field: 'date', code: 'bad_date', value, key: 'attendance:errors.badDate', params: { value, written: written[order] } });
      columns.valid[i] = 0;
      continue;
    }
    const member = columns.memberId[i] === 0 ? undefined : members.get(columns.memberId[i]!);
    if (!member) continue;
    if (iso < member.joinDate) {
      problems.push({ line, field: 'date', code: 'not_a_member_then', value: iso, key: 'attendance:errors.beforeJoining', params: { date: iso, joinDate: member.joinDate } });
      columns.valid[i] = 0;
    } else if (member.leavingDate !== null && iso > member.leavingDate) {
      problems.push({ line, field: 'date', code: 'not_a_member_then', value: iso, key: 'attendance:errors.afterLeaving', params: { date: iso, leavingDate: member.leavingDate } });
      columns.valid[i] = 0;
    }
  }
}

const dayNumber = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);

const recordOf = (c: Columns, i: number): DayRecord => ({
  kind: attendanceKinds[c.kind[i]!]!,
  minutes: c.minutes[i]!,
  clockIn: c.clockIn[i]! < 0 ? null : clockOfMinutes(c.clockIn[i]!),
  clockOut: c.clockOut[i]! < 0 ? null : clockOfMinutes(c.clockOut[i]!),
});

/** Pass 3: rows sorted by member and day; each day with two records or more (counting the database's) checked whole. */
export function checkDays(handle: SqliteHandle, columns: Columns, problems: RawProblem[]): void {
  const rows: number[] = [];
  let first = '9999-12-31';
  let last = '0000-01-01';
  let highestId = 0;
  for (let i = 0; i < columns.count; i += 1) {
    if (columns.valid[i] !== 1) continue;
    rows.push(i);
    const d = columns.date[i]!;
    if (d < first) first = d;
    if (d > last) last = d;
    if (columns.memberId[i]! > highestId) highestId = columns.memberId[i]!;
  }
  if (rows.length === 0) return;
  const span = dayNumber(last) - dayNumber(first) + 1;
  const firstDay = dayNumber(first);
  const keyOf = (memberId: number, date: string) => memberId * span + (dayNumber(date) - firstDay);

  const existing = new Map<number, DayRecord[]>();
  const stored = handle
    .prepare('SELECT member_id, date, kind, minutes, clock_in, clock_out FROM attendance_record WHERE date BETWEEN ? AND ? AND member_id <= ?')
    .iterate(first, last, highestId) as IterableIterator<{ member_id: number; date: string; kind: DayRecord['kind']; minutes: number; clock_in: string | null; clock_out: string | null }>;
  for (const r of stored) {
    const key = keyOf(r.member_id, r.date);
    const list = existing.get(key) ?? [];
    list.push({ kind: r.kind, minutes: r.minutes, clockIn: r.clock_in, clockOut: r.clock_out });
    existing.set(key, list);
  }

  const keys = new Float64Array(columns.count);
  for (const i of rows) keys[i] = keyOf(columns.memberId[i]!, columns.date[i]!);
  const order = sortedByKey(rows, keys);
  for (let start = 0; start < order.length; ) {
    const key = keys[order[start]!]!;
    let end = start + 1;
    while (end < order.length && keys[order[end]!] === key) end += 1;
    const stored = existing.get(key);
    if (end - start > 1 || stored) {
      const group = order.slice(start, end);
      const found = dayProblems([...(stored ?? []), ...group.map((i) => recordOf(columns, i))]);
      if (found.length > 0) {
        const line = Math.max(...group.map((i) => columns.line[i]!));
        for (const p of found) problems.push({ line, field: null, code: 'day_rejected', value: columns.date[group[0]!]!, key: p.key, params: p.params });
        for (const i of group) columns.valid[i] = 0;
      }
    }
    start = end;
  }
}

/**
 * The rows in key order. Keys and row numbers are packed into one float and sorted natively when they fit
 * in 53 bits (always, for a file of a few million rows of a coop's members), else sorted by comparison.
 */
function sortedByKey(rows: readonly number[], keys: Float64Array): number[] {
  let shift = 1;
  while (shift <= keys.length) shift *= 2;
  const highest = rows.reduce((m, i) => Math.max(m, keys[i]!), 0);
  if ((highest + 1) * shift >= Number.MAX_SAFE_INTEGER) return [...rows].sort((a, b) => keys[a]! - keys[b]! || a - b);
  const packed = new Float64Array(rows.length);
  rows.forEach((i, n) => (packed[n] = keys[i]! * shift + i));
  packed.sort();
  return Array.from(packed, (p) => p % shift);
}
