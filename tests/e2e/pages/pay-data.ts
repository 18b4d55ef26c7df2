/**
 * What the pay specs start from, made through the services (host.call): a coop, members who joined a
 * whole number of years before the month paid, their attendance in that month, a scheme and assignments.
 */
import type { Locale } from '../../../shared/contract/coop';
import type { SchemeRulesInput } from '../../../shared/contract/remuneration';
import type { HostFixture } from '../fixtures';
import { today } from './capital-data';

/** The month before today's, 'YYYY-MM': the month a treasurer pays. */
export function lastMonth(): string {
  const [y, m] = today().split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** The first `count` weekdays (Monday to Friday) of `period`. */
export function weekdays(period: string, count: number): string[] {
  const [y, m] = period.split('-').map(Number) as [number, number];
  const days: string[] = [];
  for (let d = 1; days.length < count; d += 1) {
    const date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCDay() !== 0 && date.getUTCDay() !== 6) days.push(date.toISOString().slice(0, 10));
  }
  return days;
}

/** A join date `years` whole years and a fortnight before the month: the member has those completed years all month. */
export function joinedYearsBefore(period: string, years: number): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y - years, m - 1, 1) - 15 * 86_400_000).toISOString().slice(0, 10);
}

export const ARGENTINE_COOP = { name: 'Cooperativa de Trabajo La Minga', taxId: '30-71234567-8', registrationNumber: '45.678', address: 'Av. Corrientes 1234, Buenos Aires' };

export async function setUpCoop(host: HostFixture, locale: Locale): Promise<void> {
  await host.call('coop.setup', { ...ARGENTINE_COOP, framework: 'AR', currency: 'ARS', locale, fiscalYearStart: '01-01' });
}

export interface PayMember {
  lastNames: string;
  firstNames: string;
  category: string;
  years: number;
  /** Hours a day on the month's first 20 weekdays. */
  hoursPerDay: number;
}

/** The public example of rules/remuneration.md, three of its members: Ana, Carla and Eva. */
export const exampleMembers: PayMember[] = [
  { lastNames: 'Quispe', firstNames: 'Ana', category: 'Coordinación', years: 10, hoursPerDay: 8 },
  { lastNames: 'Mamani', firstNames: 'Carla', category: 'Oficial', years: 0, hoursPerDay: 6 },
  { lastNames: 'Flores', firstNames: 'Eva', category: 'Auxiliar', years: 0, hoursPerDay: 4 },
];

export async function addPayMembers(host: HostFixture, period: string, members: PayMember[]): Promise<{ id: number; member: PayMember }[]> {
  const made: { id: number; member: PayMember }[] = [];
  for (const member of members) {
    const created = (await host.call('members.create', {
      lastNames: member.lastNames,
      firstNames: member.firstNames,
      nationalId: null,
      taxId: `27-${30_000_000 + made.length}-4`,
      nationality: null,
      birthDate: null,
      email: null,
      phone: null,
      address: null,
      joinDate: joinedYearsBefore(period, member.years),
      admissionResolution: null,
      category: member.category,
      weeklyHours: 40,
      status: 'active',
    })) as { id: number };
    made.push({ id: created.id, member });
  }
  return made;
}

/** Each member's work on the month's first 20 weekdays, entered as the week grid saves it. */
export async function recordAttendance(host: HostFixture, period: string, members: { id: number; member: PayMember }[]): Promise<void> {
  const cells = members.flatMap(({ id, member }) =>
    weekdays(period, 20).map((date) => ({ memberId: id, date, records: [{ kind: 'work' as const, minutes: member.hoursPerDay * 60 }] })),
  );
  await host.call('attendance.saveGrid', { cells });
}

/** The public example's scheme: 4,800.00 an hour, four categories, 1.5% a year up to 15, at most 1:2.5. */
export const exampleRules: SchemeRulesInput = {
  kind: 'hourly',
  baseMinor: 480_000,
  categories: { Auxiliar: { num: 1, den: 1 }, Oficial: { num: 13, den: 10 }, Especializado: { num: 8, den: 5 }, Coordinación: { num: 2, den: 1 } },
  seniority: { percentPerYear: { num: 3, den: 2 }, maxYears: 15 },
  maxRatio: { num: 5, den: 2 },
};

export async function saveScheme(host: HostFixture, effectiveFrom: string, rules: SchemeRulesInput = exampleRules): Promise<void> {
  await host.call('remuneration.saveScheme', { name: 'Escala 2026', effectiveFrom, rules });
}

export async function assignAll(host: HostFixture, effectiveFrom: string, members: { id: number; member: PayMember }[]): Promise<void> {
  for (const { id, member } of members) await host.call('remuneration.assign', { memberId: id, effectiveFrom, category: member.category });
}
