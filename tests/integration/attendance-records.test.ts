/**
 * Attendance records (issue 9, "Attendance"; "Refused with a clear message, nothing written: overlapping
 * records, negative hours, more than 24 hours in a day, dates before joining or after leaving"): the grid
 * save is all or nothing with the problems per cell, and a day for everyone skips who already has one.
 */
import { readFileSync } from 'node:fs';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { attendanceSettings, committedMinutes, minutesByMemberAndKind } from '../../electron/services/attendance';
import { checkAllDomains } from '../../electron/services/domains';
import { openAttendanceSession, work } from './attendance-session';
import { useTempDir } from './helpers';

const tempDir = useTempDir();
const cell = (memberId: number, date: string, ...records: ReturnType<typeof work>[]) => ({ memberId, date, records });

describe('attendance grid', () => {
  it('refuses each impossible day with its own message and writes nothing', async () => {
    const s = await openAttendanceSession(tempDir());
    const ana = await s.addMember(1, '2024-03-01');
    const refusals: [string, ReturnType<typeof work>[], string][] = [
      ['overlapping times', [work(null, '08:00', '12:00'), work(null, '11:30', '15:00', 'training')], 'attendance:errors.overlap'],
      ['two untimed records of one kind', [work(240), work(200)], 'attendance:errors.duplicateKind'],
      ['negative minutes', [work(-30)], 'attendance:errors.negativeMinutes'],
      ['more than 24 hours', [work(900), work(600, null, null, 'training')], 'attendance:errors.moreThanADay'],
      ['a malformed clock-in', [work(null, '25:00', '26:00')], 'attendance:errors.badClock'],
      ['a clock-out before the clock-in', [work(null, '16:00', '08:00')], 'attendance:errors.clockOutBeforeIn'],
      ['a clock-out alone', [work(480, null, '16:00')], 'attendance:errors.clockOutWithoutIn'],
      ['more minutes than the clock span', [work(600, '08:00', '16:00')], 'attendance:errors.minutesBeyondClock'],
      ['no minutes and no span', [work(null, '08:00')], 'attendance:errors.minutesRequired'],
    ];
    for (const [what, records, key] of refusals) {
      const error = await s.refusedWithNothingWritten('attendance.saveGrid', { cells: [cell(ana, '2024-03-04', ...records)] });
      expect(error, what).toMatchObject({ code: 'CONFLICT', key: 'attendance:errors.gridRejected' });
      expect(error.issues, what).toContainEqual({ path: 'cells.0', message: key });
    }
    const before = await s.refusedWithNothingWritten('attendance.saveGrid', { cells: [cell(ana, '2024-02-29', work(480))] });
    expect(before.issues).toEqual([{ path: 'cells.0', message: 'attendance:errors.beforeJoining' }]);
  });

  it('refuses a day after the member left (the status history), and one the same save names twice', async () => {
    const s = await openAttendanceSession(tempDir());
    const id = await s.addMember(1, '2024-01-01');
    await s.call('members.changeStatus', { id, status: 'resigned', date: '2024-06-30', cause: 'Renuncia', resolution: null });
    expect(await s.call('attendance.saveGrid', { cells: [cell(id, '2024-06-30', work(480))] })).toEqual({ cells: 1, records: 1 });
    const after = await s.refusedWithNothingWritten('attendance.saveGrid', { cells: [cell(id, '2024-07-01', work(480))] });
    expect(after.issues).toEqual([{ path: 'cells.0', message: 'attendance:errors.afterLeaving' }]);
    const twice = await s.refusedWithNothingWritten('attendance.saveGrid', { cells: [cell(id, '2024-06-03', work(480)), cell(id, '2024-06-03', work(240))] });
    expect(twice.issues).toEqual([{ path: 'cells.1', message: 'attendance:errors.duplicateCell' }]);
  });

  it('saves all cells or none: one bad cell keeps the good ones out; checkGrid words each problem', async () => {
    const s = await openAttendanceSession(tempDir());
    const [a, b] = [await s.addMember(1), await s.addMember(2)];
    const cells = [cell(a, '2024-03-04', work(null, '08:00', '16:00')), cell(b, '2024-03-04', work(-5))];
    const error = await s.refusedWithNothingWritten('attendance.saveGrid', { cells });
    expect(error.params).toEqual({ count: 1 });
    const { problems } = await s.call('attendance.checkGrid', { cells }) as { problems: { cell: number; key: string; message: string }[] };
    expect(problems).toEqual([expect.objectContaining({ cell: 1, memberId: b, date: '2024-03-04', key: 'attendance:errors.negativeMinutes', message: '-5 minutes: minutes cannot be negative.' })]);
    expect(s.records()).toBe(0);

    const audits = s.audits();
    cells[1] = cell(b, '2024-03-04', work(240, '09:00'), work(null, '14:00', '18:00', 'training'));
    expect(await s.call('attendance.saveGrid', { cells })).toEqual({ cells: 2, records: 3 });
    expect(s.audits()).toBe(audits + 1);
    // A cell replaces the day: saving the member's day again with one record leaves one.
    await s.call('attendance.saveGrid', { cells: [cell(b, '2024-03-04', work(300))] });
    const week = await s.call('attendance.week', { from: '2024-03-04', days: 7 }) as { records: { memberId: number; minutes: number; clockIn: string | null; clockOut: string | null }[] };
    expect(week.records.map((r) => [r.memberId, r.minutes, r.clockIn, r.clockOut])).toEqual([[a, 480, '08:00', '16:00'], [b, 300, null, null]]);
  });

  it('records a holiday for everyone on a working day, skipping members who already have a record (reported)', async () => {
    const s = await openAttendanceSession(tempDir());
    const [a, b, c] = [await s.addMember(1), await s.addMember(2, '2024-01-01', 30), await s.addMember(3)];
    await s.addMember(4, '2024-06-01');
    // Member 3 works Tuesday to Saturday: Monday 1 April is not a working day for them.
    await s.call('attendance.setSchedule', { memberId: c, from: '2024-01-01', weeklyMinutes: 2400, weekdays: [2, 3, 4, 5, 6], startTime: '08:00' });
    await s.call('attendance.saveGrid', { cells: [cell(a, '2024-04-01', work(120))] });
    const result = await s.call('attendance.bulkDay', { date: '2024-04-01', kind: 'holiday', minutes: null, note: 'Feriado' }) as { recorded: number; skipped: { memberNumber: number }[] };
    expect(result).toMatchObject({ recorded: 1, skipped: [{ memberId: a, memberNumber: 1 }] });
    const day = s.handle().prepare("SELECT member_id, kind, minutes FROM attendance_record WHERE date = '2024-04-01' ORDER BY member_id").all();
    expect(day).toEqual([{ member_id: a, kind: 'work', minutes: 120 }, { member_id: b, kind: 'holiday', minutes: 360 }]);
  });
});

describe('attendance check', () => {
  it('finds a day over 24 hours and a record outside the membership written behind the app', async () => {
    const s = await openAttendanceSession(tempDir());
    const a = await s.addMember(7, '2024-03-01');
    expect(await checkAllDomains(s.ctx())).toMatchObject({ ok: true, problems: [] });
    const insert = s.handle().prepare("INSERT INTO attendance_record (member_id, date, kind, minutes) VALUES (?, ?, ?, ?)");
    insert.run(a, '2024-03-04', 'work', 1000);
    insert.run(a, '2024-03-04', 'training', 600);
    insert.run(a, '2024-02-01', 'work', 60);
    const report = await checkAllDomains(s.ctx());
    expect(report.ok).toBe(false);
    expect(report.problems.filter((p) => p.check.startsWith('attendance'))).toEqual([
      expect.objectContaining({ check: 'attendance_days', key: 'attendance:check.overADay', params: { member: 7, date: '2024-03-04', minutes: 1600 } }),
      expect.objectContaining({ check: 'attendance_membership', key: 'attendance:check.outsideMembership', params: { member: 7, date: '2024-02-01', joinDate: '2024-03-01', leavingDate: '…' } }),
    ]);
  });
});

describe('attendance reports and the seams pay and surplus read', () => {
  it('totals by member and kind, committed minutes by schedule version, lateness against the start time', async () => {
    const s = await openAttendanceSession(tempDir());
    const a = await s.addMember(1, '2024-01-01', 40);
    await s.call('attendance.setSchedule', { memberId: a, from: '2024-03-11', weeklyMinutes: 1200, weekdays: [1, 2, 3, 4, 5], startTime: '8:00' });
    await s.call('attendance.saveGrid', {
      cells: [
        cell(a, '2024-03-04', work(null, '08:03', '16:03')),
        cell(a, '2024-03-05', work(null, '08:20', '16:00')),
        cell(a, '2024-03-06', work(480, null, null, 'sick_leave')),
        cell(a, '2024-03-11', work(null, '08:30', '12:30')),
        cell(a, '2024-03-12', work(240, null, null, 'holiday')),
      ],
    });
    const range = { from: '2024-03-01', to: '2024-03-31' };
    expect(await minutesByMemberAndKind(s.ctx().db, range)).toEqual([
      { memberId: a, kind: 'holiday', minutes: 240 },
      { memberId: a, kind: 'sick_leave', minutes: 480 },
      { memberId: a, kind: 'work', minutes: 480 + 460 + 240 },
    ]);
    // 1–10 March: 6 weekdays at 8 h (the register's 40 h); 11–31 March: 15 weekdays at 4 h.
    expect((await committedMinutes(s.ctx().db, range)).get(a)).toBe(6 * 480 + 15 * 240);
    expect(await attendanceSettings(s.ctx().db)).toEqual({
      paidKinds: ['work', 'justified_absence', 'leave', 'sick_leave', 'training', 'holiday', 'assembly'],
      workKinds: ['work', 'training', 'assembly'],
    });
    const [rates] = await s.call('attendance.rates', range) as { absenceDays: number; clockedDays: number; lateDays: number; averageMinutesLate: number; scheduledDays: number }[];
    // Only the second version has a start time: 11 March at 08:30 is late (30 min); 4 and 5 March are not measured.
    expect(rates).toMatchObject({ scheduledDays: 21, absenceDays: 1, clockedDays: 1, lateDays: 1, averageMinutesLate: 30 });
    const [capacity] = await s.call('attendance.capacity', range) as { workedMinutes: number; committedMinutes: number; ratio: number }[];
    expect(capacity).toEqual({ month: '2024-03', workedMinutes: 1180, committedMinutes: 6480, ratio: 1180 / 6480 });
    const below = await s.call('attendance.belowCommitment', range) as { countedMinutes: number; shortfallMinutes: number }[];
    expect(below).toEqual([expect.objectContaining({ memberId: a, countedMinutes: 1900, committedMinutes: 6480, shortfallMinutes: 4580 })]);
    const hours = await s.call('attendance.hoursByMonth', { ...range, memberId: null }) as { paidMinutes: number; workMinutes: number; committedMinutes: number }[];
    expect(hours).toEqual([expect.objectContaining({ month: '2024-03', totalMinutes: 1900, paidMinutes: 1900, workMinutes: 1180, committedMinutes: 6480 })]);
    const month = await s.call('attendance.month', { memberId: a, month: '2024-03' }) as { days: { date: string; minutesLate: number }[]; committedMinutes: number };
    expect(month.committedMinutes).toBe(6480);
    expect(month.days.find((d) => d.date === '2024-03-11')?.minutesLate).toBe(30);

    await s.call('attendance.updateSettings', { paidKinds: ['work'], workKinds: ['work'], lateToleranceMinutes: 45 });
    expect(await attendanceSettings(s.ctx().db)).toEqual({ paidKinds: ['work'], workKinds: ['work'] });
    expect((await s.call('attendance.rates', range) as { lateDays: number }[])[0]?.lateDays).toBe(0);
  });

  it('exports a report as CSV in the coop language, after asking where', async () => {
    const s = await openAttendanceSession(tempDir());
    const a = await s.addMember(1, '2024-01-01', 40);
    await s.call('attendance.saveGrid', { cells: [cell(a, '2024-03-04', work(450))] });
    const saved = await s.call('attendance.export', { report: 'hours', format: 'csv', from: '2024-03-01', to: '2024-03-31' }) as { path: string; rows: number };
    expect(saved.rows).toBe(1);
    expect(saved.path).toMatch(/attendance-hours-2024-03-01-2024-03-31\.csv$/);
    const text = readFileSync(saved.path, 'utf8');
    expect(text).toContain('Número de asociado;Nombre;Mes;Trabajo');
    expect(text).toContain('1;Apellido1, José María;2024-03;7,5;');

    const xlsx = await s.call('attendance.export', { report: 'capacity', format: 'xlsx', from: '2024-03-01', to: '2024-03-31' }) as { path: string };
    const [sheet] = await readXlsxFile(xlsx.path);
    expect(sheet?.sheet).toBe('Capacidad usada');
    // March 2024: 21 weekdays at 8 h committed, 7.5 h worked.
    expect(sheet?.data).toEqual([['Mes', 'Horas trabajadas', 'Horas comprometidas', 'Aprovechado (%)'], ['2024-03', 7.5, 168, 4.5]]);
  });
});
