/**
 * A time of day on the 24-hour clock (a convocation's '18:00' reads the same in every language), typed
 * from the keyboard like the app's DateField. Values are 'HH:MM', or null while empty or unfinished.
 */
import { Time } from '@internationalized/date';
import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { DateInput, DateSegment, FieldError, I18nProvider, Label, Text, TimeField as AriaTimeField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { fieldClass } from '../../components/field-ids';

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function parseClock(value: string | null): Time | null {
  const m = value ? CLOCK.exec(value) : null;
  return m ? new Time(Number(m[1]), Number(m[2])) : null;
}

export function clockText(time: Time): string {
  return `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;
}

interface Props {
  label: ReactNode;
  value: string | null;
  onChange: (value: string | null) => void;
  hint?: ReactNode;
  error?: string | undefined;
  required?: boolean;
}

export function TimeField({ label, value, onChange, hint, error, required }: Props) {
  const { t, i18n } = useTranslation('common');
  // The field keeps its own time, so a partly typed one stays on screen while the value is still null.
  const [time, setTime] = useState(() => parseClock(value));
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    if (value !== null) setTime(parseClock(value));
  }
  // A time segment is not a text input: Enter would not save the form on its own.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter') return;
    const form = (event.target as HTMLElement).closest('form');
    if (form) {
      event.preventDefault();
      form.requestSubmit();
    }
  };
  return (
    <I18nProvider locale={i18n.language}>
      <AriaTimeField
        className={fieldClass('field date-field', error, undefined)}
        value={time}
        onChange={(next) => {
          setTime(next);
          onChange(next ? clockText(next) : null);
        }}
        onKeyDown={onKeyDown}
        isRequired={required}
        isInvalid={Boolean(error)}
        validationBehavior="aria"
        granularity="minute"
        hourCycle={24}
        shouldForceLeadingZeros
      >
        <Label className="field__label">
          {label}
          {required && <span className="field__required"> {t('form.required')}</span>}
        </Label>
        {hint && (
          <Text slot="description" className="field__hint">
            {hint}
          </Text>
        )}
        <DateInput className="field__control date-field__input">
          {(segment) => <DateSegment segment={segment} className="date-field__segment" />}
        </DateInput>
        <FieldError className="field__error">{error}</FieldError>
      </AriaTimeField>
    </I18nProvider>
  );
}
