/**
 * What the budget specs start from, made through the services (host.call): an Argentine coop (calendar
 * fiscal year) with a few members, a journal of monthly sales and costs for last year and for this year's
 * months already over, and this year's budget approved by an assembly resolution of kind 'budget'.
 * The amounts are fixed, so a spec can assert the figures a screen shows.
 */
import type { Locale } from '../../../shared/contract/coop';
import type { HostFixture } from '../fixtures';
import { moveMeetingStart } from './assemblies-data';
import { addMember, today } from './capital-data';
import { setUpCoop } from './pay-data';

/** Each month's movement per account, in minor units (ARS): income credited to the bank, costs paid from it. */
export const MONTHLY_ACTUALS = { sales: 1_000_000_00, services_income: 200_000_00, materials: 400_000_00, energy: 60_000_00, rent: 50_000_00 } as const;
/** Each month's budget per account: 10% more sales than last year's pace, the same costs. */
export const MONTHLY_BUDGET = { sales: 1_100_000_00, services_income: 200_000_00, materials: 400_000_00, energy: 60_000_00, rent: 50_000_00 } as const;
export const BUDGET_LABELS = { sales: 'Ventas de muebles', services_income: 'Reparaciones', materials: 'Madera y herrajes', energy: 'Electricidad', rent: 'Alquiler del galpón' } as const;
const INCOME = new Set(['sales', 'services_income']);

export const thisYear = (): number => Number(today().slice(0, 4));
/** This year's months already over (their last day before today): the months with actuals. */
export const closedMonthsThisYear = (): number => Number(today().slice(5, 7)) - 1;

/** The coop and `count` active members (40 hours a week each); returns the members' ids. */
export async function budgetCoop(host: HostFixture, locale: Locale = 'en', count = 3): Promise<number[]> {
  await setUpCoop(host, locale);
  const ids: number[] = [];
  for (let i = 1; i <= count; i += 1) ids.push((await addMember(host, `Presupuesto${i}`, `Socia ${i}`)).id);
  return ids;
}

/** One journal entry per account for each month of `year` through `months`, on the 15th. */
export async function postMonthlyActuals(host: HostFixture, year: number, months: number): Promise<void> {
  for (let m = 1; m <= months; m += 1) {
    const date = `${year}-${String(m).padStart(2, '0')}-15`;
    for (const [account, amount] of Object.entries(MONTHLY_ACTUALS)) {
      const lines = INCOME.has(account)
        ? [{ account: 'bank', memberNumber: null, debitMinor: amount, creditMinor: 0 }, { account, memberNumber: null, debitMinor: 0, creditMinor: amount }]
        : [{ account, memberNumber: null, debitMinor: amount, creditMinor: 0 }, { account: 'bank', memberNumber: null, debitMinor: 0, creditMinor: amount }];
      await host.call('ledger.postEntry', { date, memo: `${account} ${date.slice(0, 7)}`, lines });
    }
  }
}

/** An assembly held with `memberIds` present that passes a resolution of kind 'budget'; returns its id. */
export async function budgetResolution(host: HostFixture, memberIds: readonly number[], year: number): Promise<number> {
  const date = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
  const { id: meetingId } = (await host.call('assemblies.create', { kind: 'ordinary', date, time: '18:00', place: 'Sede social', mode: 'in_person' })) as { id: number };
  const { id: itemId } = (await host.call('assemblies.saveAgendaItem', { meetingId, title: `Presupuesto ${year}`, needsVote: true, matter: 'ordinary', resolutionKind: 'budget' })) as { id: number };
  await host.call('assemblies.attachDocument', { itemId, name: 'Proyecto de presupuesto', reference: 'Carpeta de asamblea, folio 7' });
  await host.call('assemblies.publishAgenda', { meetingId });
  await host.call('assemblies.generateRoll', { meetingId });
  await host.call('assemblies.convene', { meetingId });
  moveMeetingStart(host.dbPath, meetingId, 30);
  for (const memberId of memberIds) await host.call('assemblies.checkIn', { meetingId, memberId });
  await host.call('assemblies.constitute', { meetingId });
  const { id: motionId } = (await host.call('assemblies.propose', { meetingId, itemId, text: `Aprobar el presupuesto ${year}` })) as { id: number };
  const vote = (await host.call('assemblies.openVote', { motionId, mode: 'hands' })) as { id: number };
  await host.call('assemblies.recordTally', { voteId: vote.id, tally: { yes: memberIds.length, no: 0, abstain: 0, blank: 0, invalid: 0 } });
  await host.call('assemblies.closeVote', { id: vote.id });
  await host.call('assemblies.close', { meetingId });
  const resolutions = (await host.call('assemblies.resolutions', { kind: 'budget' })) as { id: number; meetingId: number }[];
  return resolutions.find((r) => r.meetingId === meetingId)!.id;
}

/** A draft of `year` with the MONTHLY_BUDGET lines; returns its id. */
export async function draftBudget(host: HostFixture, year: number): Promise<number> {
  const { id } = (await host.call('budgets.createDraft', { year, from: 'empty', versionId: null, note: null })) as { id: number };
  const lines = (Object.keys(MONTHLY_BUDGET) as (keyof typeof MONTHLY_BUDGET)[]).map((account) => ({ account, label: BUDGET_LABELS[account], months: Array<number>(12).fill(MONTHLY_BUDGET[account]) }));
  await host.call('budgets.saveLines', { versionId: id, lines });
  return id;
}

/** Everything a budget screen needs: the coop, last year's and this year's actuals, this year's budget approved. */
export async function approvedBudgetWithActuals(host: HostFixture, locale: Locale = 'en'): Promise<{ year: number; versionId: number; resolutionId: number; memberIds: number[] }> {
  const memberIds = await budgetCoop(host, locale);
  const year = thisYear();
  await postMonthlyActuals(host, year - 1, 12);
  await postMonthlyActuals(host, year, closedMonthsThisYear());
  const versionId = await draftBudget(host, year);
  const resolutionId = await budgetResolution(host, memberIds, year);
  await host.call('budgets.approve', { versionId, resolutionId });
  return { year, versionId, resolutionId, memberIds };
}
