/**
 * Remembers where the main window was, so it reopens there; falls back to a centred default when the
 * saved place is garbage or on a display that is no longer attached.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { BrowserWindow } from 'electron';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DisplayArea {
  workArea: Rect;
}

export interface WindowState {
  /** Absent: let Electron centre the window. */
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 800, maximized: false };
export const MIN_WIDTH = 800;
export const MIN_HEIGHT = 560;
/** How much of the window's top edge must stay on a display for the user to grab and move it. */
const GRAB_WIDTH = 100;
const GRAB_HEIGHT = 40;

function isInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

function isGrabbable(state: Required<Pick<WindowState, 'x' | 'y' | 'width'>>, area: Rect): boolean {
  const left = Math.max(state.x, area.x);
  const right = Math.min(state.x + state.width, area.x + area.width);
  const topVisible = state.y >= area.y && state.y + GRAB_HEIGHT <= area.y + area.height;
  return right - left >= GRAB_WIDTH && topVisible;
}

/** Keeps the size within the largest display and drops a position no display can show. */
export function clampToDisplays(state: WindowState, displays: readonly DisplayArea[]): WindowState {
  if (displays.length === 0) return { ...DEFAULT_WINDOW_STATE };
  const maxWidth = Math.max(...displays.map((d) => d.workArea.width));
  const maxHeight = Math.max(...displays.map((d) => d.workArea.height));
  const width = Math.max(Math.min(state.width, maxWidth), Math.min(MIN_WIDTH, maxWidth));
  const height = Math.max(Math.min(state.height, maxHeight), Math.min(MIN_HEIGHT, maxHeight));
  const sized: WindowState = { width, height, maximized: state.maximized };
  if (state.x === undefined || state.y === undefined) return sized;
  const placed = { x: state.x, y: state.y, width };
  return displays.some((d) => isGrabbable(placed, d.workArea)) ? { ...sized, x: state.x, y: state.y } : sized;
}

/** Reads what saveWindowState wrote; anything else gives the default. */
export function parseWindowState(json: string | null, displays: readonly DisplayArea[]): WindowState {
  let raw: unknown;
  try {
    raw = json === null ? null : JSON.parse(json);
  } catch {
    raw = null;
  }
  if (typeof raw !== 'object' || raw === null) return clampToDisplays(DEFAULT_WINDOW_STATE, displays);
  const { x, y, width, height, maximized } = raw as Record<string, unknown>;
  if (!isInteger(width) || !isInteger(height) || width <= 0 || height <= 0) {
    return clampToDisplays(DEFAULT_WINDOW_STATE, displays);
  }
  const state: WindowState = { width, height, maximized: maximized === true };
  if (isInteger(x) && isInteger(y)) Object.assign(state, { x, y });
  return clampToDisplays(state, displays);
}

export function loadWindowState(file: string, displays: readonly DisplayArea[]): WindowState {
  let json: string | null = null;
  try {
    json = readFileSync(file, 'utf8');
  } catch {
    json = null;
  }
  return parseWindowState(json, displays);
}

export function saveWindowState(file: string, state: WindowState): void {
  try {
    // Write then rename, so a crash mid-write never leaves a half file.
    writeFileSync(`${file}.tmp`, JSON.stringify(state));
    renameSync(`${file}.tmp`, file);
  } catch (error) {
    console.error('Could not save the window state', error);
  }
}

function currentState(window: BrowserWindow): WindowState {
  const bounds = window.getNormalBounds();
  return { ...bounds, maximized: window.isMaximized() };
}

/** Saves on close at once, and on move or resize after the user has stopped for a moment. */
export function trackWindowState(window: BrowserWindow, file: string, debounceMs = 500): void {
  let timer: NodeJS.Timeout | undefined;
  const saveSoon = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (!window.isDestroyed()) saveWindowState(file, currentState(window));
    }, debounceMs);
  };
  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('close', () => {
    clearTimeout(timer);
    saveWindowState(file, currentState(window));
  });
}
