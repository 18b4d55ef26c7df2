import { useTranslation } from 'react-i18next';
import './SortHeader.css';

export interface SortOrder<F extends string> {
  sort: F;
  direction: 'asc' | 'desc';
}

interface Props<F extends string> {
  field: F;
  label: string;
  order: SortOrder<F>;
  onSort: (field: F) => void;
  /** The grid's own cell class, so the header lines up with its cells. */
  className?: string;
}

/** A column header of a grid that sorts by it; aria-sort tells a screen reader which way. */
export function SortHeader<F extends string>({ field, label, order, onSort, className }: Props<F>) {
  const { t } = useTranslation('common');
  const active = order.sort === field;
  const sort = active ? (order.direction === 'asc' ? 'ascending' : 'descending') : 'none';
  return (
    <div role="columnheader" aria-sort={sort} className={className}>
      <button type="button" className="sort-header" onClick={() => onSort(field)} title={t('table.sortBy', { column: label })}>
        {label}
        <span aria-hidden="true" className="sort-header__mark">
          {active ? (order.direction === 'asc' ? '▲' : '▼') : ''}
        </span>
      </button>
    </div>
  );
}
