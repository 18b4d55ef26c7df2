// Bundles the Electron main process, the sandboxed preload and the command line into CommonJS files under
// out/. Electron, the native better-sqlite3 and pdfkit (it reads its font metrics from its own folder at run
// time) stay external: Electron provides the one, node_modules the
// other. The CLI is bundled too, so nothing compiles TypeScript at run time (tsx is a dev tool only).
// `--cli` bundles the command line alone (the test setup needs only that).
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
  external: ['electron', 'better-sqlite3', 'pdfkit'],
  sourcemap: true,
  logLevel: 'warning',
};

const bundles = {
  'out/electron/main.cjs': 'electron/main/index.ts',
  'out/electron/preload.cjs': 'electron/preload/index.ts',
  'out/cli/minga.cjs': 'electron/cli/main.ts',
};
const wanted = process.argv.includes('--cli') ? ['out/cli/minga.cjs'] : Object.keys(bundles);

await Promise.all(wanted.map((outfile) => build({ ...common, entryPoints: [bundles[outfile]], outfile })));
console.log(`Bundled ${wanted.join(', ')}`);
