/**
 * Pay lines (issue 9, "a draft per member with every line visible"): each line names a catalogue key that
 * exists in es, pt-BR and en, the amounts of a member's lines add up to the pay, and the params read in the
 * user's notation.
 */
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../shared/i18n/catalogue';
import { localiseLineParams, monthlyPayOf, payOf, type PayLine, type SchemeRules } from '../../shared/domain/remuneration';
import { f, member, publicMembers, publicScheme } from './remuneration-fixtures';

const languages = ['es', 'pt-BR', 'en'] as const;

function lookup(lang: (typeof languages)[number], key: string): string | undefined {
  const [ns, path] = key.split(':') as [string, string];
  let node: unknown = catalogue[lang][ns];
  for (const part of path.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === 'string' ? node : undefined;
}

const every: SchemeRules = {
  ...publicScheme,
  factors: { level: f(29, 25) },
  modifiers: { geo: { factor: f(23, 20), inRatio: false } },
  responsibilityAddOns: { treasurer: f(1, 10) },
  minimumPay: { monthlyMinor: 400_000_00, categoryMonthlyMinor: {}, fullTimeMinutes: 9_600 },
};
const everyLine: PayLine[] = [
  ...payOf(every, member('a', 'Oficial', 3, 0, { minutes: 601, minutesByKind: { work: 541, holiday: 60 }, steps: { level: 1 }, modifiers: ['geo'], addOns: ['treasurer'] })).lines,
  ...payOf(every, member('b', 'Oficial', 0, 0, { minutes: 7, minutesByKind: { 'night-shift': 7 } })).lines,
  ...payOf(publicScheme, publicMembers[0]!).lines,
  ...payOf({ ...every, minimumPay: { monthlyMinor: 400_000_000, categoryMonthlyMinor: {}, fullTimeMinutes: 9_600 } }, member('m', 'Auxiliar', 0, 1)).lines,
  ...payOf({ ...every, kind: 'annual' }, member('c', 'Auxiliar', 1, 0)).lines,
  ...monthlyPayOf({ ...every, kind: 'annual', paymentsPerYear: 14 }, member('c', 'Auxiliar', 1, 0, { commitment: f(1, 3) }), 12).lines,
];

describe('pay lines', () => {
  it('use only keys of the remuneration:lines catalogue, in every language, with every placeholder given', () => {
    const problems: string[] = [];
    for (const line of everyLine) {
      expect(line.key).toMatch(/^remuneration:lines\./);
      for (const lang of languages) {
        const text = lookup(lang, line.key);
        if (text === undefined) problems.push(`${lang} lacks ${line.key}`);
        for (const [, name] of text?.matchAll(/\{\{(\w+)\}\}/g) ?? []) if (!(name! in line.params)) problems.push(`${line.key} needs ${name}`);
      }
    }
    expect(problems).toEqual([]);
    expect(new Set(everyLine.map((l) => l.key)).size).toBeGreaterThanOrEqual(21);
  });

  it('show hours by kind, rate, coefficient, seniority, factor, modifier, add-on and the rounding (exact 1,161,… → rounded)', () => {
    const pay = payOf(every, member('a', 'Oficial', 3, 0, { minutes: 601, minutesByKind: { work: 541, holiday: 60 }, steps: { level: 1 }, modifiers: ['geo'], addOns: ['treasurer'] }));
    const keys = pay.lines.map((l) => l.key);
    expect(keys).toEqual([
      'remuneration:lines.baseHourly',
      'remuneration:lines.coefficient',
      'remuneration:lines.seniority',
      'remuneration:lines.factor',
      'remuneration:lines.modifier',
      'remuneration:lines.addOn',
      'remuneration:lines.hours.work',
      'remuneration:lines.hours.holiday',
      'remuneration:lines.hourlyRate',
      'remuneration:lines.rounding',
      'remuneration:lines.pay',
    ]);
    expect(pay.lines[2]!.params).toEqual({ years: 3, countedYears: 3, percentPerYear: '1.5', percent: '4.5' });
    expect(pay.lines[6]!.params).toEqual({ kind: 'work', hours: '9:01' });
    expect(pay.lines.filter((l) => l.amountMinor !== null)).toEqual([{ key: 'remuneration:lines.pay', params: {}, amountMinor: pay.amountMinor }]);
  });

  it('for every member, the amounts of the lines add up to the pay', () => {
    const scheme = { ...every, minimumPay: null };
    for (const m of publicMembers) {
      const pay = payOf(scheme, m);
      expect(pay.lines.reduce((s, l) => s + (l.amountMinor ?? 0), 0)).toBe(pay.amountMinor);
    }
    const annual = monthlyPayOf({ ...every, kind: 'annual', paymentsPerYear: 14 }, member('c', 'Auxiliar', 1, 0), 6);
    expect(annual.lines.reduce((s, l) => s + (l.amountMinor ?? 0), 0)).toBe(annual.amountMinor);
  });

  it('read in the user’s notation: amounts in the coop’s digits, rates with the locale’s separator', () => {
    const rate = { key: 'remuneration:lines.hourlyRate', params: { rateMinor: '1234567.5' }, amountMinor: null };
    expect(localiseLineParams(rate, 2, 'es')).toEqual({ rateMinor: '12.345,675' });
    expect(localiseLineParams(rate, 2, 'en')).toEqual({ rateMinor: '12,345.675' });
    const base = { key: 'remuneration:lines.baseHourly', params: { baseMinor: 480_000 }, amountMinor: null };
    expect(localiseLineParams(base, 2, 'pt-BR')).toEqual({ baseMinor: '4.800,00' });
    expect(localiseLineParams(base, 0, 'es')).toEqual({ baseMinor: '480.000' });
    const seniority = { key: 'remuneration:lines.seniority', params: { years: 3, countedYears: 3, percentPerYear: '1.5', percent: '4.5' }, amountMinor: null };
    expect(localiseLineParams(seniority, 2, 'es')).toEqual({ years: 3, countedYears: 3, percentPerYear: '1,5', percent: '4,5' });
    const factor = { key: 'remuneration:lines.factor', params: { name: 'level', factor: '1.16', step: 10, multiplier: '4.411435…' }, amountMinor: null };
    expect(localiseLineParams(factor, 2, 'es')).toMatchObject({ name: 'level', multiplier: '4,411435…' });
    expect(localiseLineParams({ key: 'remuneration:lines.paidHours', params: { hours: '160:00' }, amountMinor: null }, 2, 'es')).toEqual({ hours: '160:00' });
  });
});
