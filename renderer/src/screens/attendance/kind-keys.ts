/**
 * The letter that gives a cell its kind, in the office's language (F for feriado in es, H for holiday in
 * en), read from the catalogue so the legend and the keys always agree.
 */
import type { TFunction } from 'i18next';
import { attendanceKinds, type AttendanceKind } from '../../../../shared/domain/attendance';

export function kindLetters(t: TFunction): Map<string, AttendanceKind> {
  return new Map(attendanceKinds.map((kind) => [t(`grid.keys.${kind}`, { ns: 'attendance' }).toLowerCase(), kind]));
}

/** The kind a single typed or pasted letter stands for, or null. */
export function kindOfLetter(letters: ReadonlyMap<string, AttendanceKind>, text: string): AttendanceKind | null {
  return letters.get(text.trim().toLowerCase()) ?? null;
}
