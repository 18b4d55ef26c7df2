/**
 * A small metal shop made through the services (host.call), for the screenshots: three work centres,
 * two products whose welding needs a skill three members share, and two dozen orders over three weeks.
 */
import type { HostFixture } from '../fixtures';
import { addPayMembers, exampleMembers, lastMonth } from './pay-data';

/** The Monday after today (a week later when today is Monday), 'YYYY-MM-DD' in the office's time zone. */
export function nextMonday(): string {
  const now = new Date();
  const day = new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
  const ahead = ((8 - day.getUTCDay()) % 7) || 7;
  return new Date(day.getTime() + ahead * 86_400_000).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

const weekdays = (start: number, end: number) => [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start, end }));

export async function buildShop(host: HostFixture, monday: string): Promise<void> {
  const ids: Record<string, number> = {};
  for (const wc of [
    { code: 'CUT', name: 'Guillotina', lanes: 2, efficiency: 1, shifts: weekdays(7 * 60, 15 * 60) },
    { code: 'WELD', name: 'Soldadura', lanes: 1, efficiency: 0.8, shifts: weekdays(8 * 60, 17 * 60) },
    { code: 'PAINT', name: 'Pintura', lanes: 1, efficiency: 1, shifts: weekdays(8 * 60, 16 * 60) },
  ]) {
    const saved = (await host.call('planning.saveWorkcenter', { id: null, ...wc, exceptions: [] })) as { id: number };
    ids[wc.code] = saved.id;
  }
  await host.call('planning.saveMaintenance', { id: null, workcenterId: ids.WELD!, lane: 0, name: 'Mantenimiento', everyWeeks: 1, everyRunHours: null, durationMinutes: 120, firstDate: addDays(monday, 2), startMinute: 8 * 60 });
  const members = await addPayMembers(host, lastMonth(), exampleMembers);
  const skills = [['soldadura'], ['soldadura', 'pintura'], ['pintura']];
  for (const [i, m] of members.entries()) await host.call('planning.setSkills', { memberId: m.id, skills: skills[i]! });
  const route = (cutRun: number, weldRun: number) => [
    { code: 'corte', name: 'Corte', workcenterId: ids.CUT!, partnerId: null, setupMinutes: 20, runMinutesPerUnit: cutRun },
    { code: 'soldar', name: 'Soldar', workcenterId: ids.WELD!, partnerId: null, setupMinutes: 15, runMinutesPerUnit: weldRun, skill: 'soldadura' },
    { code: 'pintar', name: 'Pintar', workcenterId: ids.PAINT!, partnerId: null, setupMinutes: 10, runMinutesPerUnit: 2, skill: 'pintura', waitAfterMinutes: 240 },
  ];
  const products = [];
  for (const p of [
    { code: 'MEN', name: 'Ménsula', operations: route(2, 4) },
    { code: 'REJ', name: 'Reja', operations: route(6, 12) },
  ]) {
    products.push(((await host.call('planning.saveProduct', { id: null, ...p, materials: [] })) as { id: number }).id);
  }
  for (let i = 0; i < 24; i++) {
    await host.call('planning.saveOrder', {
      id: null,
      code: `P-${101 + i}`,
      productId: products[i % 2]!,
      qty: 5 + ((i * 7) % 20),
      release: addDays(monday, Math.floor(i / 6)),
      due: addDays(monday, 3 + Math.floor(i * 0.7)),
      priority: i % 5 === 0 ? 0 : 1,
    });
  }
}
