/**
 * The renderer refreshes what a write made stale, from the contract's own `reads`/`writes` (architecture.md:
 * "the renderer invalidates exactly the queries whose reads meet them"), with no hand-written map.
 */
import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { contract, topics, type Bridge, type Events, type Method } from '../../shared/contract';
import { setBridge } from '../../renderer/src/api/bridge';
import { invalidateOnDataChanged, readsAnyOf } from '../../renderer/src/api/refresh';

const methods = Object.keys(contract) as Method[];
const writesOf = (method: Method) => (contract[method] as { writes?: readonly string[] }).writes ?? [];

/** A bridge whose `data.changed` the test fires by hand. */
function eventBridge() {
  const listeners = new Set<(payload: Events['data.changed']) => void>();
  const bridge: Bridge = {
    call: () => Promise.reject(new Error('no calls in this test')),
    on: (event, listener) => {
      // Only data.changed refreshes the cache; task.progress (import progress) never reaches it.
      if (event !== 'data.changed') return () => undefined;
      const forward = listener as (payload: Events['data.changed']) => void;
      listeners.add(forward);
      return () => listeners.delete(forward);
    },
  };
  return { bridge, emit: (payload: Events['data.changed']) => listeners.forEach((listener) => listener(payload)) };
}

function cacheWith(...keys: (readonly unknown[])[]): QueryClient {
  const client = new QueryClient();
  for (const key of keys) client.setQueryData(key, 'cached');
  return client;
}
const stale = (client: QueryClient) =>
  client
    .getQueryCache()
    .getAll()
    .filter((query) => query.state.isInvalidated)
    .map((query) => query.queryKey[0]);

afterEach(() => setBridge(eventBridge().bridge));

describe('refresh after data.changed', () => {
  it('every method declares what it reads, with known topics', () => {
    for (const method of methods) {
      expect(Array.isArray(contract[method].reads), method).toBe(true);
      for (const topic of [...contract[method].reads, ...writesOf(method)]) expect(topics, method).toContain(topic);
    }
  });

  it('creating a member refreshes the register and its audit trail, not the profile or the backups list', () => {
    const changed = [...writesOf('members.create')] as Events['data.changed']['topics'];
    expect(readsAnyOf(['members.list', {}], changed)).toBe(true);
    expect(readsAnyOf(['members.categories', {}], changed)).toBe(true);
    expect(readsAnyOf(['members.auditTrail', { id: 1 }], changed)).toBe(true);
    expect(readsAnyOf(['coop.get', {}], changed)).toBe(false);
    expect(readsAnyOf(['backups.list', {}], changed)).toBe(false);
  });

  it('a restore refreshes every cached answer that reads anything: the whole file changed', () => {
    const changed = [...writesOf('backups.restore')] as Events['data.changed']['topics'];
    for (const method of methods.filter((m) => contract[m].reads.length > 0)) {
      expect(readsAnyOf([method, {}], changed), method).toBe(true);
    }
  });

  it('the framework defaults, which read nothing stored, are never refetched', () => {
    expect(readsAnyOf(['coop.statuteDefaults', { framework: 'AR' }], ['coop', 'members', 'audit', 'backups'])).toBe(false);
  });

  it('a key that is not a contract method is refreshed rather than left stale', () => {
    expect(readsAnyOf(['something-else'], ['backups'])).toBe(true);
  });

  it('invalidates exactly the cached queries the event names, and stops after unsubscribing', () => {
    const { bridge, emit } = eventBridge();
    setBridge(bridge);
    const client = cacheWith(['coop.get', {}], ['members.list', { search: '' }], ['members.get', { id: 4 }], ['backups.list', {}]);
    const unsubscribe = invalidateOnDataChanged(client);

    emit({ topics: ['coop'] });
    expect(stale(client)).toEqual(['coop.get']);

    emit({ topics: ['members', 'audit'] });
    expect(stale(client).sort()).toEqual(['coop.get', 'members.get', 'members.list']);

    unsubscribe();
    emit({ topics: ['backups'] });
    expect(stale(client)).not.toContain('backups.list');
  });
});
