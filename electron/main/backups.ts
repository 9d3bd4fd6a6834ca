/**
 * The automatic backup folder, <Dokument>/Justera/Säkerhetskopior.
 *
 * Reached when the UI makes its periodic automatic backup (write, then rotate), when Inställningar
 * lists the backups or shows the folder, and when the user restores one (read).
 *
 * Safety rules: names are plain file names that must resolve to a file directly inside the folder
 * (no traversal, no sub-folders, no symlinks followed for deletion); rotation deletes only regular
 * files whose names match AUTOMATIC_BACKUP_NAME_PATTERN (the automatic ones), never the file just
 * written, and never anything else a user has put in the folder.
 */
import { basename, dirname, join, resolve } from 'node:path';
import { AUTOMATIC_BACKUP_NAME_PATTERN, type BackupInfo, MAX_IPC_FILE_BYTES, type OpenedFile } from '../../shared/ipc';
import { type FsPort, readFileWithLimit, UserFacingError, writeFileAtomic } from './files';

/** <documents>/Justera/Säkerhetskopior */
export const BACKUP_FOLDER_SEGMENTS = ['Justera', 'Säkerhetskopior'] as const;

export function backupFolderIn(documentsDir: string): string {
  return join(documentsDir, ...BACKUP_FOLDER_SEGMENTS);
}

const BACKUP_EXTENSIONS = ['.json', '.justera-backup'];

function isBackupFileName(name: string): boolean {
  return !name.startsWith('.') && BACKUP_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));
}

/** The absolute path of `name` inside `folder`, or an error if the name could point anywhere else. */
export function backupPath(folder: string, name: string): string {
  const root = resolve(folder);
  const invalid =
    name === '' ||
    name === '.' ||
    name === '..' ||
    basename(name) !== name ||
    [...name].some((c) => c === '/' || c === '\\' || c === ':' || c.charCodeAt(0) < 32);
  const candidate = resolve(root, name);
  if (invalid || dirname(candidate) !== root) {
    throw new UserFacingError('Ogiltigt namn på säkerhetskopia.');
  }
  return candidate;
}

export async function ensureBackupFolder(fs: FsPort, folder: string): Promise<string> {
  await fs.mkdir(folder, { recursive: true });
  return folder;
}

/**
 * Keeps the newest `keep` automatic backups (by the UTC time in their names) and deletes the older
 * ones. `protect` (the file just written) is never deleted, even if a wrong system clock made its
 * name sort as older. Returns the names deleted.
 */
export async function rotateAutomaticBackups(fs: FsPort, folder: string, keep: number, protect?: string): Promise<string[]> {
  const entries = await fs.readdir(folder, { withFileTypes: true });
  const automatic = entries
    .filter((entry) => entry.isFile() && AUTOMATIC_BACKUP_NAME_PATTERN.test(entry.name))
    .map((entry) => entry.name)
    .sort()
    .reverse();
  const deleted: string[] = [];
  for (const name of automatic.slice(keep)) {
    if (name === protect) continue;
    const path = backupPath(folder, name);
    // Re-check without following links right before deleting.
    const stat = await fs.lstat(path);
    if (!stat.isFile()) continue;
    await fs.rm(path);
    deleted.push(name);
  }
  return deleted;
}

export async function writeBackup(
  fs: FsPort,
  folder: string,
  request: { name: string; bytes: Uint8Array; keep: number },
): Promise<{ location: string }> {
  await ensureBackupFolder(fs, folder);
  const location = backupPath(folder, request.name);
  await writeFileAtomic(fs, location, request.bytes);
  try {
    await rotateAutomaticBackups(fs, folder, request.keep, request.name);
  } catch (error) {
    // The new backup is safely on disk; failing to tidy up old ones must not report it as lost.
    console.warn('[backups] rotation failed', error);
  }
  return { location };
}

export async function listBackups(fs: FsPort, folder: string): Promise<BackupInfo[]> {
  let entries;
  try {
    entries = await fs.readdir(folder, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const infos: BackupInfo[] = [];
  for (const entry of entries) {
    if (!entry.isFile() || !isBackupFileName(entry.name)) continue;
    const stat = await fs.stat(join(folder, entry.name));
    infos.push({ name: entry.name, bytes: stat.size, modifiedAt: stat.mtime.toISOString() });
  }
  return infos.sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt) || b.name.localeCompare(a.name));
}

export async function readBackup(fs: FsPort, folder: string, name: string): Promise<OpenedFile> {
  const path = backupPath(folder, name);
  if (!isBackupFileName(name)) throw new UserFacingError('Ogiltigt namn på säkerhetskopia.');
  try {
    const stat = await fs.lstat(path);
    if (!stat.isFile()) throw new UserFacingError(`Säkerhetskopian ”${name}” finns inte.`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new UserFacingError(`Säkerhetskopian ”${name}” finns inte.`, { cause: error });
    }
    throw error;
  }
  return { name, bytes: await readFileWithLimit(fs, path, MAX_IPC_FILE_BYTES) };
}
