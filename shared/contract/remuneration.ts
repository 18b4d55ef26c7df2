/**
 * Remuneration: versioned pay schemes, monthly pay runs from attendance, payslips and the bank file.
 */
import { defineMethods } from './define';

export const remunerationMethods = defineMethods({});
