import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../electron/ipc/dispatch';
import { createHandlers } from '../../electron/ipc/handlers';
import { getCoop, leaveDemo, setupCoop } from '../../electron/services/coop';
import { openDatabaseSession } from '../../electron/services/core';
import { checkAllDomains, generateDemoCooperative } from '../../electron/services/domains';
import { demoIdentity } from '../../electron/services/members';
import { createHostPlatform } from '../host/platform';
import { argentineCoop, useTempDir } from './helpers';
import { everyTopic } from '../../shared/contract';

const tempDir = useTempDir();

async function sessionIn(dir: string) {
  return openDatabaseSession({ path: join(dir, 'm.sqlite'), backupsDir: join(dir, 'backups'), actor: 't', check: checkAllDomains });
}

describe('leaving the demo for the user’s own cooperative', () => {
  it('wipes the demo and returns to first run, keeping the demo as a backup', async () => {
    const dir = tempDir();
    const session = await sessionIn(dir);
    await setupCoop(session.ctx(), demoIdentity('es'), { isDemo: true });
    await generateDemoCooperative(session.ctx(), { members: 25, years: 2, locale: 'es', seed: 3 });

    const { keptAs } = await leaveDemo(session);

    expect(await getCoop(session.ctx())).toBeNull();
    const count = (table: string) => session.ctx().handle.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
    expect(count('member')).toBe(0);
    expect(count('member_status_change')).toBe(0);
    expect((await checkAllDomains(session.ctx())).ok).toBe(true);
    // First run works on the same file at once: the user's own coop, not a demo.
    const own = await setupCoop(session.ctx(), argentineCoop);
    expect(own.isDemo).toBe(false);
    session.close();

    // The demo is not lost: the file it was kept in still holds it.
    const kept = new Database(keptAs, { readonly: true });
    expect(kept.prepare('SELECT count(*) FROM member').pluck().get()).toBe(25);
    expect(kept.prepare('SELECT is_demo FROM coop_profile').pluck().get()).toBe(1);
    kept.close();
    // No empty scratch file is left among the backups.
    expect(readdirSync(join(dir, 'backups')).filter((f) => f.startsWith('new-cooperative'))).toEqual([]);
  });

  it('refuses to wipe a real cooperative: its books are never erased from the app', async () => {
    const session = await sessionIn(tempDir());
    await setupCoop(session.ctx(), argentineCoop);
    await expect(leaveDemo(session)).rejects.toMatchObject({ code: 'NOT_SUPPORTED', key: 'coop:errors.NOT_DEMO' });
    expect((await getCoop(session.ctx()))?.name).toBe(argentineCoop.name);
    session.close();
  });

  it('is the coop.leaveDemo method, announcing that every topic changed', async () => {
    const dir = tempDir();
    const session = await sessionIn(dir);
    await setupCoop(session.ctx(), demoIdentity('pt-BR'), { isDemo: true });
    const changes: string[][] = [];
    const dispatch = createDispatcher(createHandlers({ session, platform: createHostPlatform(join(dir, 'downloads')) }), {
      onChanged: (change) => changes.push([...change.topics]),
    });
    const result = await dispatch('coop.leaveDemo', {});
    expect(result.ok).toBe(true);
    // Leaving the demo swaps the whole database: every topic is stale.
    expect(changes).toEqual([[...everyTopic]]);
    expect(await dispatch('coop.get', {})).toEqual({ ok: true, value: null });
    session.close();
  });
});
