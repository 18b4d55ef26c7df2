/**
 * Every security decision of the Electron glue, as pure functions the unit tests cover. The glue
 * (index.ts, register.ts, external.ts) only wires these to Electron's events.
 */

/** The renderer's one origin: the built files served by the `app://` protocol (see protocol.ts). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'minga';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/**
 * `standard` gives the scheme real origins and relative URLs, `secure` lets it use secure-context APIs,
 * `supportFetchAPI` lets the renderer fetch its own files. No CSP bypass, no service workers.
 */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true } as const;

/** The subset of Electron's WebPreferences we set; structurally assignable to it. */
export interface SecureWebPreferences {
  preload: string;
  contextIsolation: true;
  sandbox: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webSecurity: true;
  webviewTag: false;
  allowRunningInsecureContent: false;
  experimentalFeatures: false;
  spellcheck: true;
}

export function mainWindowWebPreferences(preloadPath: string): SecureWebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    webviewTag: false,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    spellcheck: true,
  };
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** Exact protocol and host comparison on a parsed URL: `app://minga.evil.com` and `app://minga@evil` are not ours. */
export function isAppUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** What `shell.openExternal` may be given: web pages over TLS and e-mail addresses, never credentials. */
export function isSafeExternalUrl(url: string): boolean {
  const parsed = parseUrl(url);
  if (parsed === null || parsed.username !== '' || parsed.password !== '') return false;
  if (parsed.protocol === 'https:') return parsed.hostname !== '';
  return parsed.protocol === 'mailto:';
}

/** The shape of Electron's WebFrameMain that trust depends on. */
export interface SenderFrame {
  url: string;
  parent: unknown;
}

/** Only the top frame of our own page may call the main process: not a sub-frame, not a foreign page. */
export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  return frame != null && frame.parent === null && isAppUrl(frame.url);
}

/** Minga needs no camera, microphone, location, notifications or anything else: every permission is refused. */
export function permissionDecision(_permission: string): false {
  return false;
}

/** The app is one page with a hash router, so the only legitimate navigation is a reload of our own page. */
export function shouldAllowNavigation(currentUrl: string, targetUrl: string): boolean {
  return isAppUrl(currentUrl) && isAppUrl(targetUrl);
}
