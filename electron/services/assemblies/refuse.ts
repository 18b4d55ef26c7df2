/** The assemblies domain's refusals: a DomainError whose key names the sentence the user reads (assemblies.json). */
import { DomainError, type ErrorCode } from '../../../shared/contract/errors';

export function refusal(code: ErrorCode, key: string, message: string, params?: Record<string, string | number>): DomainError {
  return new DomainError(code, message, { key, ...(params ? { params } : {}) });
}
