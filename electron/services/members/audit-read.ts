/**
 * What the audit log says the members register holds: each member's last audited state (null once the
 * app removed them), each status history row the app wrote or deleted, and the numbers it retired.
 * `check` compares this with the tables; the audit chain itself is verified by core.
 */
import type { StatusChange } from '../../../shared/contract/members';
import type { ServiceContext } from '../core';
import type { AuditedMember } from './audited';

export interface AuditedRegister {
  /** By member id (as the log writes it): the last snapshot, or null after `member.remove`. */
  members: Map<string, AuditedMember | null>;
  /** By history row id: the row as written, or null once deleted with its member. */
  history: Map<number, StatusChange | null>;
  retiredNumbers: Set<number>;
}

/** A row whose JSON does not parse was altered, which the chain reports; here it says nothing. */
function parsed(json: string | null): Partial<AuditedMember> | null {
  if (json === null) return null;
  try {
    const value = JSON.parse(json) as unknown;
    return value !== null && typeof value === 'object' ? (value as Partial<AuditedMember>) : null;
  } catch {
    return null;
  }
}

const changesOf = (snapshot: Partial<AuditedMember> | null) => (Array.isArray(snapshot?.statusChanges) ? snapshot.statusChanges : []);

export function readAuditedRegister(ctx: ServiceContext): AuditedRegister {
  const register: AuditedRegister = { members: new Map(), history: new Map(), retiredNumbers: new Set() };
  const rows = ctx.handle
    .prepare("SELECT entity_id, before_json, after_json FROM audit_log WHERE entity = 'member' ORDER BY id")
    .iterate() as IterableIterator<{ entity_id: string | null; before_json: string | null; after_json: string | null }>;
  for (const row of rows) {
    const after = parsed(row.after_json);
    for (const change of changesOf(after)) register.history.set(change.id, change);
    if (row.entity_id === null) continue;
    register.members.set(row.entity_id, after as AuditedMember | null);
    if (row.after_json === null) {
      // Removed by the app: its history rows went with it and its number was retired.
      const before = parsed(row.before_json);
      for (const change of changesOf(before)) register.history.set(change.id, null);
      if (typeof before?.memberNumber === 'number') register.retiredNumbers.add(before.memberNumber);
    }
  }
  return register;
}
