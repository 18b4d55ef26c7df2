/** Plans' refusals: a DomainError whose key names the sentence under `budgets:planErrors`. */
import { DomainError, type ErrorCode } from '../../../../shared/contract/errors';
import { formatMoney } from '../../../../shared/domain/money-format';
import type { CoopProfile } from '../../../../shared/contract/coop';

export function planRefusal(code: ErrorCode, key: string, message: string, params?: Record<string, string | number>): DomainError {
  return new DomainError(code, message, { key: `budgets:planErrors.${key}`, ...(params ? { params } : {}) });
}

/** An amount as the coop reads it ("1.234,56 €"): what refusals and assumptions show. */
export const moneyOf = (coop: CoopProfile) => (minor: number) => formatMoney(minor, { currency: coop.currency, minorDigits: coop.minorDigits }, coop.locale);

/** A date as the coop reads it ("15 jun 2026"), for the same sentences. */
export const dayOf = (coop: CoopProfile) => (iso: string) =>
  new Intl.DateTimeFormat(coop.locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
