/**
 * The preload: puts the platform bridge on `window.justera` for the UI (renderer/platform/index.ts).
 *
 * Each method of `Platform` becomes one `ipcRenderer.invoke(channel, request)`; main validates the
 * request and the sender (electron/main/ipc.ts). Nothing else crosses: no `ipcRenderer`, no
 * events, no Node. (Electron security checklist item 20.)
 *
 * The preload runs sandboxed, where `require` knows only 'electron'. So it must stay free of
 * runtime dependencies: shared/ipc.ts is imported for its *types* only (its zod schemas are not
 * bundled here), and channel names are string literals checked against `IpcChannel`.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcChannel, IpcRequest, IpcResponses, Platform } from '../../shared/ipc';

function invoke<K extends IpcChannel>(channel: K, request: IpcRequest<K>): Promise<IpcResponses[K]> {
  return ipcRenderer.invoke(channel, request) as Promise<IpcResponses[K]>;
}

const bridge = {
  kind: 'desktop',
  appVersion: () => invoke('app:version', undefined),
  saveFile: (request) => invoke('file:save', request),
  openFile: (request) => invoke('file:open', request),
  printToPdf: (request) => invoke('pdf:print', request),
  writeBackup: (request) => invoke('backup:write', request),
  listBackups: () => invoke('backup:list', undefined),
  readBackup: (name) => invoke('backup:read', { name }),
  backupFolder: () => invoke('backup:folder', undefined),
  openExternal: (url) => invoke('shell:open-external', { url }),
} satisfies Platform;

contextBridge.exposeInMainWorld('justera', bridge);
