import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';

/**
 * The office's time zone, for the browser and for the host's services alike: on a user's PC both run on
 * one clock, so "today" is the same date on the screen and in the main process. Without this, between
 * 21:00 and midnight in Buenos Aires the browser's today and the UTC host's today differ by a day.
 */
const OFFICE_TIME_ZONE = 'America/Argentina/Buenos_Aires';
process.env.TZ = OFFICE_TIME_ZONE;

/** Debian's Chromium where it is installed (CI and these machines); otherwise Playwright's own. */
const executablePath = process.env.MINGA_CHROMIUM ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  testDir: fileURLToPath(new URL('../tests/e2e', import.meta.url)),
  outputDir: process.env.MINGA_TEST_RESULTS ?? fileURLToPath(new URL('../out/test-results', import.meta.url)),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  use: {
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
    timezoneId: OFFICE_TIME_ZONE,
    trace: 'retain-on-failure',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      // No background traffic: this machine's network is closed (see architecture.md).
      args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
});
