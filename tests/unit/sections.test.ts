/** The section registry: the nav, its Alt+N shortcuts and the lazily loaded domain routes all come from it. */
import { describe, expect, it } from 'vitest';
import { homePath, sections, standalone } from '../../renderer/src/app/sections';
import { shortcutKeys, shortcutLabel } from '../../renderer/src/app/shortcuts';
import { translate } from '../../shared/i18n/catalogue';
import { locales } from '../../shared/contract/coop';

describe('sections', () => {
  it('Alt+1, Alt+2… follow the order of the navigation, one per section, the tenth being Alt+0', () => {
    expect(sections.length).toBeLessThanOrEqual(10);
    expect(sections.map((s) => s.shortcut)).toEqual(sections.map((_, i) => `alt+${(i + 1) % 10}`));
    expect(shortcutKeys(sections[0]!.shortcut)).toEqual(['Alt', '1']);
    expect(shortcutLabel(sections[1]!.shortcut)).toBe('Alt+2');
  });

  it('ids and paths are distinct, and the app opens on the first section', () => {
    const paths = [...sections.map((s) => s.path), ...standalone.map((s) => s.path)];
    expect(new Set(paths).size).toBe(paths.length);
    expect(new Set(sections.map((s) => s.id)).size).toBe(sections.length);
    expect(homePath).toBe(`/${sections[0]!.path}`);
  });

  it.each(locales)('every section and each of its screen shortcuts is named in %s', (locale) => {
    const keys = sections.flatMap((section) => [section.label, ...(section.screenShortcuts ?? []).map((s) => s.label)]);
    for (const key of keys) expect(translate(locale, `common:${key}`)).not.toBe(`common:${key}`);
  });

  it('no screen shortcut takes a key a section already uses', () => {
    const combos = sections.flatMap((section) => [section.shortcut, ...(section.screenShortcuts ?? []).map((s) => s.combo)]);
    expect(new Set(combos).size).toBe(combos.length);
  });

  // Loading a section transforms every screen module of its domain: with seven domains that is seconds, not milliseconds.
  it('every section and standalone screen loads its routes, with a page at its own path', { timeout: 60_000 }, async () => {
    for (const { path, routes } of [...sections, ...standalone]) {
      const loaded = await routes();
      // The page at the section's own path: an index route, at the top or inside a pathless layout route.
      const pages = loaded.flatMap((route) => (route.path === undefined && route.children ? [route, ...route.children] : [route]));
      expect(pages.some((route) => route.index === true), path).toBe(true);
    }
  });
});
