/**
 * The journal as an hledger journal file: account directives with the root types and the accountant's
 * codes as tags, the coop's currency as the one commodity at its minor digits, and one transaction per
 * entry (date, entry number as the code, memo as the description, source as a tag) whose postings carry
 * the member number as a tag. Debits are positive, credits negative, as in hledger's own books.
 */
import { accountKinds } from '../../../shared/domain/ledger/accounts';
import { minorToDecimal } from '../../../shared/domain/money-format';
import { translate } from '../../../shared/i18n/catalogue';
import { accountOf, type ExportBook } from './export-book';
import type { TextSink } from './export-file';
import { hledgerNames, hledgerTypeTags } from './export-names';
import { P, type PostingRow } from './export-rows';

/** A description or comment on one line: `;` would start a comment, a line break a new directive. */
const oneLine = (text: string) => text.replace(/[\r\n\t]+/g, ' ').replace(/;/g, ',').replace(/ {2,}/g, ' ').trim();
/** A tag value ends at a comma or a space. */
const tagValue = (text: string) => text.replace(/[\s,;]+/g, '_');

export function hledgerAccountNames(book: ExportBook) {
  const roots = Object.fromEntries(accountKinds.map((kind) => [kind, translate(book.locale, `ledger:kinds.${kind}`)])) as Record<(typeof accountKinds)[number], string>;
  return hledgerNames([...book.accounts.values()], roots);
}

function header(book: ExportBook, names: Map<string, string>, sink: TextSink): void {
  sink.write(`; ${oneLine(book.coopName)}: ${book.from} – ${book.to}\n\n`);
  // hledger wants a decimal mark in the directive even for a currency without minor units ("1000.").
  const sample = book.minorDigits === 0 ? '1000.' : minorToDecimal(1000 * 10 ** book.minorDigits, book.minorDigits);
  sink.write(`commodity ${sample} ${book.currency}\n\n`);
  const rootsDeclared = new Set<string>();
  for (const account of book.accounts.values()) {
    const name = names.get(account.key)!;
    const root = name.slice(0, name.indexOf(':'));
    if (!rootsDeclared.has(root)) {
      sink.write(`account ${root}  ; type:${hledgerTypeTags[account.kind]}\n`);
      rootsDeclared.add(root);
    }
    sink.write(`account ${name}  ; code:${tagValue(account.code)}\n`);
  }
}

/** Writes the whole journal to `sink`; returns how many postings it holds. */
export function writeHledgerJournal(book: ExportBook, postings: Iterable<PostingRow>, sink: TextSink): number {
  const names = hledgerAccountNames(book);
  header(book, names, sink);
  const amount = (row: PostingRow) => `${minorToDecimal(row[P.debit] - row[P.credit], book.minorDigits)} ${book.currency}`;
  let entry: number | null = null;
  let rows = 0;
  for (const row of postings) {
    if (row[P.number] !== entry) {
      entry = row[P.number];
      const source = tagValue(`${row[P.sourceKind]}:${row[P.sourceId]}`);
      sink.write(`\n${row[P.date]} (${entry}) ${oneLine(row[P.memo])}  ; source:${source}\n`);
    }
    const member = row[P.member] === null ? '' : `  ; member:${row[P.member]}`;
    sink.write(`    ${names.get(accountOf(book, row[P.account]).key)}  ${amount(row)}${member}\n`);
    rows += 1;
  }
  return rows;
}
