/** Light, dark or the system's: the choice is kept in localStorage and applied as data-theme on <html>. */
import { useSyncExternalStore } from 'react';

export const themeChoices = ['light', 'dark', 'system'] as const;
export type ThemeChoice = (typeof themeChoices)[number];

const STORAGE_KEY = 'minga.theme';
const listeners = new Set<() => void>();
const darkQuery = () => (typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-color-scheme: dark)') : null);

export function storedTheme(): ThemeChoice {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return themeChoices.find((choice) => choice === value) ?? 'system';
  } catch {
    return 'system';
  }
}

export function resolveTheme(choice: ThemeChoice): 'light' | 'dark' {
  if (choice !== 'system') return choice;
  return darkQuery()?.matches ? 'dark' : 'light';
}

/** `data-theme` holds what is shown (light/dark); `data-theme-choice` what the person chose. */
export function applyTheme(choice: ThemeChoice): void {
  const root = document.documentElement;
  root.dataset.theme = resolveTheme(choice);
  root.dataset.themeChoice = choice;
}

export function setTheme(choice: ThemeChoice): void {
  try {
    localStorage.setItem(STORAGE_KEY, choice);
  } catch {
    // Storage can be unavailable (private mode); the choice still applies for this session.
  }
  applyTheme(choice);
  listeners.forEach((listener) => listener());
}

/** Applies the stored choice now and follows the system while the choice is "system". */
export function startTheme(): () => void {
  applyTheme(storedTheme());
  const query = darkQuery();
  const onSystemChange = () => {
    if (document.documentElement.dataset.themeChoice === 'system') applyTheme('system');
  };
  query?.addEventListener('change', onSystemChange);
  return () => query?.removeEventListener('change', onSystemChange);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const currentChoice = () => (document.documentElement.dataset.themeChoice as ThemeChoice | undefined) ?? storedTheme();

export function useTheme(): [ThemeChoice, (choice: ThemeChoice) => void] {
  return [useSyncExternalStore(subscribe, currentChoice), setTheme];
}
