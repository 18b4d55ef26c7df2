/**
 * Names and free text refuse control characters, and dates stay within a sane horizon (issue 5,
 * "Restore and backups that survive a crash": names and free text refuse control characters).
 */
import { describe, expect, it } from 'vitest';
import { dateHorizon, hasForbiddenCharacters, isoDate, optionalText, requiredText } from '../../shared/contract/common';
import { memberFields } from '../../shared/contract/members';
import { translate } from '../../shared/i18n/catalogue';

const firstMessage = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues[0]?.message;

const forbidden: [string, string][] = [
  ['NUL', 'Ana\u0000Paula'],
  ['ESC starting a terminal colour sequence', 'Ana \u001b[31mPaula'],
  ['BEL', 'Ana\u0007'],
  ['DEL', 'Ana\u007f'],
  ['C1 control CSI', 'Ana\u009b31m'],
  ['right-to-left override', 'Ana \u202ealuaP'],
  ['left-to-right embedding', '\u202aAna'],
  ['first-strong isolate', 'Ana\u2068Paula\u2069'],
  ['lone high surrogate', 'Ana\ud83d'],
  ['lone low surrogate', '\ude00Ana'],
];

describe('names refuse control characters', () => {
  it.each(forbidden)('a required name with %s is refused with errors.controlCharacters', (_what, text) => {
    expect(firstMessage(requiredText(120).safeParse(text))).toBe('errors.controlCharacters');
  });

  it.each(forbidden)('optional text with %s is refused too', (_what, text) => {
    expect(firstMessage(optionalText(120).safeParse(text))).toBe('errors.controlCharacters');
  });

  it('tab and line breaks are refused in a single-line name but allowed where text may span lines', () => {
    for (const text of ['Ana\tPaula', 'Ana\nPaula', 'Ana\r\nPaula']) {
      expect(requiredText(120).safeParse(text).success, JSON.stringify(text)).toBe(false);
      expect(requiredText(120, { multiline: true }).safeParse(text).success, JSON.stringify(text)).toBe(true);
    }
    expect(requiredText(120, { multiline: true }).safeParse('Ana\u0000').success).toBe(false);
    expect(optionalText(120, { multiline: true }).safeParse('Ana\u202e').success).toBe(false);
  });

  it('real names in any script, with accents, emoji and joiners, pass untouched', () => {
    for (const name of ['José María Núñez', 'São Paulo', 'Ōsaka 大阪', 'محمد', 'עברית', 'Zoë 👩🏽‍🌾', 'O\u2019Brien', 'Anne\u00a0Marie']) {
      expect(hasForbiddenCharacters(name), name).toBe(false);
      expect(requiredText(120).parse(name)).toBe(name);
    }
  });

  it('the member form refuses a smuggled override in any of its text fields', () => {
    const valid = { lastNames: 'Núñez', firstNames: 'José', nationalId: null, taxId: null, nationality: null, birthDate: null, email: null, phone: null, address: null, joinDate: '2020-01-15', admissionResolution: null, category: null, weeklyHours: 40 };
    expect(memberFields.safeParse(valid).success).toBe(true);
    for (const field of ['lastNames', 'firstNames', 'nationalId', 'address', 'category']) {
      expect(memberFields.safeParse({ ...valid, [field]: 'x\u202ey' }).success, field).toBe(false);
    }
  });
});

describe('dates stay within the horizon', () => {
  it(`accepts the horizon's own ends, ${dateHorizon.first} and ${dateHorizon.last}`, () => {
    expect(isoDate.safeParse(dateHorizon.first).success).toBe(true);
    expect(isoDate.safeParse(dateHorizon.last).success).toBe(true);
  });

  it.each(['1899-12-31', '1202-03-01', '1000-01-01', '2101-01-01', '9999-12-31'])('refuses %s with errors.dateHorizon', (day) => {
    expect(firstMessage(isoDate.safeParse(day))).toBe('errors.dateHorizon');
  });

  it('a string that is no date says errors.date only, not also the horizon', () => {
    const result = isoDate.safeParse('2021-02-29');
    expect(result.error?.issues.map((i) => i.message)).toEqual(['errors.date']);
  });
});

describe('the refusals speak every language', () => {
  it.each(['es', 'pt-BR', 'en'] as const)('%s has errors.controlCharacters and errors.dateHorizon', (lang) => {
    expect(translate(lang, 'errors:errors.controlCharacters')).not.toBe('errors:errors.controlCharacters');
    expect(translate(lang, 'errors:errors.dateHorizon')).toMatch(/1900/);
  });
});
