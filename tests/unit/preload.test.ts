import { describe, expect, it } from 'vitest';
import { eventNames } from '../../shared/contract';
import { RPC_CHANNEL as MAIN_RPC_CHANNEL } from '../../electron/ipc/rpc-gate';
import { bridgeEventNames, createPreloadBridge, RPC_CHANNEL, type IpcRendererLike } from '../../electron/preload/bridge';

type Listener = (event: unknown, ...args: unknown[]) => void;

/** An ipcRenderer stand-in that records invokes and lets the test emit events. */
function fakeIpc() {
  const listeners = new Map<string, Set<Listener>>();
  const invoked: unknown[][] = [];
  const ipc: IpcRendererLike = {
    invoke: async (...args) => {
      invoked.push(args);
      return { ok: true, value: 'answer' };
    },
    on: (channel, listener) => listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener)),
    removeListener: (channel, listener) => listeners.get(channel)?.delete(listener),
  };
  const emit = (channel: string, payload: unknown): void => {
    for (const listener of listeners.get(channel) ?? []) listener({ sender: 'the ipcRenderer itself' }, payload);
  };
  return { ipc, invoked, emit, listeners };
}

describe('the preload bridge', () => {
  it('exposes exactly call and on', () => {
    expect(Object.keys(createPreloadBridge(fakeIpc().ipc)).sort()).toEqual(['call', 'on']);
  });

  it('sends a call over the rpc channel main listens on and returns its Result', async () => {
    const { ipc, invoked } = fakeIpc();
    const result = await createPreloadBridge(ipc).call('coop.get', {});
    expect(invoked).toEqual([['rpc', 'coop.get', {}]]);
    expect(RPC_CHANNEL).toBe(MAIN_RPC_CHANNEL);
    expect(result).toEqual({ ok: true, value: 'answer' });
  });

  it('lists the same events as the contract', () => {
    expect([...bridgeEventNames].sort()).toEqual([...eventNames].sort());
  });

  it.each(['rpc', 'ELECTRON_BROWSER_WINDOW_ALERT', 'data.changed ', '__proto__', 'toString'])(
    'refuses to listen to the unlisted channel %j',
    (channel) => {
      const { ipc, listeners } = fakeIpc();
      const bridge = createPreloadBridge(ipc);
      // Cast on purpose: the page is untrusted and may call with any string.
      expect(() => bridge.on(channel as 'data.changed', () => undefined)).toThrow(/Unknown event/);
      expect(listeners.size).toBe(0);
    },
  );

  it('passes only the payload, never the IPC event', () => {
    const { ipc, emit } = fakeIpc();
    const received: unknown[][] = [];
    createPreloadBridge(ipc).on('data.changed', (...args: unknown[]) => received.push(args));
    emit('data.changed', { topics: ['members'] });
    expect(received).toEqual([[{ topics: ['members'] }]]);
  });

  it('stops delivering after unsubscribe, and only for that listener', () => {
    const { ipc, emit } = fakeIpc();
    const bridge = createPreloadBridge(ipc);
    const first: unknown[] = [];
    const second: unknown[] = [];
    const unsubscribe = bridge.on('data.changed', (payload) => first.push(payload));
    bridge.on('data.changed', (payload) => second.push(payload));
    emit('data.changed', { topics: ['coop'] });
    unsubscribe();
    emit('data.changed', { topics: ['audit'] });
    expect(first).toEqual([{ topics: ['coop'] }]);
    expect(second).toEqual([{ topics: ['coop'] }, { topics: ['audit'] }]);
  });

  it('refuses a listener that is not a function', () => {
    const bridge = createPreloadBridge(fakeIpc().ipc);
    // Cast on purpose: the page may pass anything.
    expect(() => bridge.on('data.changed', 'alert(1)' as unknown as () => void)).toThrow(TypeError);
  });
});
