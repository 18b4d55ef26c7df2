/**
 * A cooperative set up with the first release (schema 1, made with that release's own `minga init` and
 * `minga demo`, kept as tests/fixtures/v1-coop.sqlite) upgrades to today's schema and still passes the
 * full check; an edit made behind the app's back before the upgrade is still found after it.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabaseSession } from '../../electron/services/core';
import { checkAllDomains } from '../../electron/services/domains';
import { latestVersion } from '../../migrations';
import { useTempDir } from './helpers';

const tempDir = useTempDir();

function copyOfRelease1(): string {
  const path = join(tempDir(), 'v1.sqlite');
  copyFileSync('tests/fixtures/v1-coop.sqlite', path);
  return path;
}

describe('upgrading a release-1 database', () => {
  it('migrates to the latest schema and passes check, the migrations adopting what they reshape in the audit log', async () => {
    const path = copyOfRelease1();
    const session = await openDatabaseSession({ path, actor: 'test', check: checkAllDomains });
    const ctx = session.ctx();
    expect(ctx.handle.pragma('user_version', { simple: true })).toBe(latestVersion);
    const report = await checkAllDomains(ctx);
    session.close();
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it('still finds a member edited behind the app’s back before the upgrade', async () => {
    const path = copyOfRelease1();
    const raw = new Database(path);
    raw.prepare("UPDATE member SET last_names = 'Forjado' WHERE member_number = 3").run();
    raw.close();
    const session = await openDatabaseSession({ path, actor: 'test', check: checkAllDomains });
    const report = await checkAllDomains(session.ctx());
    session.close();
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => p.check)).toContain('audit');
  });

  it('still finds a statute edited behind the app’s back before the upgrade', async () => {
    const path = copyOfRelease1();
    const raw = new Database(path);
    raw.prepare("UPDATE coop_profile SET statute_json = json_set(statute_json, '$.funds[0].percent.num', 1)").run();
    raw.close();
    const session = await openDatabaseSession({ path, actor: 'test', check: checkAllDomains });
    const report = await checkAllDomains(session.ctx());
    session.close();
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => p.check)).toEqual(expect.arrayContaining(['coop']));
  });
});
