/**
 * The browser's stand-in for the Electron preload: the same `{ call, on }` over the loopback test host
 * (POST /rpc/:method and server-sent events on /events). The UI under test is the UI that ships.
 */
import { eventNames, type Bridge, type EventName, type Events } from '../../../shared/contract';

export function createHttpBridge(origin: string): Bridge {
  const listeners = new Map<EventName, Set<(payload: never) => void>>();
  let source: EventSource | null = null;

  function ensureSource() {
    if (source) return;
    source = new EventSource(`${origin}/events`);
    for (const name of eventNames) {
      source.addEventListener(name, (event) => {
        const payload = JSON.parse((event as MessageEvent<string>).data) as Events[typeof name];
        listeners.get(name)?.forEach((listener) => (listener as (p: typeof payload) => void)(payload));
      });
    }
  }

  return {
    async call(method, input) {
      try {
        const response = await fetch(`${origin}/rpc/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(input ?? {}),
        });
        return await response.json();
      } catch {
        return { ok: false, error: { code: 'INTERNAL', message: 'Minga’s local service did not answer.', key: 'errors.UNREACHABLE' } };
      }
    },
    on(event, listener) {
      ensureSource();
      const set = listeners.get(event) ?? new Set();
      set.add(listener as (payload: never) => void);
      listeners.set(event, set);
      return () => set.delete(listener as (payload: never) => void);
    },
  };
}
