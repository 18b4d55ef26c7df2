/** Attendance: the attendance domain's public surface. Pay, surplus and planning import from here only. */
import type { DomainModule } from '../core';
import { attendanceChecks } from './checks';
import { generateAttendanceDemo } from './demo';

export { attendanceSettings, getAttendanceSettings, updateAttendanceSettings } from './settings';
export { daysWithKinds, minutesByMemberAndKind } from './totals';
export { committedMinutes } from './commitment';
export { allSchedules, memberSchedules, removeSchedule, setSchedule } from './schedules';
export { checkGrid, saveGrid } from './grid';
export { recordDayForEveryone } from './bulk-day';
export { attendanceMonth, attendanceWeek } from './views';
export { attendanceRates, belowCommitment, capacityByMonth, hoursByMonth } from './reports';
export { exportAttendanceReport, type ReportKind } from './export';
export { commitAttendanceImport, importAttendanceFile, importReportLines, previewAttendanceImport, type ImportProgress } from './import';

export const attendanceDomain: DomainModule = {
  name: 'attendance',
  checks: attendanceChecks,
  demo: generateAttendanceDemo,
};
