/** The period a run pays, chosen by name among the recent ones (the newest first): months, or weeks for a weekly payroll. */
import { useTranslation } from 'react-i18next';
import { Select } from '../../components/Select';
import { monthsUpTo, periodName, weeksUpTo } from './month';

export function PeriodPicker({ value, onChange, today, weekly }: { value: string; onChange: (period: string) => void; today: string; weekly: boolean }) {
  const { t, i18n } = useTranslation('remuneration');
  const periods = weekly ? weeksUpTo(today, 26) : monthsUpTo(today.slice(0, 7), 24);
  const options = (periods.includes(value) ? periods : [value, ...periods]).map((p) => ({ value: p, label: periodName(p, i18n.language) }));
  return <Select label={t('payRun.period')} className="pay-period" value={value} options={options} onChange={(e) => onChange(e.target.value)} />;
}
