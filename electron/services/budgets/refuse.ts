import { DomainError, type ErrorCode } from '../../../shared/contract/errors';

/** A budget refusal: the English sentence and its catalogue key under `budgets:errors`. */
export const refusal = (code: ErrorCode, key: string, message: string, params?: Record<string, string | number>) =>
  new DomainError(code, message, { key: `budgets:errors.${key}`, ...(params ? { params } : {}) });
