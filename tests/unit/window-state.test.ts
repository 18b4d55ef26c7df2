import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  clampToDisplays,
  DEFAULT_WINDOW_STATE,
  loadWindowState,
  MIN_WIDTH,
  parseWindowState,
  saveWindowState,
  type DisplayArea,
} from '../../electron/main/window-state';

const laptop: DisplayArea = { workArea: { x: 0, y: 0, width: 1920, height: 1080 } };
const leftMonitor: DisplayArea = { workArea: { x: -2560, y: 0, width: 2560, height: 1440 } };

describe('parseWindowState', () => {
  it('restores a saved window that is on screen', () => {
    const json = JSON.stringify({ x: 100, y: 50, width: 1400, height: 900, maximized: false });
    expect(parseWindowState(json, [laptop])).toEqual({ x: 100, y: 50, width: 1400, height: 900, maximized: false });
  });

  it('remembers that the window was maximised', () => {
    const json = JSON.stringify({ x: 0, y: 0, width: 1280, height: 800, maximized: true });
    expect(parseWindowState(json, [laptop]).maximized).toBe(true);
  });

  it('restores a window on a second monitor left of the primary one', () => {
    const json = JSON.stringify({ x: -2000, y: 100, width: 1280, height: 800, maximized: false });
    expect(parseWindowState(json, [laptop, leftMonitor])).toMatchObject({ x: -2000, y: 100 });
  });

  it.each([
    ['no file yet', null],
    ['garbage', '{not json'],
    ['a JSON string', '"hello"'],
    ['null', 'null'],
    ['a missing size', JSON.stringify({ x: 1, y: 1 })],
    ['a negative size', JSON.stringify({ width: -5, height: 800 })],
    ['fractional sizes', JSON.stringify({ width: 1000.5, height: 800 })],
    ['sizes as strings', JSON.stringify({ width: '1000', height: '800' })],
  ])('falls back to the default for %s', (_name, json) => {
    expect(parseWindowState(json, [laptop])).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('drops a position that is not a pair of integers', () => {
    const json = JSON.stringify({ x: 'left', y: 10, width: 1200, height: 800 });
    expect(parseWindowState(json, [laptop])).toEqual({ width: 1200, height: 800, maximized: false });
  });
});

describe('clampToDisplays', () => {
  it.each([
    ['on a monitor that was unplugged', { x: -2000, y: 100 }],
    ['far to the right', { x: 5000, y: 100 }],
    ['with its title bar above the screen', { x: 100, y: -500 }],
    ['below the screen', { x: 100, y: 2000 }],
    ['with only a sliver showing', { x: 1880, y: 100 }],
  ])('centres a window %s', (_name, position) => {
    const state = clampToDisplays({ ...position, width: 1200, height: 800, maximized: false }, [laptop]);
    expect(state).toEqual({ width: 1200, height: 800, maximized: false });
  });

  it('shrinks a window larger than every display', () => {
    const state = clampToDisplays({ x: 0, y: 0, width: 5000, height: 3000, maximized: false }, [laptop]);
    expect(state).toEqual({ x: 0, y: 0, width: 1920, height: 1080, maximized: false });
  });

  it('grows a tiny window to the minimum size', () => {
    const state = clampToDisplays({ width: 200, height: 100, maximized: false }, [laptop]);
    expect(state.width).toBe(MIN_WIDTH);
    expect(state.height).toBeGreaterThan(100);
  });

  it('uses the default when no display is known', () => {
    expect(clampToDisplays({ x: 10, y: 10, width: 900, height: 700, maximized: true }, [])).toEqual(DEFAULT_WINDOW_STATE);
  });
});

describe('window-state.json', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'minga-window-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('round-trips through save and load', () => {
    const file = path.join(dir, 'window-state.json');
    saveWindowState(file, { x: 30, y: 40, width: 1300, height: 850, maximized: true });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ x: 30, y: 40, width: 1300, height: 850, maximized: true });
    expect(loadWindowState(file, [laptop])).toEqual({ x: 30, y: 40, width: 1300, height: 850, maximized: true });
  });

  it('loads the default when the file does not exist', () => {
    expect(loadWindowState(path.join(dir, 'missing.json'), [laptop])).toEqual(DEFAULT_WINDOW_STATE);
  });
});
