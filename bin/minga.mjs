#!/usr/bin/env node
// The command line runs its bundle (built by `npm run build`, like the main process): no TypeScript is
// compiled at run time, and a missing bundle is a build step not taken, said plainly rather than guessed at.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../out/cli/minga.cjs', import.meta.url));
if (!existsSync(bundle)) {
  console.error(`minga: ${bundle} is missing; run npm run build first`);
  process.exit(1);
}
createRequire(import.meta.url)(bundle);
