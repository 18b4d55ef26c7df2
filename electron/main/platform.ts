/** PlatformPort for the desktop app: native dialogs, printing a renderer route to PDF in a hidden window, the projector window. */
import { BrowserWindow, dialog, screen } from 'electron';
import type { PlatformPort } from '../services/core';
import { BOOK_PAGE, PRINT_READY_ATTRIBUTE } from '../../shared/print';
import { openProjectorWindow } from './projector';
import { pdfOptionsFor, PRINT_READY_TIMEOUT_MS, printWindowUrl, waitUntil } from './print-job';
import { mainWindowWebPreferences } from './security';
import { assignWindowRole } from './window-roles';

export interface ElectronPlatformOptions {
  preloadPath: string;
}

export function createElectronPlatform(getWindow: () => BrowserWindow | null, options: ElectronPlatformOptions): PlatformPort {
  return {
    async chooseSavePath({ title, defaultName, filters }) {
      const parent = getWindow();
      const settings = { title, defaultPath: defaultName, filters };
      const result = parent ? await dialog.showSaveDialog(parent, settings) : await dialog.showSaveDialog(settings);
      return result.canceled || !result.filePath ? null : result.filePath;
    },

    async chooseOpenPath({ title, filters }) {
      const parent = getWindow();
      const settings = { title, filters, properties: ['openFile' as const] };
      const result = parent ? await dialog.showOpenDialog(parent, settings) : await dialog.showOpenDialog(settings);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },

    async printToPdf({ route }) {
      const window = new BrowserWindow({
        show: false,
        // A hidden window must keep its timers running, or the page may never finish loading its data.
        webPreferences: { ...mainWindowWebPreferences(options.preloadPath), backgroundThrottling: false },
      });
      // The page it prints may only read what it shows (rpc-gate.ts).
      assignWindowRole(window.webContents, 'print');
      try {
        await window.loadURL(printWindowUrl(route));
        const contents = window.webContents;
        await waitUntil(
          async () => (await contents.executeJavaScript(`document.documentElement.hasAttribute('${PRINT_READY_ATTRIBUTE}')`)) === true,
          { timeoutMs: PRINT_READY_TIMEOUT_MS, intervalMs: 100, what: `The print page ${route}` },
        );
        return await contents.printToPDF(pdfOptionsFor(BOOK_PAGE));
      } finally {
        window.destroy();
      }
    },

    async openProjector(route) {
      openProjectorWindow({ route, preloadPath: options.preloadPath, displays: screen.getAllDisplays(), primaryId: screen.getPrimaryDisplay().id });
      return 'opened';
    },
  };
}
