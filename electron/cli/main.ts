/**
 * `minga --db FILE <command>`: the command line over the same contract, dispatcher and services as the
 * app. Exit 0 on success, 1 on a refusal or failure (one line on stderr), 2 on wrong usage.
 */
import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DomainError } from '../../shared/contract/errors';
import { createDispatcher } from '../ipc/dispatch';
import { createHandlers } from '../ipc/handlers';
import type { PlatformPort } from '../services/core';
import { openDatabaseSession } from '../services/core';
import { backup, check, restore } from './commands/backups';
import { checkDemoOptions, checkInitOptions, demo, init } from './commands/coop';
import { exportMembers, importMembers, listMembers } from './commands/members';
import { CliFailure, EXIT, usageError, type CliOptions, type CommandEnv } from './env';

const USAGE = `usage: minga --db FILE <command>

commands:
  init --name NAME --framework AR|ES|BR|US|custom --currency ISO --locale es|pt-BR|en [--fiscal-year-start MM-DD]
  demo --members N --years Y [--seed S] [--locale es|pt-BR|en]
  members import FILE.csv
  members export --format csv|xlsx --out FILE
  members list [--json]
  backup --out FILE
  restore FILE
  check`;

const optionSpec = {
  db: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  name: { type: 'string' },
  framework: { type: 'string' },
  currency: { type: 'string' },
  locale: { type: 'string' },
  'fiscal-year-start': { type: 'string' },
  members: { type: 'string' },
  years: { type: 'string' },
  seed: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  json: { type: 'boolean' },
} as const;

interface Command {
  words: readonly string[];
  options: readonly (keyof CliOptions)[];
  /** Whether the database may be created by this command (only `init` and `demo` start from nothing). */
  creates: boolean;
  /** Checks the options before the database is opened (and, for init, created). */
  before?(options: CliOptions): void;
  run(env: CommandEnv): Promise<number>;
}

const commands: readonly Command[] = [
  { words: ['init'], options: ['name', 'framework', 'currency', 'locale', 'fiscal-year-start'], creates: true, before: checkInitOptions, run: init },
  { words: ['demo'], options: ['members', 'years', 'seed', 'locale'], creates: true, before: checkDemoOptions, run: demo },
  { words: ['members', 'import'], options: [], creates: false, run: importMembers },
  { words: ['members', 'export'], options: ['format', 'out'], creates: false, run: exportMembers },
  { words: ['members', 'list'], options: ['json'], creates: false, run: listMembers },
  { words: ['backup'], options: ['out'], creates: false, run: backup },
  { words: ['restore'], options: [], creates: false, run: restore },
  { words: ['check'], options: [], creates: false, run: check },
];

function findCommand(positionals: string[]): { command: Command; args: string[] } {
  const command = commands.find((c) => c.words.every((w, i) => positionals[i] === w));
  if (!command) {
    const given = positionals.join(' ');
    throw usageError(given === '' ? 'no command given; see minga --help' : `unknown command: ${given}; see minga --help`);
  }
  return { command, args: positionals.slice(command.words.length) };
}

/** The desktop a command line has: "save" answers with --out, nothing opens dialogs, nothing prints. */
function cliPlatform(): PlatformPort & { answerSaveWith(path: string): void } {
  let savePath: string | null = null;
  return {
    answerSaveWith(path) {
      savePath = path;
    },
    async chooseSavePath() {
      return savePath;
    },
    async chooseOpenPath() {
      return null;
    },
    async printToPdf() {
      throw new DomainError('NOT_SUPPORTED', 'The command line cannot print; use the app to print the register.');
    },
  };
}

export async function runCli(argv: string[], out = console.log, err = console.error): Promise<number> {
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: argv, options: optionSpec, allowPositionals: true, strict: true });
    } catch (error) {
      throw usageError(error instanceof Error ? error.message : String(error));
    }
    const options: CliOptions = parsed.values;
    if (options.help) {
      out(USAGE);
      return EXIT.ok;
    }
    const { command, args } = findCommand(parsed.positionals);
    const foreign = Object.keys(options).filter((o) => o !== 'db' && !command.options.includes(o as keyof CliOptions));
    if (foreign.length > 0) throw usageError(`${command.words.join(' ')} does not take --${foreign.join(', --')}`);
    if (options.db === undefined) throw usageError('--db FILE is required');
    command.before?.(options);

    const db = resolve(options.db);
    if (!command.creates && !existsSync(db)) {
      throw new CliFailure(`no database at ${db}; create one with minga --db ${options.db} init …`, EXIT.failed);
    }
    const session = await openDatabaseSession({ path: db, backupsDir: join(dirname(db), 'backups'), actor: `cli:${userInfo().username}` });
    try {
      const platform = cliPlatform();
      let internal: unknown = null;
      const dispatch = createDispatcher(createHandlers({ session, platform }), { onInternalError: (_m, e) => (internal = e) });
      const env: CommandEnv = {
        dispatch: async (method, input) => {
          const result = await dispatch(method, input);
          if (!result.ok && result.error.code === 'INTERNAL' && internal instanceof Error) {
            return { ok: false, error: { ...result.error, message: `${result.error.message} (${internal.message})` } };
          }
          return result;
        },
        session,
        options,
        args,
        setSavePath: (path) => platform.answerSaveWith(path),
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
    err(`minga: ${message.split('\n')[0]}`);
    if (exitCode === EXIT.usage) err('run minga --help for usage');
    return exitCode;
  }
}

// Piping into `head` closes stdout early; that is not a failure of the command.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});
process.exitCode = await runCli(process.argv.slice(2));
