/**
 * Backups of the whole database and restoring one.
 *
 * A backup is every row of every table (`db.tables`: the documents, y-dexie's hidden Yjs update
 * tables, settings, files and whatever table is added later) in the file format of
 * shared/backup.ts, except the derived rows (a restore rebuilds them from the documents, so they
 * would only double the file), this machine's key and the search index. A restore checks the whole
 * file first (shared/backup.ts: format, version,
 * every table known, every row, every Yjs document rebuilt in memory, references), and only then
 * replaces the database in ONE transaction: the documents and their updates and the local tables
 * from the file, the derived rows rebuilt from the documents (the documents are the truth).
 * A refused file, or a failure half-way, leaves the database exactly as it was.
 *
 * Why not dexie-export-import's importInto: it clears the tables outside its import transaction
 * (a failure half-way leaves an empty database), it validates nothing but names and versions, and
 * it needs FileReader and `self` (not in Node, so not testable here). See docs/DATA.md.
 */
import { Dexie } from 'dexie';
import { z } from 'zod';
import {
  BACKUP_FORMAT_VERSION,
  checkBackup,
  BackupBlob,
  keyString,
  MAX_VALUE_DEPTH,
  parseBackupFile,
  serializeBackup,
  type BackupFile,
  type CheckedBackup,
  type TableSpec,
} from '../../shared/backup';
import { DomainError } from '../../shared/domain/errors';
import { sha256Bytes, sha256Hex } from '../../shared/document/canonical';
import { SCHEMA_VERSION, type FileRow, type SignedProtocolRow } from './database';
import { readTables, toStorable } from './dump';
import { upgradeBackup } from './migrations';
import { allProjectionTables, projectDocument } from './projection';
import { getSetting, setSetting, type Store } from './store';

export type BackupPhase = 'reading' | 'checking' | 'restoring';
export interface BackupProgress {
  phase: BackupPhase;
  /** 0 … 1 */
  fraction: number;
}
export type ProgressListener = (progress: BackupProgress) => void;

/**
 * Schemas of the local tables (rows not derived from a document). A table without an entry is
 * still backed up and restored; its rows are then only checked for a valid key.
 */
const hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const isoMoment = z.string().min(10).max(40);
export const localRowSchemas: Record<string, z.ZodType> = {
  settings: z.object({ key: z.string().min(1).max(200), value: z.unknown() }),
  signedProtocols: z.object({
    id: z.string().min(1),
    meetingId: z.string().min(1),
    version: z.number().int().positive(),
    hash: hex64,
    json: z.string(),
    approvedOn: z.string(),
    signedAt: isoMoment,
    approvals: z.array(z.object({ hash: hex64 }).loose()),
  }),
  receivedReviews: z.object({
    id: z.string().min(1),
    meetingId: z.string().min(1),
    version: z.number().int().positive(),
    hash: hex64,
    bytes: z.instanceof(Uint8Array),
    receivedAt: isoMoment,
    answeredAt: isoMoment.nullable(),
  }),
  files: z.object({
    id: z.string().min(1),
    name: z.string().min(1).max(300),
    type: z.string().max(200),
    size: z.number().int().nonnegative(),
    bytes: z.instanceof(Uint8Array),
    sha256: hex64,
    createdAt: isoMoment,
  }),
};

/**
 * Tables that never go into a backup and that a restore leaves alone: `keys` holds this
 * installation's private signing key (for approval files). A backup file may be copied anywhere;
 * the key stays on the machine, and a restored database keeps the key of the machine it is on.
 */
export const NOT_BACKED_UP: ReadonlySet<string> = new Set(['keys']);

/**
 * Tables that are only a cache of the rest (the search index): left out of a backup, emptied by a
 * restore, and rebuilt from the restored rows at the next start.
 */
export const REBUILT_AFTER_RESTORE: ReadonlySet<string> = new Set(['searchIndex']);

const inBackups = (name: string) => !NOT_BACKED_UP.has(name) && !REBUILT_AFTER_RESTORE.has(name);

/**
 * The derived tables (renderer/db/projection.ts) are left out of a backup file: every restore
 * rebuilds them from the documents and never reads them from the file (an older file that has them
 * is still read; its derived rows are checked and then ignored). Only a test fixture, which stands
 * for a user's stored database, asks for them.
 */
const derivedTables: ReadonlySet<string> = new Set(allProjectionTables);

/** How each table of this database takes part in a backup. */
export function tableSpecs(db: Dexie): TableSpec[] {
  const derived = new Set(allProjectionTables);
  const updatesOf = new Map<string, string>();
  for (const table of db.tables) {
    for (const yProp of (table.schema as { yProps?: { updatesTable: string }[] }).yProps ?? []) {
      updatesOf.set(yProp.updatesTable, table.name);
    }
  }
  return db.tables.filter((table) => inBackups(table.name)).map((table): TableSpec => {
    const keyPath = table.schema.primKey.keyPath ?? null;
    const yProps = (table.schema as { yProps?: { updatesTable: string }[] }).yProps ?? [];
    const parentTable = updatesOf.get(table.name);
    const role: TableSpec['role'] =
      yProps.length > 0
        ? { kind: 'documents', updatesTable: yProps[0]!.updatesTable }
        : parentTable
          ? { kind: 'updates', parentTable }
          : derived.has(table.name)
            ? { kind: 'derived' }
            : { kind: 'local', rowSchema: localRowSchemas[table.name] };
    return { name: table.name, keyPath, role };
  });
}

/** Lets the screen repaint now and then during long synchronous work. */
function ticker(report: (fraction: number) => void): (fraction: number) => Promise<void> {
  let last = 0;
  return async (fraction) => {
    report(fraction);
    const now = Date.now();
    if (now - last > 40) {
      last = now;
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  };
}

// --- making a backup -----------------------------------------------------------------------------

/** A backup of any Dexie database (also one opened without a schema, before an upgrade). */
export async function exportDatabase(
  db: Dexie,
  options: { appVersion: string; now?: Date; onProgress?: ProgressListener; withDerivedRows?: boolean } = { appVersion: '' },
): Promise<Uint8Array<ArrayBuffer>> {
  const report = ticker((fraction) => options.onProgress?.({ phase: 'reading', fraction }));
  await report(0);
  const tables = await readTables(db, (name) => inBackups(name) && (options.withDerivedRows === true || !derivedTables.has(name)));
  const file: BackupFile = {
    formatVersion: BACKUP_FORMAT_VERSION,
    createdAt: (options.now ?? new Date()).toISOString(),
    app: { name: 'Justera', version: options.appVersion },
    database: { name: db.name, schemaVersion: db.verno },
    tables,
  };
  const totalRows = Math.max(1, tables.reduce((n, t) => n + t.rows.length, 0));
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  let pending = '';
  let rows = 0;
  for await (const piece of serializeBackup(file)) {
    pending += piece.text;
    if (piece.row) rows += 1;
    if (pending.length > 1 << 20) {
      chunks.push(encoder.encode(pending));
      pending = '';
      await report(0.1 + 0.9 * Math.min(1, rows / totalRows));
    }
  }
  chunks.push(encoder.encode(pending));
  const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  await report(1);
  return bytes;
}

/** A full backup of the open database, as the bytes of a .json file. */
export async function createBackup(store: Store, options: { appVersion: string; now?: Date; onProgress?: ProgressListener }): Promise<Uint8Array<ArrayBuffer>> {
  // The minutes editor holds back up to 200 ms of typing (typingBuffer.ts): hand it to the
  // database and wait until it is stored, so the backup has every word typed before it was asked for.
  store.typing.flushAll();
  await new Promise((resolve) => setTimeout(resolve, 0));
  await store.writes.idle();
  return exportDatabase(store.db, options);
}

// --- reading and restoring -----------------------------------------------------------------------

/**
 * A signed protocol and a stored file carry their SHA-256: a backup whose text does not match is
 * refused (a signed protocol never changes, not even through a restore).
 */
async function checkChecksums(checked: CheckedBackup): Promise<void> {
  const meetingIds = new Set([...checked.documents.keys()].filter((id) => id.startsWith('meeting/')).map((id) => id.slice('meeting/'.length)));
  for (const row of (checked.rows.get('signedProtocols') ?? []) as SignedProtocolRow[]) {
    if ((await sha256Hex(row.json)) !== row.hash) {
      throw new DomainError(`Säkerhetskopian är skadad: det justerade protokollet (version ${row.version}) stämmer inte med sin kontrollsumma.`, 'file');
    }
    if (!meetingIds.has(row.meetingId)) {
      throw new DomainError('Säkerhetskopian hänger inte ihop: ett justerat protokoll hör till ett möte som saknas.', 'file');
    }
  }
  for (const row of (checked.rows.get('files') ?? []) as FileRow[]) {
    if ((await sha256Bytes(row.bytes)) !== row.sha256) {
      throw new DomainError(`Säkerhetskopian är skadad: filen ”${row.name}” stämmer inte med sin kontrollsumma.`, 'file');
    }
  }
}

/** What the confirmation before a restore shows. */
export interface DataSummary {
  bodies: number;
  people: number;
  organisations: number;
  meetings: number;
}

export interface BackupPreview {
  createdAt: string;
  appVersion: string;
  summary: DataSummary;
  checked: CheckedBackup;
  /** The derived rows, rebuilt from the backup's documents. */
  derived: Map<string, object[]>;
}

function summarise(rowsOf: (table: string) => readonly unknown[]): DataSummary {
  const live = (table: string) => rowsOf(table).filter((r) => (r as { deletedAt?: unknown }).deletedAt == null).length;
  return { bodies: live('bodies'), people: live('people'), organisations: live('organisations'), meetings: live('meetings') };
}

/** What the database holds now (for the confirmation: what a restore would replace). */
export async function currentSummary(store: Store): Promise<DataSummary> {
  const [bodies, people, organisations, meetings] = await Promise.all(
    ['bodies', 'people', 'organisations', 'meetings'].map((name) => store.db.table(name).toArray()),
  );
  const rows: Record<string, unknown[]> = { bodies: bodies!, people: people!, organisations: organisations!, meetings: meetings! };
  return summarise((table) => rows[table] ?? []);
}

/**
 * Reads and checks a backup file completely, without touching the database. Refuses with a
 * Swedish DomainError (field `file`) when anything is wrong with it.
 */
export async function readBackupFile(store: Store, bytes: Uint8Array, options: { onProgress?: ProgressListener } = {}): Promise<BackupPreview> {
  const report = ticker((fraction) => options.onProgress?.({ phase: 'checking', fraction }));
  await report(0);
  let file = await parseBackupFile(bytes, { currentSchemaVersion: SCHEMA_VERSION });
  await report(0.2);
  file = await upgradeBackup(file, inBackups);
  const checked = await checkBackup(file, tableSpecs(store.db), (done, total) => report(0.2 + 0.7 * (done / total)));
  await checkChecksums(checked);
  const derived = new Map<string, object[]>(allProjectionTables.map((t) => [t, []]));
  for (const [docId, doc] of checked.documents) {
    for (const [table, rows] of Object.entries(projectDocument(docId, doc))) derived.get(table)?.push(...rows);
  }
  await report(1);
  return {
    createdAt: file.createdAt,
    appVersion: file.app.version,
    summary: summarise((table) => derived.get(table) ?? []),
    checked,
    derived,
  };
}

/** Rows per bulk write while restoring, and how many such chunks may be on their way at once. */
const RESTORE_CHUNK = 1000;
const RESTORE_WINDOW = 4;

/** A row of a table and its primary key. */
interface KeyedRow {
  key: unknown;
  value: unknown;
}

/**
 * Whether two values would be stored as the same value: primitives (`Object.is`: NaN, -0), bytes,
 * dates, arrays and plain objects (by their own enumerable properties; a class instance is stored
 * as such an object too) compared all the way down. Anything else (a Blob, a Map, another typed
 * array, a value nested deeper than a backup allows) counts as different, so a doubt only makes a
 * restore write a row it could have skipped.
 */
export function sameStoredValue(a: unknown, b: unknown, depth = 0): boolean {
  if (Object.is(a, b) && (typeof a !== 'object' || a === null)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || depth > MAX_VALUE_DEPTH) return false;
  const tag = Object.prototype.toString.call(a);
  if (tag !== Object.prototype.toString.call(b)) return false;
  if (tag === '[object Uint8Array]' || tag === '[object ArrayBuffer]') {
    const x = ArrayBuffer.isView(a) ? (a as Uint8Array) : new Uint8Array(a as ArrayBuffer);
    const y = ArrayBuffer.isView(b) ? (b as Uint8Array) : new Uint8Array(b as ArrayBuffer);
    if (x.byteLength !== y.byteLength) return false;
    for (let i = 0; i < x.byteLength; i += 1) if (x[i] !== y[i]) return false;
    return true;
  }
  if (tag === '[object Date]') return Object.is((a as Date).getTime(), (b as Date).getTime());
  if (tag === '[object Array]') {
    const x = a as unknown[];
    const y = b as unknown[];
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i += 1) {
      if (Object.hasOwn(x, i) !== Object.hasOwn(y, i) || !sameStoredValue(x[i], y[i], depth + 1)) return false;
    }
    return true;
  }
  if (tag !== '[object Object]' || a instanceof BackupBlob || b instanceof BackupBlob) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.hasOwn(b, key) && sameStoredValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], depth + 1));
}

/** What a restore does to one table so that it holds exactly the backup's rows. */
export interface TableWrite {
  /** Empty the table first, then write every row. */
  clear: boolean;
  /** Keys of rows the table holds and the backup lacks (when not cleared). */
  deletes: unknown[];
  /** Rows to write: all of them after a clear, else those missing or different now. */
  puts: KeyedRow[];
}

/**
 * Compares what a table holds with what it must hold after the restore. A row counts as unchanged
 * only if it has the same key and the same stored value as the backup's row (`sameStoredValue`);
 * everything else is written. So a mistake here can only make a restore write more, never leave a row different from
 * the backup. Deleting row by row costs IndexedDB about as much as writing, so when most rows go
 * (a different database, the search index) the table is emptied and written whole instead.
 */
export function planTableWrite(current: readonly KeyedRow[], wanted: readonly KeyedRow[]): TableWrite {
  const held = new Map<string, unknown>();
  for (const row of current) held.set(keyString(row.key), row.value);
  const puts: KeyedRow[] = [];
  for (const row of wanted) {
    const key = keyString(row.key);
    const now = held.get(key);
    const exists = held.delete(key);
    if (!exists) {
      puts.push(row);
      continue;
    }
    if (!sameStoredValue(now, row.value)) puts.push(row);
  }
  const deletes = [...held.keys()];
  if (deletes.length + puts.length > wanted.length + current.length / 2) return { clear: true, deletes: [], puts: [...wanted] };
  const gone = new Set(deletes);
  return { clear: false, deletes: current.filter((row) => gone.has(keyString(row.key))).map((row) => row.key), puts };
}

/**
 * Replaces the whole database with a checked backup in one transaction, then drops the documents
 * held in memory so every screen reads the restored data. If anything fails, nothing has changed.
 *
 * Inside the transaction each table is read and compared with the backup, and only the rows that
 * differ are written and those the backup lacks deleted (`planTableWrite`). IndexedDB's time is
 * per request (in Chromium ≈ 0.13 ms per row even for a 10-byte row, see docs/BENCHMARK.md), so a
 * restore of yesterday's backup, where most rows are as they are now, writes only what changed;
 * a restore into an empty or a very different database still writes every row. It is the same
 * single transaction as before: a failure half-way leaves the database exactly as it was.
 */
export async function restoreBackup(store: Store, preview: BackupPreview, options: { onProgress?: ProgressListener } = {}): Promise<void> {
  const report = (fraction: number) => options.onProgress?.({ phase: 'restoring', fraction });
  const specs = new Map(tableSpecs(store.db).map((spec) => [spec.name, spec]));
  // Every table but this machine's key: those in the backup get its rows, the others (the search
  // index) are emptied.
  const tables = store.db.tables.filter((table) => !NOT_BACKED_UP.has(table.name));
  const wantedOf = (name: string): KeyedRow[] => {
    const spec = specs.get(name);
    if (!spec) return [];
    if (spec.role.kind === 'derived') {
      // Derived rows were built here from the documents: they hold no file contents to convert.
      return (preview.derived.get(name) ?? []).map((row) => ({ key: Dexie.getByKeyPath(row, spec.keyPath!) as unknown, value: row }));
    }
    const rows = preview.checked.rows.get(name) ?? [];
    return spec.keyPath !== null
      ? rows.map((row) => ({ key: Dexie.getByKeyPath(row as object, spec.keyPath!) as unknown, value: row }))
      : (rows as KeyedRow[]);
  };
  const total = Math.max(1, tables.reduce((n, table) => n + wantedOf(table.name).length, 0));
  let done = 0;
  const advance = (rows: number) => {
    done += rows;
    report(Math.min(1, done / total));
  };
  report(0);
  await store.docs.dropAll();
  try {
    await store.db.transaction('rw', store.db.tables, async (tx) => {
      // The only transaction besides a correction that may replace signed protocols (the frozen
      // middleware refuses everyone else): the checked backup is the whole truth.
      store.frozen.allow(tx.idbtrans);
      // Chunks are written a few at a time without waiting for each: while IndexedDB stores one
      // chunk, this thread already prepares the next. The window keeps the progress bar moving.
      const inFlight: Promise<unknown>[] = [];
      const send = async (write: Promise<unknown>, rows: number) => {
        const step = write.then(() => advance(rows));
        // Marked as handled: if a chunk fails, the first failure awaited aborts the transaction,
        // and the chunks still on their way fail with it.
        step.catch(() => undefined);
        inFlight.push(step);
        if (inFlight.length >= RESTORE_WINDOW) await inFlight.shift();
      };
      for (const table of tables) {
        const inbound = table.schema.primKey.keyPath != null;
        const wanted = wantedOf(table.name);
        const values = (await table.toArray()) as unknown[];
        const current: KeyedRow[] = inbound
          ? values.map((value) => ({ key: Dexie.getByKeyPath(value as object, table.schema.primKey.keyPath!) as unknown, value }))
          : (await table.toCollection().primaryKeys()).map((key, i) => ({ key, value: values[i] }));
        const plan = planTableWrite(current, wanted);
        if (plan.clear) await table.clear();
        for (let start = 0; start < plan.deletes.length; start += RESTORE_CHUNK) {
          await send(table.bulkDelete(plan.deletes.slice(start, start + RESTORE_CHUNK) as never[]), 0);
        }
        advance(wanted.length - plan.puts.length);
        const storable = specs.get(table.name)?.role.kind === 'derived' ? (value: unknown) => value : toStorable;
        for (let start = 0; start < plan.puts.length; start += RESTORE_CHUNK) {
          const chunk = plan.puts.slice(start, start + RESTORE_CHUNK);
          await send(
            inbound
              ? table.bulkPut(chunk.map((row) => storable(row.value)))
              : table.bulkPut(
                  chunk.map((row) => storable(row.value)),
                  chunk.map((row) => row.key as never),
                ),
            chunk.length,
          );
        }
      }
      await Promise.all(inFlight);
    });
  } catch (error) {
    console.error(error);
    throw new DomainError(
      error instanceof Error && error.name === 'QuotaExceededError'
        ? 'Det finns inte plats att återställa säkerhetskopian på den här datorn. Inga uppgifter har ändrats.'
        : 'Säkerhetskopian kunde inte återställas. Inga uppgifter har ändrats.',
      'file',
    );
  } finally {
    // Documents loaded while the restore ran describe the old database.
    await store.docs.dropAll();
    await store.frozen.refresh(store.db);
  }
  announceRestore(store.db.name);
  report(1);
}

/** Other windows of the app (browser tabs) hold documents of the old database: they must reload. */
export const RESTORE_CHANNEL = 'justera-database';
/** This window's id: a window ignores its own announcements (every channel object in it hears them). */
const windowId = crypto.randomUUID();

function announceRestore(databaseName: string): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(RESTORE_CHANNEL);
  channel.postMessage({ type: 'restored', databaseName, from: windowId });
  channel.close();
}

/** Calls `onRestored` when another window restores a backup into database `databaseName`. */
export function onRestoreElsewhere(databaseName: string, onRestored: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(RESTORE_CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const data = event.data as { type?: unknown; databaseName?: unknown; from?: unknown } | null;
    if (data?.type === 'restored' && data.databaseName === databaseName && data.from !== windowId) onRestored();
  };
  return () => channel.close();
}

/** Reads, checks and restores a backup file in one go. */
export async function restoreBackupFile(store: Store, bytes: Uint8Array, options: { onProgress?: ProgressListener } = {}): Promise<BackupPreview> {
  const preview = await readBackupFile(store, bytes, options);
  await restoreBackup(store, preview, options);
  return preview;
}

// --- settings for backups ------------------------------------------------------------------------

export const DEFAULT_BACKUP_KEEP = 14;
const KEEP_SETTING = 'backupKeep';
const LAST_AUTOMATIC_SETTING = 'lastAutomaticBackupAt';

/** How many automatic backups the desktop app keeps. */
export async function getBackupKeep(store: Store): Promise<number> {
  const value = await getSetting<unknown>(store, KEEP_SETTING);
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 365 ? value : DEFAULT_BACKUP_KEEP;
}

export async function setBackupKeep(store: Store, keep: number): Promise<void> {
  if (!Number.isInteger(keep) || keep < 1 || keep > 365) {
    throw new DomainError('Ange ett antal mellan 1 och 365.', 'keep');
  }
  await setSetting(store, KEEP_SETTING, keep);
}

export async function getLastAutomaticBackup(store: Store): Promise<string | undefined> {
  const value = await getSetting<unknown>(store, LAST_AUTOMATIC_SETTING);
  return typeof value === 'string' ? value : undefined;
}

export async function setLastAutomaticBackup(store: Store, at: Date): Promise<void> {
  await setSetting(store, LAST_AUTOMATIC_SETTING, at.toISOString());
}

export { KEEP_SETTING as BACKUP_KEEP_SETTING };
