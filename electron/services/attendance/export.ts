/**
 * The reports as CSV or XLSX in the coop's language: hours as decimal numbers (two places), rates as
 * percentages. CSV uses `;` and a decimal comma where the language writes one (es, pt-BR), as
 * spreadsheets there expect; XLSX cells are real numbers.
 */
import Papa from 'papaparse';
import writeXlsxFile from 'write-excel-file/node';
import type { SheetData } from 'write-excel-file/node';
import type { reportKinds } from '../../../shared/contract/attendance';
import type { Locale } from '../../../shared/contract/coop';
import { attendanceKinds } from '../../../shared/domain/attendance';
import { translate } from '../../../shared/i18n/catalogue';
import type { ServiceContext } from '../core';
import { getCoop } from '../coop';
import { attendanceRates, belowCommitment, capacityByMonth, hoursByMonth } from './reports';

export type ReportKind = (typeof reportKinds)[number];
type Value = string | number;

interface Table {
  headers: string[];
  rows: Value[][];
}

const hours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;
const percent = (ratio: number | null) => (ratio === null ? '' : Math.round(ratio * 1000) / 10);

async function tableOf(ctx: ServiceContext, report: ReportKind, range: { from: string; to: string }, locale: Locale): Promise<Table> {
  const t = (key: string) => translate(locale, `attendance:exportColumns.${key}`);
  const member = [t('memberNumber'), t('name')];
  if (report === 'hours') {
    const rows = await hoursByMonth(ctx, { ...range, memberId: null });
    return {
      headers: [...member, t('month'), ...attendanceKinds.map((k) => translate(locale, `attendance:kinds.${k}`)), t('total'), t('paid'), t('worked'), t('committed')],
      rows: rows.map((r) => [
        r.memberNumber, r.name, r.month,
        ...attendanceKinds.map((k) => hours(r.kinds.find((x) => x.kind === k)?.minutes ?? 0)),
        hours(r.totalMinutes), hours(r.paidMinutes), hours(r.workMinutes), hours(r.committedMinutes),
      ]),
    };
  }
  if (report === 'rates') {
    const rows = await attendanceRates(ctx, range);
    return {
      headers: [...member, t('scheduledDays'), t('absenceDays'), t('absenceRate'), t('clockedDays'), t('lateDays'), t('lateRate'), t('averageMinutesLate')],
      rows: rows.map((r) => [
        r.memberNumber, r.name, r.scheduledDays, r.absenceDays, percent(r.absenceRate), r.clockedDays, r.lateDays, percent(r.lateRate), Math.round(r.averageMinutesLate),
      ]),
    };
  }
  if (report === 'below') {
    const rows = await belowCommitment(ctx, range);
    return {
      headers: [...member, t('counted'), t('committed'), t('shortfall'), t('ratio')],
      rows: rows.map((r) => [r.memberNumber, r.name, hours(r.countedMinutes), hours(r.committedMinutes), hours(r.shortfallMinutes), percent(r.ratio)]),
    };
  }
  const rows = await capacityByMonth(ctx, range);
  return {
    headers: [t('month'), t('worked'), t('committed'), t('ratio')],
    rows: rows.map((r) => [r.month, hours(r.workedMinutes), hours(r.committedMinutes), percent(r.ratio)]),
  };
}

const BOM = '\uFEFF';

export async function exportAttendanceReport(
  ctx: ServiceContext,
  input: { report: ReportKind; format: 'csv' | 'xlsx'; from: string; to: string },
): Promise<{ bytes: Uint8Array; rows: number }> {
  const locale = (await getCoop(ctx))?.locale ?? 'en';
  const table = await tableOf(ctx, input.report, input, locale);
  if (input.format === 'csv') {
    const decimalComma = locale !== 'en';
    const data = table.rows.map((row) => row.map((v) => (typeof v === 'number' && decimalComma ? String(v).replace('.', ',') : String(v))));
    const csv = Papa.unparse({ fields: table.headers, data }, { delimiter: decimalComma ? ';' : ',', newline: '\r\n', escapeFormulae: true });
    return { bytes: new TextEncoder().encode(BOM + csv + '\r\n'), rows: table.rows.length };
  }
  const sheet: SheetData = [
    table.headers.map((header) => ({ value: header, fontWeight: 'bold' as const })),
    ...table.rows.map((row) => row.map((v) => (typeof v === 'number' ? { value: v, type: Number } : v === '' ? null : { value: v, type: String }))),
  ];
  const sheetName = translate(locale, `attendance:exportColumns.sheet.${input.report}`).slice(0, 31);
  const buffer = await writeXlsxFile(sheet, { sheet: sheetName, stickyRowsCount: 1 }).toBuffer();
  return { bytes: new Uint8Array(buffer), rows: table.rows.length };
}
