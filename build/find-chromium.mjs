// Finds a Chromium for the end-to-end tests: Debian's (/usr/bin/chromium) or Playwright's own,
// fetched when the network allows. Exits non-zero with what to do when there is neither.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const explicit = process.env.MINGA_CHROMIUM;
if (explicit ? existsSync(explicit) : existsSync('/usr/bin/chromium')) process.exit(0);

const { chromium } = await import('@playwright/test');
if (existsSync(chromium.executablePath())) process.exit(0);

console.log('No Chromium found; asking Playwright to fetch its own…');
const fetched = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
if (fetched.status === 0 && existsSync(chromium.executablePath())) process.exit(0);
console.error(
  'No Chromium for the end-to-end tests. Install Debian\'s (sudo apt-get install chromium), or let ' +
    '`npx playwright install chromium` download one, or set MINGA_CHROMIUM to a Chromium binary.',
);
process.exit(1);
