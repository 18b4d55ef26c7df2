/**
 * Vitest global setup: bundles the command line once per run, as `npm run build` does, because
 * bin/minga.mjs runs only the bundle (no TypeScript is compiled when a person runs minga).
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';

export default function buildCli(): void {
  const root = resolve(import.meta.dirname, '..', '..');
  try {
    execFileSync(process.execPath, ['build/bundle-electron.mjs', '--cli'], { cwd: root, stdio: 'pipe' });
  } catch (error) {
    // A bundle that does not build must not leave an older one to be tested in its place; the tests that
    // run the CLI then fail on its absence, and the others still run.
    rmSync(resolve(root, 'out/cli/minga.cjs'), { force: true });
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? String(error);
    console.error(`The command line did not bundle; the CLI tests will fail:\n${stderr}`);
  }
}
