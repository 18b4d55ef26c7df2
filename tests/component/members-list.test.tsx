import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { renderApp } from './render-app';

let app: Awaited<ReturnType<typeof renderApp>> | null = null;
afterEach(() => {
  app?.close();
  app = null;
});

// jsdom lays nothing out: give the virtualised grid a viewport so it renders the rows in view.
const clientHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.getAttribute('role') === 'grid' ? 600 : 0;
    },
  });
});
afterAll(() => {
  if (clientHeight) Object.defineProperty(HTMLElement.prototype, 'clientHeight', clientHeight);
});

/** Seeds the register through the real import: member i is "Apellido{i}", status active or applicant. */
async function seed(count: number) {
  const lines = ['memberNumber,lastNames,firstNames,nationalId,joinDate,weeklyHours,status'];
  for (let i = 1; i <= count; i += 1) {
    lines.push(`${i},Apellido${String(i).padStart(3, '0')},Nombre,${20_000_000 + i},2024-01-15,40,${i % 10 === 0 ? 'applicant' : 'active'}`);
  }
  const fileBase64 = Buffer.from(lines.join('\n')).toString('base64');
  const result = await app!.bridge.call('members.importCommit', { fileBase64, mapping: null });
  if (!result.ok) throw new Error(result.error.message);
}

async function openList(count: number) {
  app = await renderApp({ seed: 'coop', path: '/members', locale: 'en' });
  if (count > 0) await seed(count);
  await screen.findByRole('heading', { level: 1, name: 'Members' });
  if (count > 0) await screen.findByRole('grid', { name: 'Members register' });
  return app;
}

const grid = () => screen.getByRole('grid', { name: 'Members register' });
const bodyRows = () => within(grid()).getAllByRole('row').filter((r) => r.getAttribute('aria-rowindex') !== '1');

describe('members list', () => {
  it('invites to add or import when the register is empty', async () => {
    await openList(0);
    expect(await screen.findByText('No members yet — add one or import a spreadsheet.')).toBeTruthy();
    expect(screen.queryByRole('grid')).toBeNull();
  });

  it('counts the register and tells a screen reader the grid has every row', async () => {
    await openList(150);
    expect(await screen.findByText('150 members')).toBeTruthy();
    await waitFor(() => expect(grid().getAttribute('aria-rowcount')).toBe('151'));
    const first = await within(grid()).findByText('Apellido001');
    expect(first.closest('[role="row"]')?.getAttribute('aria-rowindex')).toBe('2');
  });

  it('renders only the rows in view and fetches the next page of 100 as the table scrolls', async () => {
    await openList(150);
    await within(grid()).findByText('Apellido001');
    expect(bodyRows().length).toBeLessThan(60);
    expect(within(grid()).queryByText('Apellido140')).toBeNull();

    grid().scrollTop = 40 * 125;
    fireEvent.scroll(grid());
    const late = await within(grid()).findByText('Apellido140');
    expect(late.closest('[role="row"]')?.getAttribute('aria-rowindex')).toBe('141');
  });

  it('searches as you type, by name, number or national id', async () => {
    await openList(150);
    await within(grid()).findByText('Apellido001');
    const search = screen.getByRole('searchbox', { name: 'Search' });

    await userEvent.type(search, 'apellido042');
    expect(await screen.findByText('1 member matches')).toBeTruthy();
    expect(within(grid()).getByText('Apellido042')).toBeTruthy();

    await userEvent.clear(search);
    await userEvent.type(search, '20000077');
    await waitFor(() => expect(within(grid()).queryByText('Apellido077')).toBeTruthy());
    expect(screen.getByText('1 member matches')).toBeTruthy();

    await userEvent.clear(search);
    await userEvent.type(search, 'nobody-like-this');
    expect(await screen.findByText('No members match.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    expect(await screen.findByText('150 members')).toBeTruthy();
  });

  it('filters by status and sorts by a column header, announcing the order with aria-sort', async () => {
    await openList(150);
    await within(grid()).findByText('Apellido001');

    await userEvent.click(screen.getByRole('checkbox', { name: 'Applicant' }));
    expect(await screen.findByText('15 members match')).toBeTruthy();
    await waitFor(() => expect(bodyRows()[0]?.textContent).toContain('Apellido010'));

    const lastNames = screen.getByRole('columnheader', { name: /Last names/ });
    expect(lastNames.getAttribute('aria-sort')).toBe('none');
    await userEvent.click(within(lastNames).getByRole('button'));
    await userEvent.click(within(screen.getByRole('columnheader', { name: /Last names/ })).getByRole('button'));
    await waitFor(() => expect(screen.getByRole('columnheader', { name: /Last names/ }).getAttribute('aria-sort')).toBe('descending'));
    await waitFor(() => expect(bodyRows()[0]?.textContent).toContain('Apellido150'));
  });

  it('moves between rows with the arrow keys and opens a member with Enter', async () => {
    await openList(150);
    const first = (await within(grid()).findByText('Apellido001')).closest<HTMLElement>('[role="row"]')!;
    first.focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await waitFor(() => expect(document.activeElement?.textContent).toContain('Apellido003'));
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: /Nombre Apellido003/ })).toBeTruthy();
  });
});
