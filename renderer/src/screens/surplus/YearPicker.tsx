/** The fiscal year every surplus screen works on. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';

export function YearPicker({ year, onChange }: { year: number; onChange: (year: number) => void }) {
  const { t } = useTranslation('surplus');
  const [text, setText] = useState(String(year));
  return (
    <div className="surplus-year-picker">
      <Field
        label={t('year.pick')}
        inputMode="numeric"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          const next = Number(event.target.value);
          if (/^\d{4}$/.test(event.target.value) && next >= 1900 && next <= 2100) onChange(next);
        }}
      />
    </div>
  );
}
