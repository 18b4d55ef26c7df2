/**
 * Importing attendance (issue 9: "CSV with member number, date, hours or in/out times, kind; the same
 * dry-run, line-numbered report as the members import"): every problem with its line and nothing written,
 * then the fixed file committed in one go; headers and kinds in es, pt-BR and en; progress reported.
 */
import { describe, expect, it } from 'vitest';
import { commitAttendanceImport, previewAttendanceImport, type ImportProgress } from '../../electron/services/attendance';
import { openAttendanceSession } from './attendance-session';
import { useTempDir } from './helpers';

const tempDir = useTempDir();
const base64 = (lines: string[]) => Buffer.from(lines.join('\r\n')).toString('base64');

interface Problem {
  line: number;
  field: string | null;
  code: string;
  key: string;
}

async function sessionWithMembers() {
  const s = await openAttendanceSession(tempDir());
  await s.addMember(1, '2024-01-01');
  await s.addMember(2, '2024-03-01');
  return s;
}

describe('attendance import', () => {
  it('lists every problem by file line and writes nothing; the fixed file imports whole', async () => {
    const s = await sessionWithMembers();
    const bad = [
      'Número de asociado;Fecha;Horas;Entrada;Salida;Tipo;Observaciones',
      '1;04/03/2024;8;;;Trabajo;',
      '7;04/03/2024;8;;;Trabajo;',
      '1;31/02/2024;8;;;Trabajo;',
      '1;05/03/2024;8;;;Vacaciones largas;',
      '2;29/02/2024;;08:00;16:00;;antes de ingresar',
      '1;06/03/2024;;08:00;12:00;;',
      '1;06/03/2024;;11:00;15:00;Capacitación;',
      '1;07/03/2024;-2;;;;',
      '1;08/03/2024;;8h;16:00;;',
    ];
    const preview = await s.call('attendance.importPreview', { fileBase64: base64(bad) }) as { rowCount: number; problemCount: number; problems: Problem[]; dates: { order: string } };
    expect(preview.rowCount).toBe(9);
    expect(preview.dates.order).toBe('dmy');
    expect(preview.problems.map((p) => [p.line, p.field, p.code, p.key])).toEqual([
      [3, 'memberNumber', 'unknown_member', 'attendance:errors.unknownNumber'],
      [4, 'date', 'bad_date', 'attendance:errors.badDate'],
      [5, 'kind', 'unknown_kind', 'attendance:errors.unknownKind'],
      [6, 'date', 'not_a_member_then', 'attendance:errors.beforeJoining'],
      [8, null, 'day_rejected', 'attendance:errors.overlap'],
      [9, 'hours', 'bad_number', 'attendance:errors.negativeMinutes'],
      [10, 'clockIn', 'bad_clock', 'attendance:errors.badClock'],
    ]);
    expect(preview.problemCount).toBe(7);
    const refused = await s.refusedWithNothingWritten('attendance.importCommit', { fileBase64: base64(bad) });
    expect(refused).toMatchObject({ code: 'IMPORT_REJECTED', key: 'attendance:errors.importRejected', params: { count: 7 } });

    const fixed = [bad[0]!, bad[1]!, '2;04/03/2024;7,5;;;Trabajo;', '1;05/03/2024;8;;;Vacaciones;', '2;05/03/2024;;08:00;16:00;;', bad[6]!, '1;06/03/2024;;12:30;15:00;Capacitación;', '1;07/03/2024;7:30;;;;', '1;08/03/2024;;08:00:12;16:00:40;;'];
    const clean = await s.call('attendance.importPreview', { fileBase64: base64(fixed), dateOrder: 'dmy' }) as { problemCount: number; totals: { kind: string; minutes: number }[] };
    expect(clean.problemCount).toBe(0);
    expect(clean.totals).toEqual([{ kind: 'work', minutes: 480 + 450 + 480 + 240 + 450 + 480 }, { kind: 'leave', minutes: 480 }, { kind: 'training', minutes: 150 }]);
    const audits = s.audits();
    expect(await s.call('attendance.importCommit', { fileBase64: base64(fixed), dateOrder: 'dmy' })).toEqual({ imported: 8 });
    expect(s.records()).toBe(8);
    expect(s.audits()).toBe(audits + 1);
    const row = s.handle().prepare("SELECT minutes, clock_in, clock_out FROM attendance_record WHERE date = '2024-03-08'").get();
    expect(row).toEqual({ minutes: 480, clock_in: '08:00', clock_out: '16:00' });

    // Without the order the fixed file cannot tell 04/03 from 3 April: the person chooses, nothing is guessed.
    expect(await s.call('attendance.importPreview', { fileBase64: base64(fixed) })).toMatchObject({ problemCount: 1, dates: { ambiguous: true, order: null } });
    // The same file again: each day would hold its records twice (overlaps, repeated kinds), so nothing is written.
    const again = await s.refusedWithNothingWritten('attendance.importCommit', { fileBase64: base64(fixed), dateOrder: 'dmy' });
    expect(again).toMatchObject({ code: 'IMPORT_REJECTED', params: { count: 8 } });
  });

  it('reads pt-BR and en headers and kinds, and asks for the date order when the file cannot tell', async () => {
    const s = await sessionWithMembers();
    // 13/03 reads only day-first: the file shows its own order.
    const ptBR = ['Número do cooperado;Data;Horas;Tipo', '1;13/03/2024;8;Licença médica', '2;04/03/2024;8;Falta justificada'];
    expect(await s.call('attendance.importPreview', { fileBase64: base64(ptBR) })).toMatchObject({ problemCount: 0, totals: [{ kind: 'justified_absence', minutes: 480 }, { kind: 'sick_leave', minutes: 480 }] });
    const en = ['Member number,Date,Clock-in,Clock-out,Kind', '1,03/04/2024,08:00,12:00,Work', '1,03/05/2024,08:00,12:00,Holiday'];
    const ambiguous = await s.call('attendance.importPreview', { fileBase64: base64(en) }) as { problems: Problem[]; dates: { ambiguous: boolean; order: string | null } };
    expect(ambiguous.dates).toMatchObject({ ambiguous: true, order: null });
    expect(ambiguous.problems).toEqual([expect.objectContaining({ line: 0, code: 'ambiguous_dates' })]);
    const chosen = await s.call('attendance.importPreview', { fileBase64: base64(en), dateOrder: 'mdy' }) as { problemCount: number; sample: Record<string, string | null>[] };
    expect(chosen.problemCount).toBe(0);
    expect(await s.call('attendance.importCommit', { fileBase64: base64(en), dateOrder: 'mdy' })).toEqual({ imported: 2 });
    expect(s.handle().prepare('SELECT date FROM attendance_record ORDER BY date').pluck().all()).toEqual(['2024-03-04', '2024-03-05']);
  });

  it('refuses a file with no member number column, an empty file, and a spreadsheet, each with its reason', async () => {
    const s = await sessionWithMembers();
    const noNumber = await previewAttendanceImport(s.ctx(), Buffer.from('Fecha;Horas\n04/03/2024;8\n'));
    expect(noNumber.problems).toEqual([expect.objectContaining({ line: 0, code: 'unmapped_required', field: 'memberNumber' })]);
    expect((await previewAttendanceImport(s.ctx(), Buffer.from('socio;fecha;horas\n'))).problems).toEqual([expect.objectContaining({ code: 'empty_file' })]);
    expect((await previewAttendanceImport(s.ctx(), Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2]))).problems).toEqual([
      expect.objectContaining({ code: 'unreadable', key: 'attendance:errors.spreadsheetFile' }),
    ]);
  });

  it('imports a large file in one go, reporting progress through both phases', async () => {
    const s = await openAttendanceSession(tempDir());
    const members = 40;
    for (let n = 1; n <= members; n += 1) await s.addMember(n, '2020-01-01');
    const lines = ['socio,fecha,entrada,salida'];
    const start = Date.UTC(2020, 0, 1);
    for (let day = 0; lines.length <= 60_000; day += 1) {
      const date = new Date(start + day * 86_400_000).toISOString().slice(0, 10);
      for (let n = 1; n <= members; n += 1) lines.push(`${n},${date},08:0${n % 10},16:00`);
    }
    const progress: ImportProgress[] = [];
    const { imported } = await commitAttendanceImport(s.ctx(), Buffer.from(lines.join('\n')), { onProgress: (p) => progress.push(p) });
    expect(imported).toBe(lines.length - 1);
    expect(s.records()).toBe(lines.length - 1);
    const tasks = progress.map((p) => p.task);
    expect(tasks.indexOf('attendance.import.write')).toBeGreaterThan(tasks.lastIndexOf('attendance.import.check'));
    expect(progress.at(-1)).toEqual({ task: 'attendance.import.write', done: imported, total: imported });
    expect(progress.filter((p) => p.task === 'attendance.import.check').length).toBeGreaterThan(1);
  });
});
