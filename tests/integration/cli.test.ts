import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from './helpers';

const tempDir = useTempDir();
const root = join(__dirname, '..', '..');
const fixtures = join(root, 'tests', 'fixtures');

/** Runs bin/minga.mjs in a child process (asynchronously, so the test worker stays responsive). */
function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [join(root, 'bin', 'minga.mjs'), ...args], { encoding: 'utf8', timeout: 60_000 }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}
const minga = (db: string, ...args: string[]) => run(['--db', db, ...args]);
const memberCount = async (db: string) => JSON.parse((await minga(db, 'members', 'list', '--json')).stdout).length as number;

describe('minga command line', () => {
  it('init, demo, import (bad file refused with line numbers; good file in), list, export, check', { timeout: 180_000 }, async () => {
    const dir = tempDir();
    const db = join(dir, 'coop.sqlite');
    expect(await minga(db, 'init', '--name', 'La Minga', '--framework', 'AR', '--currency', 'ARS', '--locale', 'es')).toMatchObject({ code: 0 });
    expect(await minga(db, 'init', '--name', 'La Minga', '--framework', 'AR', '--currency', 'ARS', '--locale', 'es')).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('already holds a cooperative'),
    });
    expect(await minga(db, 'demo', '--members', '40', '--years', '2', '--seed', '3')).toMatchObject({ code: 0, stdout: expect.stringContaining('generated 40') });

    const bad = await minga(db, 'members', 'import', join(fixtures, 'members-every-error.csv'));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('line 5: joinDate: bad date "31/02/2020"');
    expect(bad.stderr).toContain('line 21: a quoted cell is never closed');
    expect(bad.stderr).toContain('nothing was imported');
    expect(await memberCount(db)).toBe(40);

    const good = await minga(db, 'members', 'import', join(fixtures, 'members-es-latin1-semicolon.csv'));
    expect(good).toMatchObject({ code: 1, stderr: expect.stringContaining('member number 1 already belongs') });
    const fresh = join(dir, 'fresh.sqlite');
    await minga(fresh, 'init', '--name', 'Otra', '--framework', 'ES', '--currency', 'EUR', '--locale', 'es');
    expect(await minga(fresh, 'members', 'import', join(fixtures, 'members-es-latin1-semicolon.csv'))).toMatchObject({
      code: 0,
      stdout: 'imported 6 members\n',
    });

    const list = JSON.parse((await minga(fresh, 'members', 'list', '--json')).stdout);
    expect(list.map((m: { lastNames: string }) => m.lastNames)).toEqual(['Núñez', 'Peña', 'Ibáñez', 'Muñoz', 'Gutiérrez', 'Cáceres']);

    for (const format of ['csv', 'xlsx']) {
      const out = join(dir, `members.${format}`);
      expect(await minga(db, 'members', 'export', '--format', format, '--out', out)).toMatchObject({ code: 0 });
      expect(statSync(out).size).toBeGreaterThan(1000);
    }
    // The coop is Spanish: headers in its language, `;` where the decimal comma is used.
    expect(readFileSync(join(dir, 'members.csv'), 'utf8')).toMatch(/^\uFEFFNúmero de asociado;Apellidos;Nombres;/);
    // The chain head is printed so it can be recorded outside the file.
    expect(await minga(db, 'check')).toMatchObject({ code: 0, stdout: expect.stringMatching(/^audit chain head: \d+ [0-9a-f]{64}\nno problems found\n$/) });
  });

  it('backup and restore; a non-Minga file is refused and the current database left untouched', { timeout: 180_000 }, async () => {
    const dir = tempDir();
    const db = join(dir, 'coop.sqlite');
    await minga(db, 'init', '--name', 'La Minga', '--framework', 'AR', '--currency', 'ARS', '--locale', 'es');
    await minga(db, 'demo', '--members', '10', '--years', '1');
    const backup = join(dir, 'backup.sqlite');
    expect(await minga(db, 'backup', '--out', backup)).toMatchObject({ code: 0 });
    expect(existsSync(backup)).toBe(true);
    await minga(db, 'demo', '--members', '5', '--years', '1', '--seed', '2');
    expect(await memberCount(db)).toBe(15);

    const foreign = join(dir, 'notes.sqlite');
    writeFileSync(foreign, 'just some text, not a database');
    const refused = await minga(db, 'restore', foreign);
    expect(refused).toMatchObject({ code: 1, stderr: expect.stringContaining('not a Minga database') });
    expect(await memberCount(db)).toBe(15);

    const copy = join(dir, 'copy.sqlite');
    copyFileSync(backup, copy);
    expect(await minga(db, 'restore', copy)).toMatchObject({ code: 0, stdout: expect.stringContaining('kept as') });
    expect(await memberCount(db)).toBe(10);
    expect(await minga(db, 'check')).toMatchObject({ code: 0 });
  });

  it('commands other than init never create a database: missing or empty is said, with the latest backup to restore (issue 5)', { timeout: 180_000 }, async () => {
    const dir = tempDir();
    const db = join(dir, 'coop.sqlite');
    for (const args of [['members', 'list'], ['check'], ['demo', '--members', '5', '--years', '1'], ['backup', '--out', join(dir, 'b.sqlite')]]) {
      expect(await minga(db, ...args)).toMatchObject({ code: 1, stderr: expect.stringContaining('no database at') });
      expect(existsSync(db)).toBe(false);
    }
    await minga(db, 'init', '--name', 'La Minga', '--framework', 'AR', '--currency', 'ARS', '--locale', 'es');
    await minga(db, 'demo', '--members', '12', '--years', '1');
    mkdirSync(join(dir, 'backups'));
    const saved = join(dir, 'backups', 'minga-2030-01-01T00-00-00-000Z-manual.sqlite');
    expect(await minga(db, 'backup', '--out', saved)).toMatchObject({ code: 0 });

    writeFileSync(db, '');
    const refused = await minga(db, 'members', 'list');
    expect(refused).toMatchObject({ code: 1, stderr: expect.stringContaining(`restore the latest with: minga --db ${db} restore ${saved}`) });
    expect(statSync(db).size).toBe(0);
    expect(await minga(db, 'restore', saved)).toMatchObject({ code: 0, stdout: expect.stringContaining('which was missing or empty') });
    expect(await memberCount(db)).toBe(12);
    // --verbose (stacks of unexpected failures on stderr) is taken by every command.
    expect(await minga(db, 'check', '--verbose')).toMatchObject({ code: 0, stdout: expect.stringContaining('no problems found') });
  });

  it('wrong usage exits 2 with a one-line reason, creating no database; a missing database exits 1', { timeout: 120_000 }, async () => {
    const dir = tempDir();
    const db = join(dir, 'coop.sqlite');
    expect(await minga(db, 'frobnicate')).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown command: frobnicate') });
    expect(await minga(db, 'init', '--name', 'X', '--framework', 'UY', '--currency', 'ARS', '--locale', 'es')).toMatchObject({ code: 2 });
    expect(await minga(db, 'demo', '--members', 'many', '--years', '2')).toMatchObject({ code: 2 });
    expect(await minga(db, 'check', '--json')).toMatchObject({ code: 2, stderr: expect.stringContaining('does not take --json') });
    expect(await minga(db, 'members', 'list')).toMatchObject({ code: 1, stderr: expect.stringContaining('no database at') });
    expect(existsSync(db)).toBe(false);
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('members import FILE.csv');
  });
});
