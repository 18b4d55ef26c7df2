/**
 * What every command is given: a dispatcher over the same handlers the app uses (so input is checked by
 * the same contract), the session, the parsed options, and where to write.
 */
import type { Dispatch } from '../ipc/dispatch';
import type { DatabaseSession } from '../services/core';
import type { Method, Output } from '../../shared/contract';
import type { RpcError } from '../../shared/contract/errors';

export interface CliOptions {
  db?: string | undefined;
  help?: boolean | undefined;
  name?: string | undefined;
  framework?: string | undefined;
  currency?: string | undefined;
  locale?: string | undefined;
  'fiscal-year-start'?: string | undefined;
  members?: string | undefined;
  years?: string | undefined;
  seed?: string | undefined;
  format?: string | undefined;
  out?: string | undefined;
  json?: boolean | undefined;
}

export interface CommandEnv {
  dispatch: Dispatch;
  session: DatabaseSession;
  options: CliOptions;
  /** Positional words after the command's own name(s). */
  args: string[];
  /** The answer the CLI's "save" dialog gives (the --out path). */
  setSavePath(path: string): void;
  stdout(line: string): void;
  stderr(line: string): void;
}

/** Exit codes: 0 success, 1 refusal or failure, 2 wrong usage. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** A failure the CLI reports in one line and exits with. */
export class CliFailure extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

export const usageError = (message: string) => new CliFailure(message, EXIT.usage);

function fromRpcError(error: RpcError): CliFailure {
  // Input the contract refuses came from the command line: a usage error.
  return new CliFailure(error.message, error.code === 'BAD_INPUT' ? EXIT.usage : EXIT.failed);
}

/** Calls a contract method through the dispatcher; a refusal becomes a CliFailure. */
export async function call<M extends Method>(env: CommandEnv, method: M, input: unknown): Promise<Output<M>> {
  const result = await env.dispatch(method, input);
  if (!result.ok) throw fromRpcError(result.error);
  return result.value as Output<M>;
}
