/**
 * The in-memory transport for component tests: the real dispatcher and services over an in-memory
 * SQLite database, behind the same `{ call, on }` the preload exposes.
 */
import type { Bridge, EventName, Events, Method } from '../../shared/contract';
import { createDispatcher } from '../../electron/ipc/dispatch';
import { createHandlers } from '../../electron/ipc/handlers';
import { openDatabaseSession } from '../../electron/services/core/session';
import { setupCoop } from '../../electron/services/coop/profile';
import { createHostPlatform } from './platform';

export async function createMemoryBridge(options: { seed?: 'empty' | 'coop'; downloadsDir?: string } = {}) {
  const session = await openDatabaseSession({ path: ':memory:', actor: 'component-test' });
  if (options.seed === 'coop') {
    await setupCoop(session.ctx(), { name: 'Cooperativa de Trabajo La Minga', framework: 'AR', currency: 'ARS', locale: 'en', fiscalYearStart: '01-01' });
  }
  const listeners = new Map<EventName, Set<(payload: never) => void>>();
  const emit = <E extends EventName>(event: E, payload: Events[E]) =>
    listeners.get(event)?.forEach((listener) => (listener as (p: Events[E]) => void)(payload));
  const platform = createHostPlatform(options.downloadsDir ?? '/nonexistent');
  const dispatch = createDispatcher(createHandlers({ session, platform, progress: (event) => emit('task.progress', event) }), {
    validateOutput: true,
    onChanged: (change) => emit('data.changed', change),
  });
  const bridge: Bridge = {
    call: (method: Method, input: unknown) => dispatch(method, input) as never,
    on<E extends EventName>(event: E, listener: (payload: Events[E]) => void) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener as (payload: never) => void);
      listeners.set(event, set);
      return () => set.delete(listener as (payload: never) => void);
    },
  };
  return { bridge, session, close: () => session.close() };
}
