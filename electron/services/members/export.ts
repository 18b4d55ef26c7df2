/**
 * The members register as CSV or XLSX, with the register's own field names as headers, so an export
 * re-imports with automatic mapping. Dates stay ISO text; hours are plain numbers with a dot.
 */
import Papa from 'papaparse';
import writeXlsxFile from 'write-excel-file/node';
import type { SheetData } from 'write-excel-file/node';
import { importableFields, type Member } from '../../../shared/contract/members';
import type { ServiceContext } from '../core';
import { toMember, type MemberRecord } from './rows';

export interface ExportedFile {
  bytes: Uint8Array;
  rows: number;
}

const BOM = '\uFEFF';
const numericFields = new Set<string>(['memberNumber', 'weeklyHours']);

function registerInBookOrder(ctx: ServiceContext): Member[] {
  const rows = ctx.handle.prepare('SELECT * FROM member ORDER BY member_number').all() as MemberRecord[];
  return rows.map(toMember);
}

export async function exportMembersCsv(ctx: ServiceContext): Promise<ExportedFile> {
  const members = registerInBookOrder(ctx);
  const data = members.map((m) => importableFields.map((field) => (m[field] === null ? '' : String(m[field]))));
  const csv = Papa.unparse(
    { fields: [...importableFields], data },
    // A cell starting with = + - @ would run as a formula in a spreadsheet (CSV injection); the importer
    // drops the protecting apostrophe again.
    { delimiter: ',', newline: '\r\n', escapeFormulae: true },
  );
  // The BOM tells Excel and LibreOffice the file is UTF-8, so accents open right.
  return { bytes: new TextEncoder().encode(BOM + csv + '\r\n'), rows: members.length };
}

export async function exportMembersXlsx(ctx: ServiceContext): Promise<ExportedFile> {
  const members = registerInBookOrder(ctx);
  const sheet: SheetData = [
    importableFields.map((field) => ({ value: field, fontWeight: 'bold' as const })),
    ...members.map((m) =>
      importableFields.map((field) => {
        const value = m[field];
        if (value === null) return null;
        return numericFields.has(field) ? { value: Number(value), type: Number } : { value: String(value), type: String };
      }),
    ),
  ];
  const buffer = await writeXlsxFile(sheet, { sheet: 'Members', stickyRowsCount: 1 }).toBuffer();
  return { bytes: new Uint8Array(buffer), rows: members.length };
}
