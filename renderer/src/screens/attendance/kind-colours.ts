/** One colour per kind in the charts (the legend and the table name them: colour is never the only cue). */
import type { AttendanceKind } from '../../../../shared/domain/attendance';

export const kindColours: Record<AttendanceKind, string> = {
  work: 'var(--accent)',
  training: '#2f8f83',
  assembly: '#7a5ab8',
  holiday: '#c28a00',
  leave: '#8a94a3',
  justified_absence: '#d9822b',
  sick_leave: '#b85a8a',
  unjustified_absence: 'var(--danger)',
};
