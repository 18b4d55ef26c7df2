import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { bytesToBase64 } from '../../renderer/src/screens/members/base64';
import { renderApp } from './render-app';

let app: Awaited<ReturnType<typeof renderApp>> | null = null;
afterEach(() => {
  app?.close();
  app = null;
});

// Vitest runs from the repository root (build/vitest.config.ts sets it).
// jsdom's Blob has no arrayBuffer(); read it the older way, as browsers did before it existed.
beforeAll(() => {
  if (typeof Blob.prototype.arrayBuffer === 'function') return;
  Blob.prototype.arrayBuffer = function arrayBuffer(this: Blob) {
    return new Promise<ArrayBuffer>((resolveRead, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolveRead(reader.result as ArrayBuffer);
      reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
      reader.readAsArrayBuffer(this);
    });
  };
});

const fixture = (name: string) => readFileSync(resolve('tests/fixtures/e2e', name));

async function choose(name: string) {
  const bytes = fixture(name);
  const file = new File([new Uint8Array(bytes)], name, { type: 'text/csv' });
  await userEvent.upload(screen.getByLabelText('CSV file'), file);
}

async function registerSize(): Promise<number> {
  const result = await app!.bridge.call('members.list', {});
  if (!result.ok) throw new Error(result.error.message);
  return result.value.total;
}

describe('members import', () => {
  it('reports every problem with its line and writes nothing, then imports the corrected file', async () => {
    app = await renderApp({ seed: 'coop', path: '/members/import', locale: 'en' });
    await screen.findByRole('heading', { level: 1, name: 'Import members' });

    await choose('members-with-errors.csv');
    expect(await screen.findByRole('heading', { name: 'Match the columns' })).toBeTruthy();
    expect(screen.getByText(/Encoding UTF-8, separated by semicolons, 3 member rows\./)).toBeTruthy();
    const lastNames = screen.getByRole('combobox', { name: /^Last names/ }) as HTMLSelectElement;
    expect(lastNames.selectedOptions[0]?.textContent).toBe('Column 2: Apellidos');
    expect(lastNames.getAttribute('aria-required')).toBe('true');

    await userEvent.click(screen.getByRole('button', { name: 'Check the file' }));
    const table = await screen.findByRole('table', { name: '2 problems' });
    const rows = within(table).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell').map((c) => c.textContent));
    expect(rows).toEqual([
      ['3', 'Join date', '31/02/2022', '"31/02/2022" is not a date; write dd/mm/yyyy or yyyy-mm-dd.'],
      ['4', 'National id', '30111222', 'National id 30111222 appears twice or already belongs to a member.'],
    ]);
    expect((screen.getByRole('button', { name: 'Import 3 members' }) as HTMLButtonElement).disabled).toBe(true);
    expect(await registerSize()).toBe(0);

    await choose('members-corrected.csv');
    await userEvent.click(await screen.findByRole('button', { name: 'Check the file' }));
    expect(await screen.findByText('No problems found: 3 members are ready to import.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Import 3 members' }));
    const dialog = await screen.findByRole('dialog', { name: 'Import into the register?' });
    expect(await registerSize()).toBe(0);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Import 3 members' }));

    expect(await screen.findByText('3 members were added to the register.')).toBeTruthy();
    expect(await registerSize()).toBe(3);
    await userEvent.click(screen.getByRole('link', { name: 'Go to the members register' }));
    await waitFor(() => expect(screen.getByText('3 members')).toBeTruthy());
  });

  it('base64-encodes a large file in chunks, byte for byte', () => {
    const bytes = new Uint8Array(3_000_001).map((_, i) => (i * 31) % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });
});
