/** The fiscal year a budget screen shows: the year before and after in one step, or any year typed. */
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';

export function YearPicker({ year, onChange }: { year: number; onChange: (year: number) => void }) {
  const { t } = useTranslation('budgets');
  return (
    <div className="budget-year" role="group" aria-label={t('budget.year.label')}>
      <Button variant="ghost" onClick={() => onChange(year - 1)} aria-label={t('budget.year.previous', { year: year - 1 })}>
        ‹ {year - 1}
      </Button>
      <strong className="budget-year__current" aria-live="polite">
        {t('budget.year.current', { year })}
      </strong>
      <Button variant="ghost" onClick={() => onChange(year + 1)} aria-label={t('budget.year.next', { year: year + 1 })}>
        {year + 1} ›
      </Button>
    </div>
  );
}
