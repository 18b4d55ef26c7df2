/** `backup --out FILE`, `restore FILE`, `check`. */
import { resolve } from 'node:path';
import { restoreClosedDatabase, verifyAnchor } from '../../services/core';
import { checkAllDomains } from '../../services/domains';
import { call, defineCommand, EXIT, usageError, type CommandEnv } from '../env';

export const backup = defineCommand({
  words: ['backup'],
  usage: 'backup --out FILE',
  options: { out: { type: 'string' } },
  creates: false,
  async run(env) {
    if (env.options.out === undefined) throw usageError('backup needs --out FILE.');
    env.setSavePath(resolve(env.options.out));
    const { path } = await call(env, 'backups.create', {});
    env.stdout(`backed up to ${path}`);
    return EXIT.ok;
  },
});

function restoreFile(args: string[]): string {
  const [file, ...extra] = args;
  if (file === undefined || extra.length > 0) throw usageError('restore needs exactly one FILE.');
  return resolve(file);
}

export const restore = defineCommand({
  words: ['restore'],
  usage: 'restore FILE',
  options: {},
  creates: false,
  async run(env) {
    // The FILE named on the command line is what the app's open dialog would have answered.
    env.setOpenPath(restoreFile(env.args));
    const { restoredFrom, keptAs } = await call(env, 'backups.restore', {});
    env.stdout(`restored ${restoredFrom}; the previous database was kept as ${keptAs}`);
    return EXIT.ok;
  },
  // A missing or empty database has nothing to keep: the file is checked in full and put in its place.
  async recover(env) {
    const file = restoreFile(env.args);
    await restoreClosedDatabase(env.db, file, checkAllDomains);
    env.stdout(`restored ${file} into ${env.db}, which was missing or empty`);
    return EXIT.ok;
  },
});

export const check = defineCommand({
  words: ['check'],
  usage: 'check [--anchor HASH]   (HASH: the audit anchor printed on a signed act)',
  options: { anchor: { type: 'string' } },
  creates: false,
  async run(env) {
    if (env.options.anchor !== undefined) return checkAnchor(env, env.options.anchor);
    const report = await call(env, 'backups.check', {});
    for (const p of report.problems) env.stdout(`${p.check}: ${p.message}`);
    // Recorded outside the file (the minutes, a notebook), the head proves later that no audit row was cut from the end.
    env.stdout(report.chainHead ? `audit chain head: ${report.chainHead.id} ${report.chainHead.hash}` : 'audit chain head: none (the audit log is empty)');
    if (report.ok) {
      env.stdout('no problems found');
      return EXIT.ok;
    }
    env.stderr(`${report.problems.length} problems found`);
    return EXIT.failed;
  },
});

/** `check --anchor HASH`: is the audit history up to the act that printed HASH intact? */
function checkAnchor(env: CommandEnv<unknown>, anchor: string): number {
  const answer = verifyAnchor(env.session.ctx().handle, anchor.trim().toLowerCase());
  if (!answer.found) {
    env.stderr(`anchor ${anchor} is not in the audit history: the history up to it was rewritten or this is another database`);
    return EXIT.failed;
  }
  for (const f of answer.findings) env.stdout(`audit_chain: ${f.message}`);
  if (answer.findings.length > 0) {
    env.stderr(`the audit history up to entry ${answer.id} has been changed`);
    return EXIT.failed;
  }
  env.stdout(`the audit history up to entry ${answer.id} (anchor ${anchor}) is intact`);
  return EXIT.ok;
}
