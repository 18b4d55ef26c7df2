import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../electron/main/csp';
import { mimeTypeFor, registerAppProtocol, resolveAppPath, serveAppRequest } from '../../electron/main/protocol';

const root = path.resolve('/srv/minga/out/renderer');
const inRoot = (...parts: string[]): string => path.join(root, ...parts);

function isInside(file: string | null): boolean {
  return file === null || file.startsWith(root + path.sep);
}

describe('resolveAppPath serves files of the renderer folder', () => {
  it.each([
    ['app://minga/', inRoot('index.html')],
    ['app://minga', inRoot('index.html')],
    ['app://minga/.', inRoot('index.html')],
    ['app://minga/index.html', inRoot('index.html')],
    ['app://minga/index.html?locale=es#/members/12', inRoot('index.html')],
    ['app://minga/assets/index-3f2a.js', inRoot('assets', 'index-3f2a.js')],
    ['app://minga/assets/my%20font.woff2', inRoot('assets', 'my font.woff2')],
  ])('%s → %s', (url, expected) => {
    expect(resolveAppPath(root, url)).toBe(expected);
  });
});

describe('resolveAppPath never leaves the renderer folder', () => {
  it.each([
    ['encoded dot-dot-slash', 'app://minga/%2e%2e%2fetc%2fpasswd'],
    ['encoded dot-dot-slash deep in the path', 'app://minga/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd'],
    ['an encoded walk to the parent folder', 'app://minga/assets%2f%2e%2e%2f%2e%2e'],
    ['upper-case encoding', 'app://minga/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd'],
    ['encoded backslashes', 'app://minga/..%5c..%5cwindows%5cwin.ini'],
    ['an encoded UNC path', 'app://minga/%5c%5cserver%5cshare%5cx'],
    ['a sibling folder with the same prefix', 'app://minga/%2e%2e%2frenderer-evil%2fsecret.txt'],
    ['a NUL byte', 'app://minga/index.html%00.png'],
    ['malformed percent-encoding', 'app://minga/%E0%A4%A'],
    ['another host', 'app://evil/index.html'],
    ['a look-alike host', 'app://minga.evil.com/index.html'],
    ['credentials before the host', 'app://minga@evil/index.html'],
    ['another scheme', 'https://minga/index.html'],
    ['a file URL', 'file:///etc/passwd'],
  ])('refuses %s', (_name, url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });

  it.each([
    ['/../etc/passwd', 'app://minga/../etc/passwd'],
    ['%2E%2E segments the URL parser folds', 'app://minga/%2E%2E/%2E%2E/etc/passwd'],
    ['an absolute path', 'app://minga//etc/passwd'],
    ['an encoded absolute path', 'app://minga/%2fetc%2fpasswd'],
    ['a drive letter', 'app://minga/C:%2fWindows%2fwin.ini'],
  ])('keeps %s inside the folder (or refuses it)', (_name, url) => {
    const file = resolveAppPath(root, url);
    expect(isInside(file)).toBe(true);
    expect(file).not.toBe(path.resolve('/etc/passwd'));
  });
});

describe('mimeTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.js', 'text/javascript; charset=utf-8'],
    ['a.CSS', 'text/css; charset=utf-8'],
    ['logo.svg', 'image/svg+xml'],
    ['f.woff2', 'font/woff2'],
    ['unknown.bin', 'application/octet-stream'],
  ])('%s is %s', (file, type) => {
    expect(mimeTypeFor(file)).toBe(type);
  });
});

describe('serving app:// requests', () => {
  let base: string;
  let renderer: string;

  beforeAll(() => {
    base = mkdtempSync(path.join(tmpdir(), 'minga-protocol-'));
    renderer = path.join(base, 'out', 'renderer');
    mkdirSync(path.join(renderer, 'assets'), { recursive: true });
    mkdirSync(path.join(base, 'out', 'renderer-evil'), { recursive: true });
    writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>Minga</title>');
    writeFileSync(path.join(renderer, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(path.join(base, 'out', 'renderer-evil', 'secret.txt'), 'SECRET');
  });
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it('serves index.html for / with its type and the CSP', async () => {
    const response = await serveAppRequest(renderer, new Request('app://minga/'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Minga</title>');
  });

  it('serves scripts as JavaScript', async () => {
    const response = await serveAppRequest(renderer, new Request('app://minga/assets/app.js'));
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log(1)');
  });

  it.each([
    ['a missing file', 'app://minga/assets/missing.js'],
    ['a directory', 'app://minga/assets'],
    ['the sibling folder', 'app://minga/%2e%2e%2frenderer-evil%2fsecret.txt'],
  ])('answers 404 for %s', async (_name, url) => {
    const response = await serveAppRequest(renderer, new Request(url));
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('SECRET');
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await serveAppRequest(renderer, new Request('app://minga/', { method: 'POST', body: 'x' }));
    expect(response.status).toBe(405);
  });

  it('registers the handler for the app scheme', async () => {
    const registered: Array<[string, (request: Request) => Promise<Response> | Response]> = [];
    registerAppProtocol({ handle: (scheme, handler) => void registered.push([scheme, handler]) }, renderer);
    expect(registered.map(([scheme]) => scheme)).toEqual(['app']);
    const response = await registered[0]![1](new Request('app://minga/index.html'));
    expect(response.status).toBe(200);
  });
});
