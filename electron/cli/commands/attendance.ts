/**
 * `attendance import FILE.csv [--commit] [--date-order dmy|mdy|ymd] [--progress]`: a dry run by default,
 * printing the line-numbered report; any problem exits 1 with nothing written. `--commit` writes the file
 * when (and only when) the same check finds nothing wrong, all rows in one transaction. Progress goes to
 * stderr when stderr is a terminal, or with --progress.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locale } from '../../../shared/contract/coop';
import { dateOrders, type DateOrder } from '../../../shared/domain/members/date-order';
import { translate } from '../../../shared/i18n/catalogue';
import { importAttendanceFile, importReportLines, type ImportProgress } from '../../services/attendance';
import { getCoop } from '../../services/coop';
import { defineCommand, EXIT, usageError } from '../env';

const phaseOf: Record<string, string> = { 'attendance.import.check': 'read', 'attendance.import.write': 'write' };

export const importAttendance = defineCommand({
  words: ['attendance', 'import'],
  usage: 'attendance import FILE.csv [--commit] [--date-order dmy|mdy|ymd] [--progress]',
  options: { commit: { type: 'boolean' }, 'date-order': { type: 'string' }, progress: { type: 'boolean' } },
  creates: false,
  before(options) {
    const order = options['date-order'];
    if (order !== undefined && !(dateOrders as readonly string[]).includes(order)) throw usageError('--date-order is dmy, mdy or ymd.');
  },
  async run(env) {
    const [file, ...extra] = env.args;
    if (file === undefined || extra.length > 0) throw usageError('attendance import needs exactly one FILE.csv.');
    let bytes: Buffer;
    try {
      bytes = readFileSync(resolve(file));
    } catch {
      env.stderr(`minga: cannot read ${file}`);
      return EXIT.failed;
    }
    const ctx = env.session.ctx();
    const locale: Locale = (await getCoop(ctx))?.locale ?? 'en';
    const showProgress = env.options.progress === true || process.stderr.isTTY === true;
    const onProgress = (p: ImportProgress) => {
      const task = translate(locale, `attendance:import.phases.${phaseOf[p.task] ?? 'read'}`);
      env.stderr(translate(locale, 'attendance:import.progress', { task, done: p.done, total: p.total }));
    };
    const { imported, preview } = await importAttendanceFile(ctx, bytes, {
      write: env.options.commit === true,
      dateOrder: (env.options['date-order'] as DateOrder | undefined) ?? null,
      ...(showProgress ? { onProgress } : {}),
    });
    for (const line of importReportLines(preview, locale)) env.stdout(line);
    if (preview.problemCount > 0) return EXIT.failed;
    env.stdout(imported === null ? translate(locale, 'attendance:import.dryRun') : translate(locale, 'attendance:import.committed', { count: imported }));
    return EXIT.ok;
  },
});
