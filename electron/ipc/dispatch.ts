/**
 * The transport-free dispatcher: every transport (Electron IPC, the loopback test host, the in-memory
 * transport) hands it a method name and an untrusted input, and gets a Result back. Nothing throws past it.
 */
import type { z } from 'zod';
import { contract, type Events, type Method, type Output, type ParsedInput, type Topic } from '../../shared/contract';
import { DomainError, type FieldIssue, type Result } from '../../shared/contract/errors';
import { RuleRefusal } from '../../shared/domain/rule-refusal';

type Returns<M extends Method> = Promise<Output<M>> | Output<M>;

/**
 * A handler that first asks the person something (a file dialog) and only then takes its turn in the
 * write queue: an open dialog must not hold up every other write while the person thinks.
 */
export interface AskingHandler<M extends Method, A = unknown> {
  ask(input: ParsedInput<M>): Promise<A>;
  // Method syntax on purpose: each handler narrows `asked` to what its own `ask` returns.
  run(input: ParsedInput<M>, asked: A): Returns<M>;
}

export type Handler<M extends Method> = ((input: ParsedInput<M>) => Returns<M>) | AskingHandler<M, never>;
export type Handlers = { [M in Method]: Handler<M> };
/** The handlers of one domain: exactly the methods whose names start with `<prefix>.`. */
export type DomainHandlers<P extends string> = { [M in Method as M extends `${P}.${string}` ? M : never]: Handler<M> };

/** Types an asking handler so `run` sees what `ask` returned. */
export function asking<M extends Method, A>(handler: AskingHandler<M, A>): AskingHandler<M, never> {
  return handler as unknown as AskingHandler<M, never>;
}

export interface DispatcherOptions {
  /** Called after each successful write with the `data.changed` payload to push: the topics it changed. */
  onChanged?: (change: Events['data.changed']) => void;
  /** Unexpected failures go here (logged), never to the user. */
  onInternalError?: (method: string, error: unknown) => void;
  /** Check outputs against the contract too (tests do; it costs a parse per call). */
  validateOutput?: boolean;
}

export type Dispatch = (method: string, input: unknown) => Promise<Result<unknown>>;

function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

function isMethod(name: unknown): name is Method {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

const writesOf = (method: Method): readonly Topic[] => (contract[method] as { writes?: readonly Topic[] }).writes ?? [];

export function createDispatcher(handlers: Handlers, options: DispatcherOptions = {}): Dispatch {
  // Writes run one at a time, so one call's transaction never sees another's statements (one SQLite
  // connection serves them all). Reads need no turn: Kysely's connection lock already keeps them out of
  // an open transaction, and a read that waits for a write in progress (printing renders a page that
  // reads while printBook runs) must not queue behind it.
  let queue: Promise<unknown> = Promise.resolve();
  function inTurn<T>(work: () => Promise<T>): Promise<T> {
    const result = queue.then(work);
    queue = result.catch(() => undefined);
    return result;
  }

  return async (method, input) => {
    if (!isMethod(method)) {
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
    const writes = writesOf(method);
    try {
      const handler = handlers[method] as Handler<Method>;
      let execute: () => Promise<unknown>;
      if (typeof handler === 'function') {
        const call = handler as (value: unknown) => unknown;
        execute = async () => call(parsed.data);
      } else {
        const { ask, run } = handler as unknown as { ask(v: unknown): Promise<unknown>; run(v: unknown, a: unknown): unknown };
        const asked = await ask.call(handler, parsed.data);
        execute = async () => run.call(handler, parsed.data, asked);
      }
      const value = writes.length > 0 ? await inTurn(execute) : await execute();
      if (options.validateOutput) spec.output.parse(value);
      if (writes.length > 0) options.onChanged?.({ topics: [...writes] });
      return { ok: true, value };
    } catch (error) {
      if (error instanceof DomainError) return { ok: false, error: error.toRpcError() };
      if (error instanceof RuleRefusal) {
        return { ok: false, error: { code: 'BAD_INPUT', message: error.message, key: error.key, ...(error.params ? { params: error.params } : {}) } };
      }
      options.onInternalError?.(method, error);
      return {
        ok: false,
        error: { code: 'INTERNAL', message: 'Something went wrong inside Minga; nothing was changed.', key: 'errors.INTERNAL' },
      };
    }
  };
}
