/**
 * What the surplus specs start from, made through the services (host.call) as tests/integration/
 * surplus-db.test.ts does: an Argentine coop, the public example's five members with capital paid in by
 * the end of 2023 and their hours of 2024 entered in the attendance grid.
 */
import type { HostFixture } from '../fixtures';
import { moveMeetingStart } from './assemblies-data';
import { setUpCoop } from './pay-data';

/** The public example of rules/surplus.md: capital paid in by the end of 2023 and hours worked in 2024. */
export const exampleMembers = [
  { lastNames: 'Aguirre', firstNames: 'Ana', capitalMinor: 200_000_00, hours: 1800 },
  { lastNames: 'Benítez', firstNames: 'Bruno', capitalMinor: 200_000_00, hours: 1750 },
  { lastNames: 'Cruz', firstNames: 'Carla', capitalMinor: 100_000_00, hours: 1200 },
  { lastNames: 'Díaz', firstNames: 'Diego', capitalMinor: 50_000_00, hours: 640 },
  { lastNames: 'Espinoza', firstNames: 'Eva', capitalMinor: 0, hours: 410 },
] as const;

function weekdaysOf(year: number): string[] {
  const days: string[] = [];
  for (let d = new Date(Date.UTC(year, 0, 1)); d.getUTCFullYear() === year; d = new Date(d.getTime() + 86_400_000)) {
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) days.push(d.toISOString().slice(0, 10));
  }
  return days;
}

/** The coop (in English unless said) and its five members; returns the members' ids in the example's order. */
export async function exampleCoop(host: HostFixture, locale: 'es' | 'pt-BR' | 'en' = 'en'): Promise<number[]> {
  const ids: number[] = [];
  await setUpCoop(host, locale);
  const shareClass = (await host.call('capital.saveClass', {
    id: null,
    name: 'Cuotas sociales',
    nominalMinor: 10_000,
    minimumSubscriptionMinor: 0,
    minimumPaidNow: { num: 5, den: 100 },
    refundRight: 'council',
    active: true,
  })) as { id: number };
  const weekdays = weekdaysOf(2024);
  for (const [i, m] of exampleMembers.entries()) {
    const created = (await host.call('members.create', {
      lastNames: m.lastNames,
      firstNames: m.firstNames,
      nationalId: null,
      taxId: `27-${30_000_000 + i}-4`,
      nationality: null,
      birthDate: null,
      email: null,
      phone: null,
      address: null,
      joinDate: '2023-01-10',
      admissionResolution: null,
      category: null,
      weeklyHours: 40,
      status: 'active',
    })) as { id: number };
    ids.push(created.id);
    if (m.capitalMinor > 0) {
      await host.call('capital.subscribe', {
        memberId: created.id,
        classId: shareClass.id,
        shares: m.capitalMinor / 10_000,
        amountMinor: null,
        date: '2023-02-01',
        instalments: 1,
        firstDueDate: '2023-02-01',
        paidNowMinor: m.capitalMinor,
        method: 'bank',
      });
    }
    // Eight hours a weekday until the year's hours are in.
    const cells = [];
    let left = m.hours * 60;
    for (const date of weekdays) {
      if (left <= 0) break;
      const minutes = Math.min(480, left);
      left -= minutes;
      cells.push({ memberId: created.id, date, records: [{ kind: 'work' as const, minutes }] });
    }
    await host.call('attendance.saveGrid', { cells });
  }
  return ids;
}

/** The example year closed and the public example's policy saved, as the treasurer and the assembly left them. */
export async function closedExampleYear(host: HostFixture): Promise<void> {
  await host.call('surplus.closeYear', { year: 2024, membersResultMinor: 1_100_000_00, nonMembersResultMinor: 150_000_00, taxMinor: 0, source: 'typed', openingPriorLossesMinor: 100_000_00 });
  await host.call('surplus.savePolicy', {
    effectiveYear: 2024,
    note: 'public example',
    policy: {
      nonMembers: { percent: '100', to: 'Reserva especial' },
      steps: [
        { kind: 'funds', of: 'base', funds: [{ name: 'Reserva legal', percent: '5' }, { name: 'Fondo de acción asistencial y laboral', percent: '5' }, { name: 'Fondo de educación y capacitación cooperativa', percent: '5' }] },
        { kind: 'interest', rate: '20', cap: '39', prorateByDays: false },
        { kind: 'voluntary', percent: '0' },
      ],
      returns: { basis: 'hours', blend: '1/2', excludeTrialHours: false, minHours: 0, cashPercent: '60' },
      loss: { reserves: [{ name: 'Reserva legal', balance: '0.00', percent: '100' }] },
    },
  });
}

/** An assembly held with every member present that approves the distribution: the resolution posting needs. */
export async function approvedDistribution(host: HostFixture, memberIds: readonly number[]): Promise<void> {
  const date = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
  const { id: meetingId } = (await host.call('assemblies.create', { kind: 'ordinary', date, time: '18:00', place: 'Sede social', mode: 'in_person' })) as { id: number };
  const { id: itemId } = (await host.call('assemblies.saveAgendaItem', {
    meetingId,
    title: 'Distribución de excedentes 2024',
    needsVote: true,
    matter: 'ordinary',
    resolutionKind: 'surplus-distribution',
  })) as { id: number };
  await host.call('assemblies.attachDocument', { itemId, name: 'Proyecto de distribución', reference: 'Carpeta de asamblea, folio 4' });
  await host.call('assemblies.publishAgenda', { meetingId });
  await host.call('assemblies.generateRoll', { meetingId });
  await host.call('assemblies.convene', { meetingId });
  moveMeetingStart(host.dbPath, meetingId, 30);
  for (const memberId of memberIds) await host.call('assemblies.checkIn', { meetingId, memberId });
  await host.call('assemblies.constitute', { meetingId });
  const { id: motionId } = (await host.call('assemblies.propose', { meetingId, itemId, text: 'Aprobar la distribución de excedentes 2024' })) as { id: number };
  const vote = (await host.call('assemblies.openVote', { motionId, mode: 'hands' })) as { id: number };
  await host.call('assemblies.recordTally', { voteId: vote.id, tally: { yes: memberIds.length, no: 0, abstain: 0, blank: 0, invalid: 0 } });
  await host.call('assemblies.closeVote', { id: vote.id });
  await host.call('assemblies.close', { meetingId });
}
