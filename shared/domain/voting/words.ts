/**
 * A rule and a result in words, from the `voting` catalogue. shared/domain cannot read the catalogue,
 * so the caller passes its translator: the renderer's `t`, or `(key, params) => translate(locale, key, params)`
 * in the main process and the command line.
 */
import type { VoteOutcome, VoteRule } from './types';

export type Translate = (key: string, params?: Record<string, string | number>) => string;

const fractionText = ({ num, den }: VoteRule['threshold']) => `${String(num)}/${String(den)}`;

/** "more than 1/2 of votes cast; abstentions count as absent"; "all of the members present; …" for unanimity. */
export function describeRule(rule: VoteRule, t: Translate): string {
  const base = t(`voting:rule.base.${rule.base}`);
  const threshold =
    rule.threshold.num === rule.threshold.den && !rule.strict
      ? t('voting:rule.all', { base })
      : t(rule.strict ? 'voting:rule.moreThan' : 'voting:rule.atLeast', { fraction: fractionText(rule.threshold), base });
  return t('voting:rule.sentence', { threshold, abstentions: t(`voting:rule.abstentions.${rule.abstentions}`) });
}

/**
 * "Approved: 20 of 29 counted ≥ 2/3 — Ley 20.337 art. 53". The sign says how the yes votes stand to the
 * threshold: ≥ or > when it passed, < or ≤ when it did not.
 */
export function describeResult(outcome: VoteOutcome, yes: number, t: Translate, formatNumber: (n: number) => string = String): string {
  const { rule } = outcome;
  const sign = outcome.passed ? (rule.strict ? '>' : '≥') : rule.strict ? '≤' : '<';
  return t(outcome.passed ? 'voting:result.passed' : 'voting:result.failed', {
    yes: formatNumber(yes),
    base: formatNumber(outcome.base),
    sign,
    fraction: fractionText(rule.threshold),
    basis: outcome.basis,
  });
}
