/**
 * The subscription dialog's fields are wired to the plan it shows before saving: the amount paid now is
 * read in the coop's language and the rest is split in equal instalments, the last taking the remainder
 * (rules/money.md "Instalments"); nothing is saved until the person confirms.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from './render-app';

let app: Awaited<ReturnType<typeof renderApp>> | null = null;
afterEach(() => {
  app?.close();
  app = null;
});

async function openAccount() {
  app = await renderApp({ seed: 'coop', path: '/members', locale: 'en' });
  const created = await app.bridge.call('members.create', {
    lastNames: 'Quispe',
    firstNames: 'Rosa',
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
  });
  if (!created.ok) throw new Error(created.error.message);
  const saved = await app.bridge.call('capital.saveClass', {
    id: null,
    name: 'Ordinary',
    nominalMinor: 100_000,
    minimumSubscriptionMinor: 0,
    minimumPaidNow: { num: 5, den: 100 },
    refundRight: 'automatic',
    active: true,
  });
  if (!saved.ok) throw new Error(saved.error.message);
  await app.router.navigate(`/capital/members/${created.value.id}`);
  await screen.findByRole('heading', { level: 1, name: /Capital account of Rosa Quispe/ });
  await userEvent.click(screen.getByRole('button', { name: 'Subscribe capital' }));
  return { memberId: created.value.id, dialog: await screen.findByRole('dialog', { name: 'Subscribe capital' }) };
}

const planAmounts = (dialog: HTMLElement) =>
  within(dialog)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell').at(-1)!.textContent!.replace(/\s+/g, ' '));

describe('subscription dialog', () => {
  it('shows the plan as the fields are typed: paid now first, then equal instalments with the remainder last — money.md', async () => {
    const { dialog } = await openAccount();
    const shares = within(dialog).getByRole('textbox', { name: /^Shares/ });
    await userEvent.clear(shares);
    await userEvent.type(shares, '1');
    const count = within(dialog).getByRole('textbox', { name: /^Number of instalments/ });
    await userEvent.clear(count);
    await userEvent.type(count, '3');
    await userEvent.type(within(dialog).getByRole('textbox', { name: /^Paid now/ }), '100.00');
    expect(planAmounts(dialog)).toEqual(['ARS 100.00', 'ARS 300.00', 'ARS 300.00', 'ARS 300.00']);
    await userEvent.clear(count);
    await userEvent.type(count, '7');
    expect(planAmounts(dialog)).toEqual(['ARS 100.00', ...Array(6).fill('ARS 128.57'), 'ARS 128.58']);
  });

  it('shows no plan for a paid-now amount it cannot read, and saves nothing until it can', async () => {
    const { dialog, memberId } = await openAccount();
    await userEvent.type(within(dialog).getByRole('textbox', { name: /^Paid now/ }), '1.234,56');
    expect(within(dialog).getByText(/The plan appears here/)).toBeTruthy();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Subscribe' }));
    expect(within(dialog).getByText(/could be read two ways/)).toBeTruthy();
    const subscriptions = await app!.bridge.call('capital.subscriptions', { memberId });
    expect(subscriptions.ok && subscriptions.value).toEqual([]);
  });
});
