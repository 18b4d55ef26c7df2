import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('../renderer', import.meta.url));

/** The renderer is a static bundle: loaded from app:// in Electron and from the loopback host in tests. */
export default defineConfig({
  root,
  base: './',
  esbuild: { jsx: 'automatic' },
  build: {
    // MINGA_RENDERER_OUT lets two people (or helpers) build and test side by side without clobbering.
    outDir: process.env.MINGA_RENDERER_OUT ?? fileURLToPath(new URL('../out/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: true,
    // No inline scripts or styles anywhere: the CSP forbids them.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1500,
  },
});
