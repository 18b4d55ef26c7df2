// Bundles the Electron main process and the sandboxed preload into CommonJS files under out/electron.
// Electron and the native better-sqlite3 stay external: Electron provides the one, node_modules the other.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['electron', 'better-sqlite3'],
  sourcemap: true,
  logLevel: 'warning',
};

await Promise.all([
  build({ ...common, entryPoints: ['electron/main/index.ts'], outfile: 'out/electron/main.cjs' }),
  build({ ...common, entryPoints: ['electron/preload/index.ts'], outfile: 'out/electron/preload.cjs' }),
]);
console.log('Bundled out/electron/main.cjs and out/electron/preload.cjs');
