import type { Bridge } from '../../../shared/contract';
import { createHttpBridge } from './http-bridge';

declare global {
  interface Window {
    /** Installed by the Electron preload; absent in a browser, where the loopback host stands in. */
    bridge?: Bridge;
  }
}

let current: Bridge | null = null;

/** The bridge the app talks through: the preload's in Electron, HTTP in a browser, or one set by a test. */
export function bridge(): Bridge {
  current ??= window.bridge ?? createHttpBridge(window.location.origin);
  return current;
}

/** Component tests install an in-memory bridge here. */
export function setBridge(next: Bridge): void {
  current = next;
}
