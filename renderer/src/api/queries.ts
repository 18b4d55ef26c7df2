/**
 * Query hooks over the contract. Every query key starts with the method name; a `data.changed` event
 * invalidates the queries whose method reads one of the changed tables.
 */
import { QueryClient, useMutation, useQuery, type UseQueryOptions } from '@tanstack/react-query';
import type { Input, Method, Output, Table } from '../../../shared/contract';
import { bridge } from './bridge';
import { call, type RpcFailure } from './client';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, staleTime: 30_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}

export const queryKey = <M extends Method>(method: M, input: Input<M>) => [method, input] as const;

export function useRpcQuery<M extends Method>(
  method: M,
  input: Input<M>,
  options: Omit<UseQueryOptions<Output<M>, RpcFailure>, 'queryKey' | 'queryFn'> = {},
) {
  return useQuery<Output<M>, RpcFailure>({
    queryKey: queryKey(method, input),
    queryFn: () => call(method, input),
    ...options,
  });
}

export function useRpcMutation<M extends Method>(method: M) {
  return useMutation<Output<M>, RpcFailure, Input<M>>({ mutationFn: (input) => call(method, input) });
}

/** Which tables each domain's reads depend on (a method's domain is the part before the dot). */
const readsOf: Record<string, readonly Table[]> = {
  coop: ['coop'],
  members: ['members', 'audit'],
  backups: ['backups'],
};

/** Subscribes the cache to `data.changed`; returns the unsubscribe function. */
export function invalidateOnDataChanged(client: QueryClient): () => void {
  return bridge().on('data.changed', ({ tables }) => {
    void client.invalidateQueries({
      predicate: (query) => {
        const method = String(query.queryKey[0]);
        const reads = readsOf[method.split('.')[0] ?? ''] ?? [];
        return reads.some((table) => tables.includes(table));
      },
    });
  });
}
