// The renderer's webPreferences pin Electron security checklist items 2, 3, 4, 6, 8, 9, 10 and 12;
// the preload path must be the file electron-vite actually builds.
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import electronViteConfig from '../../../electron.vite.config';
import {
  createMainWindowOptions,
  createWebPreferences,
  MAIN_WINDOW_SIZE,
  preloadPath,
  rendererDir,
} from '../../../electron/main/window-options';

const root = resolve(import.meta.dirname, '../../..');

describe('webPreferences', () => {
  const prefs = createWebPreferences({ preloadPath: '/app/out/preload/index.cjs', devTools: false });

  it('isolates and sandboxes the renderer and gives it no Node', () => {
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
    });
  });

  it('keeps web security on and experiments off', () => {
    expect(prefs).toMatchObject({
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs.disableBlinkFeatures).toBe('Auxclick');
    expect(prefs).not.toHaveProperty('additionalArguments');
  });

  it('spellchecks and uses the given preload', () => {
    expect(prefs.spellcheck).toBe(true);
    expect(prefs.preload).toBe('/app/out/preload/index.cjs');
  });

  it('has developer tools only when asked (development)', () => {
    expect(prefs.devTools).toBe(false);
    expect(createWebPreferences({ preloadPath: 'p', devTools: true }).devTools).toBe(true);
  });
});

describe('main window', () => {
  it('is titled Justera, hidden until ready, with a sensible size', () => {
    const options = createMainWindowOptions({ preloadPath: 'p', devTools: false });
    expect(options.title).toBe('Justera');
    expect(options.show).toBe(false);
    expect(options.width).toBe(1280);
    expect(options.height).toBe(860);
    expect(options.minWidth).toBeLessThanOrEqual(MAIN_WINDOW_SIZE.width);
    expect(options.minWidth).toBeGreaterThanOrEqual(800);
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
    expect(options.webPreferences?.sandbox).toBe(true);
  });
});

describe('paths of the built app', () => {
  const mainDir = join(root, 'out', 'main');

  it('finds the preload and the renderer next to the main bundle', () => {
    expect(preloadPath(mainDir)).toBe(join(root, 'out', 'preload', 'index.cjs'));
    expect(rendererDir(mainDir)).toBe(join(root, 'out', 'renderer'));
  });

  it('matches what electron.vite.config.ts builds', () => {
    const config = electronViteConfig as {
      main: { build: { outDir: string; lib: { entry: string } } };
      preload: { build: { outDir: string; lib: { entry: string }; rollupOptions: { output: { format: string; entryFileNames: string } } } };
      renderer: { build: { outDir: string } };
    };
    // index.ts → out/main/index.js (package.json "main")
    expect(resolve(root, config.main.build.outDir)).toBe(mainDir);
    // preload entry "index" with "[name].cjs" → out/preload/index.cjs, CommonJS (sandboxed preloads cannot be ES modules)
    expect(config.preload.build.lib.entry).toMatch(/electron[\\/]preload[\\/]index\.ts$/);
    expect(config.preload.build.rollupOptions.output).toEqual({ format: 'cjs', entryFileNames: '[name].cjs' });
    expect(preloadPath(mainDir)).toBe(join(resolve(root, config.preload.build.outDir), 'index.cjs'));
    expect(resolve(config.renderer.build.outDir)).toBe(rendererDir(mainDir));
  });
});
