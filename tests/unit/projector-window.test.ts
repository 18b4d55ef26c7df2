/**
 * The projector window (issue 8): full screen on the external display when there is one, a normal window
 * otherwise; the same security as the main window; the projector route of the app's own page.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { windowAllowList } from '../../electron/ipc/rpc-gate';
import { PROJECTOR_WINDOW_SIZE, projectorPlacement, projectorUrl, projectorWebPreferences } from '../../electron/main/projector-placement';
import { isAppUrl, mainWindowWebPreferences } from '../../electron/main/security';

const laptop = { id: 1, bounds: { x: 0, y: 0, width: 1366, height: 768 } };
const projector = { id: 7, bounds: { x: 1366, y: 0, width: 1920, height: 1080 } };
const leftProjector = { id: 9, bounds: { x: -1280, y: 0, width: 1280, height: 720 } };

describe('where the projector window goes', () => {
  it('fills the external display when a second one is attached', () => {
    expect(projectorPlacement([laptop, projector], laptop.id)).toEqual({ fullscreen: true, bounds: projector.bounds });
  });

  it('finds the external display whatever order the system lists them in', () => {
    expect(projectorPlacement([projector, laptop], laptop.id)).toEqual({ fullscreen: true, bounds: projector.bounds });
    expect(projectorPlacement([laptop, leftProjector], laptop.id)).toEqual({ fullscreen: true, bounds: leftProjector.bounds });
  });

  it('is a normal window with one display, so the main window stays reachable', () => {
    expect(projectorPlacement([laptop], laptop.id)).toEqual({ fullscreen: false, ...PROJECTOR_WINDOW_SIZE });
  });

  it('is a normal window when the system reports no display at all', () => {
    expect(projectorPlacement([], 1)).toEqual({ fullscreen: false, ...PROJECTOR_WINDOW_SIZE });
  });
});

describe('what the projector window loads, and how', () => {
  it('loads the projector route of the app’s own page (so the app’s CSP and guards apply)', () => {
    expect(projectorUrl()).toBe('app://minga/index.html#/projector');
    expect(isAppUrl(projectorUrl())).toBe(true);
  });

  it('has the main window’s security preferences, only with its timers never throttled', () => {
    const preferences = projectorWebPreferences('/app/preload.cjs');
    expect(preferences).toEqual({ ...mainWindowWebPreferences('/app/preload.cjs'), backgroundThrottling: false });
    expect(preferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
  });
});

describe('what the projector window may call', () => {
  // The projector page and the pieces it draws; a read the allow-list lacks works in a browser tab but
  // fails in the desktop app's projector window, so the two are compared here.
  const files = ['assemblies/ProjectorScreen.tsx', 'assemblies/QuorumMeter.tsx', 'assemblies/VoteResult.tsx', 'surplus/ProjectorScreen.tsx', 'surplus/ProjectorChart.tsx'].map((name) =>
    readFileSync(new URL(`../../renderer/src/screens/${name}`, import.meta.url), 'utf8'),
  );
  const reads = [...new Set(files.flatMap((source) => [...source.matchAll(/(?:useRpcQuery|\bcall)\(\s*'([a-z]+\.[A-Za-z]+)'/g)].map((m) => m[1]!)))];

  it('is exactly what the projector page reads, and writes nothing', () => {
    expect(reads.sort()).toEqual([...(windowAllowList.projector as readonly string[])].sort());
    for (const source of files) expect(source).not.toMatch(/useRpcMutation/);
  });
});
