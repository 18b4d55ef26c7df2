/** The month a run pays, chosen by name among the last two years' (the newest first). */
import { useTranslation } from 'react-i18next';
import { Select } from '../../components/Select';
import { monthsUpTo, periodName } from './month';

export function PeriodPicker({ value, onChange, until }: { value: string; onChange: (period: string) => void; until: string }) {
  const { t, i18n } = useTranslation('remuneration');
  const months = monthsUpTo(until, 24);
  const options = (months.includes(value) ? months : [value, ...months]).map((m) => ({ value: m, label: periodName(m, i18n.language) }));
  return <Select label={t('payRun.period')} className="pay-period" value={value} options={options} onChange={(e) => onChange(e.target.value)} />;
}
