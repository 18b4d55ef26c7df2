/** Hours, pay lines and ratios as the run and what-if screens and the payslips write them. */
import type { TFunction } from 'i18next';
import type { RatioCheck, RunLine } from '../../../../shared/contract/remuneration';
import { hoursText as clockHours, localiseLineParams } from '../../../../shared/domain/remuneration';
import { catalogueKey } from '../../i18n';
import { factorText } from './factor';

/** Minutes as the pay lines write hours, so the columns and the lines agree: 9600 → "160:00 h". */
export function hoursText(minutes: number): string {
  return `${clockHours(minutes)} h`;
}

/**
 * A line's sentence in `t`'s language: amounts travel as minor units (params named `…Minor`), rates and
 * coefficients as decimal strings with a dot; the pay rules' own localiser writes both the reader's way
 * (the tables name the currency once, in their headings).
 */
export function lineText(t: TFunction, line: Pick<RunLine, 'key' | 'params'>, minorDigits: number, locale: string): string {
  const { ns, key } = line.key.includes(':') ? catalogueKey(line.key) : { ns: 'remuneration', key: line.key };
  return t(key, { ns, ...localiseLineParams({ key: line.key, params: line.params, amountMinor: null }, minorDigits, locale) });
}

/** An exact ratio as a decimal ("2,3"), or a dash when nothing could be measured. */
export function ratioFigure(ratio: RatioCheck['ratio'], locale: string): string {
  return ratio ? `1:${factorText(ratio, locale)}` : '—';
}

/** Whether a check breaks a cap, and which: the statute's weighs more than the scheme's own. */
export function brokenCap(check: RatioCheck): 'statute' | 'scheme' | null {
  if (!check.holdsStatute) return 'statute';
  if (!check.holdsScheme) return 'scheme';
  return null;
}
