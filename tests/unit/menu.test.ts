import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuLabels, menuLocale, menuTemplate, type MenuActions } from '../../electron/main/menu';
import { locales } from '../../shared/contract/coop';
import { translate } from '../../shared/i18n/catalogue';

type Item = MenuItemConstructorOptions;

function calls(): MenuActions & { log: string[] } {
  const log: string[] = [];
  return { log, showAbout: () => log.push('about'), openDocumentation: () => log.push('docs'), leaveDemo: () => log.push('leaveDemo') };
}

function submenuOf(template: Item[], label: string): Item[] {
  const menu = template.find((item) => item.label === label);
  if (!menu || !Array.isArray(menu.submenu)) throw new Error(`no submenu ${label}`);
  return menu.submenu;
}

function allItems(template: Item[]): Item[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? allItems(item.submenu) : [])]);
}

function byRole(items: Item[], role: string): Item | undefined {
  return items.find((item) => item.role === role);
}

const en = menuLabels('en');

describe('the Edit menu', () => {
  it.each(['linux', 'win32', 'darwin'] as const)('has the standard editing roles with accelerators on %s', (platform) => {
    const edit = submenuOf(menuTemplate(platform, en, calls(), { dev: false }), en.edit);
    expect(byRole(edit, 'undo')?.accelerator).toBe('CmdOrCtrl+Z');
    expect(byRole(edit, 'redo')?.accelerator).toBe(platform === 'darwin' ? 'Shift+Command+Z' : 'Ctrl+Y');
    expect(byRole(edit, 'cut')?.accelerator).toBe('CmdOrCtrl+X');
    expect(byRole(edit, 'copy')?.accelerator).toBe('CmdOrCtrl+C');
    expect(byRole(edit, 'paste')?.accelerator).toBe('CmdOrCtrl+V');
    expect(byRole(edit, 'selectAll')?.accelerator).toBe('CmdOrCtrl+A');
  });
});

describe('the menu bar', () => {
  it('has an application menu only on macOS', () => {
    expect(menuTemplate('darwin', en, calls(), { dev: false })[0]?.label).toBe('Minga');
    expect(menuTemplate('linux', en, calls(), { dev: false }).map((item) => item.label)).toEqual([
      en.file,
      en.edit,
      en.view,
      en.window,
      en.help,
    ]);
  });

  it('offers reload and developer tools only in development', () => {
    const shipped = allItems(menuTemplate('win32', en, calls(), { dev: false }));
    expect(byRole(shipped, 'reload')).toBeUndefined();
    expect(byRole(shipped, 'toggleDevTools')).toBeUndefined();
    const dev = allItems(menuTemplate('win32', en, calls(), { dev: true }));
    expect(byRole(dev, 'reload')).toBeDefined();
    expect(byRole(dev, 'toggleDevTools')).toBeDefined();
  });

  it.each(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen'])('View always has %s', (role) => {
    const view = submenuOf(menuTemplate('linux', en, calls(), { dev: false }), en.view);
    expect(byRole(view, role)?.accelerator).toBeTruthy();
  });

  it('quits from File on Windows and Linux, and from the app menu on macOS', () => {
    expect(byRole(submenuOf(menuTemplate('win32', en, calls(), { dev: false }), en.file), 'quit')).toBeDefined();
    expect(byRole(submenuOf(menuTemplate('darwin', en, calls(), { dev: false }), 'Minga'), 'quit')).toBeDefined();
  });

  it('Help opens the documentation and the About box through the given actions', () => {
    const actions = calls();
    const help = submenuOf(menuTemplate('linux', en, actions, { dev: false }), en.help);
    for (const item of help) (item.click as (() => void) | undefined)?.();
    expect(actions.log).toEqual(['docs', 'about']);
  });
});

describe('menu labels', () => {
  it.each(locales)('every label is written in %s, in the catalogue the screens use (no second list)', (locale) => {
    const labels = menuLabels(locale);
    expect(Object.keys(labels).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries(labels)) {
      expect(value.trim()).not.toBe('');
      expect(value).toBe(translate(locale, `menu:${key}`));
    }
  });

  it('translates the menus rather than repeating English', () => {
    expect(menuLabels('es').edit).not.toBe(en.edit);
    expect(menuLabels('pt-BR').file).not.toBe(en.file);
  });

  it.each(['darwin', 'linux'] as const)('labels every item but separators on %s, in the chosen language', (platform) => {
    const items = allItems(menuTemplate(platform, menuLabels('es'), calls(), { dev: true }));
    const known = new Set(Object.values(menuLabels('es')));
    for (const item of items.filter((i) => i.type !== 'separator')) expect(known.has(item.label ?? '')).toBe(true);
    expect(items.find((item) => item.role === 'copy')?.label).toBe('Copiar');
  });

  it.each([
    ['es', 'es'],
    ['es-AR', 'es'],
    ['es_419', 'es'],
    ['pt-BR', 'pt-BR'],
    ['pt-PT', 'pt-BR'],
    ['pt', 'pt-BR'],
    ['en-GB', 'en'],
    ['fr', 'en'],
    ['', 'en'],
  ])('menuLocale(%s) is %s', (tag, locale) => {
    expect(menuLocale(tag)).toBe(locale);
  });
});
