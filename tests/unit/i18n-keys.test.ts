/**
 * Every string a person reads exists in es, pt-BR and en: the same keys in every namespace file of every
 * language, none empty, and every literal key the renderer passes to t() present in each language.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const renderer = fileURLToPath(new URL('../../renderer/src', import.meta.url));
const localesDir = fileURLToPath(new URL('../../shared/i18n/locales', import.meta.url));
const languages = ['es', 'pt-BR', 'en'];
const PLURAL = /_(zero|one|two|few|many|other)$/;

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [p, v] of leaves(value, path)) out.set(p, v);
  }
  return out;
}

const namespaces = [...new Set(languages.flatMap((lang) => readdirSync(join(localesDir, lang))))]
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.replace(/\.json$/, ''));

function read(lang: string, ns: string): Map<string, string> | null {
  try {
    return leaves(JSON.parse(readFileSync(join(localesDir, lang, `${ns}.json`), 'utf8')) as Tree);
  } catch {
    return null;
  }
}

/** Plural forms differ by language (es has "many", en does not): compare keys without the suffix. */
const baseKeys = (keys: Iterable<string>) => new Set([...keys].map((key) => key.replace(PLURAL, '')));

describe('locale files', () => {
  it('find the three languages and some namespaces', () => {
    expect(namespaces).toEqual(expect.arrayContaining(['common', 'coop', 'backups', 'errors']));
  });

  for (const ns of namespaces) {
    it(`${ns}.json has the same, non-empty keys in es, pt-BR and en`, () => {
      const problems: string[] = [];
      const all = new Set<string>();
      const files = languages.map((lang) => [lang, read(lang, ns)] as const);
      for (const [, file] of files) for (const key of baseKeys(file?.keys() ?? [])) all.add(key);
      for (const [lang, file] of files) {
        if (!file) {
          problems.push(`${lang}/${ns}.json is missing or not valid JSON`);
          continue;
        }
        const keys = baseKeys(file.keys());
        for (const key of all) if (!keys.has(key)) problems.push(`${lang}/${ns}.json lacks ${key}`);
        for (const [key, value] of file) if (value.trim() === '') problems.push(`${lang}/${ns}.json has an empty ${key}`);
      }
      expect(problems).toEqual([]);
    });
  }
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** t('key'), t("ns:key"), i18n.t('key', …): literal keys only (template literals are built at run time). */
const T_CALL = /\bt\(\s*(['"])([^'"\n]+)\1\s*(,\s*\{[^}]*\bns:\s*(['"])([^'"]+)\4)?/g;
/** A file's default namespace: useTranslation('ns'), getFixedT(lang, 'ns') or a `t: TFunction<'ns'>` it is handed. */
const DEFAULT_NS = /(?:useTranslation\(\s*\[?\s*|getFixedT\([^,)]*,\s*|TFunction<\s*)(['"])([^'"]+)\1/;

export function usedKeys(source: string): { ns: string; key: string }[] {
  const defaultNs = DEFAULT_NS.exec(source)?.[2] ?? 'common';
  return [...source.matchAll(T_CALL)].map((m) => {
    const literal = m[2]!;
    const explicitNs = m[5];
    const colon = literal.indexOf(':');
    if (colon > 0 && /^[\w-]+$/.test(literal.slice(0, colon))) return { ns: literal.slice(0, colon), key: literal.slice(colon + 1) };
    return { ns: explicitNs ?? defaultNs, key: literal };
  });
}

describe('keys used in the renderer', () => {
  const files = sourceFiles(renderer);
  const cache = new Map<string, Map<string, string> | null>();
  const lookup = (lang: string, ns: string) => {
    if (!cache.has(`${lang}/${ns}`)) cache.set(`${lang}/${ns}`, read(lang, ns));
    return cache.get(`${lang}/${ns}`);
  };
  const has = (file: Map<string, string>, key: string) =>
    file.has(key) || [...file.keys()].some((k) => PLURAL.test(k) && k.replace(PLURAL, '') === key);

  it('the scanner reads namespaces the way i18next does', () => {
    const source = "useTranslation('coop'); t('a.b'); t('common:c'); i18n.t(\"d\", { ns: 'errors' }); t(`x.${y}`)";
    expect(usedKeys(source)).toEqual([
      { ns: 'coop', key: 'a.b' },
      { ns: 'common', key: 'c' },
      { ns: 'errors', key: 'd' },
    ]);
    expect(usedKeys("const t = i18n.getFixedT(locale, 'members'); t('print.title')")).toEqual([{ ns: 'members', key: 'print.title' }]);
    expect(usedKeys("function Table({ t }: { t: TFunction<'members'> }) { t('x') }")).toEqual([{ ns: 'members', key: 'x' }]);
    expect(usedKeys("const { t } = useTranslation(); t('nav.members')")).toEqual([{ ns: 'common', key: 'nav.members' }]);
  });

  it('finds literal keys to check', () => {
    expect(files.flatMap((file) => usedKeys(readFileSync(file, 'utf8'))).length).toBeGreaterThan(50);
  });

  it('every literal t() key exists in es, pt-BR and en', () => {
    const missing: string[] = [];
    for (const path of files) {
      for (const { ns, key } of usedKeys(readFileSync(path, 'utf8'))) {
        for (const lang of languages) {
          const file = lookup(lang, ns);
          if (!file || !has(file, key)) missing.push(`${relative(renderer, path)}: ${lang} ${ns}:${key}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});

const mainSide = ['../../electron/services', '../../electron/ipc', '../../shared/contract', '../../shared/domain'].map((dir) =>
  fileURLToPath(new URL(dir, import.meta.url)),
);

/** 'errors.X' or 'members:errors.X' as a whole string literal. */
const ERROR_KEY = /(['"])((?:[a-z][\w-]*:)?errors\.[\w.]+)\1/g;
/** Any namespaced key given as a refusal's `key` or a schema's `message`: key: 'coop:statute.tooHigh'. */
const NAMED_KEY = /\b(?:key|message):\s*(['"])([a-z][\w-]*:[\w.]+)\1/g;
/** A key built at run time from a fixed prefix: `members:errors.transition.${reason}`. */
const KEY_PREFIX = /`((?:[a-z][\w-]*:)?errors(?:\.\w+)*)\.\$\{/g;

/** Where a key the main process sends is looked up: the same split the renderer's errorText makes. */
function located(key: string): { ns: string; key: string } {
  const colon = /^([a-z][\w-]*):(.+)$/i.exec(key);
  return colon ? { ns: colon[1]!, key: colon[2]! } : { ns: 'errors', key };
}

export function sentKeys(source: string): { keys: string[]; prefixes: string[] } {
  const keys = new Set([...source.matchAll(ERROR_KEY)].map((m) => m[2]!));
  for (const m of source.matchAll(NAMED_KEY)) keys.add(m[2]!);
  return { keys: [...keys], prefixes: [...new Set([...source.matchAll(KEY_PREFIX)].map((m) => m[1]!))] };
}

describe('keys a service or a schema can send', () => {
  const files = mainSide.flatMap(sourceFiles);
  const found = files.map((path) => ({ path, ...sentKeys(readFileSync(path, 'utf8')) }));
  const tree = (lang: string, ns: string) => read(lang, ns) ?? new Map<string, string>();

  it('the scanner finds literal keys, namespaced keys and built keys', () => {
    const source = [
      "throw new DomainError('DUPLICATE', 'x', { key: 'members:errors.DUPLICATE_NUMBER', issues: [{ path: 'n', message: 'members:errors.DUPLICATE_NUMBER' }] });",
      "z.string().refine(ok, { message: 'errors.date' }); const e = result.errors.find((x) => x); ",
      "new DomainError('X', 'y', { key: `members:errors.transition.${refusal.reason}` }); problems.push({ message: 'no rows: nothing to import' });",
      "refine(f, { message: 'coop:statute.tooHigh' })",
    ].join('\n');
    expect(sentKeys(source)).toEqual({
      keys: ['members:errors.DUPLICATE_NUMBER', 'errors.date', 'coop:statute.tooHigh'],
      prefixes: ['members:errors.transition'],
    });
  });

  it('finds keys to check in services, contract and domain', () => {
    expect(found.flatMap((f) => f.keys).length).toBeGreaterThan(10);
    expect(found.flatMap((f) => f.prefixes).length).toBeGreaterThan(0);
  });

  it('every literal key exists in es, pt-BR and en', () => {
    const missing: string[] = [];
    for (const { path, keys } of found) {
      for (const sent of keys) {
        const { ns, key } = located(sent);
        for (const lang of languages) if (!tree(lang, ns).has(key)) missing.push(`${relative(process.cwd(), path)}: ${lang} ${sent}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('every key built at run time has its prefix in es, pt-BR and en', () => {
    const missing: string[] = [];
    for (const { path, prefixes } of found) {
      for (const prefix of prefixes) {
        const { ns, key } = located(prefix);
        for (const lang of languages) {
          if (![...tree(lang, ns).keys()].some((k) => k.startsWith(`${key}.`))) missing.push(`${relative(process.cwd(), path)}: ${lang} ${prefix}.*`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('every error code has its generic sentence (a refusal without its own key falls back to errors.<CODE>)', async () => {
    const { errorCodes } = await import('../../shared/contract/errors');
    const missing = errorCodes.flatMap((code) => languages.filter((lang) => !tree(lang, 'errors').has(`errors.${code}`)).map((lang) => `${lang} ${code}`));
    expect(missing).toEqual([]);
  });
});
