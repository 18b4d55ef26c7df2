/** Capital's refusals: a typed DomainError whose key names the sentence the user reads (capital.json). */
import type { Kysely } from 'kysely';
import { DomainError, type ErrorCode } from '../../../shared/contract/errors';
import { formatMoney } from '../../../shared/domain/money-format';
import type { DB } from '../../db/schema';

export function refusal(code: ErrorCode, key: string, message: string, params?: Record<string, string | number>): DomainError {
  return new DomainError(code, message, { key: `capital:errors.${key}`, ...(params ? { params } : {}) });
}

/** Params that are amounts: shown in the coop's currency and language, never as bare minor units. */
const amountParams = new Set(['amount', 'due', 'held', 'minimum', 'nominal', 'rest', 'ceiling', 'left']);

/** A refusal whose amounts read as money ("$ 1.234,56"); the English message keeps the minor units for logs. */
export async function moneyRefusal(db: Kysely<DB>, code: ErrorCode, key: string, message: string, params: Record<string, string | number>): Promise<DomainError> {
  const coop = await db.selectFrom('coop_profile').select(['currency', 'minor_digits', 'locale']).executeTakeFirst();
  const shown = Object.fromEntries(
    Object.entries(params).map(([name, value]) =>
      [name, coop && typeof value === 'number' && amountParams.has(name) ? formatMoney(value, { currency: coop.currency, minorDigits: coop.minor_digits }, coop.locale) : value],
    ),
  );
  return refusal(code, key, message, shown);
}
