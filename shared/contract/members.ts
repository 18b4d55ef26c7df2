import { z } from 'zod';
import { memberStatuses } from '../domain/members';
import { dateOrders } from '../domain/members/date-order';
import { MAX_FOLIO } from '../print';
import { defineMethods } from './define';
import { empty, isoDate, optionalText, requiredText } from './common';

export const memberStatus = z.enum(memberStatuses);
export const memberNumber = z.number().int().min(1).max(99_999_999);
export const weeklyHours = z
  .number()
  .min(0)
  .max(168)
  .refine((h) => Number.isInteger(h * 4), { message: 'members:errors.quarterHours' });

/** The fields of the legal members book that a person edits. */
export const memberFields = z.object({
  lastNames: requiredText(120),
  firstNames: requiredText(120),
  nationalId: optionalText(40),
  taxId: optionalText(40),
  nationality: optionalText(60),
  birthDate: isoDate.nullable(),
  email: optionalText(200).refine((e) => e === null || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(e), {
    message: 'errors.email',
  }),
  phone: optionalText(60),
  // An address may span lines (street, then floor and flat), as the import fixtures and the export keep them.
  address: optionalText(300, { multiline: true }),
  joinDate: isoDate,
  admissionResolution: optionalText(200),
  category: optionalText(80),
  weeklyHours,
});
export type MemberFields = z.input<typeof memberFields>;

export const member = z.object({
  id: z.number().int(),
  memberNumber,
  lastNames: z.string(),
  firstNames: z.string(),
  nationalId: z.string().nullable(),
  taxId: z.string().nullable(),
  nationality: z.string().nullable(),
  birthDate: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
  joinDate: z.string(),
  admissionResolution: z.string().nullable(),
  category: z.string().nullable(),
  weeklyHours: z.number(),
  status: memberStatus,
  statusSince: z.string(),
  leavingDate: z.string().nullable(),
  leavingCause: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Member = z.infer<typeof member>;

export const memberRow = member.pick({
  id: true,
  memberNumber: true,
  lastNames: true,
  firstNames: true,
  nationalId: true,
  category: true,
  status: true,
  joinDate: true,
});
export type MemberRow = z.infer<typeof memberRow>;

export const memberSortFields = ['memberNumber', 'lastNames', 'joinDate', 'status', 'category'] as const;

export const listMembersInput = z
  .object({
    search: z.string().max(200).default(''),
    statuses: z.array(memberStatus).max(memberStatuses.length).default([]),
    category: z.string().max(80).nullable().default(null),
    sort: z.enum(memberSortFields).default('memberNumber'),
    direction: z.enum(['asc', 'desc']).default('asc'),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();
export type ListMembersInput = z.input<typeof listMembersInput>;

export const statusChange = z.object({
  id: z.number().int(),
  memberId: z.number().int(),
  status: memberStatus,
  effectiveDate: z.string(),
  cause: z.string().nullable(),
  resolution: z.string().nullable(),
  recordedAt: z.string(),
});
export type StatusChange = z.infer<typeof statusChange>;

/** An entry of a member's status history as shown: as corrected, or set aside, with the correction's reason. */
export const historyEntry = statusChange.extend({
  /** Set aside by a correction: kept in the history, shown struck out, no longer part of the member's path. */
  voided: z.boolean(),
  /** The correction in force for this entry (status, date, cause and resolution above are as corrected). */
  correction: z
    .object({
      id: z.number().int(),
      reason: z.string(),
      recordedAt: z.string(),
      original: z.object({
        status: memberStatus,
        effectiveDate: z.string(),
        cause: z.string().nullable(),
        resolution: z.string().nullable(),
      }),
    })
    .nullable(),
});
export type HistoryEntry = z.infer<typeof historyEntry>;

/**
 * Corrects a status change entered by mistake: `amend` gives the entry's right status and date (cause
 * and resolution kept unless given), `void` sets it aside. The reason is required; the history row is
 * never edited, a correcting record is appended.
 */
export const correctStatusChangeInput = z
  .object({
    changeId: z.number().int().min(1),
    action: z.enum(['amend', 'void']),
    status: memberStatus.nullable().default(null),
    date: isoDate.nullable().default(null),
    cause: optionalText(300).default(null),
    resolution: optionalText(200).default(null),
    reason: requiredText(500),
  })
  .strict();

/** Settings of the members register that the statute does not hold. */
export const membersSettings = z
  .object({
    /** How many days past today a status change may be dated (a leave agreed ahead); 0 allows none. */
    statusFutureMarginDays: z.number().int().min(0).max(366),
  })
  .strict();
export type MembersSettings = z.infer<typeof membersSettings>;

export const auditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntry>;

/** The register's own columns, in the order the CSV export writes them and the import recognises them. */
export const importableFields = [
  'memberNumber',
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
  'status',
  'leavingDate',
  'leavingCause',
] as const;
export type ImportableField = (typeof importableFields)[number];
export const requiredImportFields: readonly ImportableField[] = ['lastNames', 'firstNames', 'joinDate'];

/** Which column (0-based) feeds each field; a missing or null entry leaves the field empty. */
export const columnMapping = z.partialRecord(z.enum(importableFields), z.number().int().min(0).max(500).nullable());
export type ColumnMapping = z.infer<typeof columnMapping>;

export const importProblemCodes = [
  'missing_required',
  'duplicate_number',
  'number_in_use',
  'duplicate_national_id',
  'duplicate_tax_id',
  'bad_date',
  'bad_number',
  'unknown_status',
  'invalid_value',
  'future_date',
  'ambiguous_dates',
  'unmapped_required',
  'empty_file',
  'unreadable',
] as const;
export const importProblem = z.object({
  /** 1-based line of the file (the header is line 1); 0 for the file as a whole. */
  line: z.number().int().min(0),
  field: z.enum(importableFields).nullable(),
  code: z.enum(importProblemCodes),
  value: z.string().nullable(),
  message: z.string(),
  /** What the field accepts, when the value was refused for not being one of them (status words). */
  accepted: z.array(z.string()).optional(),
});
export type ImportProblem = z.infer<typeof importProblem>;

export const importInput = z
  .object({
    /** The file's bytes, base64: the encoding (UTF-8 with or without BOM, or Latin-1) is found from them. */
    fileBase64: z.string().max(80_000_000),
    /** Null: map columns by the headers (the register's own export maps itself). */
    mapping: columnMapping.nullable().default(null),
    /** How the file writes dates, chosen once for the whole file; null: only if the file itself shows it. */
    dateOrder: z.enum(dateOrders).nullable().default(null),
  })
  .strict();
export type ImportInput = z.input<typeof importInput>;

export const importPreview = z.object({
  encoding: z.enum(['utf-8', 'windows-1252']),
  delimiter: z.enum([',', ';']),
  headers: z.array(z.string()),
  mapping: columnMapping,
  rowCount: z.number().int(),
  problems: z.array(importProblem),
  /** Problems beyond the first 1,000 are counted, not listed. */
  problemCount: z.number().int(),
  sample: z.array(z.record(z.string(), z.string().nullable())),
  /** Columns of the file no field is mapped to: shown, never dropped silently. */
  ignoredColumns: z.array(z.object({ index: z.number().int(), header: z.string() })),
  dates: z.object({
    /** Date cells from the file, ambiguous ones first, for the person to decide the order by. */
    examples: z.array(
      z.object({ line: z.number().int(), field: z.enum(importableFields), value: z.string(), ambiguous: z.boolean() }),
    ),
    /** Some date reads both day-first and month-first and the file does not settle it. */
    ambiguous: z.boolean(),
    /** The order the file's own cells prove (a 25/12 can only be day-first), or null. */
    evident: z.enum(['dmy', 'mdy']).nullable(),
    /** The order the file was read with: the one chosen, else the evident one; null while undecided. */
    order: z.enum(dateOrders).nullable(),
  }),
});
export type ImportPreview = z.infer<typeof importPreview>;

const idInput = z.object({ id: z.number().int().min(1) }).strict();

export const membersMethods = defineMethods({
  'members.list': {
    input: listMembersInput,
    output: z.object({ total: z.number().int(), rows: z.array(memberRow) }),
    reads: ['members'],
  },
  'members.categories': { input: empty, output: z.array(z.string()), reads: ['members'] },
  'members.get': { input: idInput, output: member, reads: ['members'] },
  'members.history': { input: idInput, output: z.array(historyEntry), reads: ['members'] },
  'members.auditTrail': { input: idInput, output: z.array(auditEntry), reads: ['audit'] },
  'members.register': { input: empty, output: z.array(member), reads: ['members'] },
  'members.nextNumber': { input: empty, output: memberNumber, reads: ['members'] },
  'members.create': {
    input: memberFields
      .extend({
        memberNumber: memberNumber.nullable().default(null),
        status: z.enum(['applicant', 'trial', 'active']).default('applicant'),
      })
      .strict(),
    output: member,
    reads: ['members'],
    writes: ['members', 'audit'],
  },
  'members.update': {
    input: memberFields.extend({ id: z.number().int().min(1), expectedUpdatedAt: z.string().nullable().default(null) }).strict(),
    output: member,
    reads: ['members'],
    writes: ['members', 'audit'],
  },
  'members.changeStatus': {
    input: z
      .object({
        id: z.number().int().min(1),
        status: memberStatus,
        date: isoDate,
        cause: optionalText(300).default(null),
        resolution: optionalText(200).default(null),
      })
      .strict(),
    output: member,
    reads: ['members'],
    writes: ['members', 'audit'],
  },
  'members.correctStatusChange': {
    input: correctStatusChangeInput,
    output: member,
    reads: ['members'],
    writes: ['members', 'audit'],
  },
  'members.settings': { input: empty, output: membersSettings, reads: ['members'] },
  'members.updateSettings': { input: membersSettings, output: membersSettings, reads: ['members'], writes: ['members', 'audit'] },
  'members.remove': {
    input: idInput,
    output: z.object({ removed: z.literal(true) }),
    reads: ['members'],
    writes: ['members', 'audit'],
  },
  'members.importPreview': { input: importInput, output: importPreview, reads: ['members'] },
  'members.importCommit': {
    input: importInput,
    output: z.object({ imported: z.number().int() }),
    reads: ['members'],
    writes: ['members', 'audit'],
  },
  'members.export': {
    input: z.object({ format: z.enum(['csv', 'xlsx']) }).strict(),
    output: z.object({ path: z.string(), rows: z.number().int() }),
    reads: ['members'],
  },
  // Printed in the coop's language (it is the legal book); a bound book is printed in parts, so the
  // user gives the folio this part starts at.
  'members.printBook': {
    input: z
      .object({
        firstFolio: z.number().int().min(1).max(MAX_FOLIO).default(1),
        // The part of the register this print holds, by member number (both included); null: from the first, to the last.
        fromNumber: memberNumber.nullable().default(null),
        toNumber: memberNumber.nullable().default(null),
      })
      .strict(),
    output: z.object({ path: z.string() }),
    reads: ['coop', 'members'],
  },
});
