/**
 * The rule file form (rules/assemblies.md, last section): what `minga rules vote` and `minga rules
 * quorum` read, key for key, and what they answer. Unknown keys are refused, so a misspelt key never
 * silently falls back to a default.
 */
import { z } from 'zod';
import { legalFrameworks, statuteDefaults, type LegalFramework } from '../statute';
import { RuleRefusal } from '../rule-refusal';
import { evaluateQuorum } from './quorum';
import { abstentionKinds, matters, voteBaseKinds, type VoteRule } from './types';
import { checkRule, evaluateVote, ruleOf } from './vote';
import { describeRule, type Translate } from './words';

const count = z.number().int().min(0).max(10_000_000);

const ruleForm = z.strictObject({
  threshold: z.string().regex(/^\d{1,7}\/\d{1,7}$/, 'a fraction such as "1/2" or "2/3"'),
  strict: z.boolean(),
  base: z.enum(voteBaseKinds),
  abstentions: z.enum(abstentionKinds),
});

export const voteFileForm = z
  .strictObject({
    framework: z.enum(legalFrameworks),
    matter: z.enum(matters).optional(),
    rule: ruleForm.optional(),
    entitled: count,
    present: count,
    yes: count,
    no: count,
    abstain: count.default(0),
    blank: count.default(0),
    invalid: count.default(0),
  })
  .refine((v) => (v.matter === undefined) !== (v.rule === undefined), { message: 'give exactly one of "matter" and "rule"' });

export const quorumFileForm = z.strictObject({
  framework: z.enum(legalFrameworks),
  roll: count,
  call: z.number().int().min(1).max(3),
  present: count,
  minutesAfterConvened: z.number().int().min(0).max(7 * 24 * 60),
  halfPlusOne: z.enum(['more-than-half', 'literal']).optional(),
});

function parse<T>(schema: z.ZodType<T>, item: unknown): T {
  const parsed = schema.safeParse(item);
  if (parsed.success) return parsed.data;
  const reason = parsed.error.issues.map((i) => `${i.path.length > 0 ? i.path.join('.') : 'input'}: ${i.message}`).join('; ');
  throw new RuleRefusal('voting:errors.fileForm', `Not a rule file: ${reason}`, { reason });
}

/** The basis of an explicit rule: the framework's own article when the rule is one of its majorities. */
function basisOf(framework: LegalFramework, rule: VoteRule): string {
  for (const matter of ['ordinary', 'qualified'] as const) {
    const own = ruleOf(statuteDefaults(framework), matter);
    if (JSON.stringify(own.rule) === JSON.stringify(rule)) return own.basis;
  }
  return 'Rule given in the file';
}

export function answerVoteFile(item: unknown, t: Translate) {
  const form = parse(voteFileForm, item);
  let rule: VoteRule;
  let basis: string;
  if (form.rule) {
    const [num, den] = form.rule.threshold.split('/').map(Number) as [number, number];
    rule = { threshold: { num, den }, strict: form.rule.strict, base: form.rule.base, abstentions: form.rule.abstentions };
    checkRule(rule, form.framework);
    basis = basisOf(form.framework, rule);
  } else {
    ({ rule, basis } = ruleOf(statuteDefaults(form.framework), form.matter ?? 'ordinary'));
  }
  const { entitled, present, yes, no, abstain, blank, invalid } = form;
  const outcome = evaluateVote(rule, { entitled, present, yes, no, abstain, blank, invalid }, basis);
  return { passed: outcome.passed, base: outcome.base, yesNeeded: outcome.yesNeeded, rule: describeRule(rule, t), basis };
}

export function answerQuorumFile(item: unknown) {
  const form = parse(quorumFileForm, item);
  const statute = statuteDefaults(form.framework);
  const reading = form.halfPlusOne === undefined ? statute.quorum.halfPlusOne : form.halfPlusOne === 'literal' ? 'ceil_half_plus_one' : 'floor_half_plus_one';
  const { roll, call, present, minutesAfterConvened } = form;
  const outcome = evaluateQuorum(statute, { roll, call, present, minutesAfterConvened }, reading);
  return { constituted: outcome.constituted, needed: outcome.needed, call: outcome.call, basis: outcome.basis };
}
