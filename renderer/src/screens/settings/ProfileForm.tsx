import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useForm, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CoopProfile } from '../../../../shared/contract/coop';
import type { StatuteParameters } from '../../../../shared/domain/statute';
import { call } from '../../api/client';
import { useRpcMutation } from '../../api/queries';
import { coopQueryKey } from '../../app/use-coop';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage, failureIssues, issueText } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { Select } from '../../components/Select';
import { useToast } from '../../components/Toast';
import { CurrencyField, currencyCode, FiscalYearStartField } from '../coop/IdentityFields';
import { frameworkOptions, languageOptions } from '../coop/options';
import type { SettingsForm } from './form-types';
import { settingsSchema, statuteFromForm, toForm, type SettingsValues } from './settings-form';
import { StatuteFields } from './StatuteFields';

const identityFields = ['name', 'framework', 'currency', 'locale', 'fiscalYearStart'] as const;

/** Where a refusal's issue belongs in this form: a fund by its key, an identity field by its name. */
function fieldOf(path: string, base: StatuteParameters): Path<SettingsValues> | null {
  const fund = /^statute\.funds\.([^.]+)$/.exec(path);
  if (fund) {
    const index = base.funds.findIndex((f) => f.key === fund[1]);
    return index >= 0 ? `funds.${index}.percent` : null;
  }
  return identityFields.find((name) => name === path) ?? null;
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
  const framework = form.watch('framework');
  const frameworkName = t(`frameworks.${framework}`);
  const { errors } = form.formState;

  // Someone else saved (another window, a restore): show it, unless the person is mid-edit. Keyed on
  // updatedAt alone: only a newer saved profile should reset the form.
  useEffect(() => {
    if (form.formState.isDirty) return;
    setBase(profile.statute);
    form.reset(toForm(profile, profile.statute, i18n.language));
  }, [profile.updatedAt]);

  const submit = form.handleSubmit((values) => {
    const { name, framework: fw, currency, locale, fiscalYearStart } = values;
    update.mutate(
      { name, framework: fw, currency, locale, fiscalYearStart, statute: statuteFromForm(values, base) },
      {
        onSuccess: async (saved) => {
          await i18n.changeLanguage(saved.locale);
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

  const resetToDefaults = async () => {
    try {
      const defaults = await call('coop.statuteDefaults', { framework });
      setBase(defaults);
      form.reset(toForm(form.getValues(), defaults, i18n.language), { keepDefaultValues: true });
      setConfirmReset(false);
      notify(t('settings.resetDone', { framework: frameworkName }));
    } catch (error) {
      setResetError(error);
      setConfirmReset(false);
    }
  };

  return (
    <form className="settings__form stack" onSubmit={submit} noValidate>
      <section className="settings__section stack" aria-labelledby="settings-profile">
        <h2 id="settings-profile">{t('settings.profile')}</h2>
        <Field label={t('fields.name')} required error={issueText(t, errors.name?.message)} {...form.register('name')} />
        <Select label={t('fields.framework')} options={frameworkOptions(t)} {...form.register('framework')} />
        <CurrencyField registration={form.register('currency', { setValueAs: currencyCode })} error={errors.currency?.message} />
        <Select label={t('fields.locale')} options={languageOptions(t)} {...form.register('locale')} />
        <FiscalYearStartField control={form.control} />
      </section>
      <section className="settings__section stack" aria-labelledby="settings-statute">
        <h2 id="settings-statute">{t('settings.statute')}</h2>
        <p className="settings__intro">{t('settings.statuteIntro')}</p>
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
