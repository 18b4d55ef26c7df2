/** The coop identity fields that first run and settings share, so both ask and check them the same way. */
import { Controller, type Control, type FieldValues, type Path, type UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { issueText } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { MonthDaySelect } from './MonthDaySelect';

/** What a currency field stores: the ISO code as typed, trimmed and upper-cased. */
export const currencyCode = (value: string) => value.trim().toUpperCase();

export function CurrencyField({ registration, error }: { registration: UseFormRegisterReturn; error: string | undefined }) {
  const { t } = useTranslation('coop');
  return (
    <Field
      label={t('fields.currency')}
      hint={t('fields.currencyHint')}
      className="field--short"
      autoCapitalize="characters"
      maxLength={3}
      required
      error={issueText(t, error)}
      {...registration}
    />
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
