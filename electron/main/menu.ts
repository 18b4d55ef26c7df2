/**
 * The application menu, built as plain data so tests can read it. Standard editing, zoom and window
 * commands use Electron roles; app-specific commands stay with the renderer's own keyboard shortcuts.
 */
import type { MenuItemConstructorOptions } from 'electron';

export const menuLocales = ['es', 'pt-BR', 'en'] as const;
export type MenuLocale = (typeof menuLocales)[number];

const labelsEn = {
  app: 'Minga',
  file: 'File',
  edit: 'Edit',
  view: 'View',
  window: 'Window',
  help: 'Help',
  about: 'About Minga',
  documentation: 'Documentation',
  services: 'Services',
  hide: 'Hide Minga',
  hideOthers: 'Hide Others',
  unhide: 'Show All',
  quit: 'Quit Minga',
  close: 'Close Window',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select All',
  reload: 'Reload',
  toggleDevTools: 'Toggle Developer Tools',
  resetZoom: 'Actual Size',
  zoomIn: 'Zoom In',
  zoomOut: 'Zoom Out',
  toggleFullScreen: 'Toggle Full Screen',
  minimize: 'Minimize',
  zoom: 'Zoom',
};
export type MenuLabels = typeof labelsEn;

export const menuLabels: Readonly<Record<MenuLocale, MenuLabels>> = {
  en: labelsEn,
  es: {
    app: 'Minga',
    file: 'Archivo',
    edit: 'Edición',
    view: 'Ver',
    window: 'Ventana',
    help: 'Ayuda',
    about: 'Acerca de Minga',
    documentation: 'Documentación',
    services: 'Servicios',
    hide: 'Ocultar Minga',
    hideOthers: 'Ocultar otros',
    unhide: 'Mostrar todo',
    quit: 'Salir de Minga',
    close: 'Cerrar ventana',
    undo: 'Deshacer',
    redo: 'Rehacer',
    cut: 'Cortar',
    copy: 'Copiar',
    paste: 'Pegar',
    selectAll: 'Seleccionar todo',
    reload: 'Recargar',
    toggleDevTools: 'Herramientas de desarrollo',
    resetZoom: 'Tamaño real',
    zoomIn: 'Ampliar',
    zoomOut: 'Reducir',
    toggleFullScreen: 'Pantalla completa',
    minimize: 'Minimizar',
    zoom: 'Zoom',
  },
  'pt-BR': {
    app: 'Minga',
    file: 'Arquivo',
    edit: 'Editar',
    view: 'Exibir',
    window: 'Janela',
    help: 'Ajuda',
    about: 'Sobre o Minga',
    documentation: 'Documentação',
    services: 'Serviços',
    hide: 'Ocultar Minga',
    hideOthers: 'Ocultar outros',
    unhide: 'Mostrar tudo',
    quit: 'Sair do Minga',
    close: 'Fechar janela',
    undo: 'Desfazer',
    redo: 'Refazer',
    cut: 'Recortar',
    copy: 'Copiar',
    paste: 'Colar',
    selectAll: 'Selecionar tudo',
    reload: 'Recarregar',
    toggleDevTools: 'Ferramentas do desenvolvedor',
    resetZoom: 'Tamanho real',
    zoomIn: 'Aumentar zoom',
    zoomOut: 'Diminuir zoom',
    toggleFullScreen: 'Tela cheia',
    minimize: 'Minimizar',
    zoom: 'Zoom',
  },
};

/** Maps a system or coop locale ('es-AR', 'pt', 'en-GB', …) to one the menu is written in. */
export function menuLocale(tag: string): MenuLocale {
  const language = tag.toLowerCase().split(/[-_]/)[0];
  if (language === 'pt') return 'pt-BR';
  if (language === 'es') return 'es';
  return 'en';
}

export interface MenuActions {
  showAbout(): void;
  openDocumentation(): void;
}

type Item = MenuItemConstructorOptions;
const separator: Item = { type: 'separator' };

export function menuTemplate(
  platform: NodeJS.Platform,
  labels: MenuLabels,
  actions: MenuActions,
  options: { dev: boolean },
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

  const file: Item = {
    label: labels.file,
    submenu: mac
      ? [{ role: 'close', label: labels.close, accelerator: 'Command+W' }]
      : [{ role: 'quit', label: labels.quit, accelerator: 'Ctrl+Q' }],
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
