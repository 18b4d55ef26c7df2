/**
 * Databases the end-to-end tests start from. Each seed is built once per worker into a template file
 * and copied for every test, so a 10,000-member demo costs its generation once.
 */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { setupCoop } from '../../electron/services/coop/profile';
import { generateDemo } from '../../electron/services/members/demo';
import { openDatabaseSession } from '../../electron/services/core/session';

export type Seed = 'empty' | 'coop' | 'demo10k';

async function buildTemplate(seed: Seed, file: string): Promise<void> {
  const session = await openDatabaseSession({ path: file, actor: 'e2e-seed' });
  try {
    if (seed === 'empty') return;
    await setupCoop(session.ctx(), { name: 'Cooperativa de Trabajo La Minga', framework: 'AR', currency: 'ARS', locale: 'en', fiscalYearStart: '01-01' });
    if (seed === 'demo10k') await generateDemo(session.ctx(), { members: 10_000, years: 5, locale: 'en', seed: 42 });
  } finally {
    session.close();
  }
}

export async function seededDatabase(seed: Seed, templatesDir: string, target: string): Promise<void> {
  mkdirSync(templatesDir, { recursive: true });
  const template = join(templatesDir, `${seed}.sqlite`);
  if (!existsSync(template)) await buildTemplate(seed, template);
  copyFileSync(template, target);
}
