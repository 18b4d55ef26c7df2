/**
 * Importing a members register from CSV: a preview that lists every problem with its file line, and a
 * commit that re-checks and then writes all rows or nothing, in one transaction.
 */
import type { ParsedInput } from '../../../shared/contract';
import { DomainError } from '../../../shared/contract/errors';
import {
  importableFields,
  type ColumnMapping,
  type ImportPreview,
  type ImportProblem,
} from '../../../shared/contract/members';
import type { ServiceContext } from '../core';
import { insertMembersBulk } from './bulk';
import { parseCsv, type ParsedCsv } from './import-parse';
import { unmappedRequired, validateRecords, type ExistingRegister, type ValidatedRow } from './import-validate';
import { automaticMapping } from './import-words';

type ImportInput = ParsedInput<'members.importPreview'>;

export const PROBLEMS_LISTED = 1_000;
const SAMPLE_ROWS = 5;

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
    if (m.national_id !== null) nationalIds.set(m.national_id, m.member_number);
    if (m.tax_id !== null) taxIds.set(m.tax_id, m.member_number);
  }
  for (const n of retired) highestNumber = Math.max(highestNumber, n);
  return { numbers, retiredNumbers: new Set(retired), nationalIds, taxIds, highestNumber };
}

interface Analysis {
  csv: ParsedCsv;
  mapping: ColumnMapping;
  rows: ValidatedRow[];
  problems: ImportProblem[];
}

function analyse(ctx: ServiceContext, input: ImportInput): Analysis {
  const csv = parseCsv(Buffer.from(input.fileBase64, 'base64'));
  const mapping = input.mapping ?? automaticMapping(csv.headers);
  if (csv.unreadable) {
    return { csv, mapping, rows: [], problems: [{ line: 0, field: null, code: 'unreadable', value: null, message: csv.unreadable }] };
  }
  const problems = unmappedRequired(mapping, csv.headers.length);
  if (problems.length > 0) return { csv, mapping, rows: [], problems };
  if (csv.records.length === 0) {
    problems.push({ line: 0, field: null, code: 'empty_file', value: null, message: 'the file has no member rows below its header' });
    return { csv, mapping, rows: [], problems };
  }
  const validated = validateRecords(csv.records, mapping, loadExistingRegister(ctx));
  return { csv, mapping, rows: validated.rows, problems: validated.problems };
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

export async function previewMemberImport(ctx: ServiceContext, input: ImportInput): Promise<ImportPreview> {
  const analysis = analyse(ctx, input);
  return {
    encoding: analysis.csv.encoding,
    delimiter: analysis.csv.delimiter,
    headers: analysis.csv.headers,
    mapping: analysis.mapping,
    rowCount: analysis.csv.records.length,
    problems: analysis.problems.slice(0, PROBLEMS_LISTED),
    problemCount: analysis.problems.length,
    sample: sampleOf(analysis),
  };
}

/** Writes every row or nothing: any problem refuses the whole file. */
export async function commitMemberImport(ctx: ServiceContext, input: ImportInput): Promise<{ imported: number }> {
  // Checked and written under one write lock, so nothing can slip in between the check and the insert.
  const commit = ctx.handle.transaction(() => {
    const analysis = analyse(ctx, input);
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
          after: { imported: analysis.rows.length, encoding: analysis.csv.encoding },
        },
      },
    );
  });
  return { imported: commit.immediate() };
}
