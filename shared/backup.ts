/**
 * The backup file: one JSON document holding every row of every table of the database, the
 * hidden Yjs update tables included, so a restore gives back an identical database.
 *
 * ```json
 * { "format": "justera-backup", "formatVersion": 1, "createdAt": "2026-03-04T10:15:30.123Z",
 *   "app": { "name": "Justera", "version": "0.1.0" },
 *   "database": { "name": "justera", "schemaVersion": 1 },
 *   "tables": [ { "name": "documents", "schema": "id,kind", "inbound": true, "rowCount": 3, "sha256": "…", "rows": [ … ] }, … ] }
 * ```
 *
 * Row values are JSON with a few tagged objects for what JSON cannot hold (`{"$type": "bytes",
 * "base64": …}` for a Uint8Array such as a Yjs update, dates, blobs, undefined, NaN …); see
 * `encodeValue`. Each table carries the SHA-256 of its rows. Reading a file is two steps, both
 * pure and both refusing with a Swedish DomainError: `parseBackupFile` (is it ours, which version,
 * is every table whole, does every value decode) and
 * `checkBackup` (is every table known, does every row pass its schema, does every Yjs document
 * decode completely, do the records refer to each other as they must). Only a file that passes
 * both may be written to the database (renderer/db/backup.ts).
 */
import * as Y from 'yjs';
import { z } from 'zod';
import { DomainError } from './domain/errors';
import { sha256Hex } from './document/canonical';
import { documentKinds, documentMeta, parseDocId, REGISTER_DOC_ID } from './ydoc/documents';
import { readItems, readMeeting } from './ydoc/meeting';
import { readMemberships, readRegister } from './ydoc/register';
import { readMinutes } from './ydoc/minutes';
import { readAgreements } from './ydoc/agreements';

export const BACKUP_FORMAT = 'justera-backup';
/** The version of the file's own structure (not of the database inside it). */
export const BACKUP_FORMAT_VERSION = 1;
export const backupFileFilter = { name: 'Säkerhetskopia från Justera', extensions: ['json', 'justera-backup'] };

/** Values nested deeper than this are refused (a real backup is at most a few levels deep). */
export const MAX_VALUE_DEPTH = 64;

// --- file names ----------------------------------------------------------------------------------

function localStamp(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`;
}

/**
 * A backup the user asks for: justera-säkerhetskopia-2026-03-04-101530.json (local time). If that
 * name is taken (two backups in one second), -2, -3 … is added: a backup never replaces another.
 */
export function manualBackupName(at: Date, taken: readonly string[] = []): string {
  const base = `justera-säkerhetskopia-${localStamp(at)}`;
  let name = `${base}.json`;
  for (let n = 2; taken.includes(name); n += 1) name = `${base}-${n}.json`;
  return name;
}

export const PRE_UPGRADE_BACKUP_PREFIX = 'justera-innan-uppgradering-';

/**
 * The backup made before the database is upgraded from `fromVersion`. Its name does not match
 * AUTOMATIC_BACKUP_NAME_PATTERN, so the rotation of the daily backups never removes it.
 */
export function preUpgradeBackupName(at: Date, fromVersion: number): string {
  return `${PRE_UPGRADE_BACKUP_PREFIX}v${fromVersion}-${at.toISOString().replace(/[:.]/g, '-')}.json`;
}

// --- values --------------------------------------------------------------------------------------

/** A Blob's content, in a form shared/ can handle (the renderer turns it into a Blob and back). */
export class BackupBlob {
  constructor(
    readonly type: string,
    readonly bytes: Uint8Array,
  ) {}
}

/** The ES2026 base64 methods (Chromium 140+, so Electron and the browser; not Node 20, hence the fallbacks). */
const nativeBase64 = Uint8Array as unknown as { fromBase64?: (text: string) => Uint8Array; prototype: { toBase64?: () => string } };

export function bytesToBase64(bytes: Uint8Array): string {
  // Natively where there is a native one: the loop below took 1.5 s of a large backup.
  if (typeof nativeBase64.prototype.toBase64 === 'function') return (bytes as unknown as { toBase64: () => string }).toBase64();
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export function base64ToBytes(base64: string): Uint8Array {
  if (base64.length % 4 !== 0 || !BASE64.test(base64)) throw new ValueError('ogiltig base64');
  if (typeof nativeBase64.fromBase64 === 'function') return nativeBase64.fromBase64(base64);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** A value in a file that cannot be decoded (internal; reported as a DomainError). */
class ValueError extends Error {}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as object | null;
  return proto === null || proto === Object.prototype || Object.getPrototypeOf(proto) === Object.prototype;
}

function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  // defineProperty, not assignment: a key named "__proto__" stays a plain key.
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * A stored value as JSON. Plain JSON stays as it is; what JSON cannot hold becomes a tagged
 * object, and an object of our own that happens to have a `$type` key is wrapped so it cannot be
 * mistaken for a tag. Throws on values a backup cannot represent (a Map, a function …): a backup
 * must never silently leave something out.
 */
export function encodeValue(value: unknown, where = 'värdet'): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value === undefined) return { $type: 'undefined' };
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return { $type: 'number', value: 'NaN' };
    if (value === Infinity) return { $type: 'number', value: 'Infinity' };
    if (value === -Infinity) return { $type: 'number', value: '-Infinity' };
    if (Object.is(value, -0)) return { $type: 'number', value: '-0' };
    return value;
  }
  if (typeof value !== 'object') throw new Error(`Cannot back up a ${typeof value} in ${where}`);
  if (value instanceof Uint8Array) return { $type: 'bytes', base64: bytesToBase64(value) };
  if (value instanceof ArrayBuffer) return { $type: 'arraybuffer', base64: bytesToBase64(new Uint8Array(value)) };
  if (value instanceof Date) {
    const time = value.getTime();
    return { $type: 'date', value: Number.isNaN(time) ? null : time };
  }
  if (value instanceof BackupBlob) return { $type: 'blob', type: value.type, base64: bytesToBase64(value.bytes) };
  if (Array.isArray(value)) return Array.from(value, (item) => encodeValue(item, where));
  if (ArrayBuffer.isView(value) || value instanceof Map || value instanceof Set || !isPlainObject(value)) {
    throw new Error(`Cannot back up a ${Object.prototype.toString.call(value)} in ${where}`);
  }
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) setOwn(out, key, encodeValue(item, where));
  return Object.hasOwn(out, '$type') ? { $type: 'object', value: out } : out;
}

function decodeBase64Field(tagged: Record<string, unknown>): Uint8Array {
  if (typeof tagged.base64 !== 'string') throw new ValueError('base64 saknas');
  return base64ToBytes(tagged.base64);
}

/** The inverse of `encodeValue`, for anything read from a file: refuses what it does not know. */
export function decodeValue(value: unknown, depth = 0): unknown {
  if (depth > MAX_VALUE_DEPTH) throw new ValueError('för djupt nästlade värden');
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return value;
  if (typeof value !== 'object') throw new ValueError('okänt värde');
  if (Array.isArray(value)) return value.map((item) => decodeValue(item, depth + 1));
  const tagged = value as Record<string, unknown>;
  if (Object.hasOwn(tagged, '$type')) {
    switch (tagged.$type) {
      case 'undefined':
        return undefined;
      case 'number':
        switch (tagged.value) {
          case 'NaN':
            return NaN;
          case 'Infinity':
            return Infinity;
          case '-Infinity':
            return -Infinity;
          case '-0':
            return -0;
          default:
            throw new ValueError('okänt tal');
        }
      case 'bytes':
        return decodeBase64Field(tagged);
      case 'arraybuffer': {
        const bytes = decodeBase64Field(tagged);
        return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
      }
      case 'date':
        if (tagged.value !== null && (typeof tagged.value !== 'number' || !Number.isFinite(tagged.value))) {
          throw new ValueError('ogiltigt datum');
        }
        return new Date(tagged.value === null ? NaN : tagged.value);
      case 'blob':
        if (typeof tagged.type !== 'string' || tagged.type.length > 255) throw new ValueError('ogiltig filtyp');
        return new BackupBlob(tagged.type, decodeBase64Field(tagged));
      case 'object': {
        const inner = tagged.value;
        if (typeof inner !== 'object' || inner === null || Array.isArray(inner)) throw new ValueError('ogiltigt objekt');
        return decodePlain(inner as Record<string, unknown>, depth);
      }
      default:
        throw new ValueError('okänd värdetyp');
    }
  }
  return decodePlain(tagged, depth);
}

function decodePlain(value: Record<string, unknown>, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) setOwn(out, key, decodeValue(item, depth + 1));
  return out;
}

// --- the file ------------------------------------------------------------------------------------

const tableNameSchema = z.string().min(1).max(200);

export const backupTableSchema = z.object({
  name: tableNameSchema,
  /** Dexie's schema string of the table (for people reading the file; not trusted on restore). */
  schema: z.string().max(10_000),
  /** Rows hold their own primary key (inbound); otherwise each row is `{ key, value }`. */
  inbound: z.boolean(),
  rowCount: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  rows: z.array(z.unknown()),
});

export const backupFileSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().min(1),
  createdAt: z.string().max(100),
  app: z.object({ name: z.string().max(100), version: z.string().max(100) }),
  database: z.object({ name: z.string().max(200), schemaVersion: z.number().positive() }),
  tables: z.array(backupTableSchema).max(1000),
});
export type BackupFileJson = z.infer<typeof backupFileSchema>;

export interface BackupTable {
  name: string;
  schema: string;
  inbound: boolean;
  /** Decoded rows (inbound tables), or `{ key, value }` pairs (outbound tables). */
  rows: unknown[];
}

export interface BackupFile {
  formatVersion: number;
  createdAt: string;
  app: { name: string; version: string };
  database: { name: string; schemaVersion: number };
  tables: BackupTable[];
}

/** SHA-256 (hex) of a table's rows as they stand in the file: each row's JSON, one per line. */
export async function tableChecksum(rowTexts: readonly string[]): Promise<string> {
  return sha256Hex(rowTexts.join('\n'));
}

/**
 * The file's JSON in pieces, so no single string has to hold the whole database. Each piece says
 * whether it is a row (for progress). Each table carries the SHA-256 of its rows, so a file
 * damaged on disk or edited by hand is refused as a whole.
 */
export async function* serializeBackup(file: BackupFile): AsyncGenerator<{ text: string; row: boolean }> {
  const header = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    createdAt: file.createdAt,
    app: file.app,
    database: file.database,
  };
  const head = JSON.stringify(header);
  yield { text: `${head.slice(0, -1)},\n"tables": [`, row: false };
  for (const [t, table] of file.tables.entries()) {
    const rowTexts = table.rows.map((row) => JSON.stringify(encodeValue(row, `tabellen ${table.name}`)));
    const meta = { name: table.name, schema: table.schema, inbound: table.inbound, rowCount: rowTexts.length, sha256: await tableChecksum(rowTexts) };
    yield { text: `${t === 0 ? '' : ','}\n${JSON.stringify(meta).slice(0, -1)}, "rows": [`, row: false };
    for (const [r, text] of rowTexts.entries()) yield { text: `${r === 0 ? '' : ','}\n${text}`, row: true };
    yield { text: ']}', row: false };
  }
  yield { text: '\n]}\n', row: false };
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function refuse(message: string): never {
  throw new DomainError(message, 'file');
}

export const NOT_A_BACKUP = 'Filen är inte en säkerhetskopia från Justera.';

/** Options for reading: which database versions this build can restore. */
export interface ParseOptions {
  /** The schema version of this build's database. */
  currentSchemaVersion: number;
}

/**
 * Step one: is the file a backup from Justera, of a version this build understands, and does every
 * value decode? Refuses with a Swedish DomainError (field `file`) otherwise. Touches nothing.
 */
export async function parseBackupFile(bytes: Uint8Array, options: ParseOptions): Promise<BackupFile> {
  if (bytes.byteLength === 0) refuse('Filen är tom. Välj en säkerhetskopia från Justera.');
  if (ZIP_MAGIC.every((b, i) => bytes[i] === b)) {
    refuse('Filen är ett Word-dokument eller en zip-fil, inte en säkerhetskopia från Justera.');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    refuse(NOT_A_BACKUP);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    refuse(
      text.trimStart().startsWith('{') && text.includes(BACKUP_FORMAT)
        ? 'Säkerhetskopian är ofullständig eller skadad och kan inte läsas. Den kan ha kopierats eller sparats ofullständigt. Välj en annan säkerhetskopia.'
        : NOT_A_BACKUP,
    );
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) refuse(NOT_A_BACKUP);
  const top = json as Record<string, unknown>;
  if (top.formatName === 'dexie') {
    refuse('Filen är en databasexport från ett annat program, inte en säkerhetskopia från Justera.');
  }
  if (top.format !== BACKUP_FORMAT) refuse(NOT_A_BACKUP);
  const newer = 'Säkerhetskopian kommer från en nyare version av Justera och kan inte läsas av den här versionen. Uppdatera Justera till den senaste versionen och försök igen.';
  if (typeof top.formatVersion === 'number' && top.formatVersion > BACKUP_FORMAT_VERSION) refuse(newer);
  const database = top.database as { schemaVersion?: unknown } | undefined;
  if (typeof database?.schemaVersion === 'number' && database.schemaVersion > options.currentSchemaVersion) refuse(newer);

  const parsed = backupFileSchema.safeParse(json);
  if (!parsed.success) refuse('Säkerhetskopian är skadad: den saknar uppgifter som alla säkerhetskopior har.');
  const file = parsed.data;
  const seen = new Set<string>();
  const tables: BackupTable[] = [];
  for (const table of file.tables) {
    if (seen.has(table.name)) refuse(`Säkerhetskopian är skadad: tabellen ”${table.name}” finns två gånger.`);
    seen.add(table.name);
    if (table.rowCount !== table.rows.length) {
      refuse(`Säkerhetskopian är ofullständig: ${tableLabel(table.name)} ska ha ${table.rowCount} rader men har ${table.rows.length}.`);
    }
    if ((await tableChecksum(table.rows.map((row) => JSON.stringify(row)))) !== table.sha256) {
      refuse(`Säkerhetskopian är skadad: innehållet i ${tableLabel(table.name)} har ändrats sedan säkerhetskopian gjordes.`);
    }
    const rows = table.rows.map((row, index) => {
      try {
        return decodeValue(row);
      } catch (error) {
        if (error instanceof ValueError) {
          refuse(`Säkerhetskopian är skadad: rad ${index + 1} i ${tableLabel(table.name)} går inte att läsa (${error.message}).`);
        }
        throw error;
      }
    });
    tables.push({ name: table.name, schema: table.schema, inbound: table.inbound, rows });
  }
  return { formatVersion: file.formatVersion, createdAt: file.createdAt, app: file.app, database: file.database, tables };
}

// --- checking the contents -----------------------------------------------------------------------

/** How a table of the database takes part in a backup (the renderer builds this from db.tables). */
export interface TableSpec {
  name: string;
  /** The inbound primary key path, or null when keys are outbound. */
  keyPath: string | string[] | null;
  role:
    | { kind: 'documents'; updatesTable: string }
    | { kind: 'updates'; parentTable: string }
    | { kind: 'derived' }
    | { kind: 'local'; rowSchema?: z.ZodType };
}

/** A checked backup: safe to write. Documents are rebuilt in memory from their update rows. */
export interface CheckedBackup {
  file: BackupFile;
  /** Rows per table, as they will be written. */
  rows: Map<string, unknown[]>;
  /** Every Yjs document of the `documents` table, by id. */
  documents: Map<string, Y.Doc>;
}

const swedishTableNames: Record<string, string> = {
  documents: 'dokumenten',
  settings: 'inställningarna',
  organisations: 'organisationerna',
  people: 'personerna',
  bodies: 'organen',
  memberships: 'medlemskapen',
  meetings: 'mötena',
  items: 'punkterna',
  events: 'årsplanens händelser',
  topics: 'teman till kommande möten',
};

function tableLabel(name: string): string {
  if (swedishTableNames[name]) return swedishTableNames[name];
  if (name.startsWith('$')) return 'ändringarna i dokumenten';
  return `tabellen ”${name}”`;
}

/** A valid IndexedDB key (what a primary key must be). */
export function isValidKey(key: unknown, depth = 0): boolean {
  if (depth > 8) return false;
  if (typeof key === 'string') return true;
  if (typeof key === 'number') return !Number.isNaN(key);
  if (key instanceof Date) return !Number.isNaN(key.getTime());
  if (key instanceof ArrayBuffer || key instanceof Uint8Array) return true;
  if (Array.isArray(key)) return key.every((k) => isValidKey(k, depth + 1));
  return false;
}

function keyOf(row: unknown, keyPath: string | string[]): unknown {
  if (typeof row !== 'object' || row === null) return undefined;
  const get = (path: string) =>
    path.split('.').reduce<unknown>((value, part) => (typeof value === 'object' && value !== null && Object.hasOwn(value, part) ? (value as Record<string, unknown>)[part] : undefined), row);
  return Array.isArray(keyPath) ? keyPath.map(get) : get(keyPath);
}

/** A primary key as a string that tells keys of different types apart (for maps of rows by key). */
export function keyString(key: unknown): string {
  if (key instanceof Date) return `d:${key.getTime()}`;
  if (key instanceof ArrayBuffer) return `b:${bytesToBase64(new Uint8Array(key))}`;
  if (key instanceof Uint8Array) return `b:${bytesToBase64(key)}`;
  if (Array.isArray(key)) return `[${key.map(keyString).join(',')}]`;
  return `${typeof key}:${String(key)}`;
}

export const documentRowSchema = z.object({
  id: z.string().min(1).max(300),
  kind: z.enum(documentKinds),
  createdAt: z.string().max(100),
});

/** y-dexie's update rows: `i` its auto-incremented key, `k` the document, `u` the Yjs update. */
export const updateRowSchema = z.object({
  i: z.number().int().positive(),
  k: z.string().min(1).max(300),
  u: z.instanceof(Uint8Array),
  f: z.number().int().optional(),
});

/** y-dexie's compression bookmark, kept at key 0 of each updates table. */
export const compressionStampSchema = z.object({
  i: z.literal(0),
  lastCompressed: z.number(),
  lastRun: z.date().optional(),
});

const derivedRowSchema = z.object({ id: z.string().min(1), docId: z.string().min(1) });

/**
 * Step two: every table known to this database, every row right for its table, every document
 * complete, every reference in place. `onProgress(done, total)` is called between rows (awaited,
 * so the caller can let the screen update). Refuses with a Swedish DomainError; touches nothing.
 */
export async function checkBackup(
  file: BackupFile,
  specs: readonly TableSpec[],
  onProgress: (done: number, total: number) => void | Promise<void> = () => undefined,
): Promise<CheckedBackup> {
  const byName = new Map(specs.map((s) => [s.name, s]));
  for (const table of file.tables) {
    if (!byName.has(table.name)) {
      refuse(
        `Säkerhetskopian innehåller uppgifter som den här versionen av Justera inte känner till (${tableLabel(table.name)}). Den kommer troligen från en nyare version av Justera.`,
      );
    }
  }
  const total = file.tables.reduce((n, t) => n + t.rows.length, 0) + 1;
  let done = 0;
  const rows = new Map<string, unknown[]>();
  for (const spec of specs) rows.set(spec.name, []);

  for (const table of file.tables) {
    const spec = byName.get(table.name)!;
    const inbound = spec.keyPath !== null;
    if (table.inbound !== inbound) refuse(`Säkerhetskopian är skadad: ${tableLabel(table.name)} har fel form.`);
    const keys = new Set<string>();
    for (const [index, raw] of table.rows.entries()) {
      const where = `rad ${index + 1} i ${tableLabel(table.name)}`;
      let key: unknown;
      let value: unknown;
      if (inbound) {
        value = raw;
        key = keyOf(raw, spec.keyPath!);
      } else {
        if (typeof raw !== 'object' || raw === null || !Object.hasOwn(raw, 'key') || !Object.hasOwn(raw, 'value')) {
          refuse(`Säkerhetskopian är skadad: ${where} har fel form.`);
        }
        ({ key, value } = raw as { key: unknown; value: unknown });
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Uint8Array) {
        if (inbound || spec.role.kind !== 'local') refuse(`Säkerhetskopian är skadad: ${where} har fel form.`);
      }
      if (!isValidKey(key)) refuse(`Säkerhetskopian är skadad: ${where} saknar en giltig nyckel.`);
      const ks = keyString(key);
      if (keys.has(ks)) refuse(`Säkerhetskopian är skadad: samma post finns två gånger i ${tableLabel(table.name)}.`);
      keys.add(ks);
      if (!rowMatches(spec, value)) refuse(`Säkerhetskopian är skadad: ${where} har fel form.`);
      rows.get(table.name)!.push(raw);
      done += 1;
      if (done % 500 === 0) await onProgress(done, total);
    }
  }

  const documents = rebuildDocuments(specs, rows);
  checkReferences(documents, rows, specs);
  await onProgress(total, total);
  return { file, rows, documents };
}

function rowMatches(spec: TableSpec, value: unknown): boolean {
  switch (spec.role.kind) {
    case 'documents':
      return documentRowSchema.safeParse(value).success && parseDocId((value as { id: string }).id)?.kind === (value as { kind: string }).kind;
    case 'updates':
      return updateRowSchema.safeParse(value).success || compressionStampSchema.safeParse(value).success;
    case 'derived':
      return derivedRowSchema.safeParse(value).success;
    case 'local':
      return spec.role.rowSchema ? spec.role.rowSchema.safeParse(value).success : true;
  }
}

/** Rebuilds each Yjs document from its update rows, in memory, and checks it decodes completely. */
function rebuildDocuments(specs: readonly TableSpec[], rows: Map<string, unknown[]>): Map<string, Y.Doc> {
  const documents = new Map<string, Y.Doc>();
  for (const spec of specs) {
    if (spec.role.kind !== 'documents') continue;
    const parents = rows.get(spec.name) as { id: string; kind: string }[];
    const ids = new Set(parents.map((p) => p.id));
    const updates = (rows.get(spec.role.updatesTable) ?? []) as { i: number; k?: string; u?: Uint8Array }[];
    const byDoc = new Map<string, Uint8Array[]>();
    for (const update of [...updates].sort((a, b) => a.i - b.i)) {
      if (update.i === 0 || update.k === undefined || update.u === undefined) continue;
      if (!ids.has(update.k)) refuse('Säkerhetskopian hänger inte ihop: den har ändringar i ett dokument som inte finns i den.');
      const list = byDoc.get(update.k) ?? [];
      list.push(update.u);
      byDoc.set(update.k, list);
    }
    const isDocuments = spec.name === 'documents';
    if (isDocuments && !ids.has(REGISTER_DOC_ID)) refuse('Säkerhetskopian saknar registret och kan inte återställas.');
    for (const parent of parents) {
      // A guid of our own: Yjs would otherwise draw a random UUID for each of thousands of
      // documents, one crypto.getRandomValues call per digit (a second or two for a large backup).
      const doc = new Y.Doc({ guid: parent.id });
      try {
        Y.transact(doc, () => {
          for (const update of byDoc.get(parent.id) ?? []) Y.applyUpdateV2(doc, update);
        });
      } catch {
        refuse(`Säkerhetskopian är skadad: dokumentet ”${parent.id}” går inte att läsa.`);
      }
      if (doc.store.pendingStructs !== null || doc.store.pendingDs !== null) {
        refuse(`Säkerhetskopian är ofullständig: ändringar saknas i dokumentet ”${parent.id}”.`);
      }
      if (isDocuments) {
        const meta = documentMeta(doc);
        const parsed = parseDocId(parent.id)!;
        // Every document starts with its meta (initDocument): without it, its first changes are missing.
        if (meta.get('kind') === undefined) refuse(`Säkerhetskopian är ofullständig: ändringar saknas i dokumentet ”${parent.id}”.`);
        if (meta.get('kind') !== parsed.kind || meta.get('entityId') !== parsed.entityId) {
          refuse(`Säkerhetskopian är skadad: dokumentet ”${parent.id}” innehåller ett annat dokument.`);
        }
        documents.set(parent.id, doc);
      }
    }
  }
  return documents;
}

// --- references between records ------------------------------------------------------------------

/** What a reference rule sees: the documents, rebuilt, and the rows of the other tables. */
export interface BackupContents {
  documents: ReadonlyMap<string, Y.Doc>;
  rows: ReadonlyMap<string, readonly unknown[]>;
}

/**
 * A rule returns the Swedish description of the first broken reference it finds, or null.
 * Each capability appends the rules for its own records (agreements → parties, attachments → files …).
 */
export type ReferenceRule = (contents: BackupContents) => string | null;

function register(contents: BackupContents) {
  const doc = contents.documents.get(REGISTER_DOC_ID);
  const snapshot = doc ? readRegister(doc) : { organisations: [], people: [], bodies: [] };
  return {
    ...snapshot,
    organisationIds: new Set(snapshot.organisations.map((o) => o.id)),
    personIds: new Set(snapshot.people.map((p) => p.id)),
    bodyIds: new Set(snapshot.bodies.map((b) => b.id)),
  };
}

function documentsOf(contents: BackupContents, kind: string): [string, Y.Doc][] {
  return [...contents.documents].filter(([id]) => parseDocId(id)?.kind === kind);
}

export const referenceRules: ReferenceRule[] = [
  (contents) => {
    const reg = register(contents);
    const person = reg.people.find((p) => p.organisationId !== null && !reg.organisationIds.has(p.organisationId));
    return person ? `${person.name} hör till en organisation som inte finns i registret.` : null;
  },
  (contents) => {
    const reg = register(contents);
    for (const [docId, doc] of documentsOf(contents, 'body')) {
      const bodyId = parseDocId(docId)!.entityId;
      if (!reg.bodyIds.has(bodyId)) return 'det finns uppgifter om ett organ som inte finns i registret.';
      const bodyName = reg.bodies.find((b) => b.id === bodyId)?.name ?? 'organet';
      const memberships = readMemberships(doc, bodyId);
      const ids = new Set(memberships.map((m) => m.id));
      for (const m of memberships) {
        if (!reg.personIds.has(m.personId)) return `ett medlemskap i ${bodyName} gäller en person som inte finns i registret.`;
        if (m.organisationId !== null && !reg.organisationIds.has(m.organisationId)) {
          return `ett medlemskap i ${bodyName} gäller en organisation som inte finns i registret.`;
        }
        if (m.deputyFor !== null && !ids.has(m.deputyFor)) return `en ersättare i ${bodyName} står i stället för en ledamot som saknas.`;
      }
    }
    return null;
  },
  (contents) => {
    const reg = register(contents);
    for (const [docId, doc] of documentsOf(contents, 'meeting')) {
      const meeting = readMeeting(doc, parseDocId(docId)!.entityId);
      if (!meeting) continue;
      if (meeting.bodyIds.some((id) => !reg.bodyIds.has(id))) return `mötet ${meeting.date} hör till ett organ som inte finns i registret.`;
      if (meeting.adjusterIds.some((id) => !reg.personIds.has(id))) return `en justerare för mötet ${meeting.date} finns inte i registret.`;
    }
    return null;
  },
  (contents) => {
    const meetings = new Set(documentsOf(contents, 'meeting').map(([id]) => parseDocId(id)!.entityId));
    for (const [docId, doc] of documentsOf(contents, 'minutes')) {
      const minutes = readMinutes(doc, parseDocId(docId)!.entityId);
      if (!meetings.has(minutes.meetingId)) return 'det finns anteckningar till ett möte som saknas.';
    }
    return null;
  },
  (contents) => {
    const reg = register(contents);
    for (const [, doc] of documentsOf(contents, 'agreements')) {
      const { agreements, parties } = readAgreements(doc);
      const agreementIds = new Set(agreements.map((a) => a.id));
      if (parties.some((p) => !reg.organisationIds.has(p.organisationId))) return 'en part i en överenskommelse är en organisation som inte finns i registret.';
      if (parties.some((p) => !agreementIds.has(p.agreementId))) return 'en part hör till en överenskommelse som saknas.';
    }
    return null;
  },
  // An agenda item's attachment and the stored file it names must be the same bytes. A reference
  // whose file is not in the backup is allowed: that is a real state (a meeting file whose
  // attachments did not fit, or from an older Justera), and the app says the file is not here.
  (contents) => {
    const files = new Map<string, string>();
    for (const row of contents.rows.get('files') ?? []) {
      const { id, sha256 } = (row ?? {}) as { id?: unknown; sha256?: unknown };
      if (typeof id === 'string' && typeof sha256 === 'string') files.set(id, sha256);
    }
    for (const [docId, doc] of documentsOf(contents, 'meeting')) {
      for (const item of readItems(doc, parseDocId(docId)!.entityId)) {
        for (const attachment of item.attachments) {
          const stored = files.get(attachment.fileId);
          if (stored !== undefined && attachment.sha256 !== '' && stored !== attachment.sha256) {
            return `den bifogade filen ”${attachment.name}” på punkten ”${item.title}” stämmer inte med den sparade filen.`;
          }
        }
      }
    }
    return null;
  },
];

function checkReferences(documents: Map<string, Y.Doc>, rows: Map<string, unknown[]>, specs: readonly TableSpec[]): void {
  if (!specs.some((s) => s.name === 'documents')) return;
  for (const rule of referenceRules) {
    const problem = rule({ documents, rows });
    if (problem) refuse(`Säkerhetskopian hänger inte ihop: ${problem}`);
  }
}
