/**
 * The internal chart of accounts: the keys the app posts to, what kind of account each is, and the code
 * each legal framework's usual plan gives it. The accountant may map any key to their own code
 * (stored in `ledger_account_code`); the key itself never changes, so exports and checks stay stable.
 */
import type { LegalFramework } from '../statute';

// Never remove or rename a key (journal lines store it); new accounts are appended.
export const accountKeys = ['bank', 'cash', 'members_capital', 'members_capital_liability', 'capital_receivable',
  'capital_to_refund', 'returns_payable', 'interest_payable', 'pay_payable', 'legal_reserve', 'education_fund',
  'assistance_fund', 'other_reserves', 'result', 'losses', 'interest_expense', 'members_pay', 'tax_payable'] as const;
export type AccountKey = (typeof accountKeys)[number];

/** For grouping (trial balance sections, hledger/Beancount top-level names), not a legal classification. */
export const accountKinds = ['asset', 'liability', 'equity', 'income', 'expense'] as const;
export type AccountKind = (typeof accountKinds)[number];

export const accountKindOf: Record<AccountKey, AccountKind> = {
  bank: 'asset',
  cash: 'asset',
  capital_receivable: 'asset',
  members_capital: 'equity',
  // Capital members may demand back is a liability (IAS 32 / IFRIC 2; FACPCE RT 41 for AR coops).
  members_capital_liability: 'liability',
  capital_to_refund: 'liability',
  returns_payable: 'liability',
  interest_payable: 'liability',
  pay_payable: 'liability',
  legal_reserve: 'equity',
  education_fund: 'equity',
  assistance_fund: 'equity',
  other_reserves: 'equity',
  result: 'equity',
  losses: 'equity',
  interest_expense: 'expense',
  // Worker-members' pay is a cost of the period, not a distribution of surplus (rules/remuneration.md).
  members_pay: 'expense',
  tax_payable: 'liability',
};

export function isAccountKey(value: string): value is AccountKey {
  return (accountKeys as readonly string[]).includes(value);
}

/**
 * Default codes, from each country's usual plan: Spain's PGC (with the cooperatives' adaptation, Orden
 * EHA/3360/2010), a Brazilian cooperative plano de contas (ITG 2004), an Argentine FACPCE-style plan for
 * cooperatives (Res. INAES 247/09), a US co-op chart (four-digit ranges), and a neutral plan for `custom`.
 */
export const defaultAccountCodes: Record<LegalFramework, Record<AccountKey, string>> = {
  ES: {
    bank: '572',
    cash: '570',
    members_capital: '100',
    members_capital_liability: '150',
    capital_receivable: '103',
    capital_to_refund: '502',
    returns_payable: '526',
    interest_payable: '528',
    pay_payable: '465',
    legal_reserve: '112',
    education_fund: '290',
    assistance_fund: '291',
    other_reserves: '113',
    result: '129',
    losses: '121',
    interest_expense: '662',
    members_pay: '644',
    tax_payable: '4752',
  },
  BR: {
    cash: '1.1.1.01',
    bank: '1.1.1.02',
    capital_receivable: '2.3.1.02',
    pay_payable: '2.1.3.01',
    capital_to_refund: '2.1.4.01',
    returns_payable: '2.1.4.02',
    interest_payable: '2.1.4.03',
    members_capital_liability: '2.2.1.01',
    members_capital: '2.3.1.01',
    legal_reserve: '2.3.2.01',
    education_fund: '2.3.2.02',
    assistance_fund: '2.3.2.03',
    other_reserves: '2.3.2.09',
    result: '2.3.3.01',
    losses: '2.3.3.02',
    interest_expense: '3.2.1.01',
    members_pay: '3.1.1.01',
    tax_payable: '2.1.2.01',
  },
  AR: {
    cash: '1.1.1.01',
    bank: '1.1.1.02',
    capital_receivable: '1.1.3.01',
    pay_payable: '2.1.3.01',
    capital_to_refund: '2.1.5.01',
    returns_payable: '2.1.5.02',
    interest_payable: '2.1.5.03',
    education_fund: '2.1.6.01',
    assistance_fund: '2.1.6.02',
    members_capital_liability: '2.2.1.01',
    members_capital: '3.1.1.01',
    legal_reserve: '3.3.1.01',
    other_reserves: '3.3.1.02',
    result: '3.4.1.01',
    losses: '3.4.1.02',
    interest_expense: '5.2.1.01',
    members_pay: '5.1.1.01',
    tax_payable: '2.1.4.01',
  },
  US: {
    cash: '1000',
    bank: '1010',
    capital_receivable: '1200',
    pay_payable: '2100',
    interest_payable: '2150',
    returns_payable: '2200',
    capital_to_refund: '2300',
    members_capital_liability: '2500',
    members_capital: '3000',
    legal_reserve: '3200',
    education_fund: '3300',
    assistance_fund: '3310',
    other_reserves: '3400',
    result: '3900',
    losses: '3950',
    interest_expense: '7100',
    members_pay: '6000',
    tax_payable: '2160',
  },
  custom: {
    cash: '1100',
    bank: '1110',
    capital_receivable: '1300',
    pay_payable: '2100',
    interest_payable: '2110',
    returns_payable: '2120',
    capital_to_refund: '2130',
    members_capital_liability: '2500',
    members_capital: '3100',
    legal_reserve: '3200',
    education_fund: '3210',
    assistance_fund: '3220',
    other_reserves: '3290',
    result: '3900',
    losses: '3910',
    interest_expense: '6100',
    members_pay: '6000',
    tax_payable: '2140',
  },
};

/** An accountant's code: what their software accepts as an account number (digits, dots, dashes, letters). */
export const ACCOUNT_CODE_PATTERN = /^[0-9A-Za-z][0-9A-Za-z.\-_/]{0,31}$/;

export function isAccountCode(code: string): boolean {
  return ACCOUNT_CODE_PATTERN.test(code);
}
