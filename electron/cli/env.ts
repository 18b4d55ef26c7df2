/**
 * What every command is given: a dispatcher over the same handlers the app uses (so input is checked by
 * the same contract), the session, the parsed options, and where to write.
 */
import type { Dispatch } from '../ipc/dispatch';
import type { DatabaseSession } from '../services/core';
import type { Method, Output } from '../../shared/contract';
import type { RpcError } from '../../shared/contract/errors';

/** How a command declares one of its options (the shape node:util's parseArgs takes). */
export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
}
export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/** The parsed values of declared options: a string option gives a string, a boolean one a boolean. */
export type OptionValues<O extends OptionSpecs> = { [K in keyof O]?: O[K]['type'] extends 'boolean' ? boolean : string } & {
  db?: string;
};

export interface CommandEnv<V = OptionValues<OptionSpecs>> {
  dispatch: Dispatch;
  session: DatabaseSession;
  options: V;
  /** Positional words after the command's own name(s). */
  args: string[];
  /** The answer the CLI's "save" dialog gives (the --out path). */
  setSavePath(path: string): void;
  /** The answer the CLI's "open" dialog gives (a FILE the person named on the command line). */
  setOpenPath(path: string): void;
  stdout(line: string): void;
  stderr(line: string): void;
}

/** What a command that can bring back a missing or empty database is given: no session, as there is nothing to open. */
export interface RecoveryEnv {
  /** The database file (absolute) and the folder its backups are in. */
  db: string;
  backupsDir: string;
  args: string[];
  stdout(line: string): void;
}

/**
 * A command declares its own words, options and usage line, so adding one touches only its module and
 * the list in commands/index.ts.
 */
export interface Command<O extends OptionSpecs = OptionSpecs> {
  words: readonly string[];
  /** The usage line after `minga --db FILE `. */
  usage: string;
  options: O;
  /** Whether the database may be created by this command. */
  creates: boolean;
  /** Checks the options before the database is opened (and, for init, created). */
  before?(options: OptionValues<O>): void;
  run(env: CommandEnv<OptionValues<O>>): Promise<number>;
  /** Runs instead of `run` when the database is missing or empty (only `restore` can mend that). */
  recover?(env: RecoveryEnv): Promise<number>;
  /**
   * A computation with a file form (a scenario file, a rule on stdin) that needs no database: when
   * `applies` says so for the options given, `run` is taken instead and `--db` is not asked for.
   */
  withoutDatabase?: {
    applies(options: OptionValues<O>): boolean;
    run(env: PureEnv<OptionValues<O>>): Promise<number>;
  };
}

/** What a command that needs no database is given: its options and words, stdin, files, and where to write. */
export interface PureEnv<V = OptionValues<OptionSpecs>> {
  options: V;
  args: string[];
  /** The whole of standard input, as text. */
  readStdin(): Promise<string>;
  /** A file the person named (relative to the working directory), as UTF-8 text; a missing file is a CliFailure. */
  readText(path: string): string;
  stdout(line: string): void;
  stderr(line: string): void;
}

export const defineCommand = <const O extends OptionSpecs>(command: Command<O>): Command<O> => command;

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
export async function call<M extends Method>(env: Pick<CommandEnv<unknown>, 'dispatch'>, method: M, input: unknown): Promise<Output<M>> {
  const result = await env.dispatch(method, input);
  if (!result.ok) throw fromRpcError(result.error);
  return result.value as Output<M>;
}
