import type { ReactNode, Ref, SelectHTMLAttributes } from 'react';
import { fieldClass, useFieldIds } from './field-ids';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectProps extends SelectHTMLAttributes<HTMLSelectElement> {
  label: ReactNode;
  options: readonly SelectOption[];
  hint?: ReactNode;
  error?: string | undefined;
  ref?: Ref<HTMLSelectElement>;
}

export function Select({ label, options, hint, error, id, className, ref, ...select }: SelectProps) {
  const ids = useFieldIds(id, hint, error);
  return (
    <div className={fieldClass('field', error, className)}>
      <label className="field__label" htmlFor={ids.controlId}>
        {label}
      </label>
      {hint && (
        <p className="field__hint" id={ids.hintId}>
          {hint}
        </p>
      )}
      <select
        ref={ref}
        id={ids.controlId}
        className="field__control"
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        {...select}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {error && (
        <p className="field__error" id={ids.errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
