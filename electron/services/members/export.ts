/**
 * The members register as CSV or XLSX in the coop's language: headers are the register's field labels and
 * statuses the words the app shows, so the file reads naturally and re-imports with automatic mapping.
 * CSV keeps ISO dates; where the language writes a decimal comma (es, pt-BR) hours use it and `;` separates
 * the cells, as spreadsheets there expect. XLSX dates are real dates with a display format.
 */
import Papa from 'papaparse';
import writeXlsxFile from 'write-excel-file/node';
import type { Cell, SheetData } from 'write-excel-file/node';
import type { Locale } from '../../../shared/contract/coop';
import { importableFields, type ImportableField, type Member } from '../../../shared/contract/members';
import { translate } from '../../../shared/i18n/catalogue';
import type { ServiceContext } from '../core';
import { getCoop } from '../coop';
import { toMember, type MemberRecord } from './rows';

export interface ExportedFile {
  bytes: Uint8Array;
  rows: number;
}

const BOM = '\uFEFF';
const dateFields = new Set<ImportableField>(['birthDate', 'joinDate', 'leavingDate']);

/** How each language writes numbers and dates in a spreadsheet. */
const spreadsheetConventions: Record<Locale, { decimalComma: boolean; dateFormat: string }> = {
  'es': { decimalComma: true, dateFormat: 'dd/mm/yyyy' },
  'pt-BR': { decimalComma: true, dateFormat: 'dd/mm/yyyy' },
  'en': { decimalComma: false, dateFormat: 'yyyy-mm-dd' },
};

function registerInBookOrder(ctx: ServiceContext): Member[] {
  const rows = ctx.handle.prepare('SELECT * FROM member ORDER BY member_number').all() as MemberRecord[];
  return rows.map(toMember);
}

async function coopLocale(ctx: ServiceContext): Promise<Locale> {
  return (await getCoop(ctx))?.locale ?? 'en';
}

export function exportHeaders(locale: Locale): string[] {
  return importableFields.map((field) => translate(locale, `members:fields.${field}`));
}

const statusWord = (locale: Locale, m: Member) => translate(locale, `members:status.${m.status}`);

export async function exportMembersCsv(ctx: ServiceContext): Promise<ExportedFile> {
  const locale = await coopLocale(ctx);
  const { decimalComma } = spreadsheetConventions[locale];
  const members = registerInBookOrder(ctx);
  const data = members.map((m) =>
    importableFields.map((field) => {
      if (field === 'status') return statusWord(locale, m);
      if (field === 'weeklyHours' && decimalComma) return String(m.weeklyHours).replace('.', ',');
      const value = m[field];
      return value === null ? '' : String(value);
    }),
  );
  const csv = Papa.unparse(
    { fields: exportHeaders(locale), data },
    // A cell starting with = + - @ would run as a formula in a spreadsheet (CSV injection); the importer
    // drops the protecting apostrophe again.
    { delimiter: decimalComma ? ';' : ',', newline: '\r\n', escapeFormulae: true },
  );
  // The BOM tells Excel and LibreOffice the file is UTF-8, so accents open right.
  return { bytes: new TextEncoder().encode(BOM + csv + '\r\n'), rows: members.length };
}

/** An ISO date as the UTC midnight a spreadsheet date cell stores (no time zone can move the day). */
const utcDate = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

export async function exportMembersXlsx(ctx: ServiceContext): Promise<ExportedFile> {
  const locale = await coopLocale(ctx);
  const { dateFormat } = spreadsheetConventions[locale];
  const members = registerInBookOrder(ctx);
  const cellOf = (m: Member, field: ImportableField): Cell => {
    if (field === 'status') return { value: statusWord(locale, m), type: String };
    const value = m[field];
    if (value === null) return null;
    if (field === 'memberNumber' || field === 'weeklyHours') return { value: Number(value), type: Number };
    if (dateFields.has(field)) return { value: utcDate(String(value)), type: Date, format: dateFormat };
    return { value: String(value), type: String };
  };
  const sheet: SheetData = [
    exportHeaders(locale).map((header) => ({ value: header, fontWeight: 'bold' as const })),
    ...members.map((m) => importableFields.map((field) => cellOf(m, field))),
  ];
  const sheetName = translate(locale, 'members:list.title');
  const buffer = await writeXlsxFile(sheet, { sheet: sheetName, stickyRowsCount: 1 }).toBuffer();
  return { bytes: new Uint8Array(buffer), rows: members.length };
}
