import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

/** A temp folder for one test, removed afterwards: services run against real SQLite files. */
export function useTempDir(): () => string {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), 'minga-test-'));
    dirs.push(dir);
    return dir;
  };
}

export const argentineCoop = {
  name: 'Cooperativa de Trabajo La Minga Ltda.',
  framework: 'AR',
  currency: 'ARS',
  locale: 'es',
  fiscalYearStart: '01-01',
} as const;
