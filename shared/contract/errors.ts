/**
 * Errors travel as data. Each code is a kind of refusal a caller can act on;
 * `key` names the i18n message the renderer shows, `params` fill it in.
 */
export const errorCodes = [
  'BAD_INPUT',
  'NOT_FOUND',
  'NOT_INITIALISED',
  'ALREADY_INITIALISED',
  'DUPLICATE',
  'CONFLICT',
  'INVALID_TRANSITION',
  'HAS_HISTORY',
  'IMPORT_REJECTED',
  'NEWER_DATABASE',
  'NOT_A_MINGA_DATABASE',
  'NOT_SUPPORTED',
  'CANCELLED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export interface FieldIssue {
  /** Dotted path of the offending field, '' for the whole input. */
  path: string;
  message: string;
}

export interface RpcError {
  code: ErrorCode;
  /** An English sentence for logs and the command line. */
  message: string;
  /** i18n key of the sentence the user reads, e.g. 'errors.INVALID_TRANSITION'. */
  key: string;
  params?: Record<string, string | number>;
  issues?: FieldIssue[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: RpcError };

/** A refusal the domain makes on purpose; the dispatcher turns it into an RpcError. */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly key: string;
  readonly params: Record<string, string | number> | undefined;
  readonly issues: FieldIssue[] | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    options: { key?: string; params?: Record<string, string | number>; issues?: FieldIssue[] } = {},
  ) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.key = options.key ?? `errors.${code}`;
    this.params = options.params;
    this.issues = options.issues;
  }

  toRpcError(): RpcError {
    return {
      code: this.code,
      message: this.message,
      key: this.key,
      ...(this.params ? { params: this.params } : {}),
      ...(this.issues ? { issues: this.issues } : {}),
    };
  }
}
