import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
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

  it('defaults the currency from the legal framework, offering only the currencies the app knows the digits of', async () => {
    await openSetupForm();
    const currency = screen.getByRole('combobox', { name: /Currency/ }) as HTMLSelectElement;
    expect(currency.value).toBe('USD');
    expect([...currency.options].map((o) => o.value)).toEqual(expect.arrayContaining(['ARS', 'BRL', 'CLP', 'EUR', 'PYG', 'UYU']));
    expect(currency.selectedOptions[0]?.textContent).toBe('USD (US Dollar)');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /Legal framework/ }), 'ES');
    expect(currency.value).toBe('EUR');
  });

  it('asks for the legal identity as optional, labelled fields and stores what is typed (issue 6)', async () => {
    const { bridge } = await openSetupForm();
    const identity = screen.getByRole('group', { name: 'Identity in the legal books' });
    const taxId = within(identity).getByRole('textbox', { name: /Tax id/ });
    expect(taxId.getAttribute('aria-required')).toBeNull();
    expect(within(identity).getByRole('textbox', { name: /Registration number/ })).toBeTruthy();
    await userEvent.type(screen.getByRole('textbox', { name: /Name of the cooperative/ }), 'Worker Coop');
    await userEvent.type(taxId, '12-3456789');
    await userEvent.type(within(identity).getByRole('textbox', { name: /Registered address/ }), '1 Main St');
    await userEvent.click(screen.getByRole('button', { name: 'Create the cooperative' }));
    await waitFor(async () =>
      expect(await bridge.call('coop.get', {})).toMatchObject({
        ok: true,
        value: { taxId: '12-3456789', registrationNumber: null, address: '1 Main St', currency: 'USD', minorDigits: 2 },
      }),
    );
  });
});
