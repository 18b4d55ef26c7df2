/**
 * The rules of a member's day (issue 9: "Refused with a clear message, nothing written: overlapping
 * records, negative hours, more than 24 hours in a day") and of the committed schedule, pure.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  committedOver,
  dayProblems,
  minutesLate,
  minutesOfClock,
  monthsOf,
  weekdayCounts,
  weekdayMask,
  weekdaysOfMask,
  type DayRecord,
} from '../../shared/domain/attendance';
import { clockMinutes, hoursToMinutes } from '../../electron/services/attendance/import-cells';

const timed = (clockIn: string, clockOut: string, kind: DayRecord['kind'] = 'work'): DayRecord => ({
  kind,
  minutes: (minutesOfClock(clockOut) ?? 0) - (minutesOfClock(clockIn) ?? 0),
  clockIn,
  clockOut,
});
const untimed = (minutes: number, kind: DayRecord['kind'] = 'work'): DayRecord => ({ kind, minutes, clockIn: null, clockOut: null });
const keys = (records: DayRecord[]) => dayProblems(records).map((p) => p.key);

describe("a member's day", () => {
  it('records that only touch (one ends at 12:00, the next starts at 12:00) do not overlap; one shared minute does', () => {
    expect(keys([timed('08:00', '12:00'), timed('12:00', '16:00', 'training')])).toEqual([]);
    expect(keys([timed('08:00', '12:01'), timed('12:00', '16:00', 'training')])).toEqual(['attendance:errors.overlap']);
  });
  it('a clock-in without clock-out occupies its minutes from the clock-in', () => {
    expect(keys([{ kind: 'work', minutes: 240, clockIn: '08:00', clockOut: null }, timed('11:00', '13:00', 'assembly')])).toEqual(['attendance:errors.overlap']);
  });
  it('two untimed records of one kind are a double entry; of two kinds they are fine', () => {
    expect(keys([untimed(240), untimed(120)])).toEqual(['attendance:errors.duplicateKind']);
    expect(keys([untimed(240), untimed(120, 'training')])).toEqual([]);
  });
  it('the day holds 24 hours at most: 1440 minutes pass, 1441 do not', () => {
    expect(keys([untimed(1000), untimed(440, 'training')])).toEqual([]);
    expect(keys([untimed(1000), untimed(441, 'training')])).toEqual(['attendance:errors.moreThanADay']);
  });
  it('negative minutes, malformed times, a clock-out without clock-in or before it are each refused', () => {
    expect(keys([untimed(-1)])).toEqual(['attendance:errors.negativeMinutes']);
    expect(keys([{ kind: 'work', minutes: 60, clockIn: '7.30', clockOut: null }])).toEqual(['attendance:errors.badClock']);
    expect(keys([{ kind: 'work', minutes: 60, clockIn: '24:00', clockOut: null }])).toEqual(['attendance:errors.badClock']);
    expect(keys([{ kind: 'work', minutes: 60, clockIn: null, clockOut: '09:00' }])).toEqual(['attendance:errors.clockOutWithoutIn']);
    expect(keys([{ kind: 'work', minutes: 0, clockIn: '09:00', clockOut: '09:00' }])).toEqual(['attendance:errors.clockOutBeforeIn']);
    expect(keys([{ kind: 'work', minutes: 500, clockIn: '08:00', clockOut: '16:00' }])).toEqual(['attendance:errors.minutesBeyondClock']);
  });
  it('a clock-out at 24:00 closes a shift at midnight', () => {
    expect(keys([timed('16:00', '24:00')])).toEqual([]);
  });

  it('any day cut into back-to-back timed records is accepted, and any extra record inside it is refused as an overlap', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 1439 }), { minLength: 1, maxLength: 8 }), fc.integer({ min: 0, max: 1439 }), (cuts, inside) => {
        const points = [0, ...cuts.sort((a, b) => a - b), 1440];
        const clock = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
        const day = points.slice(1).map((end, i) => timed(clock(points[i]!), clock(end)));
        expect(dayProblems(day)).toEqual([]);
        const extra: DayRecord = { kind: 'training', minutes: 1, clockIn: clock(inside), clockOut: clock(inside + 1) };
        expect(keys([...day, extra])).toContain('attendance:errors.overlap');
      }),
    );
  });
});

describe('committed schedule', () => {
  it('counts each weekday of a range (March 2024 starts on a Friday: five Fridays, Saturdays and Sundays)', () => {
    expect(weekdayCounts('2024-03-01', '2024-03-31')).toEqual([0, 4, 4, 4, 4, 5, 5, 5]);
    expect(weekdayCounts('2024-03-02', '2024-03-01')).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });
  it('spreads weekly minutes evenly over the working days: 30 h Monday–Friday is 6 h a day', () => {
    expect(committedOver({ weeklyMinutes: 1800, weekdays: [1, 2, 3, 4, 5], startTime: null }, '2024-03-01', '2024-03-31')).toBe(21 * 360);
    expect(committedOver({ weeklyMinutes: 1200, weekdays: [6], startTime: null }, '2024-03-01', '2024-03-31')).toBe(5 * 1200);
  });
  it('weekdays round-trip through the stored bitmask', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 7 })), (days) => {
        expect(weekdaysOfMask(weekdayMask(days))).toEqual([...days].sort());
      }),
    );
  });
  it('a late arrival is one beyond the tolerance, counted from the usual start', () => {
    expect(minutesLate('08:00', '08:05', 5)).toBe(0);
    expect(minutesLate('08:00', '08:06', 5)).toBe(6);
    expect(minutesLate(null, '10:00', 5)).toBe(0);
  });
  it('lists the months a range touches, across a year end', () => {
    expect(monthsOf('2024-11-15', '2025-02-01')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
  });
});

describe('cells of an imported file', () => {
  it('reads hours as people write them, to the minute', () => {
    expect(['8', '7.5', '7,5', '7:30', '0,25', '-2', '8h', '7.333333'].map(hoursToMinutes)).toEqual([480, 450, 450, 450, 15, -120, null, 440]);
  });
  it("reads a time clock's clock times with or without seconds, and refuses what is no time of day", () => {
    expect(['07:30', '7:30', '07:30:59', '24:00', '24:01', '12:60', '7h30', ''].map(clockMinutes)).toEqual([450, 450, 450, 1440, null, null, null, null]);
  });
});
