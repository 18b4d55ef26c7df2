/**
 * A member's working time for planning (electron/services/planning/capacity.ts) from attendance: the
 * committed hours of each week spread over the schedule's weekdays from its start time, the schedule in
 * force on each day, and the days of leave, sickness, holiday or justified absence left out.
 */
import { describe, expect, it } from 'vitest';
import { memberCalendars } from '../../electron/services/planning/capacity';
import { Clock } from '../../electron/services/planning/time';
import { openAttendanceSession, work } from './attendance-session';
import { useTempDir } from './helpers';

const tempDir = useTempDir();
const DAY = 1440;

describe('members’ working time for planning', () => {
  it('follows the schedule in force each day and leaves out the days away', async () => {
    const s = await openAttendanceSession(tempDir());
    const ana = await s.addMember(1, '2024-01-01', 24);
    const bruno = await s.addMember(2, '2024-01-01', 40);
    // Ana: 24 h on Monday to Wednesday from 09:00; from Monday 9 March, the same hours on Thursday and Friday from 07:30.
    await s.call('attendance.setSchedule', { memberId: ana, from: '2024-01-01', weeklyMinutes: 24 * 60, weekdays: [1, 2, 3], startTime: '09:00' });
    await s.call('attendance.setSchedule', { memberId: ana, from: '2026-03-09', weeklyMinutes: 24 * 60, weekdays: [4, 5], startTime: '07:30' });
    // Bruno: no schedule saved (Monday to Friday from 08:00), sick on Tuesday 3 March; Ana on leave on Thursday 12 March.
    await s.call('attendance.saveGrid', {
      cells: [
        { memberId: bruno, date: '2026-03-03', records: [work(480, null, null, 'sick_leave')] },
        { memberId: ana, date: '2026-03-12', records: [work(480, null, null, 'leave')] },
      ],
    });

    const calendars = await memberCalendars(s.ctx(), [
      { id: ana, number: 1, name: 'Ana', skills: [] },
      { id: bruno, number: 2, name: 'Bruno', skills: [] },
    ], new Clock('2026-03-02'), 14);

    const days = (id: number) => calendars.get(id)!.map(([start, end]) => [Math.floor(start / DAY), (start % DAY) / 60, (end - start) / 60]);
    // Week 1: 8 h on each of Monday to Wednesday. Week 2, under the new version: Thursday is leave, so Friday alone
    // carries its day's share (24 h over two days), from 07:30.
    expect(days(ana)).toEqual([
      [0, 9, 8],
      [1, 9, 8],
      [2, 9, 8],
      [11, 7.5, 12],
    ]);
    // Bruno: five days of 8 h a week from 08:00, less the Tuesday he was sick.
    expect(days(bruno).map(([day]) => day)).toEqual([0, 2, 3, 4, 7, 8, 9, 10, 11]);
    expect(days(bruno).every(([, start, hours]) => start === 8 && hours === 8)).toBe(true);
  });
});
