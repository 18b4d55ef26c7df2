/**
 * `minga --db FILE <command>`: the command line over the same contract, dispatcher and services as the
 * app. Exit 0 on success, 1 on a refusal or failure (one line on stderr), 2 on wrong usage.
 */
import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DomainError } from '../../shared/contract/errors';
import { createDispatcher } from '../ipc/dispatch';
import { createHandlers } from '../ipc/handlers';
import { internalErrorReport } from '../ipc/internal-error';
import type { PlatformPort } from '../services/core';
import { isMissingOrEmpty, listBackups, openDatabaseSession } from '../services/core';
import { checkAllDomains } from '../services/domains';
import { commands, optionTable, usageText } from './commands';
import { CliFailure, EXIT, usageError, type Command, type CommandEnv, type OptionSpec, type OptionValues } from './env';

const USAGE = usageText(commands);
/** `--verbose`: an unexpected failure (INTERNAL) prints its stack on stderr, for whoever is debugging. */
const optionSpec: Record<string, OptionSpec> = { ...optionTable(commands), verbose: { type: 'boolean' } };
const everyCommandTakes = new Set(['db', 'verbose']);

function findCommand(positionals: string[]): { command: Command; args: string[] } {
  const command = commands.find((c) => c.words.every((w, i) => positionals[i] === w));
  if (!command) {
    const given = positionals.join(' ');
    throw usageError(given === '' ? 'no command given; see minga --help' : `unknown command: ${given}; see minga --help`);
  }
  return { command, args: positionals.slice(command.words.length) };
}

/** The desktop a command line has: "save" answers with --out, "open" with the FILE given, nothing prints. */
function cliPlatform(): PlatformPort & { answerSaveWith(path: string): void; answerOpenWith(path: string): void } {
  let savePath: string | null = null;
  let openPath: string | null = null;
  return {
    answerSaveWith(path) {
      savePath = path;
    },
    answerOpenWith(path) {
      openPath = path;
    },
    async chooseSavePath() {
      return savePath;
    },
    async chooseOpenPath() {
      return openPath;
    },
    async printToPdf() {
      throw new DomainError('NOT_SUPPORTED', 'The command line cannot print; use the app to print the register.');
    },
    async openProjector() {
      return 'not-supported';
    },
  };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

function readText(path: string): string {
  try {
    return readFileSync(resolve(path), 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new CliFailure(`cannot read ${path}: ${reason}`, EXIT.failed);
  }
}

/** Commands other than init never create a database: a missing or empty file is said, with the way back if there is one. */
function missingDatabase(db: string, given: string, backupsDir: string): CliFailure {
  const latest = listBackups(backupsDir)[0];
  return new CliFailure(
    latest
      ? `the database ${db} is missing or empty, but there are backups of it; restore the latest with: minga --db ${given} restore ${latest.path}`
      : `no database at ${db} (or the file is empty); create one with minga --db ${given} init …`,
    EXIT.failed,
  );
}

export async function runCli(argv: string[], out = console.log, err = console.error): Promise<number> {
  const verbose = argv.includes('--verbose');
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: argv, options: optionSpec, allowPositionals: true, strict: true });
    } catch (error) {
      throw usageError(error instanceof Error ? error.message : String(error));
    }
    const options = parsed.values as OptionValues<typeof optionSpec>;
    if (options.help) {
      out(USAGE);
      return EXIT.ok;
    }
    const { command, args } = findCommand(parsed.positionals);
    const foreign = Object.keys(options).filter((o) => !everyCommandTakes.has(o) && !(o in command.options));
    if (foreign.length > 0) throw usageError(`${command.words.join(' ')} does not take --${foreign.join(', --')}`);
    if (command.withoutDatabase?.applies(options)) {
      return await command.withoutDatabase.run({ options, args, readStdin, readText, stdout: out, stderr: err });
    }
    if (options.db === undefined) throw usageError('--db FILE is required');
    command.before?.(options);

    const db = resolve(options.db);
    const backupsDir = join(dirname(db), 'backups');
    if (!command.creates && isMissingOrEmpty(db)) {
      if (command.recover) return await command.recover({ db, backupsDir, args, stdout: out });
      throw missingDatabase(db, options.db, backupsDir);
    }
    const session = await openDatabaseSession({
      path: db,
      backupsDir,
      actor: `cli:${userInfo().username}`,
      check: checkAllDomains,
      startEmpty: command.creates,
    });
    try {
      const platform = cliPlatform();
      let internal: unknown = null;
      const dispatch = createDispatcher(createHandlers({ session, platform }), {
        onInternalError: (method, error) => {
          internal = error;
          if (verbose) err(internalErrorReport(method, error));
        },
      });
      const env: CommandEnv<typeof options> = {
        dispatch: async (method, input) => {
          const result = await dispatch(method, input);
          if (!result.ok && result.error.code === 'INTERNAL' && internal instanceof Error) {
            const hint = verbose ? '' : '; --verbose shows where';
            return { ok: false, error: { ...result.error, message: `${result.error.message} (${internal.message}${hint})` } };
          }
          return result;
        },
        session,
        options,
        args,
        setSavePath: (path) => platform.answerSaveWith(path),
        setOpenPath: (path) => platform.answerOpenWith(path),
        stdout: out,
        stderr: err,
      };
      return await command.run(env);
    } finally {
      session.close();
    }
  } catch (error) {
    const exitCode = error instanceof CliFailure ? error.exitCode : EXIT.failed;
    const message = error instanceof Error ? error.message : String(error);
    // A refusal is its own explanation; anything else is a fault whose stack someone may need.
    if (verbose && !(error instanceof CliFailure) && !(error instanceof DomainError)) err(internalErrorReport('minga', error));
    err(`minga: ${message.split('\n')[0]}`);
    if (exitCode === EXIT.usage) err('run minga --help for usage');
    return exitCode;
  }
}

// Piping into `head` closes stdout early; that is not a failure of the command.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});
// No top-level await: the CLI is bundled to CommonJS like the main process.
void runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
