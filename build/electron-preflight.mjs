// Runs before `npm start`: makes sure the Electron program is on this computer, downloading it if it can.
// Without a connection, the download fails with a stack trace that says nothing to a cooperative's
// office; say instead, in plain words, what happened and how to use Minga in a browser meanwhile.
// Usage: node build/electron-preflight.mjs   (MINGA_ELECTRON_DIR points at another electron package, for tests)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The Electron program the electron package points at, or null when it has not been downloaded. */
export function electronBinary(electronDir) {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) return process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const pathFile = path.join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

export function offlineMessage() {
  return [
    '',
    'Minga cannot open as a desktop program yet: Electron, the program it runs in, is not on this computer',
    'and could not be downloaded (there is no internet connection, or the download was blocked).',
    '',
    'You can use Minga in your web browser in the meantime. Run:',
    '',
    '    npm run dev:host -- --db out/dev/minga.sqlite',
    '',
    'and open the address it prints (http://127.0.0.1:5180). Your data stays in the file given after --db.',
    'When the computer is connected, run `npm start` again to get the desktop program.',
    '',
  ].join('\n');
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) {
  const electronDir = process.env.MINGA_ELECTRON_DIR ?? path.join(root, 'node_modules/electron');
  if (!existsSync(path.join(electronDir, 'package.json'))) {
    console.error('Electron is not installed; run `npm install` first.');
    process.exit(1);
  }
  if (electronBinary(electronDir) === null) {
    console.log('Downloading Electron, the program Minga runs in (once; about 100 MB) …');
    // The package's own installer fetches it; a few minutes for a slow line. Its stack trace is for support.
    const install = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { encoding: 'utf8', timeout: 300_000 });
    if (electronBinary(electronDir) === null) {
      const detail = `${install.stderr ?? ''}`.trim().split('\n')[0] || `the download stopped (${install.signal ?? `exit ${install.status}`})`;
      console.error(offlineMessage());
      console.error(`(For support: ${detail})`);
      process.exit(1);
    }
  }
}
