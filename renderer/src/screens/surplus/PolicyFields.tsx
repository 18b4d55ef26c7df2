/**
 * The discretionary parts of the policy, as the assembly decides them: the non-members' share, each
 * fund's percentage, interest on capital and its cap, the voluntary reserve, the returns' basis and blend,
 * and the cash share. Every change is a new draft, which the simulation recomputes at once.
 */
import { useTranslation } from 'react-i18next';
import { Checkbox } from '../../components/Checkbox';
import { Field } from '../../components/Field';
import { Select } from '../../components/Select';
import type { Policy } from './policy-text';

type Step = Policy['steps'][number];

export function PolicyFields({ policy, onChange }: { policy: Policy; onChange: (policy: Policy) => void }) {
  const { t } = useTranslation('surplus');
  const setStep = (index: number, step: Step) => onChange({ ...policy, steps: policy.steps.map((s, i) => (i === index ? step : s)) });
  const setReturns = (patch: Partial<Policy['returns']>) => onChange({ ...policy, returns: { ...policy.returns, ...patch } });
  const percent = (label: string, value: string, set: (value: string) => void, hint?: string) => (
    <Field label={`${label} (%)`} hint={hint} inputMode="decimal" autoComplete="off" value={value} onChange={(event) => set(event.target.value)} />
  );
  return (
    <fieldset className="surplus-policy">
      <legend>{t('policy.legend')}</legend>
      {percent(t('policy.nonMembers', { to: policy.nonMembers.to }), policy.nonMembers.percent, (v) => onChange({ ...policy, nonMembers: { ...policy.nonMembers, percent: v } }))}
      {policy.steps.map((step, index) => {
        if (step.kind === 'funds') {
          return (
            <div key={`funds-${index}`} className="surplus-policy__group">
              {step.funds.map((fund, f) => (
                <div key={f}>{percent(fund.name, fund.percent, (v) => setStep(index, { ...step, funds: step.funds.map((x, j) => (j === f ? { ...x, percent: v } : x)) }))}</div>
              ))}
            </div>
          );
        }
        if (step.kind === 'interest') {
          return (
            <div key={`interest-${index}`} className="surplus-policy__group">
              {percent(t('policy.interestRate'), step.rate, (v) => setStep(index, { ...step, rate: v }))}
              {percent(t('policy.interestCap'), step.cap, (v) => setStep(index, { ...step, cap: v }))}
              <Checkbox label={t('policy.prorate')} checked={step.prorateByDays} onChange={(event) => setStep(index, { ...step, prorateByDays: event.target.checked })} />
            </div>
          );
        }
        return <div key={`voluntary-${index}`}>{percent(t('policy.voluntary'), step.percent, (v) => setStep(index, { ...step, percent: v }))}</div>;
      })}
      <Select
        label={t('policy.basis')}
        value={policy.returns.basis}
        options={(['hours', 'pay', 'blend'] as const).map((b) => ({ value: b, label: t(`policy.bases.${b}`) }))}
        onChange={(event) => setReturns({ basis: event.target.value as Policy['returns']['basis'] })}
      />
      {policy.returns.basis === 'blend' && (
        <Field label={t('policy.blend')} hint={t('policy.blendHint')} inputMode="decimal" autoComplete="off" value={policy.returns.blend} onChange={(event) => setReturns({ blend: event.target.value })} />
      )}
      <Checkbox label={t('policy.excludeTrial')} checked={policy.returns.excludeTrialHours} onChange={(event) => setReturns({ excludeTrialHours: event.target.checked })} />
      {percent(t('policy.cash'), policy.returns.cashPercent, (v) => setReturns({ cashPercent: v }))}
    </fieldset>
  );
}
