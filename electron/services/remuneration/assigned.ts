/**
 * Members' assignments in force on a day (category or job index, matrix steps, modifiers, commitment,
 * add-ons), read in one query with what pay needs of the member: number, name, tax id, dates.
 */
import type { Kysely } from 'kysely';
import type { Fraction } from '../../../shared/domain/rational';
import type { DB } from '../../db/schema';

export interface AssignedMember {
  assignmentId: number;
  memberId: number;
  memberNumber: number;
  memberName: string;
  taxId: string | null;
  joinDate: string;
  leavingDate: string | null;
  effectiveFrom: string;
  category: string;
  steps: Record<string, number>;
  modifiers: string[];
  commitment: Fraction;
  addOns: string[];
  bankAccount: string | null;
}

type Row = {
  id: number;
  member_id: number;
  member_number: number;
  last_names: string;
  first_names: string;
  tax_id: string | null;
  join_date: string;
  leaving_date: string | null;
  effective_from: string;
  category: string;
  steps_json: string;
  modifiers_json: string;
  commitment_num: number;
  commitment_den: number;
  add_ons_json: string;
  bank_account: string | null;
};

export const toAssigned = (r: Row): AssignedMember => ({
  assignmentId: r.id,
  memberId: r.member_id,
  memberNumber: r.member_number,
  memberName: `${r.last_names}, ${r.first_names}`,
  taxId: r.tax_id,
  joinDate: r.join_date,
  leavingDate: r.leaving_date,
  effectiveFrom: r.effective_from,
  category: r.category,
  steps: JSON.parse(r.steps_json) as Record<string, number>,
  modifiers: JSON.parse(r.modifiers_json) as string[],
  commitment: { num: r.commitment_num, den: r.commitment_den },
  addOns: JSON.parse(r.add_ons_json) as string[],
  bankAccount: r.bank_account,
});

const columns = [
  'a.id',
  'a.member_id',
  'm.member_number',
  'm.last_names',
  'm.first_names',
  'm.tax_id',
  'm.join_date',
  'm.leaving_date',
  'a.effective_from',
  'a.category',
  'a.steps_json',
  'a.modifiers_json',
  'a.commitment_num',
  'a.commitment_den',
  'a.add_ons_json',
  'b.bank_account',
] as const;

function assignmentQuery(db: Kysely<DB>) {
  return db
    .selectFrom('remuneration_assignment as a')
    .innerJoin('member as m', 'm.id', 'a.member_id')
    .leftJoin('remuneration_bank_account as b', 'b.member_id', 'a.member_id')
    .select(columns);
}

/** Each member's latest assignment effective on or before `on`, by member number. */
export async function assignedOn(db: Kysely<DB>, on: string): Promise<AssignedMember[]> {
  const rows = await assignmentQuery(db)
    .where('a.effective_from', '=', (eb) =>
      eb.selectFrom('remuneration_assignment as x').select((x) => x.fn.max('x.effective_from').as('latest')).whereRef('x.member_id', '=', 'a.member_id').where('x.effective_from', '<=', on),
    )
    .orderBy('m.member_number')
    .execute();
  return rows.map(toAssigned);
}

export async function assignmentHistoryOf(db: Kysely<DB>, memberId: number): Promise<AssignedMember[]> {
  const rows = await assignmentQuery(db).where('a.member_id', '=', memberId).orderBy('a.effective_from').execute();
  return rows.map(toAssigned);
}

export async function assignmentById(db: Kysely<DB>, id: number): Promise<AssignedMember | null> {
  const row = await assignmentQuery(db).where('a.id', '=', id).executeTakeFirst();
  return row ? toAssigned(row) : null;
}
