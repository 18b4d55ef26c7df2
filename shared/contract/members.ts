import { z } from 'zod';
import { memberStatuses } from '../domain/members';
import { defineMethods } from './define';
import { empty, isoDate, optionalText, requiredText } from './common';

export const memberStatus = z.enum(memberStatuses);
export const memberNumber = z.number().int().min(1).max(99_999_999);
export const weeklyHours = z
  .number()
  .min(0)
  .max(168)
  .refine((h) => Number.isInteger(h * 4), { message: 'errors.quarterHours' });

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
  address: optionalText(300),
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
});
export type ImportProblem = z.infer<typeof importProblem>;

export const importInput = z
  .object({
    /** The file's bytes, base64: the encoding (UTF-8 with or without BOM, or Latin-1) is found from them. */
    fileBase64: z.string().max(80_000_000),
    /** Null: map columns by the headers (the register's own export maps itself). */
    mapping: columnMapping.nullable().default(null),
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
});
export type ImportPreview = z.infer<typeof importPreview>;

const idInput = z.object({ id: z.number().int().min(1) }).strict();

export const membersMethods = defineMethods({
  'members.list': {
    input: listMembersInput,
    output: z.object({ total: z.number().int(), rows: z.array(memberRow) }),
  },
  'members.categories': { input: empty, output: z.array(z.string()) },
  'members.get': { input: idInput, output: member },
  'members.history': { input: idInput, output: z.array(statusChange) },
  'members.auditTrail': { input: idInput, output: z.array(auditEntry) },
  'members.register': { input: empty, output: z.array(member) },
  'members.nextNumber': { input: empty, output: memberNumber },
  'members.create': {
    input: memberFields
      .extend({
        memberNumber: memberNumber.nullable().default(null),
        status: z.enum(['applicant', 'trial', 'active']).default('applicant'),
      })
      .strict(),
    output: member,
    writes: ['members', 'audit'],
  },
  'members.update': {
    input: memberFields.extend({ id: z.number().int().min(1), expectedUpdatedAt: z.string().nullable().default(null) }).strict(),
    output: member,
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
    writes: ['members', 'audit'],
  },
  'members.remove': { input: idInput, output: z.object({ removed: z.literal(true) }), writes: ['members', 'audit'] },
  'members.importPreview': { input: importInput, output: importPreview },
  'members.importCommit': {
    input: importInput,
    output: z.object({ imported: z.number().int() }),
    writes: ['members', 'audit'],
  },
  'members.export': {
    input: z.object({ format: z.enum(['csv', 'xlsx']) }).strict(),
    output: z.object({ path: z.string(), rows: z.number().int() }),
  },
  'members.printBook': {
    input: z.object({ locale: z.string().max(10) }).strict(),
    output: z.object({ path: z.string() }),
  },
});
