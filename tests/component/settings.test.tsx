import { screen, waitFor, within } from '@testing-library/react';
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
  it('saves the name and a fund percentage, keeping untouched fractions exact', async () => {
    await openSettings();
    await replace(screen.getByRole('textbox', { name: /Name of the cooperative/ }), 'La Minga Limitada');
    await replace(fundInput('Reserva legal'), '7,25');
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(await screen.findByText('Settings saved.')).toBeTruthy();
    const saved = await storedProfile();
    expect(saved.name).toBe('La Minga Limitada');
    expect(saved.statute.funds[0]?.percent).toEqual({ num: 725, den: 10_000 });
    // 2/3 is shown as 66.67 % but stays 2/3 when nobody touched it.
    expect(saved.statute.qualifiedMajority.threshold).toEqual({ num: 2, den: 3 });
  });

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

  it('resets the statute to the framework defaults only after confirmation', async () => {
    await openSettings();
    const reserve = fundInput('Reserva legal');
    await replace(reserve, '9');
    await userEvent.click(screen.getByRole('button', { name: /Reset to the defaults of Argentina/ }));

    const dialog = await screen.findByRole('dialog', { name: 'Reset the statute parameters?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(reserve.value).toBe('9');

    await userEvent.click(screen.getByRole('button', { name: /Reset to the defaults of Argentina/ }));
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Reset the parameters' }));
    await waitFor(() => expect(fundInput('Reserva legal').value).toBe('5'));
  });

  it('switches the interface to the saved language', async () => {
    const { i18n } = await openSettings();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'es');
    expect(screen.getByRole('heading', { level: 1, name: 'Settings' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Configuración' })).toBeTruthy();
    expect(i18n.language).toBe('es');
    expect((await storedProfile()).locale).toBe('es');
  });

  it('applies and remembers the dark theme', async () => {
    await openSettings();
    await userEvent.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(localStorage.getItem('minga.theme')).toBe('dark');
  });

  it('checks the database and reports a sound file', async () => {
    await openSettings();
    await userEvent.click(screen.getByRole('button', { name: 'Check the database' }));
    expect(await screen.findByText('The database is sound: no problems found.')).toBeTruthy();
  });
});
