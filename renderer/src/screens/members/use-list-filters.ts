/**
 * The list's search, filters and sort live in the URL, so going back from a member's page returns to
 * the same view of the register.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { memberSortFields, type ListMembersInput } from '../../../../shared/contract/members';
import { memberStatuses, type MemberStatus } from '../../../../shared/domain/members';

export type SortField = (typeof memberSortFields)[number];
export type SortDirection = 'asc' | 'desc';

export interface ListFilters {
  search: string;
  statuses: MemberStatus[];
  category: string | null;
  sort: SortField;
  direction: SortDirection;
}

const isStatus = (s: string): s is MemberStatus => (memberStatuses as readonly string[]).includes(s);
const isSortField = (s: string | null): s is SortField => s !== null && (memberSortFields as readonly string[]).includes(s);

/**
 * The register's view as last left, for the links back to it ("Back to the register" from a member's
 * page): held for the session in memory, like the browser's own history.
 */
let remembered = '';
export const lastListSearch = (): string => (remembered === '' ? '' : `?${remembered}`);

export function useListFilters() {
  const [params, setParams] = useSearchParams();
  // Also when the register is opened from a link that carries a view (Back, a bookmark).
  useEffect(() => {
    remembered = params.toString();
  }, [params]);

  const fromUrl = useMemo<ListFilters>(() => {
    const sort = params.get('sort');
    return {
      search: params.get('q') ?? '',
      statuses: params.getAll('status').filter(isStatus),
      category: params.get('category') || null,
      sort: isSortField(sort) ? sort : 'memberNumber',
      direction: params.get('dir') === 'desc' ? 'desc' : 'asc',
    };
  }, [params]);

  // The router applies URL changes in a transition; a controlled checkbox bound to the URL alone would
  // snap back until it lands. The screen shows this copy at once and the URL follows (Back restores it).
  const [filters, setFilters] = useState(fromUrl);
  // When the URL moves on its own (Back, a link), the copy follows: adjusted during render, not in an effect.
  const [seenUrl, setSeenUrl] = useState(fromUrl);
  if (seenUrl !== fromUrl) {
    setSeenUrl(fromUrl);
    setFilters(fromUrl);
  }

  const update = useCallback(
    (change: Partial<ListFilters>) => {
      const next = { ...filters, ...change };
      setFilters(next);
      const out = new URLSearchParams();
      if (next.search !== '') out.set('q', next.search);
      next.statuses.forEach((s) => out.append('status', s));
      if (next.category !== null) out.set('category', next.category);
      if (next.sort !== 'memberNumber') out.set('sort', next.sort);
      if (next.direction !== 'asc') out.set('dir', next.direction);
      setParams(out, { replace: true });
      remembered = out.toString();
    },
    [filters, setParams],
  );

  return { filters, update };
}

export const isFiltered = (f: ListFilters) => f.search.trim() !== '' || f.statuses.length > 0 || f.category !== null;

export function listInput(f: ListFilters, offset: number, limit: number): ListMembersInput {
  return { search: f.search, statuses: f.statuses, category: f.category, sort: f.sort, direction: f.direction, offset, limit };
}
