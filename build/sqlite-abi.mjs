// Makes better-sqlite3's native build match the runtime about to load it: `node` before the tests,
// `electron` before the app starts, so `npm test` and `npm start` can alternate in either order.
// Usage: node build/sqlite-abi.mjs node|electron
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const moduleDir = path.join(root, 'node_modules/better-sqlite3');
const markerFile = path.join(moduleDir, 'build/.minga-abi');

/** The marker names the runtime the binary was last built for; anything else means build again. */
export function needsRebuild(marker, wanted) {
  return typeof marker !== 'string' || marker.trim() !== wanted;
}

function readMarker() {
  return existsSync(markerFile) ? readFileSync(markerFile, 'utf8') : null;
}

function fail(message) {
  console.error(`sqlite-abi: ${message}`);
  process.exit(1);
}

/** Loads the module in a fresh Node process, so a wrong ABI fails there and not here. */
function loadsInNode() {
  const probe = "const Database = require('better-sqlite3'); new Database(':memory:').close();";
  const result = spawnSync(process.execPath, ['-e', probe], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) console.error(`sqlite-abi: better-sqlite3 does not load in Node:\n${result.stderr.trim().split('\n').slice(0, 6).join('\n')}`);
  return result.status === 0;
}

function rebuild(env) {
  console.log('sqlite-abi: rebuilding better-sqlite3 (this takes about a minute) …');
  // npm is npm.cmd on Windows, which Node only runs through a shell.
  const result = spawnSync('npm', ['rebuild', 'better-sqlite3'], { cwd: root, env, stdio: 'inherit', shell: process.platform === 'win32' });
  return result.status === 0;
}

function withoutElectronTarget() {
  const env = { ...process.env };
  for (const key of ['npm_config_runtime', 'npm_config_target', 'npm_config_disturl']) delete env[key];
  return env;
}

function forNode() {
  const wanted = `node-${process.versions.modules}`;
  if (!loadsInNode()) {
    if (!rebuild(withoutElectronTarget()) || !loadsInNode()) fail('better-sqlite3 still does not load in Node after a rebuild; see the output above.');
  }
  writeFileSync(markerFile, wanted);
}

function forElectron() {
  const electronPackage = path.join(root, 'node_modules/electron/package.json');
  if (!existsSync(electronPackage)) fail('Electron is not installed; run npm install first.');
  // Read the version from disk: requiring 'electron' would try to download its binary.
  const { version } = JSON.parse(readFileSync(electronPackage, 'utf8'));
  const wanted = `electron-${version}`;
  if (!needsRebuild(readMarker(), wanted)) return;
  const env = {
    ...process.env,
    npm_config_runtime: 'electron',
    npm_config_target: version,
    npm_config_disturl: 'https://electronjs.org/headers',
    // Empty overrides the user's nodedir (Node's own headers), which would build for the wrong ABI.
    npm_config_nodedir: '',
  };
  if (!rebuild(env)) fail(`could not rebuild better-sqlite3 for Electron ${version}; see the output above.`);
  writeFileSync(markerFile, wanted);
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) {
  const target = process.argv[2];
  if (!existsSync(moduleDir)) fail('better-sqlite3 is not installed; run npm install first.');
  if (target === 'node') forNode();
  else if (target === 'electron') forElectron();
  else fail('usage: node build/sqlite-abi.mjs node|electron');
  console.log(`sqlite-abi: better-sqlite3 is built for ${readMarker()}`);
}
