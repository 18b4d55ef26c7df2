/**
 * The print window may call only what its pages read (issue 5, security: per-window allow-lists). A print
 * page that reads a method the list lacks works in the browser host but fails in the desktop app, so the
 * list and the pages are compared here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { windowAllowList } from '../../electron/ipc/rpc-gate';

const screens = join(import.meta.dirname, '..', '..', 'renderer', 'src', 'screens');

function printPages(): string[] {
  return readdirSync(screens, { recursive: true, encoding: 'utf8' })
    .filter((file) => /(^|\/)Print\w*Screen\.tsx$/.test(file))
    .map((file) => join(screens, file));
}

/** Methods a page reads: useRpcQuery('x.y', …) and call('x.y', …); mutations run only from the main window. */
function readsOf(source: string): string[] {
  return [...source.matchAll(/(?:useRpcQuery|\bcall)\(\s*'([a-z]+\.[A-Za-z]+)'/g)].map((m) => m[1]!);
}

describe('what the print window may call', () => {
  it('finds the print pages (members book, capital statement and register)', () => {
    expect(printPages().length).toBeGreaterThanOrEqual(3);
  });

  it('lists every method a print page reads, and nothing they do not read', () => {
    const read = new Set(printPages().flatMap((page) => readsOf(readFileSync(page, 'utf8'))));
    expect([...read].sort()).toEqual([...(windowAllowList.print as readonly string[])].sort());
  });
});
