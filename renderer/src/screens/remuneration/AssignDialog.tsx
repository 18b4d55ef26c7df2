/**
 * A member's place in the scheme from a date: category or job index, steps on each matrix dimension,
 * modifiers, part-time commitment and responsibility add-ons, as the scheme in force names them; and the
 * bank account the bank file pays into.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assignment, SchemeVersion } from '../../../../shared/contract/remuneration';
import { localToday } from '../../../../shared/domain/dates';
import { useRpcMutation } from '../../api/queries';
import { Button } from '../../components/Button';
import { Checkbox } from '../../components/Checkbox';
import { DateField } from '../../components/DateField';
import { Dialog } from '../../components/Dialog';
import { failureText } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { Select } from '../../components/Select';
import { factorText, readFactor } from './factor';
import { uses } from './scheme-draft';

export interface AssignTarget {
  memberId: number;
  memberNumber: number;
  memberName: string;
  current: Assignment | null;
}

function toggled(list: string[], name: string, on: boolean): string[] {
  return on ? [...list.filter((n) => n !== name), name] : list.filter((n) => n !== name);
}

function AssignForm({ target, scheme, onClose, onSaved }: { target: AssignTarget; scheme: SchemeVersion; onClose: () => void; onSaved: () => void }) {
  const { t, i18n } = useTranslation('remuneration');
  const assign = useRpcMutation('remuneration.assign');
  const setBank = useRpcMutation('remuneration.setBankAccount');
  const rules = scheme.rules;
  const use = uses[rules.kind];
  const categories = Object.keys(rules.categories);
  const current = target.current;
  const [effectiveFrom, setEffectiveFrom] = useState<string | null>(localToday());
  const [category, setCategory] = useState(current && categories.includes(current.category) ? current.category : (categories[0] ?? ''));
  const [steps, setSteps] = useState<Record<string, string>>(Object.fromEntries(Object.keys(rules.factors).map((f) => [f, String(current?.steps[f] ?? 0)])));
  const [modifiers, setModifiers] = useState<string[]>(current?.modifiers ?? []);
  const [addOns, setAddOns] = useState<string[]>(current?.addOns ?? []);
  const [commitment, setCommitment] = useState(factorText({ num: (current?.commitment.num ?? 1) * 100, den: current?.commitment.den ?? 1 }, i18n.language));
  const [bankAccount, setBankAccount] = useState(current?.bankAccount ?? '');
  const [tried, setTried] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const percent = readFactor(commitment);
  const commitmentOk = percent !== null && percent.num > 0 && percent.num <= percent.den * 100;
  const stepsOk = Object.values(steps).every((s) => /^\d{1,2}$/.test(s.trim()));
  const dateOk = effectiveFrom !== null && /^\d{4}-\d{2}-\d{2}$/.test(effectiveFrom);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!commitmentOk || !stepsOk || !dateOk || category === '') return;
    try {
      await assign.mutateAsync({
        memberId: target.memberId,
        effectiveFrom,
        category,
        steps: Object.fromEntries(Object.entries(steps).map(([f, s]) => [f, Number(s)])),
        modifiers: use.modifiers ? modifiers : [],
        addOns: use.addOns ? addOns : [],
        commitment: { num: percent.num, den: percent.den * 100 },
      });
      if (bankAccount.trim() !== (current?.bankAccount ?? '')) await setBank.mutateAsync({ memberId: target.memberId, bankAccount: bankAccount.trim() === '' ? null : bankAccount });
      onSaved();
    } catch (error) {
      setRefusal(failureText(t, error));
    }
  };

  return (
    <form noValidate onSubmit={(e) => void submit(e)} className="dialog-form">
      {refusal && (
        <p role="alert" className="form-error-summary">
          {refusal}
        </p>
      )}
      <DateField label={t('assign.effectiveFrom')} value={effectiveFrom} onChange={setEffectiveFrom} required error={tried && !dateOk ? t('schemeForm.dateNeeded') : undefined} />
      <Select
        label={t(`schemeForm.categoryName.${rules.kind}`)}
        value={category}
        options={categories.map((c) => ({ value: c, label: `${c} (${factorText(rules.categories[c]!, i18n.language)})` }))}
        onChange={(e) => setCategory(e.target.value)}
      />
      {Object.keys(rules.factors).map((factor) => (
        <Field
          key={factor}
          label={t('assign.steps', { factor })}
          inputMode="numeric"
          value={steps[factor] ?? '0'}
          onChange={(e) => setSteps((before) => ({ ...before, [factor]: e.target.value }))}
          error={tried && !/^\d{1,2}$/.test((steps[factor] ?? '').trim()) ? t('assign.stepsInvalid') : undefined}
        />
      ))}
      {use.modifiers &&
        Object.keys(rules.modifiers).map((name) => (
          <Checkbox key={name} label={t('assign.modifier', { name })} checked={modifiers.includes(name)} onChange={(e) => setModifiers((m) => toggled(m, name, e.target.checked))} />
        ))}
      {use.addOns &&
        Object.keys(rules.responsibilityAddOns).map((name) => (
          <Checkbox key={name} label={t('assign.addOn', { name })} checked={addOns.includes(name)} onChange={(e) => setAddOns((a) => toggled(a, name, e.target.checked))} />
        ))}
      <Field
        label={t('assign.commitment')}
        hint={t('assign.commitmentHint')}
        inputMode="decimal"
        value={commitment}
        onChange={(e) => setCommitment(e.target.value)}
        error={tried && !commitmentOk ? t('assign.commitmentInvalid') : undefined}
      />
      <Field label={t('assign.bankAccount')} hint={t('assign.bankAccountHint')} value={bankAccount} maxLength={60} onChange={(e) => setBankAccount(e.target.value)} />
      <div className="dialog__footer">
        <Button onClick={onClose}>{t('actions.cancel')}</Button>
        <Button type="submit" variant="primary" busy={assign.isPending || setBank.isPending}>
          {t('actions.save')}
        </Button>
      </div>
    </form>
  );
}

export function AssignDialog({ target, scheme, onClose, onSaved }: { target: AssignTarget | null; scheme: SchemeVersion | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation('remuneration');
  return (
    <Dialog open={target !== null} onClose={onClose} title={target ? t('assign.title', { number: target.memberNumber, name: target.memberName }) : ''}>
      {target && scheme && <AssignForm target={target} scheme={scheme} onClose={onClose} onSaved={onSaved} />}
    </Dialog>
  );
}
