import { afterEach, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { UPDATES_TABLE } from '../../../renderer/db/database';
import { compactDocuments } from '../../../renderer/db/maintenance';
import { projectDocument } from '../../../renderer/db/projection';
import { closeStore, type Store } from '../../../renderer/db/store';
import { seedDatabase } from '../../helpers/seed';
import { dumpDatabase, freshStore, reopen } from '../../helpers/store';

let store: Store;
afterEach(() => store && closeStore(store));

it('compacts each document’s update rows into one, keeping every document’s content', async () => {
  store = await freshStore('maintenance');
  await seedDatabase(store);
  const content = async (s: Store) => {
    const out: Record<string, unknown> = {};
    for (const { id } of (await dumpDatabase(s)).documents as { id: string }[]) {
      const doc = await s.docs.get(id);
      out[id] = { rows: projectDocument(id, doc), state: [...Y.decodeStateVector(Y.encodeStateVector(doc))].sort() };
    }
    return out;
  };
  const before = await content(store);
  const rowsBefore = ((await dumpDatabase(store))[UPDATES_TABLE] as { i: number }[]).filter((r) => r.i > 0).length;

  store = await reopen(store);
  await compactDocuments(store);
  const rows = ((await dumpDatabase(store))[UPDATES_TABLE] as { i: number; k: string }[]).filter((r) => r.i > 0);
  const documents = (await dumpDatabase(store)).documents as { id: string }[];
  expect(rows.length).toBeLessThan(rowsBefore);
  expect(rows.length).toBe(documents.length);

  store = await reopen(store);
  const sortRows = (value: Record<string, unknown>) => JSON.stringify(value, (_k, v: unknown) => (Array.isArray(v) && v.every((x) => typeof x === 'object' && x !== null && 'id' in x) ? [...v].sort((a, b) => String(a.id).localeCompare(String(b.id))) : v));
  expect(sortRows(await content(store))).toBe(sortRows(before));
});

it('does not compact in the background: y-dexie’s timer is off, so a restore can never race it', async () => {
  // y-dexie schedules its compaction with setTimeout(…, 10 000) when the database is ready.
  const timers = vi.spyOn(globalThis, 'setTimeout');
  try {
    store = await freshStore('maintenance-background');
    await seedDatabase(store);
    expect(timers.mock.calls.filter(([, delay]) => delay === 10_000)).toEqual([]);
  } finally {
    timers.mockRestore();
  }
});
