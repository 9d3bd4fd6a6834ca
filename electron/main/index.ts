/**
 * The main process: wiring only. This is the one file that imports Electron's values; every rule
 * lives in a small module next to it that takes Electron objects as parameters and is unit-tested
 * (see docs/ARCHITECTURE.md, "The desktop shell").
 *
 * Order matters: the app:// scheme, the sandbox and the web-contents hardening are set up before
 * the app is ready; the protocol handler, permissions, IPC, menu and window after.
 */
/// <reference types="electron-vite/node" />
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
// The default protocol template, copied next to the main bundle by electron-vite (`?asset`).
import protocolTemplatePath from '../../templates/protokoll.docx?asset';
import { exportArgsFromAppArgv, runCli } from '../cli/export';
import { APP_ORIGIN, APP_SCHEME } from '../../shared/csp';
import { backupFolderIn, ensureBackupFolder } from './backups';
import { buildContextMenuTemplate } from './context-menu';
import { defaultFs, writeFileAtomic } from './files';
import { createIpcHandlers } from './handlers';
import { registerIpcHandlers } from './ipc';
import { buildMenuTemplate } from './menu';
import { APP_SCHEME_REGISTRATION, createAppProtocolHandler, readRegularFile } from './protocol';
import { installPermissionHandlers, installWebContentsSecurity } from './security';
import { devServerOrigin } from './trusted-url';
import { createMainWindowOptions, preloadPath, rendererDir } from './window-options';

const APP_ID = 'se.regionorebro.justera';
const isDev = !app.isPackaged;
// Only an unpackaged build may load the UI from electron-vite's dev server; in a packaged app the
// variable is ignored, so nobody can point the installed app at another page.
const devServerUrl = isDev ? (devServerOrigin(process.env.ELECTRON_RENDERER_URL) ?? undefined) : undefined;
const startUrl = devServerUrl ?? `${APP_ORIGIN}/`;
const mainDir = import.meta.dirname;

if (isDev) {
  // Keep a developer's test data (IndexedDB, and therefore the app:// origin's data) apart from a
  // Justera they may also have installed and use for real.
  app.setPath('userData', join(app.getPath('appData'), 'Justera (utveckling)'));
}
if (process.platform === 'win32') app.setAppUserModelId(APP_ID); // taskbar grouping, notifications
app.enableSandbox();
// Swedish in everything Chromium draws itself: date and time pickers, spelling suggestions.
app.commandLine.appendSwitch('lang', 'sv-SE');
protocol.registerSchemesAsPrivileged([APP_SCHEME_REGISTRATION]);

const openExternal = (url: string) => shell.openExternal(url);
installWebContentsSecurity(app, { devServerUrl, openExternal });

let mainWindow: BrowserWindow | null = null;

function backupDir(): string {
  const folder = backupFolderIn(app.getPath('documents'));
  // A development build must never rotate away a real installation's automatic backups.
  return isDev ? `${folder} (utveckling)` : folder;
}

function createMainWindow(): BrowserWindow {
  const options = createMainWindowOptions({ preloadPath: preloadPath(mainDir), devTools: isDev });
  // The security flags once more, literally, where the window is made: a static scanner
  // (Electronegativity, test/unit/electron/electronegativity.test.ts) reads only this call. They
  // are the same values as createWebPreferences' (test/unit/electron/window-options.test.ts).
  const window = new BrowserWindow({
    ...options,
    webPreferences: { ...options.webPreferences, contextIsolation: true, sandbox: true, nodeIntegration: false, disableBlinkFeatures: 'Auxclick' },
  });
  window.once('ready-to-show', () => window.show());
  window.webContents.on('context-menu', (_event, params) => {
    const template = buildContextMenuTemplate(params, {
      replaceMisspelling: (word) => window.webContents.replaceMisspelling(word),
      addToDictionary: (word) => window.webContents.session.addWordToSpellCheckerDictionary(word),
    });
    if (template.length > 0) Menu.buildFromTemplate(template).popup({ window });
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  window.loadURL(startUrl).catch((error: unknown) => console.error('[main] could not load the UI', error));
  return window;
}

function showAbout(): void {
  const options = {
    type: 'info' as const,
    title: 'Om Justera',
    message: `Justera ${app.getVersion()}`,
    detail: 'Möten, dagordningar, protokoll och justering.',
    buttons: ['OK'],
  };
  void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
}

async function openBackupFolder(): Promise<void> {
  const folder = await ensureBackupFolder(defaultFs, backupDir());
  const error = await shell.openPath(folder);
  if (error) console.error('[menu] could not open backup folder', error);
}

async function onReady(): Promise<void> {
  const ses = session.defaultSession;
  installPermissionHandlers(ses, { devServerUrl });
  // Swedish spelling where Chromium's spellchecker is used (Windows, Linux); macOS uses the OS's own.
  const swedish = ['sv-SE', 'sv'].find((code) => ses.availableSpellCheckerLanguages.includes(code));
  if (swedish) ses.setSpellCheckerLanguages([swedish]);

  protocol.handle(APP_SCHEME, createAppProtocolHandler({ rendererDir: rendererDir(mainDir), readFile: readRegularFile }));

  registerIpcHandlers(
    ipcMain,
    createIpcHandlers({
      app,
      dialog,
      shell,
      windowOf: (sender) => BrowserWindow.fromWebContents(sender),
      backupDir: backupDir(),
    }),
    { devServerUrl },
  );

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({
        appName: 'Justera',
        isMac: process.platform === 'darwin',
        isDev,
        actions: { openBackupFolder: () => void openBackupFolder(), showAbout },
      }),
    ),
  );

  mainWindow = createMainWindow();
}

// `Justera --export <fil.json> --out <fil.docx>`: the command-line export, headless (no window, no
// database, no single-instance lock), then quit with its exit code.
const exportArgs = exportArgsFromAppArgv(process.argv);

if (exportArgs) {
  app
    .whenReady()
    .then(() =>
      runCli(exportArgs, {
        readFile: async (path) => new Uint8Array(await readFile(path)),
        writeFile: (path, bytes) => writeFileAtomic(defaultFs, resolve(path), bytes),
        defaultTemplate: async () => new Uint8Array(await readFile(protocolTemplatePath)),
        out: (line) => console.info(line),
        err: (line) => console.error(line),
      }),
    )
    .then(
      (code) => app.exit(code),
      (error: unknown) => {
        console.error('[export] failed', error);
        app.exit(1);
      },
    );
} else if (!app.requestSingleInstanceLock()) {
  // One running copy: two would fight over the same IndexedDB files. A second start focuses the first.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow();
  });
  app
    .whenReady()
    .then(onReady)
    .catch((error: unknown) => {
      console.error('[main] start-up failed', error);
      app.quit();
    });
}
