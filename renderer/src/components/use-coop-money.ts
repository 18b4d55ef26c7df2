/** The coop's currency for the capital and ledger screens: formatting and what the amount fields read. */
import { useTranslation } from 'react-i18next';
import { useCoop } from '../app/use-coop';
import { formatMoney, formatMoneyAmount } from '../i18n/format';

export interface MoneyView {
  currency: string;
  minorDigits: number;
  locale: string;
  format: (minor: number) => string;
  /** Without the currency, for wide tables that name it once. */
  plain: (minor: number) => string;
}

export function useMoney(): MoneyView {
  const { i18n } = useTranslation();
  const coop = useCoop().data;
  // The shell renders no screen before the profile is loaded, so the profile is here; ISO 4217's "no
  // currency" code keeps a print page honest for the moment before its own query answers.
  const currency = { currency: coop?.currency ?? 'XXX', minorDigits: coop?.minorDigits ?? 2 };
  return { ...currency, locale: i18n.language, format: (minor) => formatMoney(minor, currency, i18n.language),
    plain: (minor) => formatMoneyAmount(minor, currency, i18n.language),
  };
}
