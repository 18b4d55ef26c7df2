/** `export ledger --from DATE --to DATE --format csv|xlsx|hledger|beancount --out FILE`: the journal of a period for the accountant. */
import { resolve } from 'node:path';
import { ledgerExportFormats, type LedgerExportFormat } from '../../../shared/contract/ledger';
import { call, defineCommand, EXIT, usageError } from '../env';

const formatList = ledgerExportFormats.join('|');
const isFormat = (value: string): value is LedgerExportFormat => (ledgerExportFormats as readonly string[]).includes(value);

/** The options as the export needs them; a usage error (exit 2) before the database is opened otherwise. */
function ledgerExportOptions(options: { from?: string; to?: string; format?: string; out?: string }) {
  const { from, to, format, out } = options;
  if (from === undefined || to === undefined || format === undefined || out === undefined) {
    throw usageError(`export ledger needs --from DATE --to DATE --format ${formatList} --out FILE.`);
  }
  if (!isFormat(format)) throw usageError(`there is no export format "${format}"; use one of ${ledgerExportFormats.join(', ')}.`);
  return { from, to, format, out };
}

export const exportLedger = defineCommand({
  words: ['export', 'ledger'],
  usage: `export ledger --from DATE --to DATE --format ${formatList} --out FILE`,
  options: { from: { type: 'string' }, to: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' } },
  creates: false,
  before: ledgerExportOptions,
  async run(env) {
    const { from, to, format, out } = ledgerExportOptions(env.options);
    if (env.args.length > 0) throw usageError(`export ledger takes no words after its options, got: ${env.args.join(' ')}`);
    env.setSavePath(resolve(out));
    const { path, rows } = await call(env, 'ledger.export', { from, to, format });
    env.stdout(`exported ${rows} ${rows === 1 ? 'posting' : 'postings'} (${from} to ${to}, ${format}) to ${path}`);
    return EXIT.ok;
  },
});
