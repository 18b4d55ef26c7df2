import { get, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { abstentionRules, halfPlusOneReadings, legalRules, thresholdRules, voteBases, type StatuteParameters } from '../../../../shared/domain/statute';
import { Checkbox } from '../../components/Checkbox';
import { issueText } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { Select } from '../../components/Select';
import { formatPercent } from '../../i18n/format';
import type { SettingsValues } from './settings-form';
import type { SettingsForm } from './form-types';
import { FundsFields } from './FundsFields';

interface StatuteFieldsProps {
  form: SettingsForm;
  base: StatuteParameters;
}

/** Quorum, majorities, proxies, funds and the capital limits: every value the law leaves to the statute. */
export function StatuteFields({ form, base }: StatuteFieldsProps) {
  const { t, i18n } = useTranslation('coop');
  const interestMaximum = legalRules(base.framework).interestMaximum;
  // Field messages that cite the law are filled in from the framework's table, as the service's are.
  const lawParams = { basis: base.interestOnCapital.legalBasis, maximum: interestMaximum ? formatPercent(interestMaximum, i18n.language) : '' };
  const errorAt = (name: Path<SettingsValues>) =>
    issueText(t, (get(form.formState.errors, name) as { message?: string } | undefined)?.message, lawParams);
  const options = (list: readonly string[], group: string) => list.map((value) => ({ value, label: t(`statute.${group}.${value}`) }));
  const percentField = (name: Path<SettingsValues>, label: string, hint?: string) => (
    <Field label={`${label} (%)`} hint={hint} inputMode="decimal" className="field--short" error={errorAt(name)} {...form.register(name)} />
  );
  const wholeField = (name: Path<SettingsValues>, label: string) => (
    <Field label={label} inputMode="numeric" className="field--short" error={errorAt(name)} {...form.register(name)} />
  );
  const majority = (key: 'ordinaryMajority' | 'qualifiedMajority') => (
    <fieldset className="settings__group">
      <legend>{t(`statute.${key}`)}</legend>
      <div className="settings__grid">
        {percentField(`${key}.threshold`, t('statute.threshold'))}
        <Select label={t('statute.rule')} options={options(thresholdRules, 'thresholdRules')} {...form.register(`${key}.rule`)} />
        <Select label={t('statute.base')} options={options(voteBases, 'voteBases')} {...form.register(`${key}.base`)} />
        <Select label={t('statute.abstentions')} options={options(abstentionRules, 'abstentionRules')} {...form.register(`${key}.abstentions`)} />
      </div>
      <p className="settings__basis">{t('settings.legalBasis', { basis: base[key].legalBasis })}</p>
    </fieldset>
  );

  return (
    <>
      <fieldset className="settings__group">
        <legend>{t('statute.quorum')}</legend>
        <div className="settings__grid">
          {percentField('quorum.firstCall', t('statute.firstCall'))}
          <Select label={t('statute.firstCallRule')} options={options(thresholdRules, 'thresholdRules')} {...form.register('quorum.firstCallRule')} />
          <Select label={t('statute.halfPlusOne')} options={options(halfPlusOneReadings, 'halfPlusOneReadings')} {...form.register('quorum.halfPlusOne')} />
          {wholeField('quorum.minutesBetweenCalls', t('statute.minutesBetweenCalls'))}
          <Select label={t('statute.calls')} options={['1', '2', '3'].map((value) => ({ value, label: value }))} {...form.register('quorum.calls')} />
          {percentField('quorum.secondCall', t('statute.secondCall'), t('settings.emptyForNone'))}
          <Select label={t('statute.secondCallRule')} options={options(thresholdRules, 'thresholdRules')} {...form.register('quorum.secondCallRule')} />
          {wholeField('quorum.secondCallMinimumPresent', t('statute.secondCallMinimumPresent'))}
          {wholeField('quorum.thirdCallMinimumPresent', t('statute.thirdCallMinimumPresent'))}
        </div>
        <p className="settings__basis">{t('settings.legalBasis', { basis: base.quorum.legalBasis })}</p>
      </fieldset>
      {majority('ordinaryMajority')}
      {majority('qualifiedMajority')}
      <fieldset className="settings__group">
        <legend>{t('statute.proxies')}</legend>
        <div className="settings__grid">
          <Checkbox label={t('statute.proxiesAllowed')} {...form.register('proxies.allowed')} />
          {wholeField('proxies.maxPerMember', t('statute.maxPerMember'))}
        </div>
      </fieldset>
      <FundsFields form={form} base={base} />
      <fieldset className="settings__group">
        <legend>{t('statute.capital')}</legend>
        <div className="settings__grid">
          <Checkbox label={t('statute.interestAllowed')} {...form.register('interest.allowed')} />
          {percentField('interest.maxAnnualRate', t('statute.interestCap'), t('settings.emptyForNone'))}
          {percentField('returnsCashMinimum', t('statute.returnsCashMinimum'))}
          <Field
            label={t('statute.maxPayRatio')}
            hint={t('statute.maxPayRatioHint')}
            inputMode="decimal"
            className="field--short"
            error={errorAt('maxPayRatio')}
            {...form.register('maxPayRatio')}
          />
        </div>
        <p className="settings__basis">{t('settings.legalBasis', { basis: base.interestOnCapital.legalBasis })}</p>
      </fieldset>
    </>
  );
}
