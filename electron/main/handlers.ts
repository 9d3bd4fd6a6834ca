/**
 * What each IPC channel does, with Electron and the file system injected. Requests arrive already
 * validated and from a trusted sender (see ipc.ts). The user actions named below are examples of
 * what the UI uses each channel for.
 *
 *   app:version          Inställningar › Om Justera shows the version.
 *   file:save            "Exportera till Word" and other exports: save dialog, then atomic write.
 *   file:open            "Importera…" / "Läs in mall": open dialog, refuses files over the size limit.
 *   pdf:print            "Skriv ut till PDF": prints the calling window (its print stylesheet), then
 *                        asks where to save.
 *   backup:write         the periodic automatic backup: write into the backup folder, then rotate.
 *   backup:list          Inställningar › Säkerhetskopior lists what is there.
 *   backup:read          "Återställ" on one of those backups.
 *   backup:folder        Inställningar shows where backups are kept.
 *   shell:open-external  a link in the UI (help pages, an e-mail address) opens in the OS.
 */
import type { App, BaseWindow, Dialog, FileFilter, Shell, WebContents } from 'electron';
import { basename, join } from 'node:path';
import { MAX_IPC_FILE_BYTES, type SaveFileResult } from '../../shared/ipc';
import { backupFolderIn, ensureBackupFolder, listBackups, readBackup, writeBackup } from './backups';
import { defaultFs, type FsPort, readFileWithLimit, saveFailedMessage, UserFacingError, writeFileAtomic } from './files';
import type { IpcCallContext, MainIpcHandlers } from './ipc';
import { isAllowedExternalUrl } from './trusted-url';

export interface HandlerDeps {
  app: Pick<App, 'getVersion' | 'getPath'>;
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;
  shell: Pick<Shell, 'openExternal'>;
  /** The window a webContents belongs to (BrowserWindow.fromWebContents), so dialogs are modal to it. */
  windowOf: (sender: WebContents) => BaseWindow | null;
  /** Where automatic backups go; defaults to <documents>/Justera/Säkerhetskopior. */
  backupDir?: string;
  fs?: FsPort;
}

export const PDF_FILTERS: FileFilter[] = [{ name: 'PDF-dokument', extensions: ['pdf'] }];

export function createIpcHandlers(deps: HandlerDeps): MainIpcHandlers {
  const fs = deps.fs ?? defaultFs;
  const documentsDir = () => deps.app.getPath('documents');
  const backupDir = () => deps.backupDir ?? backupFolderIn(documentsDir());

  async function chooseSaveLocation(
    context: IpcCallContext,
    suggestedName: string,
    filters: FileFilter[] | undefined,
  ): Promise<string | null> {
    const window = deps.windowOf(context.sender);
    const options = {
      defaultPath: join(documentsDir(), suggestedName),
      ...(filters ? { filters } : {}),
      properties: ['createDirectory', 'showOverwriteConfirmation'] as ('createDirectory' | 'showOverwriteConfirmation')[],
    };
    const result = window ? await deps.dialog.showSaveDialog(window, options) : await deps.dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  }

  async function saveBytes(location: string, bytes: Uint8Array): Promise<SaveFileResult> {
    try {
      await writeFileAtomic(fs, location, bytes);
    } catch (error) {
      throw new UserFacingError(saveFailedMessage(location), { cause: error });
    }
    return { saved: true, location };
  }

  return {
    'app:version': async () => deps.app.getVersion(),

    'file:save': async (request, context) => {
      const location = await chooseSaveLocation(context, request.suggestedName, request.filters);
      if (location === null) return { saved: false };
      return saveBytes(location, request.bytes);
    },

    'file:open': async (request, context) => {
      const window = deps.windowOf(context.sender);
      const options = {
        defaultPath: documentsDir(),
        properties: ['openFile'] as 'openFile'[],
        ...(request.filters ? { filters: request.filters } : {}),
      };
      const result = window ? await deps.dialog.showOpenDialog(window, options) : await deps.dialog.showOpenDialog(options);
      const path = result.filePaths[0];
      if (result.canceled || path === undefined) return null;
      const bytes = await readFileWithLimit(fs, path, request.maxBytes ?? MAX_IPC_FILE_BYTES);
      return { name: basename(path), bytes };
    },

    'pdf:print': async (request, context) => {
      if (context.sender.isDestroyed()) throw new UserFacingError('Fönstret som skulle skrivas ut finns inte längre.');
      const pdf = await context.sender.printToPDF({
        pageSize: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
        // Tagged PDF with an outline: readable by screen readers, as public-sector documents must be.
        generateTaggedPDF: true,
        generateDocumentOutline: true,
      });
      const name = /\.pdf$/i.test(request.suggestedName) ? request.suggestedName : `${request.suggestedName}.pdf`;
      const location = await chooseSaveLocation(context, name, PDF_FILTERS);
      if (location === null) return { saved: false };
      return saveBytes(location, new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength));
    },

    'backup:write': async (request) => writeBackup(fs, backupDir(), request),

    'backup:list': async () => listBackups(fs, backupDir()),

    'backup:read': async (request) => readBackup(fs, backupDir(), request.name),

    'backup:folder': async () => ensureBackupFolder(fs, backupDir()),

    'shell:open-external': async (request) => {
      if (!isAllowedExternalUrl(request.url)) throw new UserFacingError('Endast https- och mailto-länkar kan öppnas.');
      await deps.shell.openExternal(request.url);
    },
  };
}
