/**
 * Checks every row of an import and collects every problem with its file line, so a person fixes the
 * whole file in one go. The limits and the email rule are the member form's, so a row that passes here
 * would pass the form too.
 */
import {
  memberFields,
  requiredImportFields,
  type ColumnMapping,
  type ImportableField,
  type ImportProblem,
} from '../../../shared/contract/members';
import { hasForbiddenCharacters, isWithinDateHorizon } from '../../../shared/contract/common';
import { isLeaving, type MemberStatus } from '../../../shared/domain/members';
import { dateUnder, readingsOf, type DateOrder } from '../../../shared/domain/members/date-order';
import type { NewMember } from './bulk';
import { cellText, type CsvRecord } from './import-parse';
import { identityKey } from './search';
import { statusFromText } from './import-words';

/** What the database already holds that an import must not repeat. */
export interface ExistingRegister {
  numbers: ReadonlySet<number>;
  retiredNumbers: ReadonlySet<number>;
  /** Id without punctuation (identityKey) → member number holding it. */
  nationalIds: ReadonlyMap<string, number>;
  taxIds: ReadonlyMap<string, number>;
  highestNumber: number;
}

/** What the checks measure against besides the register: the file's date order and today's limits. */
export interface ImportRules {
  /** How the file writes day and month; null while undecided (a date that needs it is then left unread). */
  dateOrder: DateOrder | null;
  /** Birth and join dates may not pass today. */
  today: string;
  /** A leaving date may not pass today plus the members setting's margin. */
  latestStatusDate: string;
  /** The status words the coop's language uses, listed when a status is not recognised. */
  statusWords: readonly string[];
}

export interface ValidatedRow {
  line: number;
  member: NewMember;
}

/**
 * Text limits of the member form (shared/contract/members.ts), checked by hand because a zod parse per
 * cell would dominate a 10,000-row import; a test holds this table equal to the contract's schemas.
 */
export const textLimits = {
  lastNames: 120,
  firstNames: 120,
  nationalId: 40,
  taxId: 40,
  nationality: 60,
  email: 200,
  phone: 60,
  address: 300,
  admissionResolution: 200,
  category: 80,
  leavingCause: 300,
} as const satisfies Partial<Record<ImportableField, number>>;
type TextField = keyof typeof textLimits;
const emailSchema = memberFields.shape.email;

const MAX_NUMBER = 99_999_999;

function quoted(value: string): string {
  return `"${value.length > 60 ? `${value.slice(0, 60)}…` : value}"`;
}

function parseHours(text: string): number | null {
  if (!/^\d{1,3}([.,]\d{1,2})?$/.test(text)) return null;
  const hours = Number(text.replace(',', '.'));
  return hours <= 168 && Number.isInteger(hours * 4) ? hours : null;
}

/** Required fields the mapping leaves without a column: one problem each, on line 0 (the file). */
export function unmappedRequired(mapping: ColumnMapping, columnCount: number): ImportProblem[] {
  return requiredImportFields
    .filter((field) => {
      const index = mapping[field];
      return index === undefined || index === null || index >= columnCount;
    })
    .map((field) => ({
      line: 0,
      field,
      code: 'unmapped_required' as const,
      value: null,
      message: `no column is mapped to ${field}, which every member needs`,
    }));
}

/** Reads and checks the cells of one record at a time; problems go to the shared list. */
function cellReader(mapping: ColumnMapping, problems: ImportProblem[], rules: ImportRules) {
  let record: CsvRecord = { line: 0, cells: [], unreadable: null };
  const problem = (
    field: ImportableField | null,
    code: ImportProblem['code'],
    value: string | null,
    message: string,
    accepted?: readonly string[],
  ) => {
    problems.push({ line: record.line, field, code, value, message, ...(accepted ? { accepted: [...accepted] } : {}) });
  };
  const cell = (field: ImportableField): string | null => {
    const index = mapping[field];
    return index === undefined || index === null ? null : cellText(record.cells[index]);
  };
  const text = (field: TextField): string | null => {
    const value = cell(field);
    if (value === null) {
      if (field === 'lastNames' || field === 'firstNames') problem(field, 'missing_required', null, `${field} is required`);
      return null;
    }
    if (value.length > textLimits[field]) {
      problem(field, 'invalid_value', value, `${field} is too long (${value.length} characters; at most ${textLimits[field]})`);
      return null;
    }
    // The same refusal as the form's: no control characters, escapes or bidi overrides in the register.
    if (hasForbiddenCharacters(value, { multiline: field === 'address' })) {
      problem(field, 'invalid_value', value, `${field} holds control or direction-override characters`);
      return null;
    }
    if (field === 'email' && !emailSchema.safeParse(value).success) {
      problem(field, 'invalid_value', value, `not a valid email address ${quoted(value)}`);
      return null;
    }
    return value;
  };
  const date = (field: 'birthDate' | 'joinDate' | 'leavingDate'): string | null => {
    const raw = cell(field);
    if (raw === null) {
      if (field === 'joinDate') problem(field, 'missing_required', null, `${field} is required`);
      return null;
    }
    // Undecided order: a date that reads two ways waits for the person's choice (the file is refused meanwhile).
    if (rules.dateOrder === null && readingsOf(raw).ymd === undefined && Object.keys(readingsOf(raw)).length > 0) return null;
    const iso = dateUnder(raw, rules.dateOrder ?? 'dmy');
    if (iso === null || !isWithinDateHorizon(iso)) {
      const written = rules.dateOrder === 'mdy' ? 'mm/dd/yyyy' : rules.dateOrder === 'ymd' ? 'yyyy/mm/dd' : 'dd/mm/yyyy';
      problem(field, 'bad_date', raw, `bad date ${quoted(raw)} (write ${written} or yyyy-mm-dd)`);
      return null;
    }
    const latest = field === 'leavingDate' ? rules.latestStatusDate : rules.today;
    if (iso > latest) {
      problem(field, 'future_date', raw, `the date ${quoted(raw)} is in the future (the latest allowed is ${latest})`);
      return null;
    }
    return iso;
  };
  const hours = (): number => {
    const raw = cell('weeklyHours');
    if (raw === null) return 0;
    const value = parseHours(raw);
    if (value === null) problem('weeklyHours', 'bad_number', raw, `bad weekly hours ${quoted(raw)} (0 to 168, in quarter hours)`);
    return value ?? 0;
  };
  const status = (): MemberStatus | null => {
    const raw = cell('status');
    const value = statusFromText(raw);
    if (value === null) {
      problem('status', 'unknown_status', raw, `unknown status ${quoted(raw ?? '')} (use one of: ${rules.statusWords.join(', ')})`, rules.statusWords);
    }
    return value;
  };
  return {
    start(next: CsvRecord) {
      record = next;
    },
    problem,
    cell,
    text,
    date,
    hours,
    status,
  };
}

/**
 * Validates every record. Members without a number get the next numbers in file order, after the
 * highest number ever used (in the database, retired, or given explicitly in this file).
 */
export function validateRecords(
  records: readonly CsvRecord[],
  mapping: ColumnMapping,
  existing: ExistingRegister,
  rules: ImportRules,
): { rows: ValidatedRow[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const rows: ValidatedRow[] = [];
  const numbersInFile = new Map<number, number>();
  const idsInFile = { nationalId: new Map<string, number>(), taxId: new Map<string, number>() };
  const unnumbered: NewMember[] = [];
  let highest = existing.highestNumber;
  const read = cellReader(mapping, problems, rules);
  const { problem, cell } = read;

  const checkNumber = (line: number): number | null => {
    const raw = cell('memberNumber');
    if (raw === null) return null;
    const n = /^\d{1,8}$/.test(raw) ? Number(raw) : 0;
    if (n < 1 || n > MAX_NUMBER) {
      problem('memberNumber', 'bad_number', raw, `bad member number ${quoted(raw)} (a whole number from 1)`);
      return null;
    }
    highest = Math.max(highest, n);
    const otherLine = numbersInFile.get(n);
    if (otherLine !== undefined) {
      problem('memberNumber', 'duplicate_number', raw, `member number ${n} is also on line ${otherLine}`);
      return null;
    }
    numbersInFile.set(n, line);
    if (existing.numbers.has(n)) problem('memberNumber', 'number_in_use', raw, `member number ${n} already belongs to a member`);
    else if (existing.retiredNumbers.has(n)) {
      problem('memberNumber', 'number_in_use', raw, `member number ${n} was used before and is never given again`);
    } else return n;
    return null;
  };
  const checkUnique = (field: 'nationalId' | 'taxId', value: string | null, line: number) => {
    if (value === null) return;
    const label = field === 'nationalId' ? 'national id' : 'tax id';
    const code = field === 'nationalId' ? 'duplicate_national_id' : 'duplicate_tax_id';
    const key = identityKey(value);
    const otherLine = idsInFile[field].get(key);
    const owner = (field === 'nationalId' ? existing.nationalIds : existing.taxIds).get(key);
    if (otherLine !== undefined) problem(field, code, value, `${label} ${value} is also on line ${otherLine}`);
    else if (owner !== undefined) problem(field, code, value, `${label} ${value} already belongs to member ${owner}`);
    else idsInFile[field].set(key, line);
  };

  for (const record of records) {
    const { line } = record;
    read.start(record);
    if (record.unreadable) {
      problem(null, 'unreadable', null, record.unreadable);
      continue;
    }
    const before = problems.length;
    const lastNames = read.text('lastNames');
    const firstNames = read.text('firstNames');
    const fields = {
      nationalId: read.text('nationalId'),
      taxId: read.text('taxId'),
      nationality: read.text('nationality'),
      email: read.text('email'),
      phone: read.text('phone'),
      address: read.text('address'),
      admissionResolution: read.text('admissionResolution'),
      category: read.text('category'),
    };
    const leavingCause = read.text('leavingCause');
    const birthDate = read.date('birthDate');
    const joinDate = read.date('joinDate');
    const leavingDate = read.date('leavingDate');
    const memberNumber = checkNumber(line);
    const weeklyHours = read.hours();
    const status = read.status();
    checkUnique('nationalId', fields.nationalId, line);
    checkUnique('taxId', fields.taxId, line);

    const leaving = status !== null && isLeaving(status);
    const rawLeavingDate = cell('leavingDate');
    if (leaving) {
      if (rawLeavingDate === null) problem('leavingDate', 'missing_required', null, `a member who left (${status}) needs a leaving date`);
      if (leavingCause === null && cell('leavingCause') === null) {
        problem('leavingCause', 'missing_required', null, `a member who left (${status}) needs a leaving cause`);
      }
    } else if (status !== null && (rawLeavingDate !== null || cell('leavingCause') !== null)) {
      const field = rawLeavingDate !== null ? 'leavingDate' : 'leavingCause';
      problem(field, 'invalid_value', cell(field),
        `only a member who left (resigned, excluded, deceased) has a leaving date or cause; the status is ${status}`);
    }
    if (joinDate !== null && leavingDate !== null && leavingDate < joinDate) {
      problem('leavingDate', 'invalid_value', leavingDate, `the leaving date ${leavingDate} is before the join date ${joinDate}`);
    }

    if (problems.length > before || lastNames === null || firstNames === null || joinDate === null || status === null) continue;
    const member: NewMember = {
      memberNumber: memberNumber ?? 0,
      lastNames,
      firstNames,
      ...fields,
      birthDate,
      joinDate,
      weeklyHours,
      status,
      statusSince: leaving && leavingDate !== null ? leavingDate : joinDate,
      leavingDate: leaving ? leavingDate : null,
      leavingCause: leaving ? leavingCause : null,
      history: leaving
        ? [
            { status: 'active', effectiveDate: joinDate, cause: null, resolution: fields.admissionResolution },
            { status, effectiveDate: leavingDate ?? joinDate, cause: leavingCause, resolution: null },
          ]
        : [{ status, effectiveDate: joinDate, cause: null, resolution: fields.admissionResolution }],
    };
    if (memberNumber === null) unnumbered.push(member);
    rows.push({ line, member });
  }

  // Numbers are handed out only after every explicit number in the file is known.
  for (const member of unnumbered) {
    highest += 1;
    member.memberNumber = highest;
  }
  return { rows, problems };
}
