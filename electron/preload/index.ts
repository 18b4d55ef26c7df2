/** Sandboxed preload: bundled to CJS by esbuild, may import only 'electron' and bundled code. */
import { contextBridge, ipcRenderer } from 'electron';
import { createPreloadBridge } from './bridge';

contextBridge.exposeInMainWorld('bridge', createPreloadBridge(ipcRenderer));
