/** The council's or assembly's resolution a scheme or a run rests on (seams §2): found, passed, of the right kind. */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { approvedResolution } from '../assemblies';
import { refusal } from './refuse';

export interface ResolutionRef {
  id: number;
  reference: string;
}

export async function requireResolution(db: Kysely<DB>, id: number | null, kinds: readonly string[]): Promise<ResolutionRef | null> {
  if (id === null) return null;
  const found = await approvedResolution(db, id);
  if (!found) throw refusal('NOT_FOUND', 'RESOLUTION_NOT_FOUND', `There is no approved resolution ${id}.`, { id });
  if (!kinds.includes(found.kind)) {
    throw refusal('BAD_INPUT', 'RESOLUTION_KIND', `Resolution ${found.reference} is about ${found.kind}, not pay.`, { reference: found.reference });
  }
  return { id: found.id, reference: found.reference };
}
