/** Remuneration's refusals: a code a caller can act on, and the sentence (remuneration:errors.*) a person reads. */
import { DomainError, type ErrorCode } from '../../../shared/contract/errors';

export function refusal(code: ErrorCode, key: string, message: string, params: Record<string, string | number> = {}): DomainError {
  return new DomainError(code, message, { key: `remuneration:errors.${key}`, params });
}
