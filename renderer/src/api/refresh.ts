/**
 * Keeps cached answers fresh: every query key starts with its contract method, and the contract says which
 * topics each method reads. When main announces `data.changed { topics }`, exactly the cached answers whose
 * method reads one of those topics are refetched; nothing here lists methods or topics by hand.
 */
import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { contract, type Method, type Topic } from '../../../shared/contract';
import { bridge } from './bridge';

const isMethod = (name: unknown): name is Method => typeof name === 'string' && Object.hasOwn(contract, name);

/** Whether the answer cached under `queryKey` depends on one of the changed topics. */
export function readsAnyOf(queryKey: QueryKey, changed: readonly Topic[]): boolean {
  const method = queryKey[0];
  // A key that is not a method cannot be reasoned about: refreshing it is never wrong, keeping it may be.
  if (!isMethod(method)) return true;
  const reads: readonly Topic[] = contract[method].reads;
  return reads.some((topic) => changed.includes(topic));
}

/** Subscribes the cache to `data.changed`; returns the unsubscribe function. */
export function invalidateOnDataChanged(client: QueryClient): () => void {
  return bridge().on('data.changed', ({ topics }) => {
    void client.invalidateQueries({ predicate: (query) => readsAnyOf(query.queryKey, topics) });
  });
}
