/**
 * Reading every table of a Dexie database as it is stored, and turning values into and out of the
 * backup's representation. Generic over `db.tables`: a table someone adds is included without a
 * change here, and so are y-dexie's hidden update tables.
 */
import type { Dexie } from 'dexie';
import { BackupBlob, type BackupTable } from '../../shared/backup';

/** The Dexie schema string of a table, as `db.version().stores()` would declare it. */
export function schemaString(table: Dexie['tables'][number]): string {
  const { primKey, indexes } = table.schema;
  const yProps = (table.schema as { yProps?: { prop: string }[] }).yProps ?? [];
  return [primKey.src, ...indexes.map((i) => i.src), ...yProps.map((p) => `${p.prop}: Y.Doc`)].join(',');
}

function hasBlob(value: unknown, depth = 0): boolean {
  if (typeof Blob === 'undefined' || value === null || typeof value !== 'object' || depth > 64) return false;
  if (value instanceof Blob) return true;
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer || value instanceof Date) return false;
  return Object.values(value).some((item) => hasBlob(item, depth + 1));
}

async function blobsToBackupBlobs(value: unknown): Promise<unknown> {
  if (value instanceof Blob) return new BackupBlob(value.type, new Uint8Array(await value.arrayBuffer()));
  if (!hasBlob(value)) return value;
  if (Array.isArray(value)) return Promise.all(value.map(blobsToBackupBlobs));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value as object)) out[key] = await blobsToBackupBlobs(item);
  return out;
}

function containsBackupBlob(value: unknown, depth = 0): boolean {
  if (value === null || typeof value !== 'object' || depth > 64) return false;
  if (value instanceof BackupBlob) return true;
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer || value instanceof Date) return false;
  return Object.values(value).some((item) => containsBackupBlob(item, depth + 1));
}

/** A decoded backup value as IndexedDB should store it (file contents become Blobs again). */
export function toStorable(value: unknown): unknown {
  if (value instanceof BackupBlob) return new Blob([value.bytes as Uint8Array<ArrayBuffer>], { type: value.type });
  if (!containsBackupBlob(value)) return value;
  if (Array.isArray(value)) return value.map(toStorable);
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value as object)) {
    Object.defineProperty(out, key, { value: toStorable(item), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/**
 * Every row of every table (or of the tables `include` accepts), read in one transaction (a
 * consistent moment), with Blobs turned into BackupBlobs after it. Rows of tables with outbound
 * keys become `{ key, value }`.
 */
export async function readTables(db: Dexie, include: (tableName: string) => boolean = () => true): Promise<BackupTable[]> {
  const tables = db.tables.filter((table) => include(table.name));
  const raw = await db.transaction('r', tables, () =>
    Promise.all(
      tables.map(async (table) => {
        const inbound = !!table.schema.primKey.keyPath;
        if (inbound) return { inbound, rows: (await table.toArray()) as unknown[] };
        const [keys, values] = await Promise.all([table.toCollection().primaryKeys(), table.toArray()]);
        return { inbound, rows: keys.map((key, i) => ({ key, value: values[i] as unknown })) };
      }),
    ),
  );
  const result: BackupTable[] = [];
  for (const [index, table] of tables.entries()) {
    const { inbound, rows } = raw[index]!;
    const converted = rows.some((row) => hasBlob(row)) ? await Promise.all(rows.map(blobsToBackupBlobs)) : rows;
    result.push({ name: table.name, schema: schemaString(table), inbound, rows: converted });
  }
  return result;
}
