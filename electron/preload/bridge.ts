/**
 * What the preload exposes as `window.bridge`: exactly `{ call, on }`. Kept free of Electron and of the
 * contract's schemas (only types), so the sandboxed preload bundle stays tiny and this logic is testable.
 */
import type { Bridge, EventName, Events, Input, Method, Output, Result } from '../../shared/contract';

/** The events the renderer may listen to; the compile-time check below fails if the contract adds one. */
export const bridgeEventNames = ['data.changed', 'task.progress'] as const satisfies readonly EventName[];
type Unlisted = Exclude<EventName, (typeof bridgeEventNames)[number]>;
const everyEventListed: [Unlisted] extends [never] ? true : never = true;
void everyEventListed;

/** The part of Electron's ipcRenderer the bridge uses. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

/** Main answers every 'rpc' with a Result and pushes each event on a channel named after it. */
export const RPC_CHANNEL = 'rpc';

function isListedEvent(name: unknown): name is EventName {
  return (bridgeEventNames as readonly unknown[]).includes(name);
}

export function createPreloadBridge(ipc: IpcRendererLike): Bridge {
  return {
    call<M extends Method>(method: M, input: Input<M>): Promise<Result<Output<M>>> {
      // Main answers every call with a Result built from the same contract.
      return ipc.invoke(RPC_CHANNEL, method, input) as Promise<Result<Output<M>>>;
    },
    on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void {
      if (!isListedEvent(event)) throw new Error(`Unknown event: ${String(event).slice(0, 80)}`);
      if (typeof listener !== 'function') throw new TypeError('The listener must be a function');
      // The IpcRendererEvent carries `sender` (ipcRenderer itself); it never reaches the page.
      const forward = (_event: unknown, payload: unknown): void => listener(payload as Events[E]);
      ipc.on(event, forward);
      return () => {
        ipc.removeListener(event, forward);
      };
    },
  };
}
