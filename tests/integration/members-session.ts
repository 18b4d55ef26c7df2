/** A real temp-file database with the coop set up, and a dispatcher over the app's own handlers. */
import { join } from 'node:path';
import { createDispatcher } from '../../electron/ipc/dispatch';
import { createHandlers } from '../../electron/ipc/handlers';
import { setupCoop } from '../../electron/services/coop/profile';
import { openDatabaseSession } from '../../electron/services/core/session';
import { createHostPlatform } from '../host/platform';
import { argentineCoop } from './helpers';

export const FIXED_NOW = new Date('2025-06-15T12:00:00.000Z');

export async function openMembersSession(dir: string, options: { coop?: boolean; name?: string; now?: () => Date } = {}) {
  const session = await openDatabaseSession({
    path: join(dir, options.name ?? 'minga.sqlite'),
    backupsDir: join(dir, 'backups'),
    actor: 'tester',
    now: options.now ?? (() => FIXED_NOW),
  });
  if (options.coop ?? true) await setupCoop(session.ctx(), argentineCoop);
  const platform = createHostPlatform(dir);
  const dispatch = createDispatcher(createHandlers({ session, platform }), { validateOutput: true, onInternalError: (m, e) => process.env.MINGA_DEBUG && console.error(m, e) });
  const handle = () => session.ctx().handle;
  const count = (table: 'member' | 'member_status_change' | 'audit_log' | 'retired_member_number') =>
    handle().prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  const counts = () => ({
    members: count('member'),
    history: count('member_status_change'),
    audit: count('audit_log'),
    retired: count('retired_member_number'),
  });
  return { session, dispatch, platform, ctx: () => session.ctx(), handle, counts };
}

/** A member the form would accept; override what a test is about. */
export function memberInput(overrides: Record<string, unknown> = {}) {
  return {
    lastNames: 'Núñez',
    firstNames: 'José María',
    nationalId: null,
    taxId: null,
    nationality: 'Argentina',
    birthDate: '1980-03-05',
    email: 'jose@example.com',
    phone: null,
    address: null,
    joinDate: '2020-01-15',
    admissionResolution: 'Acta N° 1',
    category: 'Oficial',
    weeklyHours: 40,
    ...overrides,
  };
}
