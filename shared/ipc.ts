/**
 * The one contract between the renderer and the desktop shell.
 *
 * `Platform` is what the UI may ask of its host; the desktop preload implements it over IPC and
 * renderer/platform/web.ts implements it in a plain browser. `ipcContract` lists every IPC channel
 * with the zod schema its main-process handler validates the request against: nothing crosses the
 * boundary unchecked.
 */
import { z } from 'zod';

/** Largest file the UI may hand to the shell in one call (a backup of years of minutes fits). */
export const MAX_IPC_FILE_BYTES = 512 * 1024 * 1024;

export const fileFilterSchema = z.object({
  name: z.string().min(1).max(100),
  extensions: z.array(z.string().regex(/^[a-z0-9]{1,10}$/)).min(1).max(10),
});
export type FileFilter = z.infer<typeof fileFilterSchema>;

/** A plain file name: no folders, no control characters, nothing Windows refuses. */
export const safeFileNameSchema = z
  .string()
  .min(1)
  .max(200)
  .refine((name) => ![...name].some((c) => c.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(c)) && name !== '.' && name !== '..', {
    message: 'Ogiltigt filnamn',
  });

const bytesSchema = z
  .custom<Uint8Array>((value) => value instanceof Uint8Array, { message: 'Förväntade filens innehåll' })
  .refine((bytes) => bytes.byteLength <= MAX_IPC_FILE_BYTES, { message: 'Filen är för stor' });

export const saveFileRequestSchema = z.object({
  suggestedName: safeFileNameSchema,
  bytes: bytesSchema,
  filters: z.array(fileFilterSchema).max(5).optional(),
});
export type SaveFileRequest = z.infer<typeof saveFileRequestSchema>;

export const openFileRequestSchema = z.object({
  filters: z.array(fileFilterSchema).max(5).optional(),
  /** The shell refuses to read a larger file and says so. */
  maxBytes: z.number().int().positive().max(MAX_IPC_FILE_BYTES).optional(),
});
export type OpenFileRequest = z.infer<typeof openFileRequestSchema>;

export const printToPdfRequestSchema = z.object({ suggestedName: safeFileNameSchema });
export type PrintToPdfRequest = z.infer<typeof printToPdfRequestSchema>;

export const writeBackupRequestSchema = z.object({
  name: safeFileNameSchema.refine((n) => n.endsWith('.json') || n.endsWith('.justera-backup'), {
    message: 'En säkerhetskopia ska vara en .json-fil',
  }),
  bytes: bytesSchema,
  /** How many automatic backups to keep; older ones are removed. */
  keep: z.number().int().min(1).max(365),
});
export type WriteBackupRequest = z.infer<typeof writeBackupRequestSchema>;

/**
 * Automatic backups are named after the moment they were made (UTC, milliseconds), so their names sort
 * in time order. The desktop shell's rotation deletes only files whose names have exactly this shape;
 * anything else in the backup folder (a manual backup, a user's own file) is never touched.
 */
export const AUTOMATIC_BACKUP_NAME_PATTERN = /^justera-automatisk-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.json$/;

/** The file name of an automatic backup made at `at`, e.g. justera-automatisk-2026-03-04T10-15-30-123Z.json. */
export function automaticBackupName(at: Date): string {
  return `justera-automatisk-${at.toISOString().replace(/[:.]/g, '-')}.json`;
}

export const readBackupRequestSchema = z.object({ name: safeFileNameSchema });

export const openExternalRequestSchema = z.object({
  url: z
    .string()
    .max(2048)
    .refine(
      (value) => {
        try {
          const url = new URL(value);
          return (url.protocol === 'https:' || url.protocol === 'mailto:') && !url.username && !url.password;
        } catch {
          return false;
        }
      },
      { message: 'Endast https- och mailto-länkar kan öppnas' },
    ),
});

export type SaveFileResult = { saved: true; location: string } | { saved: false };
export interface OpenedFile {
  name: string;
  bytes: Uint8Array;
}
export interface BackupInfo {
  name: string;
  bytes: number;
  modifiedAt: string;
}

/** Every channel, its request schema, and (as a type) its response. */
export const ipcContract = {
  'app:version': { request: z.undefined() },
  'file:save': { request: saveFileRequestSchema },
  'file:open': { request: openFileRequestSchema },
  'pdf:print': { request: printToPdfRequestSchema },
  'backup:write': { request: writeBackupRequestSchema },
  'backup:list': { request: z.undefined() },
  'backup:read': { request: readBackupRequestSchema },
  'backup:folder': { request: z.undefined() },
  'shell:open-external': { request: openExternalRequestSchema },
} as const;

export type IpcChannel = keyof typeof ipcContract;
export type IpcRequest<K extends IpcChannel> = z.infer<(typeof ipcContract)[K]['request']>;

export interface IpcResponses {
  'app:version': string;
  'file:save': SaveFileResult;
  'file:open': OpenedFile | null;
  'pdf:print': SaveFileResult;
  'backup:write': { location: string };
  'backup:list': BackupInfo[];
  'backup:read': OpenedFile;
  'backup:folder': string;
  'shell:open-external': void;
}

/** What main registers: one async handler per channel, given an already validated request. */
export type IpcHandlers = { [K in IpcChannel]: (request: IpcRequest<K>) => Promise<IpcResponses[K]> };

/**
 * What the UI may ask of its host. The desktop preload exposes exactly this object as
 * `window.justera`; the browser build creates its own.
 */
export interface Platform {
  readonly kind: 'desktop' | 'web';
  appVersion(): Promise<string>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  openFile(request: OpenFileRequest): Promise<OpenedFile | null>;
  /** Prints the current window (its print stylesheet) to a PDF file the user chooses. */
  printToPdf(request: PrintToPdfRequest): Promise<SaveFileResult>;
  /** Automatic backups: desktop writes into the user's documents folder and rotates; web returns null. */
  writeBackup(request: WriteBackupRequest): Promise<{ location: string } | null>;
  listBackups(): Promise<BackupInfo[]>;
  readBackup(name: string): Promise<OpenedFile | null>;
  backupFolder(): Promise<string | null>;
  openExternal(url: string): Promise<void>;
}

type PlatformMethod = { [K in keyof Platform]: Platform[K] extends (...args: never[]) => unknown ? K : never }[keyof Platform];

/** Every method of `Platform`, for tests that check an implementation exposes exactly these. */
export const platformMethods = [
  'appVersion',
  'saveFile',
  'openFile',
  'printToPdf',
  'writeBackup',
  'listBackups',
  'readBackup',
  'backupFolder',
  'openExternal',
] as const satisfies readonly (keyof Platform)[] & readonly PlatformMethod[];

/** Fails to compile when a method is added to `Platform` but not to `platformMethods`. */
type _AssertTrue<T extends true> = T;
export type _PlatformMethodsAreComplete = _AssertTrue<
  [Exclude<PlatformMethod, (typeof platformMethods)[number]>] extends [never] ? true : false
>;
