import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Dexie } from 'dexie';
import yDexie from 'y-dexie';
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { parseBackupFile } from '../../../shared/backup';
import { AUTOMATIC_BACKUP_NAME_PATTERN, type WriteBackupRequest } from '../../../shared/ipc';
import { isDomainError } from '../../../shared/domain/errors';
import { initDocument, REGISTER_DOC_ID } from '../../../shared/ydoc/documents';
import { restoreBackupFile, setBackupKeep } from '../../../renderer/db/backup';
import { SCHEMA_VERSION, UPDATES_TABLE } from '../../../renderer/db/database';
import { loadIntoVersion } from '../../../renderer/db/migrations';
import { automaticBackupIfDue, backupBeforeUpgrade, needsUpgrade, storedSchemaVersion, type BackupPlatform } from '../../../renderer/db/startup';
import { closeStore, openStore, type Store } from '../../../renderer/db/store';
import { seedDatabase } from '../../helpers/seed';
import { backupJson } from '../../helpers/backup-file';
import { dumpDatabase, freshStore } from '../../helpers/store';

const stores: Store[] = [];
afterEach(() => {
  while (stores.length) closeStore(stores.pop()!);
});

/** A desktop platform that keeps its backup folder in memory. */
function fakeDesktop(options: { fail?: boolean; kind?: 'desktop' | 'web'; returnsNull?: boolean } = {}) {
  const written: WriteBackupRequest[] = [];
  const platform: BackupPlatform = {
    kind: options.kind ?? 'desktop',
    async writeBackup(request) {
      if (options.fail) throw new Error("Error invoking remote method 'backup:write': Error: Kunde inte spara");
      written.push(request);
      return options.returnsNull ? null : { location: `/home/anna/Dokument/Justera/Säkerhetskopior/${request.name}` };
    },
  };
  return { platform, written };
}

let counter = 0;
const uniqueName = (label: string) => `justera-startup-${label}-${process.pid}-${(counter += 1)}`;

/**
 * A database as an older build would have left it: schema version 0.5 (a test-only version below
 * our first; Dexie allows fractions), with a register document, its updates and a setting.
 */
async function olderDatabase(name: string): Promise<void> {
  const db = new Dexie(name, { addons: [yDexie] });
  db.version(0.5).stores({ documents: 'id, kind, doc: Y.Doc', settings: 'key' });
  await db.open();
  const doc = new Y.Doc();
  initDocument(doc, 'register', REGISTER_DOC_ID);
  doc.getMap('people').set('p1', new Y.Map([['name', 'Anna Berg']]));
  await db.table('documents').add({ id: REGISTER_DOC_ID, kind: 'register', createdAt: '2024-01-01T00:00:00.000Z', doc });
  await db.table('settings').put({ key: 'backupKeep', value: 7 });
  db.close();
}

describe('the stored database’s version', () => {
  it('is read without opening or upgrading the database', async () => {
    expect(await storedSchemaVersion(uniqueName('none'))).toBeNull();
    const store = await freshStore('version');
    stores.push(store);
    expect(await storedSchemaVersion(store.db.name)).toBe(SCHEMA_VERSION);
    const older = uniqueName('older');
    await olderDatabase(older);
    expect(await storedSchemaVersion(older)).toBe(0.5);
    // Only the older one is upgraded when opened (the start shows a notice meanwhile).
    expect(await needsUpgrade(older)).toBe(true);
    expect(await needsUpgrade(store.db.name)).toBe(false);
    expect(await needsUpgrade(uniqueName('none'))).toBe(false);
  });
});

describe('a backup before every database upgrade', () => {
  it('backs up an older database as it is, before it is upgraded, and keeps the data through the upgrade', async () => {
    const name = uniqueName('upgrade');
    await olderDatabase(name);
    const { platform, written } = fakeDesktop();
    const at = new Date('2026-03-04T10:15:30.123Z');
    const result = await backupBeforeUpgrade({ platform, appVersion: '0.2.0', name, now: () => at });

    expect(result?.location).toMatch(/justera-innan-uppgradering-v0\.5-2026-03-04T10-15-30-123Z\.json$/);
    expect(written).toHaveLength(1);
    expect(written[0]!.keep).toBe(7);
    expect(AUTOMATIC_BACKUP_NAME_PATTERN.test(written[0]!.name)).toBe(false); // never rotated away
    const file = backupJson(written[0]!.bytes);
    expect(file.database).toEqual({ name, schemaVersion: 0.5 });
    expect(file.tables.map((t) => t.name).sort()).toEqual(['$documents.doc_updates', 'documents', 'settings']);
    expect(file.tables.find((t) => t.name === UPDATES_TABLE)!.rows.length).toBeGreaterThan(0);
    // Making the backup did not upgrade the database.
    expect(await storedSchemaVersion(name)).toBe(0.5);

    const store = await openStore(name);
    stores.push(store);
    expect(store.db.verno).toBe(SCHEMA_VERSION);
    const register = await store.docs.get(REGISTER_DOC_ID);
    expect((register.getMap('people').get('p1') as Y.Map<unknown>).get('name')).toBe('Anna Berg');
  });

  it('backs up a real version-1 database (db-v1.json) before the upgrade to version 2; that backup restores into the upgraded build', async () => {
    const fixture = await parseBackupFile(new Uint8Array(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/db-v1.json'))), {
      currentSchemaVersion: SCHEMA_VERSION,
    });
    const name = uniqueName('v1');
    await loadIntoVersion(name, 1, fixture.tables);
    const { platform, written } = fakeDesktop();
    await backupBeforeUpgrade({ platform, appVersion: '0.2.0', name, now: () => new Date('2026-12-03T08:00:00.000Z') });
    expect(written).toHaveLength(1);
    const file = backupJson(written[0]!.bytes);
    expect(file.database).toEqual({ name, schemaVersion: 1 });

    // The upgrade itself: one agenda row per meeting, the same items as before.
    const upgraded = await openStore(name);
    stores.push(upgraded);
    expect(upgraded.db.verno).toBe(SCHEMA_VERSION);
    const itemsBefore = fixture.tables.find((t) => t.name === 'items')!.rows as { id: string }[];
    const agendas = await upgraded.db.agendas.toArray();
    expect(agendas.flatMap((row) => row.items.map((item) => item.id)).sort()).toEqual(itemsBefore.map((item) => item.id).sort());

    // The pre-upgrade backup restores into a current database (upgraded on the way in).
    const target = await freshStore('v1-restore');
    stores.push(target);
    await restoreBackupFile(target, written[0]!.bytes);
    const restored = await dumpDatabase(target);
    expect(restored.agendas).toEqual(await upgraded.db.agendas.toArray());
    expect(restored.attendance).toEqual(await upgraded.db.attendance.toArray());
  });

  it('does nothing for a new or current database, or in the browser', async () => {
    const { platform, written } = fakeDesktop();
    expect(await backupBeforeUpgrade({ platform, appVersion: '1', name: uniqueName('new') })).toBeNull();
    const store = await freshStore('current');
    stores.push(store);
    expect(await backupBeforeUpgrade({ platform, appVersion: '1', name: store.db.name })).toBeNull();
    const older = uniqueName('web');
    await olderDatabase(older);
    const web = fakeDesktop({ kind: 'web' });
    expect(await backupBeforeUpgrade({ platform: web.platform, appVersion: '1', name: older })).toBeNull();
    expect([...written, ...web.written]).toEqual([]);
  });

  it('stops the upgrade with a Swedish message when the backup cannot be written', async () => {
    const name = uniqueName('fail');
    await olderDatabase(name);
    const error = await backupBeforeUpgrade({ platform: fakeDesktop({ fail: true }).platform, appVersion: '1', name }).catch((e: unknown) => e);
    expect(isDomainError(error)).toBe(true);
    expect((error as Error).message).toMatch(/gör först en säkerhetskopia, men den gick inte att spara.*starta sedan Justera igen/);
    expect(await storedSchemaVersion(name)).toBe(0.5);
  });
});

describe('daily automatic backups', () => {
  it('writes at most one backup per calendar day, named for rotation, keeping the chosen number', async () => {
    const store = await freshStore('daily');
    stores.push(store);
    await seedDatabase(store);
    await setBackupKeep(store, 21);
    const { platform, written } = fakeDesktop();
    const morning = new Date(2026, 2, 4, 8, 0);
    const evening = new Date(2026, 2, 4, 22, 30);
    const nextDay = new Date(2026, 2, 5, 7, 45);

    expect((await automaticBackupIfDue(store, { platform, appVersion: '1', now: () => morning })).status).toBe('written');
    expect((await automaticBackupIfDue(store, { platform, appVersion: '1', now: () => evening })).status).toBe('notDue');
    expect((await automaticBackupIfDue(store, { platform, appVersion: '1', now: () => nextDay })).status).toBe('written');
    expect(written.map((w) => w.name)).toEqual([
      `justera-automatisk-${morning.toISOString().replace(/[:.]/g, '-')}.json`,
      `justera-automatisk-${nextDay.toISOString().replace(/[:.]/g, '-')}.json`,
    ]);
    expect(written.every((w) => AUTOMATIC_BACKUP_NAME_PATTERN.test(w.name) && w.keep === 21)).toBe(true);

    // The automatic backup is a full backup: it restores to the same database.
    const restored = await freshStore('daily-restored');
    stores.push(restored);
    await restoreBackupFile(restored, written[1]!.bytes);
    const [a, b] = [await dumpDatabase(store), await dumpDatabase(restored)];
    // The only difference: the source recorded the time of this very backup after writing it.
    expect(b.settings).toEqual((a.settings as { key: string }[]).map((s) => (s.key === 'lastAutomaticBackupAt' ? { key: s.key, value: morning.toISOString() } : s)));
    for (const table of Object.keys(a).filter((t) => t !== 'settings')) expect(b[table], table).toEqual(a[table]);
  });

  it('is skipped silently in the browser and when the platform keeps no backups', async () => {
    const store = await freshStore('daily-web');
    stores.push(store);
    const web = fakeDesktop({ kind: 'web' });
    expect((await automaticBackupIfDue(store, { platform: web.platform, appVersion: '1' })).status).toBe('unavailable');
    expect(web.written).toEqual([]);
    const none = fakeDesktop({ returnsNull: true });
    expect((await automaticBackupIfDue(store, { platform: none.platform, appVersion: '1' })).status).toBe('unavailable');
    // Nothing was recorded, so the next start tries again.
    expect((await automaticBackupIfDue(store, { platform: none.platform, appVersion: '1' })).status).toBe('unavailable');
    expect(none.written).toHaveLength(2);
  });
});
