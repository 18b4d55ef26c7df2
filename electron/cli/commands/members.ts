/** `members import FILE`, `members export --format csv|xlsx --out FILE`, `members list [--json]`. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ImportProblem } from '../../../shared/contract/members';
import { call, defineCommand, EXIT, usageError, type CommandEnv } from '../env';

function problemLine(p: ImportProblem): string {
  const where = p.line === 0 ? 'file' : `line ${p.line}`;
  return p.field === null ? `${where}: ${p.message}` : `${where}: ${p.field}: ${p.message}`;
}

export const importMembers = defineCommand({
  words: ['members', 'import'],
  usage: 'members import FILE.csv',
  options: {},
  creates: false,
  run: runImport,
});

async function runImport(env: CommandEnv<unknown>): Promise<number> {
  const [file, ...extra] = env.args;
  if (file === undefined || extra.length > 0) throw usageError('members import needs exactly one FILE.csv.');
  let bytes: Buffer;
  try {
    bytes = readFileSync(resolve(file));
  } catch {
    return fail(env, `cannot read ${file}`);
  }
  const input = { fileBase64: bytes.toString('base64'), mapping: null };
  const preview = await call(env, 'members.importPreview', input);
  if (preview.problemCount > 0) {
    for (const p of preview.problems) env.stderr(problemLine(p));
    const unlisted = preview.problemCount - preview.problems.length;
    if (unlisted > 0) env.stderr(`…and ${unlisted} more problems`);
    const n = preview.problemCount;
    env.stderr(`${n} ${n === 1 ? 'problem' : 'problems'}; nothing was imported.`);
    return EXIT.failed;
  }
  const { imported } = await call(env, 'members.importCommit', input);
  env.stdout(`imported ${imported} members`);
  return EXIT.ok;
}

function fail(env: Pick<CommandEnv<unknown>, 'stderr'>, message: string): number {
  env.stderr(`minga: ${message}`);
  return EXIT.failed;
}

export const exportMembers = defineCommand({
  words: ['members', 'export'],
  usage: 'members export --format csv|xlsx --out FILE',
  options: { format: { type: 'string' }, out: { type: 'string' } },
  creates: false,
  async run(env) {
    const { format, out } = env.options;
    if (out === undefined || (format !== 'csv' && format !== 'xlsx')) {
      throw usageError('members export needs --format csv|xlsx and --out FILE.');
    }
    env.setSavePath(resolve(out));
    const { path, rows } = await call(env, 'members.export', { format });
    env.stdout(`exported ${rows} members to ${path}`);
    return EXIT.ok;
  },
});

export const listMembers = defineCommand({
  words: ['members', 'list'],
  usage: 'members list [--json]',
  options: { json: { type: 'boolean' } },
  creates: false,
  async run(env) {
    const members = await call(env, 'members.register', {});
    if (env.options.json) {
      env.stdout(JSON.stringify(members, null, 2));
      return EXIT.ok;
    }
    for (const m of members) {
      env.stdout(`${String(m.memberNumber).padStart(6)}  ${m.lastNames}, ${m.firstNames}  ${m.status}  ${m.joinDate}`);
    }
    return EXIT.ok;
  },
});
