/**
 * Hostile input against the backup import (restore). The standard properties of every import path
 * (test/helpers/hostile.ts) plus one of its own: hostile text inside a valid backup is kept as text,
 * exactly, and nothing in it runs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDomainError } from '../../../shared/domain/errors';
import { createBackup, restoreBackupFile } from '../../../renderer/db/backup';
import { allProjectionTables, projectDocument } from '../../../renderer/db/projection';
import { listPeople } from '../../../renderer/db/queries';
import { addPerson } from '../../../renderer/db/register';
import { closeStore, setSetting, type Store } from '../../../renderer/db/store';
import { sealed } from '../../helpers/backup-file';
import { describeHostileImport, expectNothingExecuted, hostileJson, hostileString } from '../../helpers/hostile';
import { seedDatabase } from '../../helpers/seed';
import { dumpDatabase, freshStore } from '../../helpers/store';

let validBackup: Uint8Array | undefined;
async function validFile(): Promise<Uint8Array> {
  if (!validBackup) {
    const source = await freshStore('hostile-source');
    await seedDatabase(source);
    validBackup = await createBackup(source, { appVersion: '0.1.0' });
    closeStore(source);
  }
  return validBackup;
}

/** After an accepted restore every derived row is what the documents say. */
async function derivedRowsMatchDocuments(store: Store): Promise<void> {
  const dump = await dumpDatabase(store);
  const expected: Record<string, object[]> = Object.fromEntries(allProjectionTables.map((t) => [t, []]));
  for (const { id } of dump.documents as { id: string }[]) {
    for (const [table, rows] of Object.entries(projectDocument(id, await store.docs.get(id)))) expected[table]!.push(...rows);
  }
  const byId = (a: object, b: object) => String((a as { id: string }).id).localeCompare(String((b as { id: string }).id));
  for (const table of allProjectionTables) {
    expect([...(dump[table] as object[])].sort(byId), table).toEqual(expected[table]!.sort(byId));
  }
}

describeHostileImport({
  name: 'säkerhetskopia',
  json: true,
  reseal: sealed,
  async target() {
    const store = await freshStore('hostile-target');
    await addPerson(store, { name: 'Ska Finnas Kvar', title: '', organisationId: null, email: '', phone: '' });
    return store;
  },
  validFile,
  run: (store, bytes) => restoreBackupFile(store, bytes),
  afterAccepted: derivedRowsMatchDocuments,
  async reset(store) {
    // Later runs start from the valid backup's data; that is as good a starting point as any.
    await restoreBackupFile(store, await validFile());
  },
  close: closeStore,
  numRuns: 25,
});

describe('hostile content inside a valid backup', () => {
  it('keeps names and settings exactly as text through backup and restore, and runs nothing', async () => {
    await fc.assert(
      fc.asyncProperty(hostileString({ maxLength: 200 }), hostileJson(), async (name, settingValue) => {
        const source = await freshStore('hostile-content');
        const target = await freshStore('hostile-content-target');
        try {
          let added = false;
          try {
            await addPerson(source, { name, title: name.slice(0, 300), organisationId: null, email: '', phone: '' });
            added = true;
          } catch (error) {
            // The register's own rules may refuse the name (empty, too long): that is a refusal too.
            expect(isDomainError(error), String(error)).toBe(true);
          }
          await setSetting(source, 'hostile', settingValue);
          await restoreBackupFile(target, await createBackup(source, { appVersion: '0.1.0' }));
          expect(await dumpDatabase(target)).toEqual(await dumpDatabase(source));
          if (added) expect((await listPeople(target)).map((p) => p.name)).toEqual((await listPeople(source)).map((p) => p.name));
          expectNothingExecuted();
        } finally {
          closeStore(source);
          closeStore(target);
        }
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
