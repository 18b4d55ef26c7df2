/**
 * Why the week was not saved, cell by cell: each line names the member and the day and takes the focus
 * to that cell, so a long grid is fixed without hunting for red.
 */
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format';
import type { CellError } from './use-week-edits';

export function GridErrors({ errors, onJump }: { errors: readonly CellError[]; onJump: (key: string) => void }) {
  const { t, i18n } = useTranslation('attendance');
  if (errors.length === 0) return null;
  return (
    <section className="grid-errors" aria-labelledby="attendance-grid-errors" role="alert">
      <h2 id="attendance-grid-errors" className="grid-errors__title">
        {t('grid.errorsTitle', { count: errors.length })}
      </h2>
      <ul className="grid-errors__list">
        {errors.map((error) => (
          <li key={`${error.key}-${error.message}`}>
            <button type="button" className="grid-errors__jump" onClick={() => onJump(error.key)}>
              {t('grid.errorAt', { name: error.name, date: formatDate(error.date, i18n.language, { weekday: 'long', day: 'numeric', month: 'long' }) })}
            </button>{' '}
            {error.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
