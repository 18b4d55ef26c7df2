import { describe, expect, it } from 'vitest';
import { needsRebuild } from '../../build/sqlite-abi.mjs';

describe('rebuilding better-sqlite3 for the runtime about to load it', () => {
  it.each([
    ['never built by us', null, 'electron-45.4.1', true],
    ['built for Node, starting the app', 'node-115', 'electron-45.4.1', true],
    ['built for the same Electron', 'electron-45.4.1', 'electron-45.4.1', false],
    ['built for an older Electron', 'electron-44.0.0', 'electron-45.4.1', true],
    ['built for Electron, running tests', 'electron-45.4.1', 'node-115', true],
    ['built for the same Node', 'node-115', 'node-115', false],
    ['marker written with a newline', 'node-115\n', 'node-115', false],
    ['an empty marker', '', 'node-115', true],
    ['a prefix of the wanted version', 'electron-45.4', 'electron-45.4.1', true],
  ])('%s → %s', (_name, marker, wanted, expected) => {
    expect(needsRebuild(marker, wanted)).toBe(expected);
  });
});
