/** The legal book's columns as the members screens show them, in the order of the paper book. */
import type { Member } from '../../../../shared/contract/members';

export type BookField = Exclude<keyof Member, 'id' | 'createdAt' | 'updatedAt'>;

/** Fields a person types in the form, in tab order. */
export const editableFields = [
  'lastNames',
  'firstNames',
  'nationalId',
  'taxId',
  'nationality',
  'birthDate',
  'email',
  'phone',
  'address',
  'joinDate',
  'admissionResolution',
  'category',
  'weeklyHours',
] as const;
export type EditableField = (typeof editableFields)[number];

/** Every field of the book, as the detail screen and the audit trail name them. */
export const bookFields: readonly BookField[] = [
  'memberNumber',
  ...editableFields,
  'status',
  'statusSince',
  'leavingDate',
  'leavingCause',
];

export const dateFields: ReadonlySet<string> = new Set(['birthDate', 'joinDate', 'statusSince', 'leavingDate']);
