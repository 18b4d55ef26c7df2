/**
 * Query hooks over the contract. Every query key starts with the method name, which is how refresh.ts
 * finds what a `data.changed` event makes stale.
 */
import { QueryClient, useMutation, useQuery, type UseQueryOptions } from '@tanstack/react-query';
import type { Input, Method, Output } from '../../../shared/contract';
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
