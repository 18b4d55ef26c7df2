import {
  attendanceMonth,
  attendanceRates,
  attendanceWeek,
  belowCommitment,
  capacityByMonth,
  checkGrid,
  commitAttendanceImport,
  exportAttendanceReport,
  getAttendanceSettings,
  hoursByMonth,
  memberSchedules,
  previewAttendanceImport,
  recordDayForEveryone,
  removeSchedule,
  saveGrid,
  setSchedule,
  updateAttendanceSettings,
} from '../../services/attendance';
import { asking, type DomainHandlers } from '../dispatch';
import { askSavePath, contextOf, saveBytes, type HandlerDeps } from './deps';

export function attendanceHandlers(deps: HandlerDeps): DomainHandlers<'attendance'> {
  const ctx = () => contextOf(deps);
  const fileOf = (base64: string) => Buffer.from(base64, 'base64');
  const onProgress = (event: { task: string; done: number; total: number }) => deps.progress?.(event);
  return {
    'attendance.settings': () => getAttendanceSettings(ctx().db),
    'attendance.updateSettings': (input) => updateAttendanceSettings(ctx(), input),
    'attendance.week': (input) => attendanceWeek(ctx(), input),
    'attendance.month': (input) => attendanceMonth(ctx(), input),
    'attendance.checkGrid': (input) => checkGrid(ctx(), input),
    'attendance.saveGrid': (input) => saveGrid(ctx(), input),
    'attendance.bulkDay': (input) => recordDayForEveryone(ctx(), input),
    'attendance.schedules': ({ memberId }) => memberSchedules(ctx(), memberId),
    'attendance.setSchedule': (input) => setSchedule(ctx(), input),
    'attendance.removeSchedule': ({ id }) => removeSchedule(ctx(), id),
    'attendance.importPreview': ({ fileBase64, mapping, dateOrder }) =>
      previewAttendanceImport(ctx(), fileOf(fileBase64), { mapping, dateOrder, onProgress }),
    'attendance.importCommit': async ({ fileBase64, mapping, dateOrder }) => {
      const { imported } = await commitAttendanceImport(ctx(), fileOf(fileBase64), { mapping, dateOrder, onProgress });
      return { imported };
    },
    'attendance.hoursByMonth': (input) => hoursByMonth(ctx(), input),
    'attendance.rates': (input) => attendanceRates(ctx(), input),
    'attendance.belowCommitment': (input) => belowCommitment(ctx(), input),
    'attendance.capacity': (input) => capacityByMonth(ctx(), input),
    'attendance.export': asking({
      ask: ({ report, format, from, to }) =>
        askSavePath(deps, 'attendance:exportColumns.dialogTitle', `attendance-${report}-${from}-${to}.${format}`, [
          { name: format.toUpperCase(), extensions: [format] },
        ]),
      run: async (input, path: string) => {
        const { bytes, rows } = await exportAttendanceReport(ctx(), input);
        saveBytes(path, bytes);
        return { path, rows };
      },
    }),
  };
}
