import { getDaysInMonth } from 'date-fns';
import { useTranslation } from 'react-i18next';
import { monthName } from '../../i18n/format';
import { Select } from '../../components/Select';

interface MonthDaySelectProps {
  legend: string;
  /** 'MM-DD' */
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  name?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
/** A non-leap year: a fiscal year cannot start on 29 February. */
const daysIn = (month: number) => getDaysInMonth(new Date(2023, month - 1, 1));

/** A month and a day as two selects, kept valid together: 'MM-DD'. */
export function MonthDaySelect({ legend, value, onChange, error, name = 'monthDay' }: MonthDaySelectProps) {
  const { t, i18n } = useTranslation('coop');
  const [m, d] = value.split('-').map(Number);
  const month = m && m >= 1 && m <= 12 ? m : 1;
  const day = d && d >= 1 ? Math.min(d, daysIn(month)) : 1;
  const months = Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: monthName(i + 1, i18n.language) }));
  const days = Array.from({ length: daysIn(month) }, (_, i) => ({ value: String(i + 1), label: String(i + 1) }));

  return (
    <fieldset className="month-day">
      <legend className="field__label">{legend}</legend>
      <div className="month-day__controls">
        <Select
          label={t('fields.month')}
          name={`${name}-month`}
          options={months}
          value={String(month)}
          onChange={(event) => {
            const next = Number(event.target.value);
            onChange(`${pad(next)}-${pad(Math.min(day, daysIn(next)))}`);
          }}
        />
        <Select
          label={t('fields.day')}
          name={`${name}-day`}
          options={days}
          value={String(day)}
          onChange={(event) => onChange(`${pad(month)}-${pad(Number(event.target.value))}`)}
        />
      </div>
      {error && <p className="field__error">{error}</p>}
    </fieldset>
  );
}
