/**
 * The transport-free dispatcher: every transport (Electron IPC, the loopback test host, the in-memory
 * transport) hands it a method name and an untrusted input, and gets a Result back. Nothing throws past it.
 */
import type { z } from 'zod';
import { contract, type Method, type Output, type ParsedInput, type Table } from '../../shared/contract';
import { DomainError, type FieldIssue, type Result } from '../../shared/contract/errors';

export type Handlers = { [M in Method]: (input: ParsedInput<M>) => Promise<Output<M>> | Output<M> };

export interface DispatcherOptions {
  /** Called after each successful write with the tables it changed. */
  onChanged?: (tables: Table[]) => void;
  /** Unexpected failures go here (logged), never to the user. */
  onInternalError?: (method: string, error: unknown) => void;
  /** Check outputs against the contract too (tests do; it costs a parse per call). */
  validateOutput?: boolean;
}

export type Dispatch = (method: string, input: unknown) => Promise<Result<unknown>>;

function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

function isMethod(name: string): name is Method {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

export function createDispatcher(handlers: Handlers, options: DispatcherOptions = {}): Dispatch {
  // Writes run one at a time, so one call's transaction never sees another's statements (one SQLite
  // connection serves them all). Reads need no turn: Kysely's connection lock already keeps them out of
  // an open transaction, and a read that waits for a write in progress (printing renders a page that
  // reads while printBook runs) must not queue behind it.
  let writes: Promise<unknown> = Promise.resolve();

  async function run(method: string, input: unknown): Promise<Result<unknown>> {
    if (typeof method !== 'string' || !isMethod(method)) {
      return {
        ok: false,
        error: { code: 'NOT_FOUND', message: `Unknown method: ${String(method).slice(0, 80)}`, key: 'errors.NOT_FOUND_METHOD' },
      };
    }
    const spec = contract[method];
    const parsed = spec.input.safeParse(input);
    if (!parsed.success) {
      const issues = issuesOf(parsed.error);
      return {
        ok: false,
        error: {
          code: 'BAD_INPUT',
          message: `Invalid input for ${method}: ${issues.map((i) => `${i.path || '(input)'}: ${i.message}`).join('; ')}`,
          key: 'errors.BAD_INPUT',
          issues,
        },
      };
    }
    try {
      const handler = handlers[method] as (value: unknown) => unknown;
      const value = await handler(parsed.data);
      if (options.validateOutput) spec.output.parse(value);
      const writes = (spec as { writes?: readonly Table[] }).writes;
      if (writes && writes.length > 0) options.onChanged?.([...writes]);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof DomainError) return { ok: false, error: error.toRpcError() };
      options.onInternalError?.(method, error);
      return {
        ok: false,
        error: { code: 'INTERNAL', message: 'Something went wrong inside Minga; nothing was changed.', key: 'errors.INTERNAL' },
      };
    }
  }

  return (method, input) => {
    const spec = typeof method === 'string' && isMethod(method) ? (contract[method] as { writes?: readonly Table[] }) : null;
    if (!spec?.writes) return run(method, input);
    const result = writes.then(() => run(method, input));
    writes = result.catch(() => undefined);
    return result;
  };
}
