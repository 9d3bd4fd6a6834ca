import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { rendererConfig } from './vite.renderer.ts';

/** `npm run web`: the same renderer as the desktop app, with the web implementation of the platform
 * bridge (chosen at run time: there is no preload in a plain browser). */
export default defineConfig({
  ...rendererConfig,
  build: { ...rendererConfig.build, outDir: resolve(import.meta.dirname, 'dist-web'), emptyOutDir: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
});
