import { describe, expect, it } from 'vitest';
import {
  APP_ORIGIN,
  APP_SCHEME_PRIVILEGES,
  isAppUrl,
  isSafeExternalUrl,
  isTrustedSender,
  mainWindowWebPreferences,
  permissionDecision,
  shouldAllowNavigation,
} from '../../electron/main/security';

describe('main window web preferences', () => {
  const prefs = mainWindowWebPreferences('/app/out/electron/preload.cjs');

  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['webviewTag', false],
    ['allowRunningInsecureContent', false],
    ['experimentalFeatures', false],
    ['spellcheck', true],
  ] as const)('sets %s to %s', (flag, value) => {
    expect(prefs[flag]).toBe(value);
  });

  it('loads the given preload and sets nothing else', () => {
    expect(prefs.preload).toBe('/app/out/electron/preload.cjs');
    expect(Object.keys(prefs)).toHaveLength(11);
  });
});

describe('the app:// scheme', () => {
  it('is standard and secure but does not bypass the CSP or allow service workers', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({ standard: true, secure: true, supportFetchAPI: true });
  });
});

describe('isAppUrl compares protocol and host exactly', () => {
  it.each([
    [`${APP_ORIGIN}/index.html`, true],
    ['app://minga/', true],
    ['app://minga', true],
    ['app://minga/index.html#/members?locale=es', true],
    ['app://minga/assets/index-abc.js', true],
    ['app://minga.evil.com/index.html', false],
    ['app://minga@evil/index.html', false],
    ['app://evil@minga/index.html', false],
    ['app://user:pw@minga/', false],
    ['app://minga:8080/', false],
    ['app://mingaa/', false],
    ['app://evil/minga', false],
    ['app://evil/?app://minga', false],
    ['apps://minga/', false],
    ['https://minga/', false],
    ['file:///app/out/renderer/index.html', false],
    ['javascript:alert(1)//app://minga', false],
    ['app:minga', false],
    ['', false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => {
    expect(isAppUrl(url)).toBe(expected);
  });
});

describe('isSafeExternalUrl lets only https and mailto reach the operating system', () => {
  it.each([
    ['https://minga.coop/docs', true],
    ['https://example.org/path?q=1#x', true],
    ['mailto:treasurer@example.coop', true],
    ['HTTPS://EXAMPLE.ORG/', true],
    ['http://example.org/', false],
    ['https://user:pw@x', false],
    ['https://user@x.org/', false],
    ['javascript:alert(1)', false],
    ['JaVaScRiPt:alert(1)', false],
    ['file:///etc/passwd', false],
    ['file://host/share/x.exe', false],
    ['smb://host/share', false],
    ['ms-msdt:/id PCWDiagnostic', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['app://minga/index.html', false],
    ['vbscript:msgbox', false],
    ['ftp://example.org/', false],
    ['//example.org/', false],
    ['example.org', false],
    ['', false],
  ])('%s → %s', (url, expected) => {
    expect(isSafeExternalUrl(url)).toBe(expected);
  });
});

describe('isTrustedSender', () => {
  const top = { url: 'app://minga/index.html#/members', parent: null };

  it('trusts the top frame of our own page', () => {
    expect(isTrustedSender(top)).toBe(true);
  });

  it.each([
    ['a null frame (navigated away or destroyed)', null],
    ['an undefined frame', undefined],
    ['a sub-frame of our own page', { url: 'app://minga/index.html', parent: top }],
    ['a foreign top frame', { url: 'https://evil.example/', parent: null }],
    ['a look-alike host', { url: 'app://minga.evil.com/index.html', parent: null }],
    ['a file: page', { url: 'file:///app/out/renderer/index.html', parent: null }],
    ['about:blank', { url: 'about:blank', parent: null }],
  ])('refuses %s', (_name, frame) => {
    expect(isTrustedSender(frame)).toBe(false);
  });
});

describe('permissions', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'unknown'])(
    'denies %s',
    (permission) => {
      expect(permissionDecision(permission)).toBe(false);
    },
  );
});

describe('shouldAllowNavigation', () => {
  it.each([
    ['app://minga/index.html', 'app://minga/index.html#/members', true],
    ['app://minga/index.html', 'app://minga/index.html', true],
    ['app://minga/index.html', 'https://evil.example/', false],
    ['app://minga/index.html', 'app://minga.evil.com/', false],
    ['app://minga/index.html', 'file:///etc/passwd', false],
    ['https://evil.example/', 'app://minga/index.html', false],
  ])('from %s to %s → %s', (from, to, expected) => {
    expect(shouldAllowNavigation(from, to)).toBe(expected);
  });
});
