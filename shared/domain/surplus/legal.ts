/**
 * What the law says of a distribution policy (rules/surplus.md, legal presets): each step's legal basis,
 * and the refusals of a policy below a legal minimum or above a legal cap, each citing its article.
 * A fund of the policy is matched to the framework's fund by name (accents and case aside), so "reserva
 * legal" is held to the Reserva legal's 5% minimum.
 */
import { RuleRefusal } from '../rule-refusal';
import { compare, fromFraction, rational, type Rational } from '../rational';
import { legalRules, statuteDefaults } from '../statute-presets';
import type { LegalFramework } from '../statute';
import type { SurplusPolicy } from './types';

type BasisKey = 'offset' | 'returns' | 'voluntary' | 'tax' | 'loss' | 'cash';

const bases: Record<LegalFramework, Record<BasisKey, string>> = {
  AR: {
    offset: 'Ley 20.337 art. 42 (último párrafo)',
    returns: 'Ley 20.337 art. 42 inc. 5; estatuto modelo INAES art. 33',
    voluntary: 'Estatuto (asamblea)',
    tax: 'Determinación del contador',
    loss: 'Ley 20.337 art. 42; estatuto',
    cash: 'Ley 20.337 art. 42; estatuto modelo INAES art. 34',
  },
  ES: {
    offset: 'Ley 27/1999 art. 59',
    returns: 'Ley 27/1999 art. 58.4',
    voluntary: 'Ley 27/1999 art. 58.3 (estatutos, asamblea)',
    tax: 'Ley 27/1999 art. 58.1',
    loss: 'Ley 27/1999 art. 59.2',
    cash: 'Ley 27/1999 art. 58.4 (estatutos, asamblea)',
  },
  BR: {
    offset: 'Lei 5.764/71 art. 89',
    returns: 'Lei 5.764/71 art. 4 VII',
    voluntary: 'Estatuto (assembleia)',
    tax: 'Apuração do contador',
    loss: 'Lei 5.764/71 art. 89',
    cash: 'Lei 5.764/71 art. 44 II (assembleia)',
  },
  US: {
    offset: 'Bylaws',
    returns: 'IRC §1388(a)',
    voluntary: 'Bylaws (board)',
    tax: 'IRC Subchapter T',
    loss: 'Bylaws',
    cash: 'IRC §1388(c)(1)(B)',
  },
  custom: { offset: 'Statute', returns: 'Statute', voluntary: 'Statute', tax: 'Statute', loss: 'Statute', cash: 'Statute' },
};

export const basisOf = (framework: LegalFramework, key: BasisKey) => bases[framework][key];

const plain = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim();

/** The framework's fund a policy fund stands for, when the names match (one contains the other). */
export function legalFundFor(framework: LegalFramework, name: string) {
  const wanted = plain(name);
  return legalRules(framework).funds.find((fund) => {
    const legal = plain(fund.name);
    return legal.includes(wanted) || wanted.includes(legal);
  });
}

export const interestBasis = (framework: LegalFramework) => statuteDefaults(framework).interestOnCapital.legalBasis;

const percentText = (r: Rational) => {
  const hundred = rational(r.num * 100n, r.den);
  return hundred.den === 1n ? `${hundred.num}%` : `${Number(hundred.num) / Number(hundred.den)}%`;
};

function refuse(code: string, message: string, params: Record<string, string>): never {
  throw new RuleRefusal(`surplus:errors.${code}`, message, params);
}

/** Refuses a policy the framework's law does not allow; the first reason found, with its article. */
export function refuseUnlawfulPolicy(framework: LegalFramework, policy: SurplusPolicy): void {
  const law = legalRules(framework);
  const nonMemberMinimum = fromFraction(law.nonMemberResult.legalMinimum);
  if (compare(policy.nonMembers.percent, nonMemberMinimum) < 0) {
    const minimum = percentText(nonMemberMinimum);
    const basis = law.nonMemberResult.legalBasis;
    refuse('NON_MEMBERS_BELOW_MINIMUM', `At least ${minimum} of the result with non-members must go to ${law.nonMemberResult.fund} (${basis}).`, {
      minimum,
      fund: law.nonMemberResult.fund,
      basis,
    });
  }
  const funds = policy.steps.flatMap((step) => (step.kind === 'funds' ? step.funds : []));
  for (const legal of law.funds) {
    const minimum = fromFraction(legal.legalMinimum);
    if (minimum.num === 0n) continue;
    const given = funds.find((fund) => legalFundFor(framework, fund.name)?.key === legal.key);
    if (!given) {
      refuse('FUND_MISSING', `The policy has no ${legal.name}, which the law requires (${legal.legalBasis}).`, { fund: legal.name, basis: legal.legalBasis });
    }
    if (compare(given.percent, minimum) < 0) {
      const text = percentText(minimum);
      refuse('FUND_BELOW_MINIMUM', `${given.name} at ${percentText(given.percent)} is below the legal minimum of ${text} (${legal.legalBasis}).`, {
        fund: given.name,
        percent: percentText(given.percent),
        minimum: text,
        basis: legal.legalBasis,
      });
    }
  }
  for (const step of policy.steps) {
    if (step.kind !== 'interest') continue;
    if (compare(step.rate, step.cap) > 0) {
      refuse('INTEREST_ABOVE_CAP', `Interest at ${percentText(step.rate)} is above the cap of ${percentText(step.cap)} (${interestBasis(framework)}).`, {
        rate: percentText(step.rate),
        cap: percentText(step.cap),
        basis: interestBasis(framework),
      });
    }
    const legalMaximum = law.interestMaximum ? fromFraction(law.interestMaximum) : null;
    if (legalMaximum && compare(step.rate, legalMaximum) > 0) {
      refuse('INTEREST_ABOVE_LAW', `Interest at ${percentText(step.rate)} is above the legal maximum of ${percentText(legalMaximum)} (${interestBasis(framework)}).`, {
        rate: percentText(step.rate),
        cap: percentText(legalMaximum),
        basis: interestBasis(framework),
      });
    }
  }
  const cashMinimum = fromFraction(statuteDefaults(framework).returnsCashMinimum);
  if (compare(policy.returns.cashPercent, cashMinimum) < 0) {
    const basis = basisOf(framework, 'cash');
    refuse('CASH_BELOW_MINIMUM', `At least ${percentText(cashMinimum)} of each return must be paid in cash (${basis}).`, { minimum: percentText(cashMinimum), basis });
  }
}
