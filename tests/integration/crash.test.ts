/**
 * Kill tests (issue 5): a process restoring a database, or making the daily backup, is killed with
 * SIGKILL at varied moments; afterwards the live database must open, pass the full check and hold all
 * of one whole version of its data, and nothing half-written may count as a backup.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listBackups, verifyDatabaseFile } from '../../electron/services/core/backups';
import { openDatabaseSession } from '../../electron/services/core/session';
import { setupCoop } from '../../electron/services/coop';
import { generateDemo } from '../../electron/services/members';
import { checkAllDomains } from '../../electron/services/domains';
import { openHandle } from '../../electron/db/connection';
import { argentineCoop } from './helpers';

const root = join(__dirname, '..', '..');
/**
 * Where in a round each kill lands, as a fraction of the round's own length (measured on the machine
 * running the test): spread over the whole round, so copying, checking, the backup first, the swap and
 * the reopening each get killed, however fast or slow the machine is.
 */
const KILL_AT = [0.02, 0.12, 0.22, 0.33, 0.44, 0.55, 0.66, 0.77, 0.88, 0.97];

let workDir: string;
let worker: string;
const templates = { a: '', b: '' };
const fingerprints = { a: '', b: '' };

/** Every member row and every audit row, hashed: equal fingerprints mean the same data, all of it. */
function fingerprint(path: string): string {
  const handle = openHandle(path, { readonly: true, fileMustExist: true });
  try {
    const members = handle.prepare('SELECT * FROM member ORDER BY id').all();
    const audit = handle.prepare('SELECT * FROM audit_log ORDER BY id').all();
    return createHash('sha256').update(JSON.stringify([members, audit])).digest('hex');
  } finally {
    handle.close();
  }
}

async function template(name: string, members: number, seed: number): Promise<string> {
  const dir = join(workDir, name);
  mkdirSync(dir);
  const session = await openDatabaseSession({ path: join(dir, 'live.sqlite'), actor: 'crash-test' });
  await setupCoop(session.ctx(), argentineCoop);
  await generateDemo(session.ctx(), { members, years: 2, locale: 'es', seed });
  const file = join(workDir, `${name}.sqlite`);
  await session.ctx().handle.backup(file);
  session.close();
  return file;
}

beforeAll(async () => {
  // One folder for the whole file: the templates and the bundled worker serve both tests.
  workDir = mkdtempSync(join(tmpdir(), 'minga-crash-'));
  worker = join(workDir, 'crash-worker.cjs');
  await build({
    entryPoints: [join(root, 'tests/integration/fixtures/crash-worker.ts')],
    outfile: worker,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3'],
    logLevel: 'warning',
  });
  templates.a = await template('a', 250, 1);
  templates.b = await template('b', 150, 2);
  fingerprints.a = fingerprint(templates.a);
  fingerprints.b = fingerprint(templates.b);
}, 60_000);

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** Starts the worker, times its first round, and kills it that fraction of a round into the second. */
function killDuring(args: string[], fraction: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [worker, ...args], {
      env: { ...process.env, NODE_PATH: join(root, 'node_modules') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let errors = '';
    let firstRoundAt = 0;
    const giveUp = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      const lines = chunk.toString().split('\n');
      if (lines.includes('begin 0')) firstRoundAt = performance.now();
      if (lines.includes('begin 1')) setTimeout(() => child.kill('SIGKILL'), fraction * (performance.now() - firstRoundAt));
    });
    child.on('exit', (_code, signal) => {
      clearTimeout(giveUp);
      if (signal === 'SIGKILL' && errors === '') resolve();
      else reject(new Error(`the worker ended by itself (${String(signal)}): ${errors}`));
    });
  });
}

/** The live file opens as the app opens it, passes the full check, and holds one whole version of the data. */
async function expectWhole(live: string, backupsDir: string, allowed: string[]): Promise<void> {
  const session = await openDatabaseSession({ path: live, backupsDir, actor: 'crash-test', check: checkAllDomains });
  try {
    expect(await checkAllDomains(session.ctx())).toMatchObject({ ok: true, problems: [] });
  } finally {
    session.close();
  }
  expect(allowed).toContain(fingerprint(live));
}

/** Backups already proven sound by an earlier try (a finished backup is never written again). */
const verified = new Set<string>();

/** Every file counted as a backup is whole and verifies; nothing empty is among them. */
function expectOnlySoundBackups(backupsDir: string): void {
  for (const backup of listBackups(backupsDir).filter((b) => !verified.has(b.path))) {
    expect(statSync(backup.path).size).toBeGreaterThan(0);
    expect(() => verifyDatabaseFile(backup.path)).not.toThrow();
    verified.add(backup.path);
  }
}

describe('killed mid-work, the data is whole (issue 5)', () => {
  it('restore: killed at ten moments, the live file is the old or the new database, never a mix or an empty one', { timeout: 60_000 }, async () => {
    const dir = join(workDir, 'restore');
    mkdirSync(dir);
    const live = join(dir, 'minga.sqlite');
    const backupsDir = join(dir, 'backups');
    copyFileSync(templates.a, live);
    let killedMidCopy = 0;
    for (const fraction of KILL_AT) {
      await killDuring(['restore', live, backupsDir, templates.b, templates.a], fraction);
      if (existsSync(`${live}.restoring`)) killedMidCopy++;
      await expectWhole(live, backupsDir, [fingerprints.a, fingerprints.b]);
      expectOnlySoundBackups(backupsDir);
    }
    expect(existsSync(`${live}.restoring`)).toBe(false);
    // The kills must land inside the copy-and-check, or this test proves nothing about it.
    expect(killedMidCopy).toBeGreaterThan(0);
  });

  it('daily backup: killed at ten moments, no empty or unverifiable file is ever counted as a backup', { timeout: 60_000 }, async () => {
    const dir = join(workDir, 'daily');
    mkdirSync(dir);
    const live = join(dir, 'minga.sqlite');
    const backupsDir = join(dir, 'backups');
    copyFileSync(templates.a, live);
    let killedMidCopy = 0;
    for (const fraction of KILL_AT) {
      await killDuring(['daily', live, backupsDir], fraction);
      if (existsSync(backupsDir) && readdirSync(backupsDir).some((n) => n.endsWith('.partial'))) killedMidCopy++;
      expectOnlySoundBackups(backupsDir);
      await expectWhole(live, backupsDir, [fingerprints.a]);
    }
    for (const backup of listBackups(backupsDir)) expect(fingerprint(backup.path)).toBe(fingerprints.a);
    expect(killedMidCopy).toBeGreaterThan(0);
  });
});
