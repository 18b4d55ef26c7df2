import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldClass, useFieldIds } from './field-ids';

export interface FieldProps extends InputHTMLAttributes<HTMLInputElement> {
  label: ReactNode;
  hint?: ReactNode;
  /** Already translated; see `issueText` for messages that are i18n keys. */
  error?: string | undefined;
  ref?: Ref<HTMLInputElement>;
}

/** Label, input, hint and error, tied together for assistive technology. Spread react-hook-form's `register` into it. */
export function Field({ label, hint, error, id, className, required, ref, ...input }: FieldProps) {
  const { t } = useTranslation('common');
  const ids = useFieldIds(id, hint, error);
  return (
    <div className={fieldClass('field', error, className)}>
      <label className="field__label" htmlFor={ids.controlId}>
        {label}
        {required && <span className="field__required"> {t('form.required')}</span>}
      </label>
      {hint && (
        <p className="field__hint" id={ids.hintId}>
          {hint}
        </p>
      )}
      <input
        ref={ref}
        id={ids.controlId}
        className="field__control"
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        aria-required={required || undefined}
        {...input}
      />
      {error && (
        <p className="field__error" id={ids.errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
