import type { TFunction } from 'i18next';
import { locales, type Locale } from '../../../../shared/contract/coop';
import type { CurrencyCode } from '../../../../shared/domain/currency';
import { legalFrameworks, type LegalFramework } from '../../../../shared/domain/statute';
import type { SelectOption } from '../../components/Select';

/** The currency a framework's cooperatives usually keep their books in; the person may change it. */
export const defaultCurrency: Record<LegalFramework, CurrencyCode | null> = {
  AR: 'ARS',
  ES: 'EUR',
  BR: 'BRL',
  US: 'USD',
  custom: null,
};

/** A first guess from the chosen language; the form shows it and the person confirms it. */
export const frameworkForLocale: Record<Locale, LegalFramework> = { es: 'AR', 'pt-BR': 'BR', en: 'US' };

export function frameworkOptions(t: TFunction): SelectOption[] {
  return legalFrameworks.map((framework) => ({ value: framework, label: t(`coop:frameworks.${framework}`) }));
}

/** Each language in its own name, so a person can find theirs whatever the UI speaks now. */
export function languageOptions(t: TFunction): SelectOption[] {
  return locales.map((locale) => ({ value: locale, label: t(`common:languages.${locale}`) }));
}

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

/** On a framework change, a currency that was a framework default follows; one the person chose stays. */
export function currencyAfterFrameworkChange(current: CurrencyCode, next: LegalFramework): CurrencyCode {
  const defaults: (CurrencyCode | null)[] = Object.values(defaultCurrency);
  return defaults.includes(current) ? (defaultCurrency[next] ?? current) : current;
}
