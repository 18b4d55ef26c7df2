/** The coop identity fields that first run and settings share, so both ask and check them the same way. */
import { Controller, type Control, type FieldValues, type Path, type UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { currencyCodes, minorDigitsOf } from '../../../../shared/domain/currency';
import { issueText } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { Select } from '../../components/Select';
import { MonthDaySelect } from './MonthDaySelect';

/** "ARS (peso argentino)": the code the books use and the name in the reader's language. */
function currencyLabel(code: string, locale: string): string {
  const name = new Intl.DisplayNames([locale], { type: 'currency', fallback: 'none' }).of(code);
  return name ? `${code} (${name})` : code;
}

/**
 * The currency, from the offered list (each with its ISO 4217 minor digits). With `minorDigits`, only the
 * currencies counted in the same digits are offered: stored amounts are integers of those minor units.
 */
export function CurrencyField({
  registration,
  error,
  minorDigits,
}: {
  registration: UseFormRegisterReturn;
  error: string | undefined;
  minorDigits?: number;
}) {
  const { t, i18n } = useTranslation('coop');
  const offered = minorDigits === undefined ? currencyCodes : currencyCodes.filter((code) => minorDigitsOf(code) === minorDigits);
  return (
    <Select
      label={t('fields.currency')}
      hint={minorDigits === undefined ? t('fields.currencyHint') : t('fields.currencyFixedDigits')}
      options={offered.map((code) => ({ value: code, label: currencyLabel(code, i18n.language) }))}
      error={issueText(t, error)}
      {...registration}
    />
  );
}

interface LegalIdentityProps {
  registrations: Record<'taxId' | 'registrationNumber' | 'address', UseFormRegisterReturn>;
  errors: Partial<Record<'taxId' | 'registrationNumber' | 'address', string | undefined>>;
}

/** Tax id, registration number and address: what heads every page of the printed legal books. */
export function LegalIdentityFields({ registrations, errors }: LegalIdentityProps) {
  const { t } = useTranslation('coop');
  return (
    <fieldset className="legal-identity">
      <legend>{t('fields.legalIdentity')}</legend>
      <p className="field__hint">{t('fields.legalIdentityHint')}</p>
      <Field label={t('fields.taxId')} hint={t('fields.taxIdHint')} autoComplete="off" error={issueText(t, errors.taxId)} {...registrations.taxId} />
      <Field
        label={t('fields.registrationNumber')}
        hint={t('fields.registrationNumberHint')}
        autoComplete="off"
        error={issueText(t, errors.registrationNumber)}
        {...registrations.registrationNumber}
      />
      <Field label={t('fields.address')} autoComplete="street-address" error={issueText(t, errors.address)} {...registrations.address} />
    </fieldset>
  );
}

/** The fiscal-year start as month and day selects, bound to the form's `fiscalYearStart`. */
export function FiscalYearStartField<T extends FieldValues & { fiscalYearStart: string }>({ control }: { control: Control<T> }) {
  const { t } = useTranslation('coop');
  return (
    <Controller
      control={control}
      name={'fiscalYearStart' as Path<T>}
      render={({ field, fieldState }) => (
        <MonthDaySelect
          legend={t('fields.fiscalYearStart')}
          name="fiscalYearStart"
          value={field.value}
          onChange={field.onChange}
          error={issueText(t, fieldState.error?.message)}
        />
      )}
    />
  );
}
