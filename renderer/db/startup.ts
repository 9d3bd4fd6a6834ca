/**
 * Automatic backups, as plain functions with the platform passed in (so tests can give them a fake):
 *
 * - `backupBeforeUpgrade`, before the database is opened: if the stored database is of an older
 *   schema version than this build's, it is opened as it is (without a schema, so nothing is
 *   upgraded), backed up to the backup folder, and only then opened normally (which upgrades it).
 * - `automaticBackupIfDue`, after start and every hour: at most one backup per calendar day.
 *
 * In the browser build `platform.writeBackup` returns null (there is no backup folder): automatic
 * backups are then skipped silently; the user makes backups in Inställningar.
 */
import { Dexie } from 'dexie';
import { preUpgradeBackupName } from '../../shared/backup';
import { todayIso } from '../../shared/domain/dates';
import { DomainError } from '../../shared/domain/errors';
import { automaticBackupName, type Platform } from '../../shared/ipc';
import { DATABASE_NAME, SCHEMA_VERSION } from './database';
import {
  BACKUP_KEEP_SETTING,
  createBackup,
  DEFAULT_BACKUP_KEEP,
  exportDatabase,
  getBackupKeep,
  getLastAutomaticBackup,
  setLastAutomaticBackup,
} from './backup';
import type { Store } from './store';

export type BackupPlatform = Pick<Platform, 'kind' | 'writeBackup'>;

export interface StartupOptions {
  platform: BackupPlatform;
  appVersion: string;
  name?: string;
  now?: () => Date;
}

/** The schema version of the stored database (Dexie's, i.e. IndexedDB's ÷ 10), or null if there is none. Never upgrades it. */
export async function storedSchemaVersion(name: string = DATABASE_NAME): Promise<number | null> {
  const factory = Dexie.dependencies.indexedDB ?? indexedDB;
  if (typeof factory.databases === 'function') {
    const found = (await factory.databases()).find((d) => d.name === name);
    return found?.version ? found.version / 10 : null;
  }
  if (!(await Dexie.exists(name))) return null;
  const db = new Dexie(name);
  try {
    await db.open();
    return db.verno;
  } finally {
    db.close();
  }
}

/** Whether opening database `name` will upgrade it (it exists, at an older schema version). */
export async function needsUpgrade(name: string = DATABASE_NAME): Promise<boolean> {
  const stored = await storedSchemaVersion(name);
  return stored !== null && stored < SCHEMA_VERSION;
}

/**
 * Before opening: backs up a stored database that this build is about to upgrade. Returns where
 * the backup went, or null when none was needed (or the platform keeps no backups). Throws a
 * DomainError, and the caller must not open the database, if the backup could not be written.
 */
export async function backupBeforeUpgrade(options: StartupOptions): Promise<{ location: string } | null> {
  const name = options.name ?? DATABASE_NAME;
  const stored = await storedSchemaVersion(name);
  if (stored === null || stored >= SCHEMA_VERSION) return null;
  if (options.platform.kind !== 'desktop') return null;
  const now = (options.now ?? (() => new Date()))();
  // No schema: Dexie opens the database as it is stored, at its own version, and upgrades nothing.
  const db = new Dexie(name);
  let bytes: Uint8Array<ArrayBuffer>;
  let keep = DEFAULT_BACKUP_KEEP;
  try {
    await db.open();
    bytes = await exportDatabase(db, { appVersion: options.appVersion, now });
    if (db.tables.some((t) => t.name === 'settings')) {
      const value = ((await db.table('settings').get(BACKUP_KEEP_SETTING)) as { value?: unknown } | undefined)?.value;
      if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 365) keep = value;
    }
  } finally {
    db.close();
  }
  try {
    return await options.platform.writeBackup({ name: preUpgradeBackupName(now, stored), bytes, keep });
  } catch (error) {
    console.error(error);
    throw new DomainError(
      'Justera behöver uppdatera sin databas och gör först en säkerhetskopia, men den gick inte att spara i mappen Dokument › Justera › Säkerhetskopior. Kontrollera att det finns plats på disken och att mappen går att skriva i, och starta sedan Justera igen.',
    );
  }
}

export type AutomaticBackupResult = { status: 'written'; location: string } | { status: 'notDue' } | { status: 'unavailable' };

/** Writes the day's automatic backup unless one has already been written today (local calendar day). */
export async function automaticBackupIfDue(store: Store, options: StartupOptions): Promise<AutomaticBackupResult> {
  if (options.platform.kind !== 'desktop') return { status: 'unavailable' };
  const now = (options.now ?? (() => new Date()))();
  const last = await getLastAutomaticBackup(store);
  if (last && todayIso(new Date(last)) === todayIso(now)) return { status: 'notDue' };
  const bytes = await createBackup(store, { appVersion: options.appVersion, now });
  const keep = await getBackupKeep(store);
  const result = await options.platform.writeBackup({ name: automaticBackupName(now), bytes, keep });
  if (!result) return { status: 'unavailable' };
  await setLastAutomaticBackup(store, now);
  return { status: 'written', location: result.location };
}
