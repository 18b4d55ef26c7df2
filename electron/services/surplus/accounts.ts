/**
 * Where each step of a distribution is booked: the framework's funds to their own accounts (matched by
 * name, as the law's table names them), other reserves and the special reserve to other reserves.
 */
import type { AccountKey } from '../../../shared/domain/ledger/accounts';
import type { LegalFramework } from '../../../shared/domain/statute';
import { legalFundFor } from '../../../shared/domain/surplus';

const byFundKey: Record<string, AccountKey> = {
  legal_reserve: 'legal_reserve',
  reserve: 'legal_reserve',
  fro: 'legal_reserve',
  collective: 'legal_reserve',
  education: 'education_fund',
  fep: 'education_fund',
  fates: 'education_fund',
  assistance: 'assistance_fund',
};

export function reserveAccount(framework: LegalFramework, name: string): AccountKey {
  const fund = legalFundFor(framework, name);
  return (fund && byFundKey[fund.key]) || 'other_reserves';
}
