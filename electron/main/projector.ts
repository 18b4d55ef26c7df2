/**
 * The assembly's projector: a second window showing the `/projector` route, full screen on the external
 * display when one is attached (the room's projector), a normal window beside the main one otherwise.
 * It gets the main window's web preferences (sandbox, context isolation, the preload) and is served from the
 * same `app://` origin, so the same CSP and guards apply; its role lets it call only what it shows
 * (rpc-gate.ts). One projector at a time: asking again brings the open one forward.
 */
import { BrowserWindow } from 'electron';
import { projectorPlacement, projectorUrl, projectorWebPreferences, type ProjectorDisplay } from './projector-placement';
import { assignWindowRole } from './window-roles';

let projector: BrowserWindow | null = null;

export interface OpenProjectorOptions {
  /** The projector page to show; the assembly's (`/projector`) unless said. */
  route?: string;
  preloadPath: string;
  displays: readonly ProjectorDisplay[];
  primaryId: number;
}

/** Opens the projector window on a page, or brings the open one forward showing that page. */
export function openProjectorWindow({ route, preloadPath, displays, primaryId }: OpenProjectorOptions): void {
  const url = projectorUrl(route);
  if (projector && !projector.isDestroyed()) {
    if (projector.webContents.getURL() !== url) void projector.loadURL(url);
    if (projector.isMinimized()) projector.restore();
    projector.show();
    return;
  }
  const placement = projectorPlacement(displays, primaryId);
  const window = new BrowserWindow({
    ...(placement.fullscreen ? { ...placement.bounds, fullscreen: true } : { width: placement.width, height: placement.height }),
    show: false,
    title: 'Minga',
    autoHideMenuBar: true,
    backgroundColor: '#000000',
    webPreferences: projectorWebPreferences(preloadPath),
  });
  assignWindowRole(window.webContents, 'projector');
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (projector === window) projector = null;
  });
  projector = window;
  void window.loadURL(url);
}

/** The projector follows the main window: it shows nothing the assembly can use once the main window is gone. */
export function closeProjectorWindow(): void {
  if (projector && !projector.isDestroyed()) projector.close();
  projector = null;
}
