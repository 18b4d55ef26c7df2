import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { CoopProfile } from '../../shared/contract/coop';
import { renderApp } from './render-app';

let app: Awaited<ReturnType<typeof renderApp>> | null = null;
afterEach(() => {
  app?.close();
  app = null;
});

async function openSettings() {
  app = await renderApp({ seed: 'coop', path: '/settings', locale: 'en' });
  await screen.findByRole('heading', { level: 1, name: 'Settings' });
  return app;
}

async function storedProfile(): Promise<CoopProfile> {
  const result = await app!.bridge.call('coop.get', {});
  if (!result.ok || !result.value) throw new Error('no profile');
  return result.value;
}

const fundInput = (name: string) => screen.getByRole('textbox', { name: new RegExp(`^${name} \\(%\\)`) }) as HTMLInputElement;

async function replace(input: HTMLElement, text: string) {
  await userEvent.clear(input);
  await userEvent.type(input, text);
}

describe('settings', () => {
  it('shows a fund below its legal minimum at the field — Ley 20.337 art. 42', async () => {
    await openSettings();
    const reserve = fundInput('Reserva legal');
    await replace(reserve, '4');
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));

    await waitFor(() => expect(reserve.getAttribute('aria-invalid')).toBe('true'));
    const errorId = (reserve.getAttribute('aria-describedby') ?? '').split(' ').at(-1) ?? '';
    expect(document.getElementById(errorId)?.textContent).toContain('Ley 20.337 art. 42 inc. 1');
    expect((await storedProfile()).statute.funds[0]?.percent).toEqual({ num: 5, den: 100 });
  });

  it('shows a non-member share below the legal minimum at its field, citing the law (Ley 20.337 art. 42)', async () => {
    await openSettings();
    const share = screen.getByRole('textbox', { name: /^Result with non-members to Reserva especial \(%\)/ });
    expect((share as HTMLInputElement).value).toBe('100');
    await replace(share, '90');
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));

    await waitFor(() => expect(share.getAttribute('aria-invalid')).toBe('true'));
    const errorId = (share.getAttribute('aria-describedby') ?? '').split(' ').at(-1) ?? '';
    expect(document.getElementById(errorId)?.textContent).toBe('At least 100% of the result with non-members goes to the reserve (Ley 20.337 art. 42).');
    expect((await storedProfile()).statute.nonMemberResult.percent).toEqual({ num: 1, den: 1 });
  });

  it('choosing another framework brings its statute into the form; the currency offers only the same decimals', async () => {
    await openSettings();
    const currency = screen.getByRole('combobox', { name: /Currency/ }) as HTMLSelectElement;
    expect([...currency.options].map((o) => o.value)).not.toContain('CLP');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /Legal framework/ }), 'BR');
    await waitFor(() => expect(fundInput('Fundo de Reserva').value).toBe('10'));
    await userEvent.selectOptions(currency, 'BRL');
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Settings saved.')).toBeTruthy();
    expect(await storedProfile()).toMatchObject({ framework: 'BR', currency: 'BRL', statute: { framework: 'BR' } });
  });

  it('edits the legal identity the printed books carry (issue 6)', async () => {
    await openSettings();
    await replace(screen.getByRole('textbox', { name: /Tax id/ }), '30-71234567-8');
    await replace(screen.getByRole('textbox', { name: /Registration number/ }), 'INAES 12.345');
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Settings saved.')).toBeTruthy();
    expect(await storedProfile()).toMatchObject({ taxId: '30-71234567-8', registrationNumber: 'INAES 12.345', address: null });
  });

  it('checks the database and reports a sound file', async () => {
    await openSettings();
    await userEvent.click(screen.getByRole('button', { name: 'Check the database' }));
    expect(await screen.findByText('The database is sound: no problems found.')).toBeTruthy();
    // The chain head, to be written down outside the file (issue 5).
    expect(screen.getByText(/^Last audit record: number \d+, fingerprint [0-9a-f]{64}\./)).toBeTruthy();
  });
});
