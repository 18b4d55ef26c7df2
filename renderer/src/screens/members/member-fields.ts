/** The legal book's columns as the members screens show them, in the order of the paper book. */
import { memberFields, type Member } from '../../../../shared/contract/members';

export type BookField = Exclude<keyof Member, 'id' | 'createdAt' | 'updatedAt'>;

/** Fields a person types in the form, in tab order: the contract's own list, so the two never drift. */
export const editableFields = memberFields.keyof().options;
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
