/**
 * Importing attendance from a time clock's or a spreadsheet's CSV: a dry run that lists every problem
 * with its file line (the same report as the members import), and a commit that checks again under the
 * write lock and then writes every row or none, in one transaction, with prepared multi-row inserts.
 * Both report progress as `attendance.import.check` and `attendance.import.write` (seams §7).
 */
import type { AttendanceImportPreview, AttendanceImportProblem } from '../../../shared/contract/attendance';
import type { Locale } from '../../../shared/contract/coop';
import { DomainError } from '../../../shared/contract/errors';
import { attendanceKinds } from '../../../shared/domain/attendance';
import type { DateOrder } from '../../../shared/domain/members/date-order';
import { translate } from '../../../shared/i18n/catalogue';
import { finding, type ServiceContext } from '../core';
import { getCoop } from '../coop';
import { checkDays, dateRows, evidentOrder, readColumns, type Columns, type Mapping, type RawProblem } from './import-check';
import { decodeFile, type DecodedFile } from './import-read';
import { automaticMapping } from './import-words';
import { membershipsById } from './membership';
import { auditNow, CHUNK } from './rows';

export const PROBLEMS_LISTED = 1_000;
const WRITE_BATCH = 50_000;

export interface ImportProgress {
  task: string;
  done: number;
  total: number;
}

export interface ImportOptions {
  mapping?: Mapping | null;
  dateOrder?: DateOrder | null;
  onProgress?: (progress: ImportProgress) => void;
}

interface Analysis {
  file: DecodedFile;
  headers: string[];
  mapping: Mapping;
  columns: Columns | null;
  problems: RawProblem[];
  sample: Record<string, string | null>[];
  dates: AttendanceImportPreview['dates'];
}

const pause = () => new Promise<void>((resolve) => setImmediate(resolve));
const required = ['memberNumber', 'date'] as const;

async function localeOf(ctx: ServiceContext): Promise<Locale> {
  return (await getCoop(ctx))?.locale ?? 'en';
}

async function analyse(ctx: ServiceContext, bytes: Uint8Array, options: ImportOptions, locale: Locale): Promise<Analysis> {
  const file = decodeFile(bytes);
  const noDates: AttendanceImportPreview['dates'] = { examples: [], ambiguous: false, evident: null, order: options.dateOrder ?? null };
  const fail = (problem: RawProblem, headers: string[] = [], mapping: Mapping = {}): Analysis => ({
    file, headers, mapping, columns: null, problems: [problem], sample: [], dates: noDates,
  });
  if (file.unreadable) return fail({ line: 0, field: null, code: 'unreadable', value: null, key: file.unreadable, params: {} });

  const members = membershipsById(ctx);
  const problems: RawProblem[] = [];
  const firstLine = file.text.slice(0, file.text.indexOf('\n') === -1 ? undefined : file.text.indexOf('\n'));
  const headerGuess = firstLine.replace(/\r$/, '').split(file.delimiter).map((h) => h.replace(/^"|"$/g, '').trim());
  const mapping: Mapping = options.mapping ?? automaticMapping(headerGuess);
  for (const field of required) {
    const at = mapping[field];
    if (at === undefined || at === null || at >= headerGuess.length) {
      return fail({ line: 0, field, code: 'unmapped_required', value: null, key: 'attendance:errors.unmappedRequired', params: { field } }, headerGuess, mapping);
    }
  }
  const report = options.onProgress ?? (() => undefined);
  const { columns, headers, evidence, sample } = await readColumns(
    file,
    mapping,
    members,
    { locale, pause, progress: (done, total) => report({ task: 'attendance.import.check', done, total }) },
    problems,
  );
  if (columns.count === 0) {
    return { ...fail({ line: 0, field: null, code: 'empty_file', value: null, key: 'attendance:errors.emptyFile', params: {} }, headers, mapping) };
  }
  const { evident, ambiguous } = evidentOrder(evidence);
  const order = options.dateOrder ?? evident ?? (ambiguous ? null : 'dmy');
  const dates = { examples: evidence.examples, ambiguous, evident, order };
  if (order === null) {
    const value = evidence.examples[0]?.value ?? null;
    problems.unshift({ line: 0, field: null, code: 'ambiguous_dates', value, key: 'attendance:errors.ambiguousDates', params: { value: value ?? '' } });
  } else {
    const text = (i: number) => {
      const p = columns.parts;
      return columns.yearFirst[i] ? `${p[i * 3 + 2]}-${p[i * 3]}-${p[i * 3 + 1]}` : `${p[i * 3]}/${p[i * 3 + 1]}/${p[i * 3 + 2]}`;
    };
    dateRows(columns, order, members, problems, text);
    checkDays(ctx.handle, columns, problems);
  }
  report({ task: 'attendance.import.check', done: columns.count, total: columns.count });
  return { file, headers, mapping, columns, problems, sample, dates };
}

/** The first problems by line, worded in English for the log and the command line; the key words them for the person. */
function listed(problems: RawProblem[]): AttendanceImportProblem[] {
  return [...problems]
    .sort((a, b) => a.line - b.line)
    .slice(0, PROBLEMS_LISTED)
    .map((p) => ({ ...p, message: finding(p.key, p.params).message }));
}

function totalsOf(columns: Columns | null): AttendanceImportPreview['totals'] {
  if (!columns) return [];
  const sums = new Array<number>(attendanceKinds.length).fill(0);
  for (let i = 0; i < columns.count; i += 1) if (columns.valid[i] === 1) sums[columns.kind[i]!]! += columns.minutes[i]!;
  return attendanceKinds.map((kind, i) => ({ kind, minutes: sums[i]! })).filter((t) => t.minutes > 0);
}

function previewOf(analysis: Analysis): AttendanceImportPreview {
  const mapped = new Set(Object.values(analysis.mapping).filter((i): i is number => i !== null && i !== undefined));
  return {
    encoding: analysis.file.encoding,
    delimiter: analysis.file.delimiter,
    headers: analysis.headers,
    mapping: analysis.mapping,
    rowCount: analysis.columns?.count ?? 0,
    problems: listed(analysis.problems),
    problemCount: analysis.problems.length,
    sample: analysis.sample,
    ignoredColumns: analysis.headers.flatMap((header, index) => (mapped.has(index) ? [] : [{ index, header }])),
    dates: analysis.dates,
    totals: totalsOf(analysis.columns),
  };
}

/** The dry run: every problem with its line; nothing is written. */
export async function previewAttendanceImport(ctx: ServiceContext, bytes: Uint8Array, options: ImportOptions = {}): Promise<AttendanceImportPreview> {
  return (await importAttendanceFile(ctx, bytes, { ...options, write: false })).preview;
}

/**
 * Checks the file and, when `write` is set and nothing is wrong, writes every row; any problem leaves the
 * database as it was (`imported` null). The write lock is taken first and held through the check and the
 * insert, so nothing can slip in between; Kysely's connection is held too, so no other query of this
 * process runs inside the open transaction while the import pauses to report progress.
 */
export async function importAttendanceFile(
  ctx: ServiceContext,
  bytes: Uint8Array,
  options: ImportOptions & { write: boolean },
): Promise<{ imported: number | null; preview: AttendanceImportPreview }> {
  const locale = await localeOf(ctx);
  if (!options.write) return { imported: null, preview: previewOf(await analyse(ctx, bytes, options, locale)) };
  return ctx.db.connection().execute(async () => {
    ctx.handle.prepare('BEGIN IMMEDIATE').run();
    try {
      const analysis = await analyse(ctx, bytes, options, locale);
      if (analysis.problems.length > 0 || !analysis.columns) {
        ctx.handle.prepare('ROLLBACK').run();
        return { imported: null, preview: previewOf(analysis) };
      }
      const imported = await withLargeCache(ctx, () => insertColumns(ctx, analysis.columns!, options.onProgress ?? (() => undefined)));
      auditNow(ctx, [
        {
          action: 'attendance.import',
          entity: 'attendance_record',
          entityId: null,
          before: null,
          after: { imported, encoding: analysis.file.encoding, dateOrder: analysis.dates.order, totals: totalsOf(analysis.columns) },
        },
      ]);
      ctx.handle.prepare('COMMIT').run();
      return { imported, preview: previewOf(analysis) };
    } catch (error) {
      if (ctx.handle.inTransaction) ctx.handle.prepare('ROLLBACK').run();
      throw error;
    }
  });
}

/** Writes every row or none: any problem refuses the whole file. */
export async function commitAttendanceImport(ctx: ServiceContext, bytes: Uint8Array, options: ImportOptions = {}): Promise<{ imported: number }> {
  const { imported, preview } = await importAttendanceFile(ctx, bytes, { ...options, write: true });
  if (imported === null) {
    const count = preview.problemCount;
    throw new DomainError('IMPORT_REJECTED', `${count} ${count === 1 ? 'problem' : 'problems'}; nothing was imported.`, {
      key: 'attendance:errors.importRejected',
      params: { count },
    });
  }
  return { imported };
}

/**
 * A million rows grow two indexes well past SQLite's default page cache (2 MiB), and every insert then
 * reads and spills pages; a 256 MiB cache for the import's length keeps them in memory (measured in
 * tests/bench/attendance.ts), and the connection gets its usual cache back afterwards.
 */
async function withLargeCache<T>(ctx: ServiceContext, work: () => Promise<T>): Promise<T> {
  const usual = ctx.handle.pragma('cache_size', { simple: true }) as number;
  ctx.handle.pragma('cache_size = -262144');
  try {
    return await work();
  } finally {
    ctx.handle.pragma(`cache_size = ${usual}`);
  }
}

/** The rows in file order, 50 to a prepared INSERT, pausing between batches to report progress. */
async function insertColumns(ctx: ServiceContext, c: Columns, report: (p: ImportProgress) => void): Promise<number> {
  const width = 7;
  const values = 'INSERT INTO attendance_record (member_id, date, kind, minutes, clock_in, clock_out, note) VALUES ';
  const tuple = `(${Array(width).fill('?').join(',')})`;
  const full = ctx.handle.prepare(values + Array(CHUNK).fill(tuple).join(','));
  const one = ctx.handle.prepare(values + tuple);
  const buffer: (string | number | null)[] = new Array(CHUNK * width);
  const clocks: string[] = Array.from({ length: 24 * 60 + 1 }, (_, m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);
  const fill = (target: (string | number | null)[], at: number, i: number) => {
    target[at] = c.memberId[i]!;
    target[at + 1] = c.date[i]!;
    target[at + 2] = attendanceKinds[c.kind[i]!]!;
    target[at + 3] = c.minutes[i]!;
    target[at + 4] = c.clockIn[i]! < 0 ? null : clocks[c.clockIn[i]!]!;
    target[at + 5] = c.clockOut[i]! < 0 ? null : clocks[c.clockOut[i]!]!;
    target[at + 6] = c.notes.get(i) ?? null;
  };
  let inBuffer = 0;
  for (let i = 0; i < c.count; i += 1) {
    fill(buffer, inBuffer * width, i);
    inBuffer += 1;
    if (inBuffer === CHUNK) {
      full.run(buffer);
      inBuffer = 0;
    }
    if ((i + 1) % WRITE_BATCH === 0) {
      report({ task: 'attendance.import.write', done: i + 1, total: c.count });
      await pause();
    }
  }
  const tail: (string | number | null)[] = new Array(width);
  for (let n = 0; n < inBuffer; n += 1) {
    for (let k = 0; k < width; k += 1) tail[k] = buffer[n * width + k]!;
    one.run(tail);
  }
  report({ task: 'attendance.import.write', done: c.count, total: c.count });
  return c.count;
}

/** The report's lines in the coop's language, as the command line prints them. */
export function importReportLines(preview: AttendanceImportPreview, locale: Locale): string[] {
  const lines = preview.problems.map((p) => `${translate(locale, 'attendance:import.line', { line: p.line })}: ${wordedProblem(p, locale)}`);
  if (preview.problemCount > preview.problems.length) lines.push(translate(locale, 'attendance:import.more', { count: preview.problemCount - preview.problems.length }));
  const summary = preview.problemCount === 0 ? 'attendance:import.clean' : 'attendance:import.summary';
  lines.push(translate(locale, summary, { rows: preview.rowCount, problems: preview.problemCount }));
  return lines;
}

function wordedProblem(p: AttendanceImportProblem, locale: Locale): string {
  return translate(locale, p.key, p.params).replace(/\$t\(([^)]+)\)/g, (_all, nested: string) => translate(locale, nested));
}
