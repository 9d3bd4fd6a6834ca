import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { rendererConfig } from './vite.renderer.ts';

/**
 * Absolute asset URLs (/assets/…) in the desktop build. electron-vite forces base './' for
 * production builds, which suits file:// loading; we serve app://justera instead. The UI routes by
 * hash, but the protocol answers index.html for any extension-less path, and from such a path
 * './assets/x.js' would resolve wrongly; '/' always resolves from the origin.
 * ('/' is one of the two bases electron-vite's validator accepts.)
 */
function appProtocolBase(): Plugin {
  return { name: 'justera-app-protocol-base', apply: 'build', config: () => ({ base: '/' }) };
}

/**
 * One build for the three parts of the desktop app: main process, preload, renderer.
 *
 * Main and preload bundle their dependencies (`externalizeDeps: false`): the packaged app ships no
 * node_modules (electron-builder.yml excludes them), and a sandboxed preload could not require them
 * anyway. 'electron' and Node's built-ins always stay external (electron-vite's presets).
 */
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      externalizeDeps: false,
      lib: { entry: resolve(import.meta.dirname, 'electron/main/index.ts') },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      lib: { entry: resolve(import.meta.dirname, 'electron/preload/index.ts') },
      rollupOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    ...rendererConfig,
    plugins: [...(rendererConfig.plugins ?? []), appProtocolBase()],
    build: {
      ...rendererConfig.build,
      outDir: resolve(import.meta.dirname, 'out/renderer'),
      rollupOptions: { input: resolve(import.meta.dirname, 'renderer/index.html') },
    },
  },
});
