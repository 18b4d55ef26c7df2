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

async function openSetupForm() {
  app = await renderApp({ seed: 'empty', path: '/', locale: 'en' });
  await userEvent.click(await screen.findByRole('button', { name: /Set up my cooperative/ }));
  return app;
}

describe('first run', () => {
  it('sends a database without a cooperative to the welcome screen', async () => {
    app = await renderApp({ seed: 'empty', path: '/members', locale: 'en' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome to Minga' })).toBeTruthy();
    expect(app.router.state.location.pathname).toBe('/setup');
  });

  it('shows a missing name at the field and saves nothing', async () => {
    const { bridge } = await openSetupForm();
    await userEvent.click(screen.getByRole('button', { name: 'Create the cooperative' }));
    const name = screen.getByRole('textbox', { name: /Name of the cooperative/ });
    await waitFor(() => expect(name.getAttribute('aria-invalid')).toBe('true'));
    const described = name.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(described.split(' ').at(-1) ?? '')?.textContent).toBe('Required.');
    const stored = await bridge.call('coop.get', {});
    expect(stored).toEqual({ ok: true, value: null });
  });

  it('defaults the currency from the legal framework', async () => {
    await openSetupForm();
    const currency = screen.getByRole('textbox', { name: /Currency/ }) as HTMLInputElement;
    expect(currency.value).toBe('USD');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /Legal framework/ }), 'ES');
    expect(currency.value).toBe('EUR');
  });

  it('re-renders the form in the language chosen, then sets up the cooperative and opens the members', async () => {
    const { bridge, router } = await openSetupForm();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'es');
    expect(await screen.findByRole('heading', { level: 1, name: 'Configure su cooperativa' })).toBeTruthy();

    await userEvent.type(screen.getByRole('textbox', { name: /Nombre de la cooperativa/ }), 'Cooperativa El Hornero');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /Marco legal/ }), 'AR');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Mes' }), '7');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Día' }), '1');
    await userEvent.click(screen.getByRole('button', { name: 'Crear la cooperativa' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/members'));
    const stored = (await bridge.call('coop.get', {})) as { ok: true; value: CoopProfile };
    expect(stored.value).toMatchObject({ name: 'Cooperativa El Hornero', framework: 'AR', currency: 'ARS', locale: 'es', fiscalYearStart: '07-01' });
  });
});
