/**
 * Keyboard shortcuts through one document listener. A combo is 'mod+k' (Ctrl, or ⌘ on a Mac), 'alt+1',
 * '/', '?', 'escape'… The most recently registered handler for a combo wins. Keys without Ctrl/⌘/Alt are
 * ignored while typing in a field, and no shortcut fires behind an open modal dialog.
 */
import { useEffect, useEffectEvent, type RefObject } from 'react';

interface Combo {
  key: string;
  mod: boolean;
  alt: boolean;
}
interface Entry {
  combo: Combo;
  run: (event: KeyboardEvent) => void;
}

const entries: Entry[] = [];
let listening = false;

export function parseCombo(text: string): Combo {
  const parts = text.toLowerCase().split('+');
  const key = parts.length > 1 && parts.at(-1) === '' ? '+' : (parts.at(-1) ?? '');
  return { key, mod: parts.includes('mod'), alt: parts.includes('alt') };
}

/** Alt+digit yields other characters on some layouts (⌥1 is ¡ on a Mac), so digits match by physical key. */
function keyOf(event: KeyboardEvent): string {
  const digit = event.altKey ? /^Digit(\d)$/.exec(event.code) : null;
  return digit ? digit[1]! : event.key.toLowerCase();
}

export function matchesCombo(combo: Combo, event: KeyboardEvent): boolean {
  const mod = event.ctrlKey || event.metaKey;
  return combo.mod === mod && combo.alt === event.altKey && combo.key === keyOf(event);
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

function onKeyDown(event: KeyboardEvent): void {
  if (event.defaultPrevented || document.querySelector('dialog[open]')) return;
  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = entries[i]!;
    if (!matchesCombo(entry.combo, event)) continue;
    if (!entry.combo.mod && !entry.combo.alt && isTyping(event.target)) return;
    event.preventDefault();
    entry.run(event);
    return;
  }
}

export function registerShortcut(combo: string, run: (event: KeyboardEvent) => void): () => void {
  if (!listening) {
    document.addEventListener('keydown', onKeyDown);
    listening = true;
  }
  const entry: Entry = { combo: parseCombo(combo), run };
  entries.push(entry);
  return () => {
    const index = entries.indexOf(entry);
    if (index >= 0) entries.splice(index, 1);
  };
}

/** Runs `handler` on `combo` while the component is mounted (and `enabled`). */
export function useShortcut(combo: string, handler: (event: KeyboardEvent) => void, enabled = true): void {
  // The latest handler runs without re-registering the shortcut on every render.
  const onShortcut = useEffectEvent(handler);
  useEffect(() => (enabled ? registerShortcut(combo, (event) => onShortcut(event)) : undefined), [combo, enabled]);
}

/** A screen with a search box registers it here: Ctrl/⌘+K and '/' then focus it. */
export function useSearchShortcut(input: RefObject<HTMLInputElement | null>): void {
  const focus = () => {
    input.current?.focus();
    input.current?.select();
  };
  useShortcut('mod+k', focus);
  useShortcut('/', focus);
}

/** A combo as keys to show and to announce (aria-keyshortcuts): 'alt+1' → 'Alt+1'. */
export function shortcutKeys(combo: string): string[] {
  return combo.split('+').map((key) => (key.length === 1 ? key.toUpperCase() : key[0]!.toUpperCase() + key.slice(1)));
}
export const shortcutLabel = (combo: string): string => shortcutKeys(combo).join('+');

export const isMac = () => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
