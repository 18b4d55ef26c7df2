import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from './render-app';

let app: Awaited<ReturnType<typeof renderApp>> | null = null;
afterEach(() => {
  app?.close();
  app = null;
});

async function openNewMember() {
  app = await renderApp({ seed: 'coop', path: '/members/new', locale: 'en' });
  await screen.findByRole('heading', { level: 1, name: 'New member' });
  await screen.findByRole('spinbutton', { name: /Member number/ });
  return app;
}

const box = (name: RegExp) => screen.getByRole('textbox', { name });

async function fillRequired(last: string, first: string) {
  await userEvent.type(box(/^Last names/), last);
  await userEvent.type(box(/^First names/), first);
  await userEvent.type(screen.getByRole('spinbutton', { name: /^Weekly hours/ }), '40');
}

async function createThroughBridge(fields: { lastNames: string; firstNames: string; nationalId?: string }) {
  const result = await app!.bridge.call('members.create', {
    lastNames: fields.lastNames,
    firstNames: fields.firstNames,
    nationalId: fields.nationalId ?? null,
    taxId: null,
    nationality: null,
    birthDate: null,
    email: null,
    phone: null,
    address: null,
    joinDate: '2024-03-01',
    admissionResolution: null,
    category: null,
    weeklyHours: 40,
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('member form', () => {
  it('marks invalid fields at the field and focuses a summary of what to fix', async () => {
    await openNewMember();
    await userEvent.type(box(/^Email/), 'not-an-address');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(within(summary).getByText(/Last names: Required\./)).toBeTruthy();

    const lastNames = box(/^Last names/);
    expect(lastNames.getAttribute('aria-invalid')).toBe('true');
    const describedBy = lastNames.getAttribute('aria-describedby') ?? '';
    expect(describedBy.split(' ').map((id) => document.getElementById(id)?.textContent)).toContain('Required.');
    expect(box(/^Email/).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Enter an email address like name@example.org.')).toBeTruthy();
  });

  it('shows the server refusal of a duplicate national id at that field', async () => {
    await openNewMember();
    await createThroughBridge({ lastNames: 'Pérez', firstNames: 'Ana', nationalId: '28999111' });
    await fillRequired('Gómez', 'Luis');
    await userEvent.type(box(/^National id/), '28999111');
    await userEvent.clear(screen.getByRole('spinbutton', { name: /Member number/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    const nationalId = box(/^National id/);
    await waitFor(() => expect(nationalId.getAttribute('aria-invalid')).toBe('true'));
    const message = 'Member 1 already has national id 28999111.';
    expect(screen.getAllByText(message, { exact: false }).length).toBeGreaterThan(0);
    expect(nationalId.getAttribute('aria-describedby')).toMatch(/error/);
  });

  it('asks before Escape throws away what was typed', async () => {
    await openNewMember();
    await userEvent.type(box(/^Last names/), 'Mendoza');
    await userEvent.keyboard('{Escape}');
    const dialog = await screen.findByRole('dialog', { name: 'Discard your changes?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect((box(/^Last names/) as HTMLInputElement).value).toBe('Mendoza');

    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Discard changes' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Members' })).toBeTruthy();
  });

  it('offers only allowed status changes and refuses an exclusion without a resolution', async () => {
    app = await renderApp({ seed: 'coop', path: '/members', locale: 'en' });
    const member = await createThroughBridge({ lastNames: 'Rojas', firstNames: 'Elena' });
    await app.bridge.call('members.changeStatus', { id: member.id, status: 'active', date: '2024-03-02', cause: null, resolution: null });
    await app.router.navigate(`/members/${member.id}`);
    await screen.findByRole('heading', { level: 1, name: /Elena Rojas/ });

    await userEvent.click(screen.getByRole('button', { name: 'Change status' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change status' });
    const select = within(dialog).getByRole('combobox', { name: 'New status' });
    const offered = within(select).getAllByRole('option').map((o) => o.textContent);
    expect(offered).toEqual(['On leave', 'Resigned', 'Excluded', 'Deceased']);

    await userEvent.selectOptions(select, 'excluded');
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Cause/ }), 'Abandono de tareas');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Record change' }));
    expect(await within(dialog).findByText('An exclusion needs the council resolution that decided it.')).toBeTruthy();
    const stored = await app.bridge.call('members.get', { id: member.id });
    expect(stored.ok && stored.value.status).toBe('active');

    await userEvent.type(within(dialog).getByRole('textbox', { name: /Resolution/ }), 'Acta 14/2024');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Record change' }));
    expect(await screen.findByText('Status changed to Excluded.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Change status' })).toBeNull();
  });

  it('removes an applicant entered by mistake only after confirmation', async () => {
    app = await renderApp({ seed: 'coop', path: '/members', locale: 'en' });
    const member = await createThroughBridge({ lastNames: 'Error', firstNames: 'Carga' });
    await app.router.navigate(`/members/${member.id}`);
    await userEvent.click(await screen.findByRole('button', { name: 'Remove' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove this application?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove application' }));
    expect(await screen.findByText('No members yet — add one or import a spreadsheet.')).toBeTruthy();
  });
});
