/**
 * Importing a members register from CSV: a preview that lists every problem with its file line, shows
 * the columns it will not import and the file's dates (day/month order decided once for the whole file),
 * and a commit that re-checks and then writes all rows or nothing, in one transaction.
 */
import type { ParsedInput } from '../../../shared/contract';
import type { Locale } from '../../../shared/contract/coop';
import { DomainError } from '../../../shared/contract/errors';
import {
  importableFields,
  type ColumnMapping,
  type ImportPreview,
  type ImportProblem,
} from '../../../shared/contract/members';
import { memberStatuses } from '../../../shared/domain/members';
import { fileDateOrder, isAmbiguousDate, type DateOrder } from '../../../shared/domain/members/date-order';
import { translate } from '../../../shared/i18n/catalogue';
import type { ServiceContext } from '../core';
import { getCoop } from '../coop';
import { insertMembersBulk } from './bulk';
import { cellText, parseCsv, type ParsedCsv } from './import-parse';
import { unmappedRequired, validateRecords, type ExistingRegister, type ImportRules, type ValidatedRow } from './import-validate';
import { automaticMapping } from './import-words';
import { identityKey } from './search';
import { latestStatusDateOf, todayOf } from './settings';

type ImportInput = Omit<ParsedInput<'members.importPreview'>, 'dateOrder'> & { dateOrder?: DateOrder | null };

export const PROBLEMS_LISTED = 1_000;
const SAMPLE_ROWS = 5;
const DATE_EXAMPLES = 6;
const dateFields = ['birthDate', 'joinDate', 'leavingDate'] as const;

/** Everything the checks compare against, read once up front (no per-row queries). */
function loadExistingRegister(ctx: ServiceContext): ExistingRegister {
  const members = ctx.handle
    .prepare('SELECT member_number, national_id, tax_id FROM member')
    .all() as { member_number: number; national_id: string | null; tax_id: string | null }[];
  const retired = ctx.handle.prepare('SELECT member_number FROM retired_member_number').pluck().all() as number[];
  const numbers = new Set<number>();
  const nationalIds = new Map<string, number>();
  const taxIds = new Map<string, number>();
  let highestNumber = 0;
  for (const m of members) {
    numbers.add(m.member_number);
    highestNumber = Math.max(highestNumber, m.member_number);
    if (m.national_id !== null) nationalIds.set(identityKey(m.national_id), m.member_number);
    if (m.tax_id !== null) taxIds.set(identityKey(m.tax_id), m.member_number);
  }
  for (const n of retired) highestNumber = Math.max(highestNumber, n);
  return { numbers, retiredNumbers: new Set(retired), nationalIds, taxIds, highestNumber };
}

/** What the import needs to know before it reads the file: read asynchronously, outside the write lock. */
interface ImportContext {
  locale: Locale;
  today: string;
  latestStatusDate: string;
}

async function importContext(ctx: ServiceContext): Promise<ImportContext> {
  const coop = await getCoop(ctx);
  return { locale: coop?.locale ?? 'en', today: todayOf(ctx), latestStatusDate: await latestStatusDateOf(ctx) };
}

interface Analysis {
  csv: ParsedCsv;
  mapping: ColumnMapping;
  rows: ValidatedRow[];
  problems: ImportProblem[];
  dates: ImportPreview['dates'];
}

/** The file's date cells and what they say about its day/month order. */
function datesOf(csv: ParsedCsv, mapping: ColumnMapping, chosen: DateOrder | null): ImportPreview['dates'] {
  const cells: { line: number; field: (typeof dateFields)[number]; value: string }[] = [];
  for (const record of csv.records) {
    for (const field of dateFields) {
      const index = mapping[field];
      const value = index === undefined || index === null ? null : cellText(record.cells[index]);
      if (value !== null) cells.push({ line: record.line, field, value });
    }
  }
  const { evident, ambiguous } = fileDateOrder(cells.map((c) => c.value));
  const marked = cells.map((c) => ({ ...c, ambiguous: isAmbiguousDate(c.value) }));
  const examples = [...marked.filter((c) => c.ambiguous), ...marked.filter((c) => !c.ambiguous)].slice(0, DATE_EXAMPLES);
  const order = chosen ?? evident ?? (ambiguous ? null : 'dmy');
  return { examples, ambiguous, evident, order };
}

function analyse(ctx: ServiceContext, input: ImportInput, context: ImportContext): Analysis {
  const csv = parseCsv(Buffer.from(input.fileBase64, 'base64'));
  const mapping = input.mapping ?? automaticMapping(csv.headers);
  const dates = datesOf(csv, mapping, input.dateOrder ?? null);
  const result = (rows: ValidatedRow[], problems: ImportProblem[]): Analysis => ({ csv, mapping, rows, problems, dates });
  if (csv.unreadable) {
    return result([], [{ line: 0, field: null, code: 'unreadable', value: null, message: csv.unreadable }]);
  }
  const problems = unmappedRequired(mapping, csv.headers.length);
  if (problems.length > 0) return result([], problems);
  if (csv.records.length === 0) {
    problems.push({ line: 0, field: null, code: 'empty_file', value: null, message: 'the file has no member rows below its header' });
    return result([], problems);
  }
  if (dates.order === null) {
    const example = dates.examples[0]?.value ?? null;
    problems.push({
      line: 0,
      field: null,
      code: 'ambiguous_dates',
      value: example,
      message: `dates such as "${example}" read both as day/month and as month/day; choose the file's date order`,
    });
  }
  const rules: ImportRules = {
    dateOrder: dates.order,
    today: context.today,
    latestStatusDate: context.latestStatusDate,
    statusWords: memberStatuses.map((s) => translate(context.locale, `members:status.${s}`)),
  };
  const validated = validateRecords(csv.records, mapping, loadExistingRegister(ctx), rules);
  return result(validated.rows, [...problems, ...validated.problems]);
}

function sampleOf(analysis: Analysis): ImportPreview['sample'] {
  return analysis.rows.slice(0, SAMPLE_ROWS).map(({ member }) => {
    const entry: Record<string, string | null> = {};
    for (const field of importableFields) {
      const value = member[field];
      entry[field] = value === null ? null : String(value);
    }
    return entry;
  });
}

/** Columns no field is mapped to: the preview shows them, so nothing is dropped without the person seeing it. */
function ignoredColumnsOf(analysis: Analysis): ImportPreview['ignoredColumns'] {
  const mapped = new Set(Object.values(analysis.mapping).filter((i): i is number => i !== null && i !== undefined));
  return analysis.csv.headers.flatMap((header, index) => (mapped.has(index) ? [] : [{ index, header }]));
}

export async function previewMemberImport(ctx: ServiceContext, input: ImportInput): Promise<ImportPreview> {
  const analysis = analyse(ctx, input, await importContext(ctx));
  return {
    encoding: analysis.csv.encoding,
    delimiter: analysis.csv.delimiter,
    headers: analysis.csv.headers,
    mapping: analysis.mapping,
    rowCount: analysis.csv.records.length,
    problems: analysis.problems.slice(0, PROBLEMS_LISTED),
    problemCount: analysis.problems.length,
    sample: sampleOf(analysis),
    ignoredColumns: ignoredColumnsOf(analysis),
    dates: analysis.dates,
  };
}

/** Writes every row or nothing: any problem refuses the whole file. */
export async function commitMemberImport(ctx: ServiceContext, input: ImportInput): Promise<{ imported: number }> {
  const context = await importContext(ctx);
  // Checked and written under one write lock, so nothing can slip in between the check and the insert.
  const commit = ctx.handle.transaction(() => {
    const analysis = analyse(ctx, input, context);
    const count = analysis.problems.length;
    if (count > 0) {
      throw new DomainError('IMPORT_REJECTED', `${count} ${count === 1 ? 'problem' : 'problems'}; nothing was imported.`, { params: { count } });
    }
    return insertMembersBulk(
      ctx,
      analysis.rows.map((r) => r.member),
      {
        action: 'member.import',
        summary: {
          action: 'members.import',
          entity: 'member',
          entityId: null,
          after: { imported: analysis.rows.length, encoding: analysis.csv.encoding, dateOrder: analysis.dates.order },
        },
      },
    );
  });
  return { imported: commit.immediate() };
}
