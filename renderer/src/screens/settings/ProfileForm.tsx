import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Controller, useForm, useWatch, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CoopProfile } from '../../../../shared/contract/coop';
import type { LegalFramework, StatuteParameters } from '../../../../shared/domain/statute';
import { call } from '../../api/client';
import { useRpcMutation } from '../../api/queries';
import { coopQueryKey } from '../../app/use-coop';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DateField } from '../../components/DateField';
import { ErrorMessage, failureIssues, issueText } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { Select } from '../../components/Select';
import { useToast } from '../../components/Toast';
import { formatDate } from '../../i18n/format';
import { CurrencyField, FiscalYearStartField, frameworkOptions, languageOptions, LegalIdentityFields } from '../coop';
import type { SettingsForm } from './form-types';
import { settingsSchema, statuteFromForm, toForm, type SettingsValues } from './settings-form';
import { StatuteFields } from './StatuteFields';

const identityFields = ['name', 'framework', 'currency', 'locale', 'fiscalYearStart', 'taxId', 'registrationNumber', 'address', 'statuteEffectiveFrom'] as const;
const statutePaths: Record<string, Path<SettingsValues>> = {
  'statute.framework': 'framework',
  // The funds together: shown at the first one.
  'statute.funds': 'funds.0.percent',
  'statute.nonMemberResult.percent': 'nonMemberPercent',
  'statute.interestOnCapital.maxAnnualRate': 'interest.maxAnnualRate',
};

/** Where a refusal's issue belongs in this form: a fund by its key, any other field by its name. */
function fieldOf(path: string, base: StatuteParameters): Path<SettingsValues> | null {
  const fund = /^statute\.funds\.([^.]+)$/.exec(path);
  if (fund) {
    const index = base.funds.findIndex((f) => f.key === fund[1]);
    return index >= 0 ? `funds.${index}.percent` : null;
  }
  return statutePaths[path] ?? identityFields.find((name) => name === path) ?? null;
}

/** The profile and statute in one form, saved together with `coop.update`. */
export function ProfileForm({ profile }: { profile: CoopProfile }) {
  const { t, i18n } = useTranslation('coop');
  const queryClient = useQueryClient();
  const notify = useToast();
  const [base, setBase] = useState<StatuteParameters>(profile.statute);
  const [confirmReset, setConfirmReset] = useState(false);
  const [resetError, setResetError] = useState<unknown>(null);
  const form: SettingsForm = useForm({ resolver: zodResolver(settingsSchema), defaultValues: toForm(profile, profile.statute, i18n.language) });
  const update = useRpcMutation('coop.update');
  const framework = useWatch({ control: form.control, name: 'framework' });
  const frameworkName = t(`frameworks.${framework}`);
  const { errors } = form.formState;

  // Someone else saved (another window, a restore): show it, unless the person is mid-edit. Keyed on
  // updatedAt alone: only a newer saved profile should reset the form. The statute the form stands on
  // follows during render; the form's own store is reset in the effect.
  const [seenUpdate, setSeenUpdate] = useState(profile.updatedAt);
  if (seenUpdate !== profile.updatedAt && !form.formState.isDirty) {
    setSeenUpdate(profile.updatedAt);
    setBase(profile.statute);
  }
  useEffect(() => {
    if (!form.formState.isDirty) form.reset(toForm(profile, profile.statute, i18n.language));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see above: a new language or form object is no reason to reset
  }, [profile.updatedAt]);

  const submit = form.handleSubmit((values) => {
    const { name, framework: fw, currency, locale, fiscalYearStart, taxId, registrationNumber, address, statuteEffectiveFrom } = values;
    const identity = { name, framework: fw, currency, locale, fiscalYearStart, taxId, registrationNumber, address };
    update.mutate(
      { ...identity, statute: statuteFromForm(values, base), statuteEffectiveFrom },
      {
        onSuccess: (saved) => {
          // The language switch is not awaited: the saved profile shows at once, in the new words when ready.
          void i18n.changeLanguage(saved.locale);
          queryClient.setQueryData(coopQueryKey, saved);
          setBase(saved.statute);
          form.reset(toForm(saved, saved.statute, saved.locale));
          notify(i18n.t('coop:settings.saved'), 'success');
        },
        onError: (error) => {
          failureIssues(error).forEach((issue, i) => {
            const field = fieldOf(issue.path, base);
            if (field) form.setError(field, { type: 'server', message: issue.message }, { shouldFocus: i === 0 });
          });
        },
      },
    );
  });

  /** The statute fields take the defaults of `next`; the identity fields keep what is typed. */
  const loadDefaults = async (next: LegalFramework) => {
    const defaults = await call('coop.statuteDefaults', { framework: next });
    const typed = form.getValues();
    setBase(defaults);
    form.reset({ ...toForm(typed, defaults, i18n.language), statuteEffectiveFrom: typed.statuteEffectiveFrom }, { keepDefaultValues: true });
    notify(t('settings.resetDone', { framework: t(`frameworks.${next}`) }));
  };

  const resetToDefaults = async () => {
    try {
      await loadDefaults(framework);
    } catch (error) {
      setResetError(error);
    }
    setConfirmReset(false);
  };

  // A statute follows the law of one framework: choosing another brings that framework's statute.
  const frameworkField = form.register('framework', {
    onChange: (event: { target: { value: LegalFramework } }) => void loadDefaults(event.target.value).catch(setResetError),
  });

  return (
    <form className="settings__form stack" onSubmit={(event) => void submit(event)} noValidate>
      <section className="settings__section stack" aria-labelledby="settings-profile">
        <h2 id="settings-profile">{t('settings.profile')}</h2>
        <Field label={t('fields.name')} required error={issueText(t, errors.name?.message)} {...form.register('name')} />
        <Select
          label={t('fields.framework')}
          hint={t('settings.frameworkHint')}
          options={frameworkOptions(t)}
          error={issueText(t, errors.framework?.message)}
          {...frameworkField}
        />
        <CurrencyField registration={form.register('currency')} error={errors.currency?.message} minorDigits={profile.minorDigits} />
        <Select label={t('fields.locale')} options={languageOptions(t)} {...form.register('locale')} />
        <FiscalYearStartField control={form.control} />
        <LegalIdentityFields
          registrations={{ taxId: form.register('taxId'), registrationNumber: form.register('registrationNumber'), address: form.register('address') }}
          errors={{ taxId: errors.taxId?.message, registrationNumber: errors.registrationNumber?.message, address: errors.address?.message }}
        />
      </section>
      <section className="settings__section stack" aria-labelledby="settings-statute">
        <h2 id="settings-statute">{t('settings.statute')}</h2>
        <p className="settings__intro">{t('settings.statuteIntro')}</p>
        <p className="settings__basis">
          {t('settings.inForceSince', { date: formatDate(profile.statuteEffectiveFrom, i18n.language, { dateStyle: 'long' }) })}
        </p>
        <Controller
          control={form.control}
          name="statuteEffectiveFrom"
          render={({ field, fieldState }) => (
            <DateField
              label={t('settings.effectiveFrom')}
              hint={t('settings.effectiveFromHint')}
              className="field--short"
              value={field.value}
              onChange={(value) => field.onChange(value ?? '')}
              onBlur={field.onBlur}
              ref={field.ref}
              error={issueText(t, fieldState.error?.message)}
            />
          )}
        />
        <div>
          <Button onClick={() => setConfirmReset(true)}>{t('settings.reset', { framework: frameworkName })}</Button>
        </div>
        <ErrorMessage error={resetError} />
        <StatuteFields form={form} base={base} />
      </section>
      <ErrorMessage error={update.error} />
      <div className="settings__actions cluster">
        <Button type="submit" variant="primary" busy={update.isPending}>
          {update.isPending ? t('common:actions.saving') : t('settings.save')}
        </Button>
      </div>
      <ConfirmDialog
        open={confirmReset}
        title={t('settings.resetTitle')}
        confirmLabel={t('settings.resetConfirm')}
        onConfirm={() => void resetToDefaults()}
        onCancel={() => setConfirmReset(false)}
      >
        <p>{t('settings.resetBody', { framework: frameworkName })}</p>
      </ConfirmDialog>
    </form>
  );
}
