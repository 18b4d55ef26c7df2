/** From and to dates of a report, side by side; an unfinished or reversed range says so instead of loading. */
import { useTranslation } from 'react-i18next';
import { DateField } from './DateField';
import { completePeriod, type Period } from './period';
import './period-fields.css';

export function PeriodFields({ period, onChange }: { period: Period; onChange: (next: Partial<Period>) => void }) {
  const { t } = useTranslation('common');
  const reversed = period.from !== null && period.to !== null && completePeriod(period) === null && period.from > period.to;
  return (
    <div className="period-fields">
      <DateField label={t('period.from')} value={period.from} onChange={(from) => onChange({ from })} />
      <DateField label={t('period.to')} value={period.to} onChange={(to) => onChange({ to })} error={reversed ? t('period.reversed') : undefined} />
    </div>
  );
}
