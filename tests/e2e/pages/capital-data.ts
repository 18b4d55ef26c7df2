/**
 * What the capital and ledger specs start from, made through the services (host.call): a share class,
 * members who may hold capital, and subscriptions paid in part or in full.
 */
import type { HostFixture } from '../fixtures';

export const today = (): string => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

export async function addMember(host: HostFixture, lastNames: string, firstNames: string): Promise<{ id: number; memberNumber: number }> {
  return (await host.call('members.create', {
    lastNames,
    firstNames,
    nationalId: null,
    taxId: null,
    nationality: null,
    birthDate: null,
    email: null,
    phone: null,
    address: null,
    joinDate: '2024-01-15',
    admissionResolution: null,
    category: null,
    weeklyHours: 40,
    status: 'active',
  })) as { id: number; memberNumber: number };
}

/** One class of 1,000.00 shares, 5% paid at once, refunded on leaving. */
export async function addClass(host: HostFixture): Promise<{ id: number }> {
  return (await host.call('capital.saveClass', {
    id: null,
    name: 'Ordinary',
    nominalMinor: 100_000,
    minimumSubscriptionMinor: 0,
    minimumPaidNow: { num: 5, den: 100 },
    refundRight: 'automatic',
    active: true,
  })) as { id: number };
}

/** `shares` of the class subscribed today, `paidNowMinor` of them paid at once, the rest in `instalments`. */
export async function subscribe(
  host: HostFixture,
  memberId: number,
  classId: number,
  shares: number,
  paidNowMinor: number,
  instalments = 1,
): Promise<{ id: number }> {
  const date = today();
  return (await host.call('capital.subscribe', {
    memberId,
    classId,
    shares,
    amountMinor: null,
    date,
    instalments,
    firstDueDate: date,
    paidNowMinor,
    method: 'bank',
  })) as { id: number };
}
