/**
 * `budget export --year Y --format csv|xlsx --out FILE [--version N]`: a year's budget as a spreadsheet
 * (the approved version, else the draft, unless --version names one). `budget import FILE.csv [--year Y]
 * [--commit]`: a dry run by default, printing every problem with its line; any problem exits 1 with nothing
 * written; --commit writes the lines (a new draft, or the year's draft's lines replaced) when there is none.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { budgetFileFormats, type BudgetFileFormat, type BudgetImportPreview } from '../../../shared/contract/budgets';
import { call, defineCommand, EXIT, usageError, type CommandEnv } from '../env';

const isFormat = (value: string): value is BudgetFileFormat => (budgetFileFormats as readonly string[]).includes(value);

function yearOption(text: string | undefined, required: boolean): number | null {
  if (text === undefined) {
    if (required) throw usageError('budget export needs --year YEAR.');
    return null;
  }
  if (!/^\d{4}$/.test(text)) throw usageError(`--year takes a year like 2025, got "${text}".`);
  return Number(text);
}

function exportOptions(options: { year?: string; format?: string; out?: string; version?: string }) {
  const { format, out, version } = options;
  const year = yearOption(options.year, true)!;
  if (format === undefined || out === undefined) throw usageError(`budget export needs --format ${budgetFileFormats.join('|')} and --out FILE.`);
  if (!isFormat(format)) throw usageError(`there is no budget file format "${format}"; use ${budgetFileFormats.join(' or ')}.`);
  if (version !== undefined && !/^\d{1,4}$/.test(version)) throw usageError(`--version takes a version number like 2, got "${version}".`);
  return { year, format, out, version: version === undefined ? null : Number(version) };
}

export const budgetExport = defineCommand({
  words: ['budget', 'export'],
  usage: `budget export --year YEAR --format ${budgetFileFormats.join('|')} --out FILE [--version N]`,
  options: { year: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, version: { type: 'string' } },
  creates: false,
  before: exportOptions,
  async run(env) {
    const { year, format, out, version } = exportOptions(env.options);
    if (env.args.length > 0) throw usageError(`budget export takes no words after its options, got: ${env.args.join(' ')}`);
    const versions = await call(env, 'budgets.versions', { year });
    // The approved version is the budget of the year; before the assembly approves one, the draft.
    const chosen =
      version === null
        ? (versions.find((v) => v.status === 'approved') ?? versions.filter((v) => v.status === 'draft').sort((a, b) => b.number - a.number)[0])
        : versions.find((v) => v.number === version);
    if (!chosen) {
      env.stderr(version === null ? `minga: ${year} has no budget yet` : `minga: ${year} has no budget version ${version}`);
      return EXIT.failed;
    }
    env.setSavePath(resolve(out));
    const { path, rows } = await call(env, 'budgets.exportFile', { versionId: chosen.id, format });
    env.stdout(`exported version ${chosen.number} (${chosen.status}) of the ${year} budget, ${rows} ${rows === 1 ? 'line' : 'lines'}, to ${path}`);
    return EXIT.ok;
  },
});

function report(env: Pick<CommandEnv<unknown>, 'stderr'>, preview: BudgetImportPreview): void {
  for (const p of preview.problems) {
    const where = p.line === 0 ? 'file' : `line ${p.line}`;
    env.stderr(p.field === null ? `${where}: ${p.message}` : `${where}: ${p.field}: ${p.message}`);
  }
  const unlisted = preview.problemCount - preview.problems.length;
  if (unlisted > 0) env.stderr(`…and ${unlisted} more problems`);
  env.stderr(`${preview.problemCount} ${preview.problemCount === 1 ? 'problem' : 'problems'}; nothing was imported.`);
}

export const budgetImport = defineCommand({
  words: ['budget', 'import'],
  usage: 'budget import FILE.csv [--year YEAR] [--commit]',
  options: { year: { type: 'string' }, commit: { type: 'boolean' } },
  creates: false,
  before(options) {
    yearOption(options.year, false);
  },
  async run(env) {
    const [file, ...extra] = env.args;
    if (file === undefined || extra.length > 0) throw usageError('budget import needs exactly one FILE.csv.');
    let bytes: Buffer;
    try {
      bytes = readFileSync(resolve(file));
    } catch {
      env.stderr(`minga: cannot read ${file}`);
      return EXIT.failed;
    }
    const input = { fileBase64: bytes.toString('base64'), year: yearOption(env.options.year, false) };
    const preview = await call(env, 'budgets.importPreview', input);
    if (preview.problemCount > 0) {
      report(env, preview);
      return EXIT.failed;
    }
    const lines = `${preview.lineCount} ${preview.lineCount === 1 ? 'line' : 'lines'}`;
    if (env.options.commit !== true) {
      const where = preview.target?.kind === 'replaceDraft' ? `would replace the lines of draft version ${preview.target.number}` : 'would make a new draft';
      env.stdout(`${lines} for ${preview.year} checked: no problems; ${where}. Nothing written (dry run); add --commit to import.`);
      return EXIT.ok;
    }
    const done = await call(env, 'budgets.importCommit', input);
    env.stdout(`imported ${lines} into ${done.replaced ? 'draft' : 'new draft'} version ${done.number} of the ${preview.year} budget`);
    return EXIT.ok;
  },
});
