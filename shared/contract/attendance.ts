/**
 * Attendance: the hours members work, day by day, entered in a week grid or a member's month, imported
 * from time clocks, and reported (hours, absences, punctuality, commitment, capacity). Minutes are whole
 * numbers; clock times are 'HH:MM' strings the service checks (a malformed one is a refusal with its own
 * message, not a schema error, so the grid can point at the cell).
 */
import { z } from 'zod';
import { attendanceKinds } from '../domain/attendance';
import { dateOrders } from '../domain/members/date-order';
import { defineMethods } from './define';
import { empty, isoDate, optionalText } from './common';

export const attendanceKind = z.enum(attendanceKinds);

export const attendanceSettings = z
  .object({
    /** Kinds whose minutes are paid (pay runs read this). */
    paidKinds: z.array(attendanceKind).max(attendanceKinds.length),
    /** Kinds that count as work for surplus returns. */
    workKinds: z.array(attendanceKind).max(attendanceKinds.length),
    /** Minutes after the usual start time still counted as on time. */
    lateToleranceMinutes: z.number().int().min(0).max(240),
  })
  .strict();
export type AttendanceSettings = z.infer<typeof attendanceSettings>;

export const attendanceRecord = z.object({
  id: z.number().int(),
  memberId: z.number().int(),
  date: z.string(),
  kind: attendanceKind,
  minutes: z.number().int(),
  clockIn: z.string().nullable(),
  clockOut: z.string().nullable(),
  note: z.string().nullable(),
});
export type AttendanceRecord = z.infer<typeof attendanceRecord>;

/** A record as entered. `minutes` null: the span between clock-in and clock-out (both then required). */
export const recordEntry = z
  .object({
    kind: attendanceKind,
    minutes: z.number().int().min(-100_000).max(100_000).nullable().default(null),
    clockIn: z.string().max(8).nullable().default(null),
    clockOut: z.string().max(8).nullable().default(null),
    note: optionalText(300).default(null),
  })
  .strict();
export type RecordEntry = z.input<typeof recordEntry>;

/** One cell of the grid: a member's whole day. Its records replace the day's records; none clears the day. */
export const gridCell = z
  .object({
    memberId: z.number().int().min(1),
    date: isoDate,
    records: z.array(recordEntry).max(24),
  })
  .strict();
export type GridCell = z.input<typeof gridCell>;

export const gridInput = z.object({ cells: z.array(gridCell).min(1).max(20_000) }).strict();

export const cellProblem = z.object({
  /** Index of the cell in the input. */
  cell: z.number().int(),
  memberId: z.number().int(),
  date: z.string(),
  /** Catalogue key ('attendance:errors.overlap') and its params; `message` is the English sentence. */
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  message: z.string(),
});
export type CellProblem = z.infer<typeof cellProblem>;

export const schedule = z.object({
  id: z.number().int(),
  memberId: z.number().int(),
  /** In force from this date until the next version's. */
  from: z.string(),
  weeklyMinutes: z.number().int(),
  /** ISO weekdays, 1 Monday … 7 Sunday. */
  weekdays: z.array(z.number().int().min(1).max(7)),
  /** Usual start time 'HH:MM', for punctuality; null: not measured. */
  startTime: z.string().nullable(),
});
export type ScheduleVersion = z.infer<typeof schedule>;

/** A member's schedule in force on a day: a saved version, or (none saved) the register's weekly hours, Monday to Friday. */
export const effectiveSchedule = schedule.omit({ id: true }).extend({ id: z.number().int().nullable() });

export const scheduleInput = z
  .object({
    memberId: z.number().int().min(1),
    from: isoDate,
    weeklyMinutes: z.number().int().min(0).max(168 * 60),
    weekdays: z.array(z.number().int().min(1).max(7)).max(7),
    startTime: z.string().max(8).nullable().default(null),
  })
  .strict();

const maxRangeDays = 3_700;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
/** An inclusive range of dates, at most about ten years. */
export const dateRange = z
  .object({ from: isoDate, to: isoDate })
  .strict()
  .refine((r) => r.from <= r.to, { message: 'attendance:errors.rangeOrder', path: ['to'] })
  .refine((r) => dayNumber(r.to) - dayNumber(r.from) <= maxRangeDays, { message: 'attendance:errors.rangeTooLong', path: ['to'] });

export const memberLine = z.object({
  memberId: z.number().int(),
  memberNumber: z.number().int(),
  name: z.string(),
});

export const weekInput = z
  .object({
    from: isoDate,
    days: z.number().int().min(1).max(31).default(7),
    search: z.string().max(200).default(''),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();

export const week = z.object({
  days: z.array(z.string()),
  /** Members who belong to the coop on some day of the range (joined, not yet left), by member number. */
  total: z.number().int(),
  members: z.array(
    memberLine.extend({
      joinDate: z.string(),
      leavingDate: z.string().nullable(),
      schedule: effectiveSchedule,
    }),
  ),
  records: z.array(attendanceRecord),
});

export const monthInput = z
  .object({ memberId: z.number().int().min(1), month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/) })
  .strict();

export const kindMinutes = z.object({ kind: attendanceKind, minutes: z.number().int() });

export const month = z.object({
  member: memberLine.extend({ joinDate: z.string(), leavingDate: z.string().nullable() }),
  days: z.array(
    z.object({
      date: z.string(),
      weekday: z.number().int(),
      /** A member of the coop that day (joined, not left): records outside are refused. */
      member: z.boolean(),
      committedMinutes: z.number(),
      startTime: z.string().nullable(),
      minutesLate: z.number().int(),
      records: z.array(attendanceRecord),
    }),
  ),
  totals: z.array(kindMinutes),
  committedMinutes: z.number(),
  paidMinutes: z.number().int(),
  workMinutes: z.number().int(),
});

export const bulkDayInput = z
  .object({
    date: isoDate,
    kind: attendanceKind.default('holiday'),
    /** Null: each member's committed minutes for that day (0 on a day off). */
    minutes: z.number().int().min(0).max(24 * 60).nullable().default(null),
    note: optionalText(300).default(null),
  })
  .strict();

export const bulkDayResult = z.object({
  recorded: z.number().int(),
  /** Members who already had a record that day: left as they were. */
  skipped: z.array(memberLine),
});

/** `hours` reads 8, 7.5, 7,5 or 7:30; `minutes` whole minutes; with neither, the clock span. */
export const importFields = ['memberNumber', 'date', 'hours', 'minutes', 'clockIn', 'clockOut', 'kind', 'note'] as const;
export type AttendanceImportField = (typeof importFields)[number];
export const importMapping = z.partialRecord(z.enum(importFields), z.number().int().min(0).max(500).nullable());

export const importProblemCodes = [
  'missing_required',
  'unknown_member',
  'bad_date',
  'bad_number',
  'bad_clock',
  'unknown_kind',
  'not_a_member_then',
  'day_rejected',
  'invalid_value',
  'ambiguous_dates',
  'unmapped_required',
  'empty_file',
  'unreadable',
] as const;

export const attendanceImportProblem = z.object({
  /** 1-based line of the file (the header is line 1); 0 for the file as a whole. */
  line: z.number().int().min(0),
  field: z.enum(importFields).nullable(),
  code: z.enum(importProblemCodes),
  value: z.string().nullable(),
  /** Catalogue key and params of the sentence the person reads; `message` is the English one. */
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  message: z.string(),
});
export type AttendanceImportProblem = z.infer<typeof attendanceImportProblem>;

export const attendanceImportInput = z
  .object({
    fileBase64: z.string().max(120_000_000),
    mapping: importMapping.nullable().default(null),
    dateOrder: z.enum(dateOrders).nullable().default(null),
  })
  .strict();

export const attendanceImportPreview = z.object({
  encoding: z.enum(['utf-8', 'windows-1252']),
  delimiter: z.enum([',', ';']),
  headers: z.array(z.string()),
  mapping: importMapping,
  rowCount: z.number().int(),
  /** The first 1,000 problems; `problemCount` counts them all. */
  problems: z.array(attendanceImportProblem),
  problemCount: z.number().int(),
  sample: z.array(z.record(z.string(), z.string().nullable())),
  ignoredColumns: z.array(z.object({ index: z.number().int(), header: z.string() })),
  dates: z.object({
    examples: z.array(z.object({ line: z.number().int(), value: z.string(), ambiguous: z.boolean() })),
    ambiguous: z.boolean(),
    evident: z.enum(['dmy', 'mdy']).nullable(),
    order: z.enum(dateOrders).nullable(),
  }),
  /** Minutes per kind the file holds, for the person to check totals before committing. */
  totals: z.array(kindMinutes),
});
export type AttendanceImportPreview = z.infer<typeof attendanceImportPreview>;

export const hoursRow = memberLine.extend({
  /** 'YYYY-MM' */
  month: z.string(),
  kinds: z.array(kindMinutes),
  totalMinutes: z.number().int(),
  paidMinutes: z.number().int(),
  workMinutes: z.number().int(),
  committedMinutes: z.number(),
});

export const rateRow = memberLine.extend({
  /** Days the schedule commits the member to, within their membership. */
  scheduledDays: z.number().int(),
  /** Scheduled days with an absence record (justified, unjustified or sick) and no work. */
  absenceDays: z.number().int(),
  absenceRate: z.number(),
  /** Days with a clock-in for a work kind, on a schedule with a start time. */
  clockedDays: z.number().int(),
  lateDays: z.number().int(),
  lateRate: z.number(),
  averageMinutesLate: z.number(),
});

export const belowRow = memberLine.extend({
  /** Minutes of paid kinds: a holiday or leave covers the commitment as work does. */
  countedMinutes: z.number().int(),
  committedMinutes: z.number(),
  shortfallMinutes: z.number(),
  ratio: z.number(),
});

export const capacityRow = z.object({
  month: z.string(),
  /** Minutes of the kinds that count as work. */
  workedMinutes: z.number().int(),
  committedMinutes: z.number(),
  /** worked ÷ committed; null with no commitment. */
  ratio: z.number().nullable(),
});

export const reportKinds = ['hours', 'rates', 'below', 'capacity'] as const;

const idInput = z.object({ id: z.number().int().min(1) }).strict();

export const attendanceMethods = defineMethods({
  'attendance.settings': { input: empty, output: attendanceSettings, reads: ['attendance'] },
  'attendance.updateSettings': {
    input: attendanceSettings,
    output: attendanceSettings,
    reads: ['attendance'],
    writes: ['attendance', 'audit'],
  },
  'attendance.week': { input: weekInput, output: week, reads: ['attendance', 'members'] },
  'attendance.month': { input: monthInput, output: month, reads: ['attendance', 'members'] },
  /** Dry run of a grid save: every cell's problems, nothing written. */
  'attendance.checkGrid': { input: gridInput, output: z.object({ problems: z.array(cellProblem) }), reads: ['attendance', 'members'] },
  /** All cells or none: any problem refuses the whole save (issues name `cells.<index>`). */
  'attendance.saveGrid': {
    input: gridInput,
    output: z.object({ cells: z.number().int(), records: z.number().int() }),
    reads: ['attendance', 'members'],
    writes: ['attendance', 'audit'],
  },
  /** A day for everyone (a holiday): members who already have a record that day are skipped and listed. */
  'attendance.bulkDay': { input: bulkDayInput, output: bulkDayResult, reads: ['attendance', 'members'], writes: ['attendance', 'audit'] },
  'attendance.schedules': {
    input: z.object({ memberId: z.number().int().min(1) }).strict(),
    output: z.array(schedule),
    reads: ['attendance'],
  },
  'attendance.setSchedule': { input: scheduleInput, output: schedule, reads: ['attendance', 'members'], writes: ['attendance', 'audit'] },
  'attendance.removeSchedule': {
    input: idInput,
    output: z.object({ removed: z.literal(true) }),
    reads: ['attendance'],
    writes: ['attendance', 'audit'],
  },
  'attendance.importPreview': { input: attendanceImportInput, output: attendanceImportPreview, reads: ['attendance', 'members'] },
  'attendance.importCommit': {
    input: attendanceImportInput,
    output: z.object({ imported: z.number().int() }),
    reads: ['attendance', 'members'],
    writes: ['attendance', 'audit'],
  },
  'attendance.hoursByMonth': {
    input: z.object({ from: isoDate, to: isoDate, memberId: z.number().int().min(1).nullable().default(null) }).strict(),
    output: z.array(hoursRow),
    reads: ['attendance', 'members'],
  },
  'attendance.rates': { input: dateRange, output: z.array(rateRow), reads: ['attendance', 'members'] },
  'attendance.belowCommitment': { input: dateRange, output: z.array(belowRow), reads: ['attendance', 'members'] },
  'attendance.capacity': { input: dateRange, output: z.array(capacityRow), reads: ['attendance', 'members'] },
  /** Asks where to save; the file is in the coop's language. */
  'attendance.export': {
    input: z.object({ report: z.enum(reportKinds), format: z.enum(['csv', 'xlsx']), from: isoDate, to: isoDate }).strict(),
    output: z.object({ path: z.string(), rows: z.number().int() }),
    reads: ['attendance', 'members'],
  },
});
