/**
 * The policy as the screen edits it: the same object the contract takes, with each percentage written
 * the coop's way ("37,5" in es and pt-BR); the contract reads decimal points, so the text is converted
 * both ways at the edge and nothing else is touched.
 */
import type { SurplusScenario } from '../../../../shared/domain/surplus/scenario';

export type Policy = SurplusScenario['policy'];

const commaDecimal = (locale: string) => new Intl.NumberFormat(locale).format(1.5).includes(',');

function mapRates(policy: Policy, f: (rate: string) => string): Policy {
  return {
    nonMembers: { ...policy.nonMembers, percent: f(policy.nonMembers.percent) },
    steps: policy.steps.map((step) => {
      if (step.kind === 'funds') return { ...step, funds: step.funds.map((fund) => ({ ...fund, percent: f(fund.percent) })) };
      if (step.kind === 'interest') return { ...step, rate: f(step.rate), cap: f(step.cap) };
      return { ...step, percent: f(step.percent) };
    }),
    returns: { ...policy.returns, blend: f(policy.returns.blend), cashPercent: f(policy.returns.cashPercent) },
    loss: { reserves: policy.loss.reserves.map((r) => ({ ...r, percent: f(r.percent) })) },
  };
}

/** The service's policy with its percentages written in the coop's language. */
export function policyForLocale(policy: Policy, locale: string): Policy {
  return commaDecimal(locale) ? mapRates(policy, (rate) => rate.replace('.', ',')) : policy;
}

/** What was typed, back in the contract's form. */
export function policyForContract(policy: Policy, locale: string): Policy {
  return mapRates(policy, (rate) => {
    const trimmed = rate.trim();
    return commaDecimal(locale) ? trimmed.replace(',', '.') : trimmed;
  });
}
