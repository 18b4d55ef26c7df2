/**
 * The application menu, built as plain data so tests can read it. Standard editing, zoom and window
 * commands use Electron roles; app-specific commands stay with the renderer's own keyboard shortcuts.
 * Labels come from the same catalogue as the screens, in the coop's language.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { Locale } from '../../shared/contract/coop';
import { catalogue } from '../../shared/i18n/catalogue';
import type enMenu from '../../shared/i18n/locales/en/menu.json';

/** The menu's words, from the one catalogue (shared/i18n/locales/<lang>/menu.json) the renderer also uses. */
export type MenuLabels = typeof enMenu;

export function menuLabels(locale: Locale): MenuLabels {
  // The catalogue is typed loosely; tests/unit/i18n-keys.test.ts keeps every language's menu.json with en's keys.
  return catalogue[locale].menu as MenuLabels;
}

/** Maps a system or coop locale ('es-AR', 'pt', 'en-GB', …) to one the menu is written in. */
export function menuLocale(tag: string): Locale {
  const language = tag.toLowerCase().split(/[-_]/)[0];
  if (language === 'pt') return 'pt-BR';
  if (language === 'es') return 'es';
  return 'en';
}

export interface MenuActions {
  showAbout(): void;
  openDocumentation(): void;
  /** Opens the settings screen's confirmation to leave the demo (the renderer asks before anything is wiped). */
  leaveDemo(): void;
}

/** Where the File menu's "Leave the demo…" takes the main window (renderer/src/screens/settings/LeaveDemo.tsx). */
export const LEAVE_DEMO_ROUTE = '/settings?leaveDemo=1';

type Item = MenuItemConstructorOptions;
const separator: Item = { type: 'separator' };

export function menuTemplate(
  platform: NodeJS.Platform,
  labels: MenuLabels,
  actions: MenuActions,
  options: { dev: boolean; demo?: boolean },
): Item[] {
  const mac = platform === 'darwin';
  const about: Item = mac
    ? { role: 'about', label: labels.about }
    : { label: labels.about, click: () => actions.showAbout() };

  const appMenu: Item = {
    label: labels.app,
    submenu: [
      about,
      separator,
      { role: 'services', label: labels.services },
      separator,
      { role: 'hide', label: labels.hide, accelerator: 'Command+H' },
      { role: 'hideOthers', label: labels.hideOthers, accelerator: 'Command+Alt+H' },
      { role: 'unhide', label: labels.unhide },
      separator,
      { role: 'quit', label: labels.quit, accelerator: 'Command+Q' },
    ],
  };

  // Only while the demo cooperative is open: the way to start the user's own.
  const leaveDemo: Item[] = options.demo ? [{ label: labels.leaveDemo, click: () => actions.leaveDemo() }, separator] : [];
  const file: Item = {
    label: labels.file,
    submenu: [
      ...leaveDemo,
      mac ? { role: 'close', label: labels.close, accelerator: 'Command+W' } : { role: 'quit', label: labels.quit, accelerator: 'Ctrl+Q' },
    ],
  };

  const edit: Item = {
    label: labels.edit,
    submenu: [
      { role: 'undo', label: labels.undo, accelerator: 'CmdOrCtrl+Z' },
      { role: 'redo', label: labels.redo, accelerator: mac ? 'Shift+Command+Z' : 'Ctrl+Y' },
      separator,
      { role: 'cut', label: labels.cut, accelerator: 'CmdOrCtrl+X' },
      { role: 'copy', label: labels.copy, accelerator: 'CmdOrCtrl+C' },
      { role: 'paste', label: labels.paste, accelerator: 'CmdOrCtrl+V' },
      { role: 'selectAll', label: labels.selectAll, accelerator: 'CmdOrCtrl+A' },
    ],
  };

  const developer: Item[] = options.dev
    ? [
        { role: 'reload', label: labels.reload, accelerator: 'CmdOrCtrl+R' },
        { role: 'toggleDevTools', label: labels.toggleDevTools, accelerator: mac ? 'Alt+Command+I' : 'Ctrl+Shift+I' },
        separator,
      ]
    : [];
  const view: Item = {
    label: labels.view,
    submenu: [
      ...developer,
      { role: 'resetZoom', label: labels.resetZoom, accelerator: 'CmdOrCtrl+0' },
      { role: 'zoomIn', label: labels.zoomIn, accelerator: 'CmdOrCtrl+Plus' },
      { role: 'zoomOut', label: labels.zoomOut, accelerator: 'CmdOrCtrl+-' },
      separator,
      { role: 'togglefullscreen', label: labels.toggleFullScreen, accelerator: mac ? 'Ctrl+Command+F' : 'F11' },
    ],
  };

  const window: Item = {
    label: labels.window,
    submenu: [
      { role: 'minimize', label: labels.minimize, accelerator: 'CmdOrCtrl+M' },
      mac ? { role: 'zoom', label: labels.zoom } : { role: 'close', label: labels.close, accelerator: 'Ctrl+W' },
    ],
  };

  const help: Item = {
    role: 'help',
    label: labels.help,
    submenu: [
      { label: labels.documentation, click: () => actions.openDocumentation() },
      ...(mac ? [] : [separator, about]),
    ],
  };

  return [...(mac ? [appMenu] : []), file, edit, view, window, help];
}
