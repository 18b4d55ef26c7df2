/**
 * Pages of 100 rows of the register, fetched as they scroll into view. The first page always loads: it
 * tells the table how many rows there are.
 */
import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import type { MemberRow } from '../../../../shared/contract/members';
import { call, type RpcFailure } from '../../api/client';
import { queryKey } from '../../api/queries';
import { listInput, type ListFilters } from './use-list-filters';

export const PAGE_SIZE = 100;

function pageQuery(filters: ListFilters, page: number) {
  const input = listInput(filters, page * PAGE_SIZE, PAGE_SIZE);
  return { queryKey: queryKey('members.list', input), queryFn: () => call('members.list', input) };
}

export function useMemberPages(filters: ListFilters, visiblePages: readonly number[]) {
  const first = useQuery<{ total: number; rows: MemberRow[] }, RpcFailure>({
    ...pageQuery(filters, 0),
    placeholderData: keepPreviousData,
  });
  const others = useQueries({
    queries: visiblePages.filter((p) => p > 0).map((page) => ({ ...pageQuery(filters, page), staleTime: 30_000 })),
  });

  const pages = new Map<number, MemberRow[]>();
  if (first.data && !first.isPlaceholderData) pages.set(0, first.data.rows);
  visiblePages
    .filter((p) => p > 0)
    .forEach((page, i) => {
      const rows = others[i]?.data?.rows;
      if (rows) pages.set(page, rows);
    });

  const rowAt = (index: number): MemberRow | undefined =>
    pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE];

  return {
    total: first.data?.total ?? 0,
    isLoading: first.isPending,
    isFetching: first.isFetching,
    error: first.error ?? others.find((q) => q.error)?.error ?? null,
    rowAt,
  };
}
