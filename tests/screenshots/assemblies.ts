/**
 * `npx tsx tests/screenshots/assemblies.ts [folder]`: pictures of the meeting room at 1366×768 and of the
 * projector at 1280×720 (and 1920×1080), in Spanish and Portuguese, from the built renderer (set
 * MINGA_RENDERER_OUT to use another build) over a cooperative of forty members in that language (Argentine
 * in Spanish, Brazilian in Portuguese) with a meeting in progress: most members checked in, the meeting
 * constituted, a show of hands being counted. Writes into docs/
 * unless a folder is given. A script, not a test: it writes tracked files.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import type { Input, Method, Output } from '../../shared/contract';
import { moveMeetingStart } from '../e2e/pages/assemblies-data';
import { seededDatabase } from '../e2e/seeds';
import { startHost, type Host } from '../host/server';

const root = resolve(import.meta.dirname, '..', '..');
const executablePath = process.env.MINGA_CHROMIUM ?? '/usr/bin/chromium';
const outDir = resolve(process.argv[2] ?? join(root, 'docs'));

const words = {
  es: { place: 'Salón de la cooperativa', item: 'Aprobación de la memoria y el balance', motion: 'Aprobar la memoria y el balance del ejercicio', synthesis: 'La tesorera presentó el balance; se respondieron preguntas sobre el fondo de reserva.' },
  'pt-BR': { place: 'Salão da cooperativa', item: 'Aprovação das contas do exercício', motion: 'Aprovar as contas do exercício', synthesis: 'A tesoureira apresentou as contas; houve perguntas sobre o fundo de reserva.' },
} as const;

async function call<M extends Method>(host: Host, method: M, input: Input<M>): Promise<Output<M>> {
  const result = await host.dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as Output<M>;
}

const givenNames = ['Ana', 'Rosa', 'Juan', 'Marta', 'Luis', 'Carmen', 'Jorge', 'Lucía', 'Pedro', 'Elena'];
const familyNames = ['Quispe', 'Mamani', 'Condori', 'Fernández', 'Gómez', 'Silva', 'Souza', 'Pereira', 'Rodríguez', 'Núñez', 'Oliveira', 'Ramos'];

/** `count` active members with names as a roll has them. */
async function addMembers(host: Host, count: number): Promise<void> {
  for (let i = 0; i < count; i += 1) {
    await call(host, 'members.create', {
      lastNames: `${familyNames[i % familyNames.length]} ${familyNames[(i * 7 + 3) % familyNames.length]}`,
      firstNames: givenNames[(i * 3) % givenNames.length]!,
      nationalId: null,
      taxId: null,
      nationality: null,
      birthDate: null,
      email: null,
      phone: null,
      address: null,
      joinDate: '2022-03-01',
      admissionResolution: null,
      category: null,
      weeklyHours: 40,
      status: 'active',
    });
  }
}

async function settle(page: Page): Promise<void> {
  await page.locator('.query-state--loading, .shell__loading').first().waitFor({ state: 'detached' });
  await page.waitForTimeout(400);
}

/** A meeting convened weeks ago whose first call opened 70 minutes ago, most of the roll in the room, a show of hands half counted. */
async function meetingInProgress(host: Host, dbPath: string, locale: 'es' | 'pt-BR'): Promise<number> {
  const w = words[locale];
  const date = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
  const { id } = await call(host, 'assemblies.create', { kind: 'ordinary', date, time: '18:00', place: w.place, mode: 'in_person' });
  const item = await call(host, 'assemblies.saveAgendaItem', { meetingId: id, title: w.item, needsVote: true, subject: 'accounts', resolutionKind: 'accounts' });
  await call(host, 'assemblies.attachDocument', { itemId: item.id, name: 'Balance', reference: 'Carpeta 2025' });
  const election = await call(host, 'assemblies.saveAgendaItem', { meetingId: id, title: locale === 'es' ? 'Elección de consejeros' : 'Eleição do conselho', needsVote: true });
  await call(host, 'assemblies.attachDocument', { itemId: election.id, name: locale === 'es' ? 'Listas' : 'Chapas', reference: 'Carpeta 2025' });
  await call(host, 'assemblies.publishAgenda', { meetingId: id });
  await call(host, 'assemblies.generateRoll', { meetingId: id });
  await call(host, 'assemblies.convene', { meetingId: id });
  moveMeetingStart(dbPath, id, 70);
  const roll = await call(host, 'assemblies.roll', { meetingId: id });
  const voters = roll.filter((r) => r.standing === 'voter');
  for (const entry of voters.slice(0, Math.ceil(voters.length * 0.6))) await call(host, 'assemblies.checkIn', { meetingId: id, memberId: entry.memberId });
  await call(host, 'assemblies.constitute', { meetingId: id });
  await call(host, 'assemblies.saveSynthesis', { itemId: item.id, synthesis: w.synthesis });
  const motion = await call(host, 'assemblies.propose', { meetingId: id, itemId: item.id, text: w.motion });
  const vote = await call(host, 'assemblies.openVote', { motionId: motion.id, mode: 'hands' });
  const present = vote.present;
  await call(host, 'assemblies.recordTally', { voteId: vote.id, tally: { yes: Math.floor(present * 0.55), no: Math.floor(present * 0.2), abstain: 2, blank: 0, invalid: 0 } });
  for (const entry of voters.slice(0, 3)) await call(host, 'assemblies.addSpeaker', { itemId: item.id, memberId: entry.memberId });
  await call(host, 'assemblies.project', { meetingId: id, itemId: item.id, view: 'vote' });
  return id;
}

async function screenshotLocale(locale: 'es' | 'pt-BR'): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'minga-screenshots-'));
  const dbPath = join(dir, 'minga.sqlite');
  await seededDatabase('empty', join(dir, 'templates'), dbPath);
  const host = await startHost({
    dbPath,
    backupsDir: join(dir, 'backups'),
    downloadsDir: join(dir, 'downloads'),
    rendererDir: resolve(root, process.env.MINGA_RENDERER_OUT ?? 'out/renderer'),
    actor: 'screenshots',
  });
  const browser = await chromium.launch({ executablePath, args: ['--disable-gpu', '--no-first-run'] });
  const written: string[] = [];
  const shot = async (page: Page, name: string) => {
    const path = join(outDir, `assemblies-${name}-${locale}.png`);
    await page.screenshot({ path });
    written.push(path);
  };
  try {
    await call(host, 'coop.setup', {
      name: locale === 'es' ? 'Cooperativa de Trabajo La Minga Ltda.' : 'Cooperativa de Trabalho Mutirão',
      framework: locale === 'es' ? 'AR' : 'BR',
      currency: locale === 'es' ? 'ARS' : 'BRL',
      locale,
      fiscalYearStart: '01-01',
    });
    await addMembers(host, 40);
    const meetingId = await meetingInProgress(host, dbPath, locale);

    // The operating system speaks English: the screens must follow the cooperative's language anyway.
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'en-US', colorScheme: 'light' });
    await page.goto(`${host.url}/#/assemblies/${meetingId}/room`);
    await page.locator('.assemblies-quorum').waitFor();
    await settle(page);
    await shot(page, 'room');
    await page.locator('.assemblies-item-panel').scrollIntoViewIfNeeded();
    await shot(page, 'room-vote');
    await page.goto(`${host.url}/#/assemblies/${meetingId}`);
    await page.locator('.assemblies-checklist').waitFor();
    await settle(page);
    await shot(page, 'preparation');
    await page.goto(`${host.url}/#/assemblies`);
    await page.locator('.assemblies-list, .empty-state').first().waitFor();
    await settle(page);
    await shot(page, 'list');

    const projector = await browser.newPage({ viewport: { width: 1280, height: 720 }, locale: 'en-US' });
    await projector.goto(`${host.url}/#/projector`);
    await projector.locator('.projector__tallies').waitFor();
    await settle(projector);
    await shot(projector, 'projector-vote-720p');
    const motions = await call(host, 'assemblies.motions', { meetingId });
    await call(host, 'assemblies.closeVote', { id: motions[0]!.vote!.id });
    await call(host, 'assemblies.project', { meetingId, itemId: motions[0]!.itemId, view: 'result' });
    await projector.locator('.vote-result').waitFor();
    await settle(projector);
    await shot(projector, 'projector-result-720p');
    await projector.setViewportSize({ width: 1920, height: 1080 });
    await settle(projector);
    await shot(projector, 'projector-result-1080p');
    await call(host, 'assemblies.project', { meetingId, itemId: motions[0]!.itemId, view: 'quorum' });
    await projector.locator('.quorum-meter--large').waitFor();
    await settle(projector);
    await shot(projector, 'projector-quorum-1080p');
    await projector.setViewportSize({ width: 1280, height: 720 });
    await call(host, 'assemblies.project', { meetingId, itemId: motions[0]!.itemId, view: 'speakers' });
    await projector.locator('.projector__speakers').waitFor();
    await settle(projector);
    await shot(projector, 'projector-speakers-720p');
    return written;
  } finally {
    await browser.close();
    await host.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

mkdirSync(outDir, { recursive: true });
for (const locale of ['es', 'pt-BR'] as const) {
  for (const path of await screenshotLocale(locale)) console.log(`wrote ${path}`);
}
