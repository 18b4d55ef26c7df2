import { useTranslation } from 'react-i18next';
import type { ListFilters, SortField } from '../screens/members/use-list-filters';

interface Props {
  field: SortField;
  label: string;
  filters: ListFilters;
  onSort: (field: SortField) => void;
}

/** A column header that sorts the register; aria-sort tells a screen reader which way. */
export function SortHeader({ field, label, filters, onSort }: Props) {
  const { t } = useTranslation('members');
  const active = filters.sort === field;
  const sort = active ? (filters.direction === 'asc' ? 'ascending' : 'descending') : 'none';
  return (
    <div role="columnheader" aria-sort={sort} className="members-grid__cell">
      <button
        type="button"
        className="members-grid__sort"
        onClick={() => onSort(field)}
        title={t('list.sortBy', { column: label })}
      >
        {label}
        <span aria-hidden="true" className="members-grid__sort-mark">
          {active ? (filters.direction === 'asc' ? '▲' : '▼') : ''}
        </span>
      </button>
    </div>
  );
}
