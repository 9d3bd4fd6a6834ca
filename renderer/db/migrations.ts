/**
 * Older database versions: loading data into a database at the version it was made with, so that
 * Dexie's own upgrade steps (JusteraDatabase's `version(n).upgrade(…)`) bring it up to date.
 *
 * Used by the migration tests (a committed fixture of each older version, test/fixtures/db-v*.json)
 * and by a restore of a backup made by an older version: the backup is loaded into a temporary
 * database, upgraded there, and read back, so every upgrade is written once and runs the same way
 * for a user's database and for an old backup. See docs/ARCHITECTURE.md, "Migrations".
 */
import { Dexie } from 'dexie';
import yDexie from 'y-dexie';
import type { BackupFile, BackupTable } from '../../shared/backup';
import { DomainError, isDomainError } from '../../shared/domain/errors';
import { newId } from '../../shared/domain/ids';
import { JusteraDatabase, schemaHistory, SCHEMA_VERSION } from './database';
import { readTables, toStorable } from './dump';

/**
 * Creates database `name` at schema `version`, exactly as the build of that version would have
 * declared it, and writes `tables` into it in one transaction. The database must not exist yet.
 */
export async function loadIntoVersion(name: string, version: number, tables: readonly BackupTable[]): Promise<void> {
  const stores = schemaHistory[version];
  if (!stores) throw new DomainError(`Justera känner inte till databasversion ${version}.`, 'file');
  const db = new Dexie(name, { addons: [yDexie({ gc: false }) as (db: Dexie) => void] });
  db.version(version).stores({ ...stores });
  try {
    await db.open();
    const known = new Set(db.tables.map((t) => t.name));
    const unknown = tables.find((t) => !known.has(t.name));
    if (unknown) throw new DomainError(`Säkerhetskopian innehåller en tabell (”${unknown.name}”) som databasversion ${version} inte har.`, 'file');
    await db.transaction('rw', db.tables, async () => {
      for (const table of tables) {
        if (table.rows.length === 0) continue;
        const target = db.table(table.name);
        if (table.inbound) {
          await target.bulkAdd(table.rows.map(toStorable));
        } else {
          const pairs = table.rows as { key: unknown; value: unknown }[];
          await target.bulkAdd(
            pairs.map((p) => toStorable(p.value)),
            pairs.map((p) => p.key as never),
          );
        }
      }
    });
  } finally {
    db.close();
  }
}

/**
 * A backup of an older schema version, brought up to this build's version by the same upgrade
 * steps that upgrade a stored database. Runs in a temporary database that is deleted afterwards;
 * the user's database is never touched. A backup of the current version is returned unchanged.
 */
export async function upgradeBackup(file: BackupFile, inBackups: (tableName: string) => boolean): Promise<BackupFile> {
  const from = file.database.schemaVersion;
  if (from === SCHEMA_VERSION) return file;
  if (from > SCHEMA_VERSION) {
    throw new DomainError('Säkerhetskopian kommer från en nyare version av Justera och kan inte läsas av den här versionen.', 'file');
  }
  const name = `justera-uppgradering-${newId()}`;
  try {
    await loadIntoVersion(name, from, file.tables);
    const db = new JusteraDatabase(name);
    try {
      await db.open();
      // Only the tables a backup holds: not this machine's key or the search index, which the
      // upgraded temporary database has too (a restore refuses a file with them).
      const tables = await readTables(db, inBackups);
      return { ...file, database: { ...file.database, schemaVersion: db.verno }, tables };
    } finally {
      db.close();
    }
  } catch (error) {
    if (isDomainError(error)) throw error;
    console.warn('[backup] upgrading an older backup failed', error);
    throw new DomainError(
      `Säkerhetskopian kommer från en äldre version av Justera (databasversion ${from}) och kunde inte uppgraderas. Inga uppgifter har ändrats.`,
      'file',
    );
  } finally {
    await Dexie.delete(name).catch(() => undefined);
  }
}
