/** /members: the register — search, filters, the virtualised table and the register's actions. */
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSearchShortcut } from '../../app/shortcuts';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { formatNumber } from '../../i18n/format';
import { MembersActions } from './MembersActions';
import { MembersFilters } from './MembersFilters';
import { MembersTable } from './MembersTable';
import { isFiltered, useListFilters, type SortField } from './use-list-filters';
import { useMemberPages } from './use-member-pages';

export function MembersListScreen() {
  const { t, i18n } = useTranslation('members');
  const navigate = useNavigate();
  const searchRef = useRef<HTMLInputElement>(null);
  const { filters, update } = useListFilters();
  const [visiblePages, setVisiblePages] = useState<number[]>([0]);
  const pages = useMemberPages(filters, visiblePages);
  useSearchShortcut(searchRef);

  const onVisiblePages = useCallback(
    (next: number[]) => setVisiblePages((current) => (current.join() === next.join() ? current : next)),
    [],
  );
  const onSort = (field: SortField) =>
    update({ sort: field, direction: filters.sort === field && filters.direction === 'asc' ? 'desc' : 'asc' });
  const onOpen = useCallback((id: number) => void navigate(`/members/${id}`), [navigate]);
  const clear = () => update({ search: '', statuses: [], category: null });

  const filtered = isFiltered(filters);
  const empty = !pages.isLoading && pages.total === 0;

  return (
    <section className="members-screen members-list">
      <PageHeader title={t('list.title')} actions={<MembersActions />} />
      <MembersFilters filters={filters} onChange={update} searchRef={searchRef}>
        <p className="members-list__count" role="status">
          {pages.isLoading
            ? t('loading')
            : t(filtered ? 'list.countFiltered' : 'list.count', { count: pages.total, total: formatNumber(pages.total, i18n.language) })}
        </p>
      </MembersFilters>
      <ErrorMessage error={pages.error} />
      {empty && !filtered && (
        <EmptyState
          title={t('list.emptyTitle')}
          action={
            <>
              <Button variant="primary" onClick={() => void navigate('/members/new')}>
                {t('list.new')}
              </Button>
              <Button onClick={() => void navigate('/members/import')}>{t('list.import')}</Button>
            </>
          }
        />
      )}
      {empty && filtered && (
        <EmptyState title={t('list.noResultsTitle')} action={<Button onClick={clear}>{t('list.clearFilters')}</Button>}>
          <p>{t('list.noResults')}</p>
        </EmptyState>
      )}
      {!empty && !pages.isLoading && (
        <MembersTable
          total={pages.total}
          rowAt={pages.rowAt}
          busy={pages.isFetching}
          filters={filters}
          onSort={onSort}
          onOpen={onOpen}
          onVisiblePages={onVisiblePages}
        />
      )}
    </section>
  );
}
