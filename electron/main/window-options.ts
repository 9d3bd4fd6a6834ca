/**
 * How the main window is built: its size and look, and the webPreferences that lock the renderer
 * down (Electron security checklist items 2, 3, 4, 6, 8, 9, 10 and 11). Reached at start-up, and on
 * macOS when the user clicks the Dock icon while no window is open.
 *
 * Paths: electron-vite builds the main process to out/main/index.js, the preload to
 * out/preload/index.cjs (CommonJS: a sandboxed preload cannot be an ES module) and the UI to
 * out/renderer/. Both paths below are derived from the main bundle's own folder.
 */
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import { join } from 'node:path';

/** Where the preload lies relative to the main bundle's folder (out/main → out/preload/index.cjs). */
export const PRELOAD_PATH_FROM_MAIN = ['..', 'preload', 'index.cjs'] as const;
/** Where the built UI lies relative to the main bundle's folder (out/main → out/renderer). */
export const RENDERER_DIR_FROM_MAIN = ['..', 'renderer'] as const;

export function preloadPath(mainDir: string): string {
  return join(mainDir, ...PRELOAD_PATH_FROM_MAIN);
}

export function rendererDir(mainDir: string): string {
  return join(mainDir, ...RENDERER_DIR_FROM_MAIN);
}

export interface WindowOptionsInput {
  preloadPath: string;
  /** Developer tools only in an unpackaged (development) build. */
  devTools: boolean;
}

/** The renderer's webPreferences. Every security-relevant flag is spelled out, even where it is
 * Electron's default, so a default changing under us cannot go unnoticed (the tests pin them). */
export function createWebPreferences({ preloadPath, devTools }: WindowOptionsInput): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    // A middle click must not open a link in a new window (setWindowOpenHandler denies them anyway).
    disableBlinkFeatures: 'Auxclick',
    webviewTag: false,
    navigateOnDragDrop: false,
    enableWebSQL: false,
    plugins: false,
    safeDialogs: true,
    spellcheck: true,
    devTools,
  };
}

export const MAIN_WINDOW_SIZE = { width: 1280, height: 860, minWidth: 960, minHeight: 640 } as const;

/** Fluent UI's light page background, so the window does not flash while the UI loads. */
export const WINDOW_BACKGROUND = '#ffffff';

export function createMainWindowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    ...MAIN_WINDOW_SIZE,
    title: 'Justera',
    show: false, // shown on 'ready-to-show'
    backgroundColor: WINDOW_BACKGROUND,
    autoHideMenuBar: false,
    webPreferences: createWebPreferences(input),
  };
}
