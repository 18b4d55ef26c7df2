import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface BuilderConfig {
  appId?: string;
  productName?: string;
  directories?: { output?: string; buildResources?: string };
  files?: string[];
  asarUnpack?: string[];
  win?: { target?: unknown };
  mac?: { target?: unknown; category?: string };
  linux?: { target?: unknown; category?: string };
  electronFuses?: Record<string, unknown>;
}

const config = parse(readFileSync(new URL('../../electron-builder.yml', import.meta.url), 'utf8')) as BuilderConfig;

function targets(target: unknown): string[] {
  const list = Array.isArray(target) ? target : [target];
  return list.map((t) => (typeof t === 'string' ? t : (t as { target: string }).target));
}

describe('electron-builder.yml', () => {
  it('identifies the app', () => {
    expect(config.appId).toBe('coop.minga.desktop');
    expect(config.productName).toBe('Minga');
    expect(config.directories).toEqual({ output: 'dist', buildResources: 'build' });
  });

  it('builds an NSIS installer, a DMG, an AppImage and a deb', () => {
    expect(targets(config.win?.target)).toEqual(['nsis']);
    expect(targets(config.mac?.target)).toEqual(['dmg']);
    expect(targets(config.linux?.target).sort()).toEqual(['AppImage', 'deb']);
    expect(config.mac?.category).toBe('public.app-category.business');
    expect(config.linux?.category).toBe('Office');
  });

  it('ships the bundles and leaves tests out', () => {
    expect(config.files).toEqual(expect.arrayContaining(['out/**/*', 'package.json', '!tests/**']));
  });

  it('unpacks the native SQLite module from the archive', () => {
    expect(config.asarUnpack?.some((glob) => glob.includes('better-sqlite3') && glob.endsWith('.node'))).toBe(true);
  });

  it.each([
    ['runAsNode', false],
    ['enableCookieEncryption', true],
    ['enableNodeOptionsEnvironmentVariable', false],
    ['enableNodeCliInspectArguments', false],
    ['enableEmbeddedAsarIntegrityValidation', true],
    ['onlyLoadAppFromAsar', true],
    ['loadBrowserProcessSpecificV8Snapshot', false],
    ['grantFileProtocolExtraPrivileges', false],
  ])('sets the %s fuse to %s', (fuse, value) => {
    expect(config.electronFuses?.[fuse]).toBe(value);
  });
});
