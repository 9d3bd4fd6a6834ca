/**
 * The platform bridge in a plain browser: files are downloads and <input type=file>; there is no
 * backup folder, so automatic backups are the desktop's job and manual ones are downloads.
 */
import type { OpenedFile, OpenFileRequest, Platform, SaveFileRequest, SaveFileResult } from '../../shared/ipc';

function download(name: string, bytes: Uint8Array, type = 'application/octet-stream'): void {
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function pickFile(request: OpenFileRequest): Promise<OpenedFile | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.style.display = 'none';
    const extensions = request.filters?.flatMap((f) => f.extensions.map((e) => `.${e}`)) ?? [];
    if (extensions.length > 0) input.accept = extensions.join(',');
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      input.remove();
      if (!file) return resolve(null);
      if (request.maxBytes !== undefined && file.size > request.maxBytes) {
        return reject(new FileTooLargeError(file.name, file.size, request.maxBytes));
      }
      file.arrayBuffer().then((buffer) => resolve({ name: file.name, bytes: new Uint8Array(buffer) }), reject);
    });
    input.addEventListener('cancel', () => {
      input.remove();
      resolve(null);
    });
    document.body.append(input);
    input.click();
  });
}

export class FileTooLargeError extends Error {
  constructor(
    readonly fileName: string,
    readonly size: number,
    readonly maxBytes: number,
  ) {
    super(`Filen ${fileName} är för stor.`);
  }
}

export function createWebPlatform(version: string): Platform {
  return {
    kind: 'web',
    appVersion: async () => version,
    saveFile: async (request: SaveFileRequest): Promise<SaveFileResult> => {
      download(request.suggestedName, request.bytes);
      return { saved: true, location: request.suggestedName };
    },
    openFile: pickFile,
    printToPdf: async () => {
      window.print();
      return { saved: false };
    },
    writeBackup: async () => null,
    listBackups: async () => [],
    readBackup: async () => null,
    backupFolder: async () => null,
    openExternal: async (url: string) => {
      window.open(url, '_blank', 'noopener,noreferrer');
    },
  } satisfies Platform;
}
