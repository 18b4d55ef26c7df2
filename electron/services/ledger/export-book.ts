/**
 * What every export format needs besides the postings: the period, the coop's language and currency,
 * and each account's code (the accountant's, else the framework's default), kind and label.
 */
import type { Locale } from '../../../shared/contract/coop';
import { DomainError } from '../../../shared/contract/errors';
import { accountKeys, accountKindOf, accountKinds, type AccountKey, type AccountKind } from '../../../shared/domain/ledger/accounts';
import { translate } from '../../../shared/i18n/catalogue';
import { requireCoop } from '../coop';
import type { ServiceContext } from '../core';
import { accountCodes } from './accounts';

export interface ExportAccount {
  key: AccountKey;
  kind: AccountKind;
  code: string;
  label: string;
}

export interface ExportBook {
  from: string;
  to: string;
  coopName: string;
  locale: Locale;
  currency: string;
  minorDigits: number;
  accounts: ReadonlyMap<AccountKey, ExportAccount>;
}

const codeOrder = new Intl.Collator('en', { numeric: true });

export function refuseBackwardExportPeriod({ from, to }: { from: string; to: string }): void {
  if (from > to) {
    throw new DomainError('BAD_INPUT', `The period ends (${to}) before it starts (${from}); nothing was exported.`, {
      key: 'ledger:errors.periodOrder',
      params: { from, to },
    });
  }
}

export async function exportBook(ctx: ServiceContext, period: { from: string; to: string }): Promise<ExportBook> {
  refuseBackwardExportPeriod(period);
  const coop = await requireCoop(ctx);
  const codes = await accountCodes(ctx.db);
  // In the order of the accountant's plan: by kind, then by code (1.1.1.02 before 1.1.10), as the books declare them.
  const byPlan = [...accountKeys].sort(
    (a, b) => accountKinds.indexOf(accountKindOf[a]) - accountKinds.indexOf(accountKindOf[b]) || codeOrder.compare(codes[a], codes[b]),
  );
  const accounts = new Map(byPlan.map((key) => [key, { key, kind: accountKindOf[key], code: codes[key], label: translate(coop.locale, `ledger:accounts.${key}`) }]));
  return { ...period, coopName: coop.name, locale: coop.locale, currency: coop.currency, minorDigits: coop.minorDigits, accounts };
}

/** The account of a posting row; a key the chart no longer knows would be a broken database, not a user error. */
export function accountOf(book: ExportBook, key: AccountKey): ExportAccount {
  const account = book.accounts.get(key);
  if (!account) throw new Error(`The journal holds a posting to ${key}, which is not in the chart of accounts`);
  return account;
}
