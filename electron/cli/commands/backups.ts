/** `backup --out FILE`, `restore FILE`, `check`. */
import { resolve } from 'node:path';
import { call, EXIT, usageError, type CommandEnv } from '../env';

export async function backup(env: CommandEnv): Promise<number> {
  if (env.options.out === undefined) throw usageError('backup needs --out FILE.');
  env.setSavePath(resolve(env.options.out));
  const { path } = await call(env, 'backups.create', {});
  env.stdout(`backed up to ${path}`);
  return EXIT.ok;
}

export async function restore(env: CommandEnv): Promise<number> {
  const [file, ...extra] = env.args;
  if (file === undefined || extra.length > 0) throw usageError('restore needs exactly one FILE.');
  const { restoredFrom, keptAs } = await call(env, 'backups.restore', { path: resolve(file) });
  env.stdout(`restored ${restoredFrom}; the previous database was kept as ${keptAs}`);
  return EXIT.ok;
}

export async function check(env: CommandEnv): Promise<number> {
  const report = await call(env, 'backups.check', {});
  for (const p of report.problems) env.stdout(`${p.check}: ${p.message}`);
  if (report.ok) {
    env.stdout('no problems found');
    return EXIT.ok;
  }
  env.stderr(`${report.problems.length} problems found`);
  return EXIT.failed;
}
