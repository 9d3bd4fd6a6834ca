/**
 * Every schema version step is tested from a fixture database of the version before it.
 *
 * test/fixtures/db-v<N>.json is a backup of a database as schema version N left it (made by
 * test/fixtures/make-db-fixture.ts when N was current; never regenerated afterwards). For each
 * fixture, the database is rebuilt exactly at version N (with N's schema from `schemaHistory`),
 * then opened with today's JusteraDatabase, which runs every upgrade from N on. The checks below
 * then hold for every fixture; add the checks of your own upgrade to `afterUpgrade`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { parseBackupFile, type BackupFile } from '../../../shared/backup';
import { orderItems } from '../../../shared/domain/agenda';
import { readBackupFile, restoreBackup } from '../../../renderer/db/backup';
import { JusteraDatabase, SCHEMA_VERSION, schemaHistory, UPDATES_TABLE } from '../../../renderer/db/database';
import { schemaString } from '../../../renderer/db/dump';
import { loadIntoVersion } from '../../../renderer/db/migrations';
import { allProjectionTables } from '../../../renderer/db/projection';
import { listBodies, listPeople } from '../../../renderer/db/queries';
import { listItems, listMeetingsOfBody } from '../../../renderer/db/meetings';
import { listAttendance } from '../../../renderer/db/minutes';
import { closeStore, getSetting, openStore, type Store } from '../../../renderer/db/store';
import { dumpDatabase, freshStore, projectedRows, sortedById } from '../../helpers/store';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures');
const fixtureFiles = readdirSync(fixtures)
  .filter((f) => /^db-v\d+\.json$/.test(f))
  .sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]));

async function readFixture(file: string): Promise<BackupFile> {
  return parseBackupFile(new Uint8Array(readFileSync(join(fixtures, file))), { currentSchemaVersion: SCHEMA_VERSION });
}

const rowsOf = (file: BackupFile, table: string) => file.tables.find((t) => t.name === table)?.rows ?? [];
const byKey = (key: string) => (a: unknown, b: unknown) => String((a as Record<string, unknown>)[key]).localeCompare(String((b as Record<string, unknown>)[key]));

/** What each upgrade must have done, by the version it upgrades *from*. */
const afterUpgrade: Record<number, (store: Store, fixture: BackupFile) => Promise<void>> = {
  // Version 2: attendance in one row per meeting; no docId index on the large derived tables.
  1: async (store, fixture) => {
    // (db-v1.json has no attendance rows; 'regroups version 1's attendance rows' below has some.)
    const before = rowsOf(fixture, 'attendance') as { id: string; meetingId: string; personId: string; docId: string }[];
    const rows = await store.db.attendance.toArray();
    expect(rows.map((r) => r.id).sort()).toEqual([...new Set(before.map((r) => r.meetingId))].sort());
    for (const row of rows) {
      const mine = before.filter((r) => r.meetingId === row.id);
      expect(row.docId).toBe(mine[0]!.docId);
      expect(row.records.map((r) => r.personId)).toEqual(mine.map((r) => r.personId).sort());
      expect(row.records).toEqual(mine.map(({ id: _id, meetingId: _m, docId: _d, ...record }) => record).sort((a, b) => a.personId.localeCompare(b.personId)));
    }
    // Each meeting's item rows became its agenda row; table `items` is gone.
    const items = rowsOf(fixture, 'items') as { id: string; meetingId: string; docId: string }[];
    expect(items.length).toBeGreaterThan(10);
    expect(store.db.tables.map((t) => t.name)).not.toContain('items');
    const agendas = await store.db.agendas.toArray();
    expect(agendas.map((r) => r.id).sort()).toEqual([...new Set(items.map((r) => r.meetingId))].sort());
    for (const row of agendas) {
      const mine = items.filter((r) => r.meetingId === row.id);
      expect(row.docId).toBe(mine[0]!.docId);
      expect(row.items).toEqual(mine.map(({ docId: _d, ...item }) => item).sort((a, b) => (a.id < b.id ? -1 : 1)));
    }
    const indexes = (table: string) => store.db.table(table).schema.indexes.map((i) => i.name).sort();
    expect(indexes('agendas')).toEqual([]);
    expect(indexes('minutes')).toEqual([]);
    expect(indexes('tasks')).toEqual(['itemId', 'meetingId']);
    expect(indexes('attendance')).toEqual([]);
    expect(indexes('documents')).toEqual([]);
  },
};

const stores: Store[] = [];
afterEach(() => {
  while (stores.length) closeStore(stores.pop()!);
});

let counter = 0;

describe('migrations', () => {
  it('has a fixture for every schema version, and a schema in schemaHistory for the current one', () => {
    expect(fixtureFiles.map((f) => Number(f.match(/\d+/)![0]))).toEqual(Object.keys(schemaHistory).map(Number).sort((a, b) => a - b));
    expect(new JusteraDatabase('justera-migrations-verno').verno).toBe(SCHEMA_VERSION);
  });

  it('declares the current version exactly as schemaHistory records it', async () => {
    const name = `justera-migrations-schema-${process.pid}`;
    await loadIntoVersion(name, SCHEMA_VERSION, []);
    const fromHistory = await openStore(name);
    stores.push(fromHistory);
    const current = await freshStore('migrations-schema');
    stores.push(current);
    const schemas = (store: Store) => Object.fromEntries(store.db.tables.map((t) => [t.name, schemaString(t)]));
    expect(schemas(fromHistory)).toEqual(schemas(current));
  });

  it("regroups version 1's attendance rows into one row per meeting (upgrade to version 2)", async () => {
    const name = `justera-migrations-attendance-${process.pid}`;
    const record = (meetingId: string, personId: string, status: string) => ({
      id: `${meetingId}:${personId}`,
      meetingId,
      docId: `meeting/${meetingId}`,
      personId,
      status,
      substituteFor: null,
      fromItemId: null,
      toItemId: null,
      note: '',
      addedRole: null,
      removedAt: null,
    });
    const rows = [record('m1', 'p2', 'present'), record('m2', 'p1', 'absent'), record('m1', 'p1', 'apologies'), record('m1', 'p3', 'present')];
    await loadIntoVersion(name, 1, [{ name: 'attendance', schema: schemaHistory[1]!.attendance!, inbound: true, rows }]);
    const store = await openStore(name);
    stores.push(store);
    const strip = ({ id: _id, meetingId: _m, docId: _d, ...rest }: ReturnType<typeof record>) => rest;
    expect(await store.db.attendance.toArray()).toEqual([
      { id: 'm1', docId: 'meeting/m1', records: [strip(rows[2]!), strip(rows[0]!), strip(rows[3]!)] },
      { id: 'm2', docId: 'meeting/m2', records: [strip(rows[1]!)] },
    ]);
    expect((await listAttendance(store, 'm1')).map((r) => [r.meetingId, r.personId, r.status])).toEqual([
      ['m1', 'p1', 'apologies'],
      ['m1', 'p2', 'present'],
      ['m1', 'p3', 'present'],
    ]);
  });

  for (const fixtureFile of fixtureFiles) {
    describe(fixtureFile, () => {
      it('opens with the current database, keeping every document, update and setting', async () => {
        const fixture = await readFixture(fixtureFile);
        const version = fixture.database.schemaVersion;
        const name = `justera-migrations-${process.pid}-${(counter += 1)}`;
        await loadIntoVersion(name, version, fixture.tables);
        const store = await openStore(name);
        stores.push(store);
        expect(store.db.verno).toBe(SCHEMA_VERSION);
        const dump = await dumpDatabase(store);

        // The documents are the truth: every one of them, and every update, is still there.
        expect([...(dump.documents as object[])].sort(byKey('id'))).toEqual([...rowsOf(fixture, 'documents')].sort(byKey('id')));
        expect(dump[UPDATES_TABLE]).toEqual(rowsOf(fixture, UPDATES_TABLE));
        // (The projection cursor is the projector's bookmark: opening the database may move it on.)
        const withoutCursor = (rows: readonly unknown[]) => rows.filter((row) => (row as { key: string }).key !== 'projectionCursor');
        expect(withoutCursor(dump.settings as unknown[])).toEqual(withoutCursor(rowsOf(fixture, 'settings')));

        // Every document loads, and the derived rows are what the documents say.
        const expected = await projectedRows(store);
        for (const table of allProjectionTables) expect(sortedById(dump[table]!), table).toEqual(expected[table]);
        if (version === SCHEMA_VERSION) {
          for (const table of allProjectionTables.filter((t) => fixture.tables.some((f) => f.name === t))) {
            expect([...(dump[table] as object[])].sort(byKey('id')), table).toEqual([...rowsOf(fixture, table)].sort(byKey('id')));
          }
        }

        // The example data reads as the user left it.
        const bodies = await listBodies(store);
        expect(bodies.map((b) => b.name)).toEqual(expect.arrayContaining(['Chefsgrupp folkhälsa', 'Specifika samverkansrådet för folkhälsa']));
        expect((await listPeople(store)).length).toBeGreaterThan(5);
        const council = bodies.find((b) => b.name === 'Specifika samverkansrådet för folkhälsa')!;
        const titles = await Promise.all(
          (await listMeetingsOfBody(store, council.id)).filter((m) => m.date === '2024-05-17').map(async (m) => orderItems(await listItems(store, m.id)).map((i) => i.title)),
        );
        expect(titles.flat()).toContain('Folkhälsoläget i länet');
        expect(await getSetting(store, 'backupKeep')).toBe(10);

        for (let from = version; from < SCHEMA_VERSION; from += 1) await afterUpgrade[from]?.(store, fixture);
      });

      it('restores as a backup into the current database', async () => {
        const store = await freshStore('migrations-restore');
        stores.push(store);
        const preview = await readBackupFile(store, new Uint8Array(readFileSync(join(fixtures, fixtureFile))));
        await restoreBackup(store, preview);
        expect((await listBodies(store)).length).toBe(2);
        expect(await getSetting(store, 'backupKeep')).toBe(10);
      });
    });
  }
});
