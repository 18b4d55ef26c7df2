/**
 * The rules of a scheme, for each of its kinds: hourly (base per hour × coefficient, seniority, add-ons),
 * annual by job index (an annual amount × index in 12 or 14 payments), or a multiplicative matrix (a base
 * × factor^step per dimension × modifiers × commitment); and the maximum pay ratio with what counts in it.
 */
import { useTranslation } from 'react-i18next';
import { schemeKinds, type SchemeKind } from '../../../../shared/contract/remuneration';
import { Checkbox } from '../../components/Checkbox';
import { Field } from '../../components/Field';
import { MoneyField } from '../../components/MoneyField';
import { Select } from '../../components/Select';
import type { MoneyView } from '../../components/use-coop-money';
import { FactorRows } from './FactorRows';
import { uses, type DraftProblems, type SchemeDraft } from './scheme-draft';

interface Props {
  draft: SchemeDraft;
  onChange: (next: Partial<SchemeDraft>) => void;
  money: MoneyView;
  problems: DraftProblems;
  showProblems: boolean;
}

export function SchemeRulesFields({ draft, onChange, money, problems, showProblems }: Props) {
  const { t } = useTranslation('remuneration');
  const use = uses[draft.kind];
  const problem = (key: keyof DraftProblems) => (showProblems && problems[key] ? t(problems[key]) : undefined);
  return (
    <>
      <Select
        label={t('schemeForm.kind')}
        hint={t(`schemeForm.kindHint.${draft.kind}`)}
        value={draft.kind}
        options={schemeKinds.map((k) => ({ value: k, label: t(`schemeKind.${k}`) }))}
        onChange={(e) => onChange({ kind: e.target.value as SchemeKind })}
      />
      <MoneyField
        label={t(`schemeForm.base.${draft.kind}`)}
        text={draft.base}
        onTextChange={(base) => onChange({ base })}
        currency={money.currency}
        minorDigits={money.minorDigits}
        required
        showProblem={showProblems}
        error={problem('base') ?? null}
      />
      <FactorRows
        legend={t(`schemeForm.categories.${draft.kind}`)}
        hint={t(`schemeForm.categoriesHint.${draft.kind}`)}
        nameLabel={t(`schemeForm.categoryName.${draft.kind}`)}
        valueLabel={t(`schemeForm.categoryValue.${draft.kind}`)}
        rows={draft.categories}
        onChange={(categories) => onChange({ categories })}
        showProblems={showProblems}
        required
      />
      {use.payments && (
        <Select
          label={t('schemeForm.paymentsPerYear')}
          hint={t('schemeForm.paymentsHint')}
          value={String(draft.paymentsPerYear)}
          options={[12, 14].map((n) => ({ value: String(n), label: t('schemeForm.payments', { count: n }) }))}
          onChange={(e) => onChange({ paymentsPerYear: Number(e.target.value) === 14 ? 14 : 12 })}
        />
      )}
      {use.seniority && (
        <fieldset className="scheme-form__row">
          <legend>{t('schemeForm.seniority')}</legend>
          <Field
            label={t('schemeForm.seniorityPercent')}
            inputMode="decimal"
            value={draft.seniorityPercent}
            onChange={(e) => onChange({ seniorityPercent: e.target.value })}
            error={problem('seniorityPercent')}
          />
          <Field
            label={t('schemeForm.seniorityMaxYears')}
            inputMode="numeric"
            value={draft.seniorityMaxYears}
            onChange={(e) => onChange({ seniorityMaxYears: e.target.value })}
            error={problem('seniorityMaxYears')}
          />
        </fieldset>
      )}
      {use.addOns && (
        <FactorRows
          legend={t('schemeForm.addOns')}
          hint={t('schemeForm.addOnsHint')}
          nameLabel={t('schemeForm.addOnName')}
          valueLabel={t('schemeForm.addOnValue')}
          rows={draft.addOns}
          onChange={(addOns) => onChange({ addOns })}
          showProblems={showProblems}
        />
      )}
      {use.factors && (
        <FactorRows
          legend={t('schemeForm.factors')}
          hint={t('schemeForm.factorsHint')}
          nameLabel={t('schemeForm.factorName')}
          valueLabel={t('schemeForm.factorValue')}
          rows={draft.factors}
          onChange={(factors) => onChange({ factors })}
          showProblems={showProblems}
        />
      )}
      {use.modifiers && (
        <FactorRows
          legend={t('schemeForm.modifiers')}
          hint={t('schemeForm.modifiersHint')}
          nameLabel={t('schemeForm.modifierName')}
          valueLabel={t('schemeForm.modifierValue')}
          rows={draft.modifiers}
          onChange={(modifiers) => onChange({ modifiers })}
          withInRatio
          showProblems={showProblems}
        />
      )}
      <fieldset className="scheme-form__ratio">
        <legend>{t('schemeForm.ratio')}</legend>
        <Field
          label={t('schemeForm.maxRatio')}
          hint={t('schemeForm.maxRatioHint')}
          inputMode="decimal"
          value={draft.maxRatio}
          onChange={(e) => onChange({ maxRatio: e.target.value })}
          error={problem('maxRatio')}
        />
        <Checkbox label={t('schemeForm.ratioCountsAddOns')} checked={draft.ratioCountsAddOns} onChange={(e) => onChange({ ratioCountsAddOns: e.target.checked })} />
        <Checkbox
          label={t('schemeForm.ratioCountsCommitment')}
          checked={draft.ratioCountsCommitment}
          onChange={(e) => onChange({ ratioCountsCommitment: e.target.checked })}
        />
      </fieldset>
    </>
  );
}
