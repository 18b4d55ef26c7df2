/** A whole number of votes, typed; anything else is said at the field rather than sent. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export const COUNT = /^\d{1,7}$/;

export function readCount(text: string): number | null {
  return COUNT.test(text.trim()) ? Number(text.trim()) : null;
}

interface Props {
  label: string;
  value: string;
  onChange: (text: string) => void;
  disabled?: boolean;
  autoFocus?: boolean;
}

export function CountField({ label, value, onChange, disabled, autoFocus }: Props) {
  const { t } = useTranslation('assemblies');
  const id = useId();
  const invalid = value.trim() !== '' && readCount(value) === null;
  return (
    <div className={`field assemblies-count${invalid ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="field__control"
        inputMode="numeric"
        autoComplete="off"
        value={value}
        disabled={disabled}
        // The first count of a vote just opened is where the secretary starts typing.
        autoFocus={autoFocus}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-error` : undefined}
        onFocus={(e) => e.target.select()}
        onChange={(e) => onChange(e.target.value)}
      />
      {invalid && (
        <p className="field__error" id={`${id}-error`}>
          {t('vote.countInvalid')}
        </p>
      )}
    </div>
  );
}
