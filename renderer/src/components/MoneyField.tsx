/**
 * The one amount field: what a person types is read by shared/domain/money-parse.ts in the coop's
 * language (`1.234,56` in es and pt-BR, `1,234.56` in en); anything that could be read two ways is refused
 * with a sentence, never guessed. The field keeps the text; the caller reads the minor units with `readMoney`.
 */
import { useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { parseMoney, type MoneyParse } from '../../../shared/domain/money-parse';
import { Field } from './Field';

/** The sentence for a refused amount, in the reader's language (common:money.parse.*). */
export function moneyProblem(t: TFunction, parsed: MoneyParse): string | null {
  if (parsed.ok) return null;
  return t(`money.parse.${parsed.reason}`, { ns: 'common', decimal: parsed.decimal, digits: parsed.digits });
}

/** Minor units of what was typed, or null when it is empty or refused. */
export function readMoney(text: string, locale: string, minorDigits: number): number | null {
  const parsed = parseMoney(text, locale, minorDigits);
  return parsed.ok ? parsed.value : null;
}

export interface MoneyFieldProps {
  label: string;
  text: string;
  onTextChange: (text: string) => void;
  /** The coop's currency and its stored minor digits (never Intl's idea of them). */
  currency: string;
  minorDigits: number;
  hint?: string;
  /** A refusal from elsewhere (the service), already translated; shown instead of the field's own. */
  error?: string | null;
  required?: boolean;
  /** After a failed save every field says what is wrong, touched or not. */
  showProblem?: boolean;
  /** Negative amounts are refused here unless allowed (a loss, a correction). */
  allowNegative?: boolean;
  id?: string;
  ref?: Ref<HTMLInputElement>;
}

export function MoneyField({
  label,
  text,
  onTextChange,
  currency,
  minorDigits,
  hint,
  error,
  required,
  showProblem,
  allowNegative,
  id,
  ref,
}: MoneyFieldProps) {
  const { t, i18n } = useTranslation('common');
  const [touched, setTouched] = useState(false);
  const parsed = parseMoney(text, i18n.language, minorDigits);
  const optionalEmpty = !required && !parsed.ok && parsed.reason === 'empty';
  const negative = parsed.ok && parsed.value < 0 && !allowNegative;
  const own = optionalEmpty ? null : negative ? t('money.negative') : moneyProblem(t, parsed);
  const shown = error ?? (touched || showProblem ? own : null);
  return (
    <Field
      ref={ref}
      id={id}
      label={`${label} (${currency})`}
      hint={hint}
      error={shown ?? undefined}
      required={required}
      inputMode="decimal"
      autoComplete="off"
      className="money-field"
      value={text}
      onChange={(event) => onTextChange(event.target.value)}
      onBlur={() => setTouched(true)}
    />
  );
}
