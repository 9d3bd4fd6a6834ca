import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin, UserConfig } from 'vite';
import { CONTENT_SECURITY_POLICY_META } from './shared/csp.ts';

/** Writes the app's Content Security Policy into the built index.html (not in dev, where Vite's
 * hot reload needs inline scripts). */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'justera-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY_META },
        injectTo: 'head-prepend',
      },
    ],
  };
}

const packageVersion = (JSON.parse(readFileSync(resolve(import.meta.dirname, 'package.json'), 'utf8')) as { version: string })
  .version;

/** The renderer's build settings, shared by the desktop build (electron.vite.config.ts) and the
 * browser build (vite.web.config.ts), so both run exactly the same UI. */
export const rendererConfig: UserConfig = {
  root: resolve(import.meta.dirname, 'renderer'),
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  define: { __APP_VERSION__: JSON.stringify(packageVersion) },
  build: {
    target: 'chrome120',
    sourcemap: true,
    chunkSizeWarningLimit: 4000,
  },
};
