/**
 * File-system helpers for the IPC handlers: atomic writes, size-limited reads, and the Swedish
 * messages the user sees when a file cannot be read or written.
 *
 * Atomic write: the bytes go to a hidden temporary file in the target's own folder, are flushed to
 * disk, and the temporary file is then renamed over the target. A crash or a full disk leaves either
 * the old file or the new one, never half of one. Reached by "Spara som…", "Skriv ut till PDF" and
 * every automatic backup.
 */
import { promises as nodeFs } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

/** The part of node:fs/promises the shell uses; tests may wrap it to inject failures. */
export type FsPort = Pick<typeof nodeFs, 'open' | 'rename' | 'rm' | 'stat' | 'lstat' | 'readFile' | 'readdir' | 'mkdir'>;

export const defaultFs: FsPort = nodeFs;

/** Temporary files start with '.' and end in '.tmp', so no listing or rotation ever mistakes them for data. */
export function temporaryPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomUUID()}.tmp`);
}

export async function writeFileAtomic(fs: FsPort, target: string, bytes: Uint8Array): Promise<void> {
  const temporary = temporaryPathFor(target);
  try {
    const handle = await fs.open(temporary, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
}

const sizeFormat = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 });

/** "850 byte", "12,5 kB", "3 MB" — Swedish number format. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte`;
  if (bytes < 1024 * 1024) return `${sizeFormat.format(bytes / 1024)} kB`;
  return `${sizeFormat.format(bytes / (1024 * 1024))} MB`;
}

/** An error whose message is meant for the user (Swedish) and crosses IPC unchanged. */
export class UserFacingError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'UserFacingError';
  }
}

export function fileTooLargeMessage(name: string, size: number, maxBytes: number): string {
  return `Filen ”${name}” är för stor (${formatBytes(size)}). Största tillåtna storlek är ${formatBytes(maxBytes)}.`;
}

/** Reads a regular file, refusing (before reading) anything larger than `maxBytes`. */
export async function readFileWithLimit(fs: FsPort, path: string, maxBytes: number): Promise<Uint8Array> {
  const name = basename(path);
  const stat = await fs.stat(path);
  if (!stat.isFile()) throw new UserFacingError(`”${name}” är inte en vanlig fil.`);
  if (stat.size > maxBytes) throw new UserFacingError(fileTooLargeMessage(name, stat.size, maxBytes));
  const bytes = await fs.readFile(path);
  // The file may have grown between stat and read.
  if (bytes.byteLength > maxBytes) throw new UserFacingError(fileTooLargeMessage(name, bytes.byteLength, maxBytes));
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export function saveFailedMessage(path: string): string {
  return `Kunde inte spara ”${basename(path)}”. Kontrollera att filen inte är öppen i ett annat program och att du får skriva i mappen.`;
}
