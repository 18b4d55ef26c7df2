/**
 * Every refusal of the pay rules reads as a sentence in es, pt-BR and en (style.md: "Errors a person can meet
 * are sentences in their language"): each catalogue key the rules can send exists in the three languages,
 * with every placeholder it names given by the refusal.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../shared/i18n/catalogue';
import { annualPayments, payOf, PayRuleError, type SchemeRules } from '../../shared/domain/remuneration';
import { f, member, publicMembers, publicScheme } from './remuneration-fixtures';

const languages = ['es', 'pt-BR', 'en'] as const;
const domain = fileURLToPath(new URL('../../shared/domain/remuneration', import.meta.url));

function text(lang: (typeof languages)[number], key: string): string | undefined {
  const [ns, path] = key.split(':') as [string, string];
  let node: unknown = catalogue[lang][ns];
  for (const part of path.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === 'string' ? node : undefined;
}

function refusal(run: () => unknown): PayRuleError {
  try {
    run();
  } catch (error) {
    if (error instanceof PayRuleError) return error;
    throw error;
  }
  throw new Error('nothing was refused');
}

describe('refusals of the pay rules', () => {
  it('every literal remuneration key in shared/domain/remuneration exists in es, pt-BR and en', () => {
    const keys = readdirSync(domain).flatMap((file) => [...readFileSync(join(domain, file), 'utf8').matchAll(/'(remuneration:[\w.]+)'/g)].map((m) => m[1]!));
    expect(keys.length).toBeGreaterThan(30);
    const missing = keys.flatMap((key) => languages.filter((lang) => text(lang, key) === undefined).map((lang) => `${lang} ${key}`));
    expect(missing).toEqual([]);
  });

  const bad = (change: Partial<SchemeRules>) => () => payOf({ ...publicScheme, ...change }, publicMembers[0]!);
  const cases: [string, () => unknown][] = [
    ['base', bad({ baseMinor: 0 })],
    ['coefficient', bad({ categories: { Coordinación: f(0) } })],
    ['factor', bad({ factors: { level: f(-1) } })],
    ['modifier', bad({ modifiers: { geo: { factor: f(0), inRatio: true } } })],
    ['addOn', bad({ responsibilityAddOns: { duty: f(-1, 10) } })],
    ['seniority', bad({ seniority: { percentPerYear: f(-1), maxYears: 1 } })],
    ['maxYears', bad({ seniority: { percentPerYear: f(1), maxYears: -1 } })],
    ['maxRatio', bad({ maxRatio: f(9, 10) })],
    ['fullTime', bad({ minimumPay: { monthlyMinor: 1, categoryMonthlyMinor: {}, fullTimeMinutes: 0 } })],
    ['minimum', bad({ minimumPay: { monthlyMinor: -1, categoryMonthlyMinor: {}, fullTimeMinutes: 60 } })],
    ['category', () => payOf(publicScheme, member('Zoe', 'Nada', 0, 1))],
    ['years', () => payOf(publicScheme, member('Zoe', 'Auxiliar', -2, 1))],
    ['payments', () => annualPayments(100, 10)],
  ];

  for (const [name, run] of cases) {
    it(`${name}: a sentence in every language, with its placeholders filled`, () => {
      const error = refusal(run);
      for (const lang of languages) {
        const sentence = text(lang, error.key);
        expect(sentence, `${lang} ${error.key}`).toBeDefined();
        for (const [, placeholder] of sentence!.matchAll(/\{\{(\w+)\}\}/g)) expect(error.params, `${error.key} needs ${placeholder}`).toHaveProperty(placeholder!);
      }
    });
  }
});
