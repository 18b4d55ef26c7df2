/**
 * Attendance: the hours members work, day by day, entered, imported and reported.
 */
import { defineMethods } from './define';

export const attendanceMethods = defineMethods({});
