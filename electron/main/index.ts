/**
 * The app's lifecycle: one instance, the database, the `app://` protocol, IPC, the main window, the menu,
 * and the guards every web page gets (no navigation, no new windows, no webviews, no permissions).
 */
import { mkdirSync } from 'node:fs';
import { userInfo } from 'node:os';
import path from 'node:path';
import { app, BrowserWindow, dialog, Menu, protocol, screen, session as electronSession, type WebContents } from 'electron';
import type { Events } from '../../shared/contract';
import type { CoopProfile } from '../../shared/contract/coop';
import { DomainError } from '../../shared/contract/errors';
import { createDispatcher, type Dispatch } from '../ipc/dispatch';
import { createHandlers } from '../ipc/handlers';
import { registerIpc } from '../ipc/register';
import { DatabaseMissingError, openDatabaseSession, restoreClosedDatabase, type DatabaseSession, type SessionOptions } from '../services/core';
import { checkAllDomains } from '../services/domains';
import { translate } from '../../shared/i18n/catalogue';
import { openExternalSafely } from './external';
import { LEAVE_DEMO_ROUTE, menuLabels, menuLocale, menuTemplate } from './menu';
import { logInternalError, logStartFailure, startLog } from './log';
import { missingDatabaseAnswer, missingDatabaseQuestion, refusalSentence } from './missing-database';
import { createElectronPlatform } from './platform';
import { closeProjectorWindow } from './projector';
import { registerAppProtocol } from './protocol';
import {
  APP_INDEX_URL,
  APP_SCHEME,
  APP_SCHEME_PRIVILEGES,
  isSafeExternalUrl,
  isTrustedSender,
  mainWindowWebPreferences,
  permissionDecision,
  shouldAllowNavigation,
} from './security';
import { assignWindowRole, windowRoleOf } from './window-roles';
import { loadWindowState, MIN_HEIGHT, MIN_WIDTH, trackWindowState } from './window-state';

const DOCUMENTATION_URL = 'https://minga.coop/docs';
/** Both are bundled next to each other in out/electron by build/bundle-electron.mjs. */
const preloadPath = path.join(__dirname, 'preload.cjs');
/** Refusals whose English message already tells the user what is wrong with the file. */
const databaseRefusals: ReadonlySet<string> = new Set(['NEWER_DATABASE', 'NOT_A_MINGA_DATABASE']);

let mainWindow: BrowserWindow | null = null;

// Both must happen before 'ready'.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }]);
app.enableSandbox();

function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (!shouldAllowNavigation(contents.getURL(), event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!shouldAllowNavigation(contents.getURL(), event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void openExternalSafely(url);
    return { action: 'deny' };
  });
}

function denyPermissions(): void {
  const ses = electronSession.defaultSession;
  ses.setPermissionRequestHandler((_contents, permission, callback) => callback(permissionDecision(permission)));
  ses.setPermissionCheckHandler((_contents, permission) => permissionDecision(permission));
}

function osUser(): string {
  try {
    return userInfo().username || 'desktop';
  } catch {
    return 'desktop';
  }
}

/** The database file is gone or empty but backups exist: ask before anything, restore the latest if told to. */
async function offerLatestBackup(options: SessionOptions, missing: DatabaseMissingError): Promise<DatabaseSession | null> {
  const locale = menuLocale(app.getLocale());
  const { response } = await dialog.showMessageBox(missingDatabaseQuestion(locale, missing.latestBackup));
  if (missingDatabaseAnswer(response) === 'quit') return null;
  try {
    await restoreClosedDatabase(options.path, missing.latestBackup.path, checkAllDomains);
    return await openDatabaseSession(options);
  } catch (error) {
    logStartFailure('restoring the latest backup at start', error);
    const reason = refusalSentence(locale, error instanceof DomainError ? error : { key: 'errors.INTERNAL', message: 'Something went wrong inside Minga.' });
    dialog.showErrorBox('Minga', translate(locale, 'backups:startup.restoreFailed', { reason }));
    return null;
  }
}

/** Opens (and migrates) the database; on a refusal tells the user why and leaves the file untouched. */
async function openDatabase(): Promise<DatabaseSession | null> {
  const userData = app.getPath('userData');
  mkdirSync(userData, { recursive: true });
  const options: SessionOptions = {
    path: path.join(userData, 'minga.sqlite'),
    backupsDir: path.join(userData, 'backups'),
    actor: osUser(),
    dailyBackup: true,
    check: checkAllDomains,
  };
  try {
    return await openDatabaseSession(options);
  } catch (error) {
    if (error instanceof DatabaseMissingError) return offerLatestBackup(options, error);
    logStartFailure('opening the database', error);
    const refused = error instanceof DomainError && databaseRefusals.has(error.code);
    const locale = menuLocale(app.getLocale());
    dialog.showErrorBox('Minga', refused ? refusalSentence(locale, error) : translate(locale, 'common:app.openFailed', { folder: userData }));
    return null;
  }
}

/** Through the dispatcher, so the read waits its turn behind any call in progress. */
async function applyMenu(dispatch: Dispatch): Promise<void> {
  const result = await dispatch('coop.get', {});
  const coop = result.ok ? (result.value as CoopProfile | null) : null;
  const labels = menuLabels(menuLocale(coop?.locale ?? app.getLocale()));
  const actions = {
    showAbout: () => app.showAboutPanel(),
    openDocumentation: () => void openExternalSafely(DOCUMENTATION_URL),
    // A route change inside the app's own page, so a half-filled form still asks before it is left.
    leaveDemo: () => void mainWindow?.webContents.executeJavaScript(`window.location.hash = ${JSON.stringify(`#${LEAVE_DEMO_ROUTE}`)}`),
  };
  const options = { dev: !app.isPackaged, demo: coop?.isDemo ?? false };
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(process.platform, labels, actions, options)));
}

function createMainWindow(): BrowserWindow {
  const stateFile = path.join(app.getPath('userData'), 'window-state.json');
  const state = loadWindowState(stateFile, screen.getAllDisplays());
  const window = new BrowserWindow({
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    show: false,
    title: 'Minga',
    webPreferences: mainWindowWebPreferences(preloadPath),
  });
  assignWindowRole(window.webContents, 'main');
  if (state.maximized) window.maximize();
  trackWindowState(window, stateFile);
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
    closeProjectorWindow();
  });
  void window.loadURL(APP_INDEX_URL);
  return window;
}

async function start(): Promise<void> {
  startLog(app.getPath('userData'));
  denyPermissions();
  const db = await openDatabase();
  if (!db) {
    app.quit();
    return;
  }
  app.on('will-quit', () => db.close());
  registerAppProtocol(protocol, path.join(app.getAppPath(), 'out/renderer'));

  const platform = createElectronPlatform(() => mainWindow, { preloadPath });
  const progress = (event: Events['task.progress']) => {
    for (const window of BrowserWindow.getAllWindows()) window.webContents.send('task.progress', event);
  };
  const dispatch = createDispatcher(createHandlers({ session: db, platform, progress }), {
    onChanged: (change) => {
      for (const window of BrowserWindow.getAllWindows()) window.webContents.send('data.changed', change);
      if (change.topics.includes('coop')) void applyMenu(dispatch);
    },
    onInternalError: logInternalError,
  });
  registerIpc(dispatch, isTrustedSender, windowRoleOf);
  await applyMenu(dispatch);

  mainWindow = createMainWindow();
  app.on('activate', () => {
    mainWindow ??= createMainWindow();
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.whenReady().then(start).catch((error: unknown) => {
    logStartFailure('starting Minga', error);
    dialog.showErrorBox('Minga', translate(menuLocale(app.getLocale()), 'common:app.bootFailed'));
    app.quit();
  });
}
