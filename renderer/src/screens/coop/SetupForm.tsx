import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { coopIdentity, type CoopProfile, type Locale } from '../../../../shared/contract/coop';
import type { LegalFramework } from '../../../../shared/domain/statute';
import { useRpcMutation } from '../../api/queries';
import { Button } from '../../components/Button';
import { ErrorMessage, failureIssues, issueText } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { Select } from '../../components/Select';
import { CurrencyField, FiscalYearStartField, LegalIdentityFields } from './IdentityFields';
import { currencyAfterFrameworkChange, defaultCurrency, frameworkForLocale, frameworkOptions, isLocale, languageOptions } from './options';

type Values = z.input<typeof coopIdentity>;
const identityFields = ['name', 'framework', 'currency', 'locale', 'fiscalYearStart', 'taxId', 'registrationNumber', 'address'] as const;

interface SetupFormProps {
  onDone: (profile: CoopProfile) => void;
  onBack: () => void;
}

/** First-run setup: who the cooperative is; the statute defaults follow from the framework. */
export function SetupForm({ onDone, onBack }: SetupFormProps) {
  const { t, i18n } = useTranslation('coop');
  const locale: Locale = isLocale(i18n.language) ? i18n.language : 'es';
  const framework = frameworkForLocale[locale];
  const form = useForm<Values, unknown, z.output<typeof coopIdentity>>({
    resolver: zodResolver(coopIdentity),
    defaultValues: {
      name: '',
      framework,
      currency: defaultCurrency[framework] ?? 'USD',
      locale,
      fiscalYearStart: '01-01',
      taxId: '',
      registrationNumber: '',
      address: '',
    },
  });
  const setup = useRpcMutation('coop.setup');
  const { errors } = form.formState;

  const submit = form.handleSubmit((values) => {
    setup.mutate(values, {
      onSuccess: onDone,
      onError: (error) => {
        for (const issue of failureIssues(error)) {
          const field = identityFields.find((name) => name === issue.path);
          if (field) form.setError(field, { type: 'server', message: issue.message });
        }
      },
    });
  });

  const frameworkField = form.register('framework', {
    onChange: (event: { target: { value: LegalFramework } }) =>
      form.setValue('currency', currencyAfterFrameworkChange(form.getValues('currency'), event.target.value)),
  });
  const localeField = form.register('locale', {
    // The form re-renders in the chosen language at once.
    onChange: (event: { target: { value: string } }) => void i18n.changeLanguage(event.target.value),
  });

  return (
    <form className="setup-form stack" onSubmit={(event) => void submit(event)} noValidate>
      <Field label={t('fields.name')} autoComplete="organization" required error={issueText(t, errors.name?.message)} {...form.register('name')} />
      <Select label={t('fields.locale')} options={languageOptions(t)} {...localeField} />
      <Select
        label={t('fields.framework')}
        hint={t('fields.frameworkHint')}
        options={frameworkOptions(t)}
        error={issueText(t, errors.framework?.message)}
        {...frameworkField}
      />
      <CurrencyField registration={form.register('currency')} error={errors.currency?.message} />
      <FiscalYearStartField control={form.control} />
      <LegalIdentityFields
        registrations={{ taxId: form.register('taxId'), registrationNumber: form.register('registrationNumber'), address: form.register('address') }}
        errors={{ taxId: errors.taxId?.message, registrationNumber: errors.registrationNumber?.message, address: errors.address?.message }}
      />
      <ErrorMessage error={setup.error} />
      <div className="cluster">
        <Button onClick={onBack}>{t('common:actions.back')}</Button>
        <Button type="submit" variant="primary" busy={setup.isPending}>
          {setup.isPending ? t('firstRun.submitting') : t('firstRun.submit')}
        </Button>
      </div>
    </form>
  );
}
