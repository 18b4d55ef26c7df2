/**
 * Account names for the plain-text books. hledger reads `Root:Label` in the coop's language: a name ends
 * at two spaces or a tab, `;` starts a comment, `:` separates levels, and a name that opens with a bracket
 * or parenthesis is a virtual posting; so those are replaced, spaces collapsed and the root kept free of a
 * leading bracket. Beancount accepts only English root names and components of ASCII letters, digits and
 * dashes starting with a capital or a digit, so its labels are transliterated ("Patrimônio Líquido" →
 * "PatrimonioLiquido"). Two labels that come out alike are told apart by their account key, so no two
 * accounts ever merge in the exported books.
 */
import type { AccountKey, AccountKind } from '../../../shared/domain/ledger/accounts';

export const beancountRoots: Record<AccountKind, string> = {
  asset: 'Assets',
  liability: 'Liabilities',
  equity: 'Equity',
  income: 'Income',
  expense: 'Expenses',
};

/** The account type tag hledger gives a top-level account, so roots in any language report as what they are. */
export const hledgerTypeTags: Record<AccountKind, string> = { asset: 'A', liability: 'L', equity: 'E', income: 'R', expense: 'X' };

export function hledgerSegment(label: string): string {
  return label.replace(/[:;]+/g, ' - ').replace(/\s+/g, ' ').trim();
}

/** Letters NFKD does not take apart into a base letter and a mark. */
const lettersApart: Record<string, string> = { ø: 'o', Ø: 'O', æ: 'ae', Æ: 'Ae', œ: 'oe', Œ: 'Oe', ß: 'ss', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', þ: 'th', Þ: 'Th', ð: 'd', Ð: 'D' };

/** "Fondo de educación y capacitación" → "FondoDeEducacionYCapacitacion". */
export function beancountComponent(label: string): string {
  const words = label
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[øØæÆœŒßłŁđĐþÞðÐ]/g, (letter) => lettersApart[letter]!)
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w !== '');
  return words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
}

const camelKey = (key: AccountKey) => beancountComponent(key.replace(/_/g, ' '));

export interface AccountNaming {
  key: AccountKey;
  kind: AccountKind;
  label: string;
}

/** `Root:Label` per account, hledger style; `roots` are the kind names in the coop's language. */
export function hledgerNames(accounts: readonly AccountNaming[], roots: Record<AccountKind, string>): Map<AccountKey, string> {
  // Only a whole name in brackets or parentheses is virtual, so only the root's first character matters.
  const rootOf = (a: AccountNaming) => hledgerSegment(roots[a.kind]).replace(/^[([]+/, '') || beancountRoots[a.kind];
  return uniqueNames(accounts, (a) => `${rootOf(a)}:${hledgerSegment(a.label) || a.key}`, (name, a) => `${name} (${a.key})`);
}

export function beancountNames(accounts: readonly AccountNaming[]): Map<AccountKey, string> {
  return uniqueNames(accounts, (a) => `${beancountRoots[a.kind]}:${beancountComponent(a.label) || camelKey(a.key)}`, (name, a) => `${name}-${camelKey(a.key)}`);
}

function uniqueNames(accounts: readonly AccountNaming[], nameOf: (a: AccountNaming) => string, disambiguate: (name: string, a: AccountNaming) => string): Map<AccountKey, string> {
  const names = new Map<AccountKey, string>();
  const taken = new Set<string>();
  for (const account of accounts) {
    let name = nameOf(account);
    // Compared case-blind: hledger's and Beancount's names are case-sensitive, but an accountant's tool may not be.
    if (taken.has(name.toLowerCase())) name = disambiguate(name, account);
    taken.add(name.toLowerCase());
    names.set(account.key, name);
  }
  return names;
}
