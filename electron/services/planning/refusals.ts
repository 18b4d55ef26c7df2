/** The planning domain's refusals: a typed error with its catalogue key (planning:errors.*). */
import { DomainError, type ErrorCode } from '../../../shared/contract/errors';

export function refuse(code: ErrorCode, key: string, message: string, params: Record<string, string | number> = {}): never {
  throw new DomainError(code, message, { key: `planning:errors.${key}`, params });
}

export function mustExist<T>(row: T | undefined, what: string, id: number): T {
  if (row === undefined) refuse('NOT_FOUND', 'NOT_FOUND', `No ${what} has the id ${id}.`, { what, id });
  return row;
}
