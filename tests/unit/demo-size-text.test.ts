import { describe, expect, it } from 'vitest';
import { DEMO_SIZE } from '../../electron/services/members';
import { locales } from '../../shared/contract/coop';
import { translate } from '../../shared/i18n/catalogue';

describe('the demo’s size as first run shows it', () => {
  it.each(locales)('is the number of members the demo creates, in %s', (locale) => {
    const size = new Intl.NumberFormat(locale).format(DEMO_SIZE.members);
    for (const key of ['coop:firstRun.demoChoiceHint', 'coop:firstRun.demoRunning']) {
      const text = translate(locale, key);
      // Every number in the sentence is the demo's size: no other figure is promised.
      expect(text.match(/\d[\d.,\u00a0\u202f]*\d|\d/g), `${locale} ${key}`).toEqual([size]);
    }
  });
});
