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
  const listeners = new Set<(payload: Events['data.changed']) => void>();
  const dispatch = createDispatcher(createHandlers({ session, platform: createHostPlatform(options.downloadsDir ?? '/nonexistent') }), {
    validateOutput: true,
    onChanged: (change) => listeners.forEach((listener) => listener(change)),
  });
  const bridge: Bridge = {
    call: (method: Method, input: unknown) => dispatch(method, input) as never,
    on<E extends EventName>(_event: E, listener: (payload: Events[E]) => void) {
      listeners.add(listener as (payload: Events['data.changed']) => void);
      return () => listeners.delete(listener as (payload: Events['data.changed']) => void);
    },
  };
  return { bridge, session, close: () => session.close() };
}
