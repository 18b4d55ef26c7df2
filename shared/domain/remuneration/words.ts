/**
 * An amount in words for payslips (recibos), in the coop's language: Spanish and English write the cents
 * as a fraction ("… pesos con 00/100", "… dollars and 00/100"), as cheques do; Brazilian Portuguese writes
 * them in words ("… reais e cinquenta centavos").
 */
import { isCurrencyCode, minorDigitsOf } from '../currency';
import { money } from '../money';
import { currencyNames } from './currency-names';
import { quotient } from './quotient';
import { PayRuleError } from './scheme';
import { englishNumber } from './words-en';
import { portugueseNeedsDe, portugueseNumber } from './words-pt';
import { spanishNeedsDe, spanishNumber } from './words-es';

export type WordsLocale = 'es' | 'pt-BR' | 'en';

export function amountInWords(minor: number, currency: string, locale: WordsLocale): string {
  if (!isCurrencyCode(currency)) {
    throw new PayRuleError('UNKNOWN_CURRENCY', `No words are known for the currency ${currency}`, 'remuneration:rules.errors.currency', { currency });
  }
  const digits = minorDigitsOf(currency);
  const scale = 10 ** digits;
  const magnitude = Math.abs(money(minor));
  const [whole, cents] = [quotient(magnitude, scale), magnitude % scale];
  const name = currencyNames[currency][locale];
  const noun = whole === 1 ? name.one : name.many;
  const fraction = `${String(cents).padStart(digits, '0')}/${scale}`;
  let words: string;
  if (locale === 'es') {
    words = `${spanishNumber(whole, name.gender)} ${spanishNeedsDe(whole) ? 'de ' : ''}${noun}${digits ? ` con ${fraction}` : ''}`;
  } else if (locale === 'en') {
    words = `${englishNumber(whole)} ${noun}${digits ? ` and ${fraction}` : ''}`;
  } else {
    const centsWords = `${portugueseNumber(cents, 'masculine')} ${cents === 1 ? 'centavo' : 'centavos'}`;
    if (whole === 0 && cents > 0) words = `${centsWords} de ${name.one}`;
    else words = `${portugueseNumber(whole, name.gender)} ${portugueseNeedsDe(whole) ? 'de ' : ''}${noun}${cents ? ` e ${centsWords}` : ''}`;
  }
  const minus = { 'es': 'menos', 'pt-BR': 'menos', 'en': 'minus' }[locale];
  return minor < 0 ? `${minus} ${words}` : words;
}
