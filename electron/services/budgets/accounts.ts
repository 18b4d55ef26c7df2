/** The accounts a budget plans, with the coop's code for each and its name in the coop's language. */
import type { z } from 'zod';
import { budgetableAccounts, type budgetAccountRow } from '../../../shared/contract/budgets-yearly';
import { accountKindOf } from '../../../shared/domain/ledger/accounts';
import { translate } from '../../../shared/i18n/catalogue';
import type { ServiceContext } from '../core';
import { requireCoop } from '../coop';
import { accountCodes } from '../ledger';

export async function budgetAccounts(ctx: ServiceContext): Promise<z.infer<typeof budgetAccountRow>[]> {
  const { locale } = await requireCoop(ctx);
  const codes = await accountCodes(ctx.db);
  return budgetableAccounts.map((account) => ({
    account,
    kind: accountKindOf[account] === 'income' ? ('income' as const) : ('expense' as const),
    code: codes[account],
    name: translate(locale, `ledger:accounts.${account}`),
  }));
}
