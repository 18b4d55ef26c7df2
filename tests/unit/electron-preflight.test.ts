import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { electronBinary } from '../../build/electron-preflight.mjs';

const script = fileURLToPath(new URL('../../build/electron-preflight.mjs', import.meta.url));
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** An electron package as npm leaves it with ELECTRON_SKIP_BINARY_DOWNLOAD, whose installer fails as it does offline. */
function electronPackage(options: { downloaded: boolean }): string {
  const dir = mkdtempSync(join(tmpdir(), 'minga-electron-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'package.json'), '{"name":"electron","version":"45.4.1"}');
  writeFileSync(join(dir, 'install.js'), "console.error('TypeError: fetch failed'); process.exit(1);");
  if (options.downloaded) {
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', 'electron'), '');
    writeFileSync(join(dir, 'path.txt'), 'electron');
  }
  return dir;
}

function preflight(electronDir: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, MINGA_ELECTRON_DIR: electronDir };
  delete env.ELECTRON_OVERRIDE_DIST_PATH;
  return spawnSync(process.execPath, [script], { env, encoding: 'utf8' });
}

describe('npm start before Electron is on the computer', () => {
  it('finds the Electron program only where it was downloaded', () => {
    expect(electronBinary(electronPackage({ downloaded: false }))).toBeNull();
    expect(electronBinary(electronPackage({ downloaded: true }))).toMatch(/dist[/\\]electron$/);
  });

  it('says in plain words that Electron could not be downloaded, and how to use Minga in the browser instead', () => {
    const run = preflight(electronPackage({ downloaded: false }));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Electron, the program it runs in, is not on this computer');
    expect(run.stderr).toContain('could not be downloaded');
    expect(run.stderr).toContain('npm run dev:host -- --db out/dev/minga.sqlite');
    expect(run.stderr).toContain('(For support: TypeError: fetch failed)');
  });

  it('lets npm start go on when Electron is there', () => {
    const run = preflight(electronPackage({ downloaded: true }));
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
  });
});
