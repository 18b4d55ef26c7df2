/**
 * What the assemblies specs start from, made through the services (host.call): active members, and a
 * meeting convened with its agenda published, its papers attached and its roll generated. The notice
 * period (15 days in Argentina) keeps a meeting from being convened for today, and the host's clock is the
 * real one, so `moveMeetingStart` rewrites the convened date in the file, as if the notice had gone out
 * weeks ago and the first call had opened `minutesAgo` minutes ago.
 */
import Database from 'better-sqlite3';
import type { CoopUpdate } from '../../../shared/contract/coop';
import { choicesOf, type StatuteParameters } from '../../../shared/domain/statute';
import type { HostFixture } from '../fixtures';
import { addMember } from './capital-data';

const pad = (n: number) => String(n).padStart(2, '0');
const localDate = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** `count` active members, Apellido1…; returns them in member-number order. */
export async function addVoters(host: HostFixture, count: number): Promise<{ id: number; memberNumber: number; name: string }[]> {
  const added = [];
  for (let i = 1; i <= count; i += 1) {
    const member = await addMember(host, `Apellido${i}`, `Socia ${i}`);
    added.push({ ...member, name: `Apellido${i}, Socia ${i}` });
  }
  return added;
}

export interface AgendaSeed {
  title: string;
  needsVote: boolean;
  matter?: 'ordinary' | 'qualified' | 'unanimity';
}

export const DEFAULT_AGENDA: readonly AgendaSeed[] = [
  { title: 'Memoria y balance del ejercicio', needsVote: true },
  { title: 'Elección de consejeros', needsVote: true },
  { title: 'Informe de la tesorería', needsVote: false },
];

/** A meeting 20 days ahead, its agenda published with papers for each voted item, its roll generated, convened. */
export async function convenedMeeting(
  host: HostFixture,
  agenda: readonly AgendaSeed[] = DEFAULT_AGENDA,
): Promise<{ id: number; items: { id: number; title: string }[] }> {
  const date = localDate(new Date(Date.now() + 20 * 86_400_000));
  const { id } = (await host.call('assemblies.create', { kind: 'ordinary', date, time: '18:00', place: 'Sede social, Av. Corrientes 1234', mode: 'in_person' })) as { id: number };
  const items = [];
  for (const item of agenda) {
    const saved = (await host.call('assemblies.saveAgendaItem', {
      meetingId: id,
      title: item.title,
      needsVote: item.needsVote,
      matter: item.matter ?? 'ordinary',
    })) as { id: number };
    if (item.needsVote) await host.call('assemblies.attachDocument', { itemId: saved.id, name: 'Documentación', reference: 'Carpeta de asamblea, folio 3' });
    items.push({ id: saved.id, title: item.title });
  }
  await host.call('assemblies.publishAgenda', { meetingId: id });
  await host.call('assemblies.generateRoll', { meetingId: id });
  await host.call('assemblies.convene', { meetingId: id });
  return { id, items };
}

/** Moves the meeting's first call to `minutesAgo` minutes before now (see the file's comment for why). */
export function moveMeetingStart(dbPath: string, meetingId: number, minutesAgo: number): void {
  const start = new Date(Date.now() - minutesAgo * 60_000);
  const db = new Database(dbPath);
  try {
    db.prepare('UPDATE assembly_meeting SET date = ?, time = ?, convened_at = ?, notice_date = ? WHERE id = ?').run(
      localDate(start),
      `${pad(start.getHours())}:${pad(start.getMinutes())}`,
      new Date(start.getTime() - start.getSeconds() * 1000 - start.getMilliseconds()).toISOString(),
      localDate(new Date(start.getTime() - 20 * 86_400_000)),
      meetingId,
    );
  } finally {
    db.close();
  }
}

/** A statute reform in force from today letting each member present hold one proxy. */
export async function allowOneProxy(host: HostFixture): Promise<void> {
  // The coop was set up with an offered currency, so its profile reads back as a valid update.
  const coop = (await host.call('coop.get', {})) as Omit<CoopUpdate, 'statute'> & { statute: StatuteParameters };
  const statute = { ...choicesOf(coop.statute), proxies: { allowed: true, maxPerMember: 1 } };
  await host.call('coop.update', { name: coop.name, framework: coop.framework, currency: coop.currency, locale: coop.locale, fiscalYearStart: coop.fiscalYearStart, statute });
}
