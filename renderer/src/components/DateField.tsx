/**
 * The one date field of the app: day, month and year segments in the order of the cooperative's language
 * (dd/mm/yyyy in es and pt-BR), whatever language the operating system or browser speaks; the native date
 * input followed the OS and read 01022024 as 2 January in a Spanish screen. Values are 'YYYY-MM-DD'.
 */
import { parseDate, type CalendarDate } from '@internationalized/date';
import { useContext, useEffect, useImperativeHandle, useRef, useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import {
  DateField as AriaDateField,
  DateFieldStateContext,
  DateInput,
  DateSegment,
  FieldError,
  I18nProvider,
  Label,
  Text,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { isIsoDate } from '../../../shared/domain/dates';
import { fieldClass } from './field-ids';

export interface DateFieldProps {
  label: ReactNode;
  /**
   * 'YYYY-MM-DD', or null when empty. While a date is only partly typed the value is the text shown
   * ("12/mm/aaaa"), which no date schema accepts: an unfinished date is refused, never dropped.
   */
  value: string | null;
  onChange: (value: string | null) => void;
  onBlur?: () => void;
  hint?: ReactNode;
  /** Already translated. */
  error?: string | undefined;
  required?: boolean;
  className?: string;
  /** Focuses the first segment (react-hook-form's setFocus, the error summary's links). */
  ref?: Ref<{ focus: () => void }>;
}

/**
 * The date the field shows for `value`. While a year is being typed the field reports years such as 0002
 * and 0020, which are no 'YYYY-MM-DD' the app accepts: the field keeps showing them as typed.
 */
function toCalendarDate(value: string | null, previous: CalendarDate | null): CalendarDate | null {
  if (value === null || value === '') return null;
  if (previous?.toString() === value) return previous;
  return isIsoDate(value) ? parseDate(value) : previous;
}

/** Reports the text of a partly typed date, or null when the field is empty or complete. */
function UnfinishedEntry({ onUnfinished }: { onUnfinished: (text: string | null) => void }) {
  const state = useContext(DateFieldStateContext);
  const editable = state?.segments.filter((s) => s.isEditable) ?? [];
  const filled = editable.filter((s) => !s.isPlaceholder).length;
  const text = filled > 0 && filled < editable.length ? (state?.segments.map((s) => s.text).join('') ?? null) : null;
  useEffect(() => onUnfinished(text), [text, onUnfinished]);
  return null;
}

export function DateField({ label, value, onChange, onBlur, hint, error, required, className, ref }: DateFieldProps) {
  const { t, i18n } = useTranslation('common');
  const group = useRef<HTMLDivElement>(null);
  // A partly typed value is not a date: the field keeps the last real one, so what is typed stays on screen.
  const [date, setDate] = useState(() => toCalendarDate(value, null));
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    setDate(toCalendarDate(value, date));
  }
  const unfinished = useRef<string | null>(null);

  useImperativeHandle(ref, () => ({
    focus: () => group.current?.querySelector<HTMLElement>('[role="spinbutton"]')?.focus(),
  }));

  const onUnfinished = (text: string | null) => {
    const was = unfinished.current;
    unfinished.current = text;
    if (text !== null && text !== was) onChange(text);
    // Finished again with the same date as before: the field does not report it, so it is sent here.
    else if (text === null && was !== null) onChange(date?.toString() ?? null);
  };

  // A date segment is not a text input, so a form's Enter-to-save would not reach it on its own.
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
      <AriaDateField<CalendarDate>
        className={fieldClass('field date-field', error, className)}
        value={date}
        onChange={(next) => {
          setDate(next);
          onChange(next ? next.toString() : null);
        }}
        onBlur={onBlur}
        onKeyDown={onKeyDown}
        isRequired={required}
        isInvalid={Boolean(error)}
        validationBehavior="aria"
        granularity="day"
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
        <DateInput ref={group} className="field__control date-field__input">
          {(segment) => <DateSegment segment={segment} className="date-field__segment" />}
        </DateInput>
        <FieldError className="field__error">{error}</FieldError>
        <UnfinishedEntry onUnfinished={onUnfinished} />
      </AriaDateField>
    </I18nProvider>
  );
}
