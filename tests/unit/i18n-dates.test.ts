import { describe, expect, it } from 'vitest';
import { createI18n, errorText } from '../../renderer/src/i18n';

describe('dates inside sentences', () => {
  it('a refusal carrying a YYYY-MM-DD date shows it as the coop’s locale writes it, never raw', async () => {
    for (const [locale, shown] of [
      ['es', '31/12/2026'],
      ['pt-BR', '31/12/2026'],
      ['en', '12/31/2026'],
    ] as const) {
      const i18n = await createI18n(locale);
      const text = errorText(i18n.t, { key: 'errors.X', message: 'fallback {{date}}', params: { date: '2026-12-31', count: 3 } });
      expect(text).toContain(shown);
      expect(text).not.toContain('2026-12-31');
    }
  });

  it('leaves numbers and ordinary text as they are', async () => {
    const i18n = await createI18n('es');
    expect(i18n.t('x', { defaultValue: '{{n}} · {{s}}', n: 7, s: 'Quispe' })).toBe('7 · Quispe');
  });
});
