import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));
// Property tests take a fixed seed in CI, or MINGA_SEED's (see the file).
const seedSetup = 'tests/setup/fast-check-seed.ts';

export default defineConfig({
  root,
  esbuild: { jsx: 'automatic' },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', setupFiles: [seedSetup] },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          setupFiles: [seedSetup],
          // bin/minga.mjs runs the bundled CLI: build it once for the run.
          globalSetup: ['tests/setup/build-cli.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/component/setup.ts', seedSetup],
          testTimeout: 20_000,
        },
      },
    ],
  },
});
