import { useTranslation } from 'react-i18next';
import { legalRules, type StatuteParameters } from '../../../../shared/domain/statute';
import { issueText } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { formatPercent } from '../../i18n/format';
import type { SettingsForm } from './form-types';

/** Each statutory fund's share of the surplus, with the legal minimum it may not go below and its source. */
export function FundsFields({ form, base }: { form: SettingsForm; base: StatuteParameters }) {
  const { t, i18n } = useTranslation('coop');
  const errors = form.formState.errors.funds;
  const nonMember = legalRules(base.framework).nonMemberResult;
  const nonMemberMinimum = formatPercent(nonMember.legalMinimum, i18n.language);
  return (
    <fieldset className="settings__group">
      <legend>{t('statute.funds')}</legend>
      <p className="settings__intro">{t('statute.fundsIntro')}</p>
      {base.funds.length === 0 && <p>{t('statute.noFunds')}</p>}
      <div className="settings__grid">
        <Field
          label={`${t('statute.nonMemberShare', { fund: nonMember.fund })} (%)`}
          hint={t('settings.legalMinimum', { percent: nonMemberMinimum, basis: nonMember.legalBasis })}
          inputMode="decimal"
          className="field--short"
          error={issueText(t, form.formState.errors.nonMemberPercent?.message, { basis: nonMember.legalBasis, minimum: nonMemberMinimum })}
          {...form.register('nonMemberPercent')}
        />
        {base.funds.map((fund, i) => (
          <Field
            key={fund.key}
            label={`${fund.name} (%)`}
            hint={t('settings.legalMinimum', { percent: formatPercent(fund.legalMinimum, i18n.language), basis: fund.legalBasis })}
            inputMode="decimal"
            className="field--short"
            error={issueText(t, errors?.[i]?.percent?.message, { basis: fund.legalBasis })}
            {...form.register(`funds.${i}.percent`)}
          />
        ))}
      </div>
    </fieldset>
  );
}
