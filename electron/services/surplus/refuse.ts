import { DomainError, type ErrorCode } from '../../../shared/contract/errors';

/** A surplus refusal: the English sentence and its catalogue key under `surplus:errors`. */
export const refusal = (code: ErrorCode, key: string, message: string, params?: Record<string, string | number>) =>
  new DomainError(code, message, { key: `surplus:errors.${key}`, ...(params ? { params } : {}) });
