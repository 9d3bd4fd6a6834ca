import { allProjectionTables, projectDocument } from '../../renderer/db/projection';
import { closeStore, openStore, type Store } from '../../renderer/db/store';

let counter = 0;

/** A fresh database per test (its own name: one simulated machine each). */
export async function freshStore(label = 'test'): Promise<Store> {
  counter += 1;
  return openStore(`justera-${label}-${process.pid}-${counter}-${Math.random().toString(36).slice(2)}`);
}

/** Closes and reopens the same database, as a restart of the app would. */
export async function reopen(store: Store): Promise<Store> {
  const name = store.db.name;
  closeStore(store);
  return openStore(name);
}

/**
 * The derived rows the stored documents make, table by table, each table sorted by id: what the
 * derived tables must hold (compare with `sortedById` of `dumpDatabase`'s tables).
 */
export async function projectedRows(store: Store): Promise<Record<string, object[]>> {
  const expected: Record<string, object[]> = Object.fromEntries(allProjectionTables.map((t) => [t, []]));
  for (const { id } of await store.db.documents.toArray()) {
    for (const [table, rows] of Object.entries(projectDocument(id, await store.docs.get(id)))) expected[table]!.push(...rows);
  }
  for (const rows of Object.values(expected)) rows.sort(byId);
  return expected;
}

const byId = (a: unknown, b: unknown) => String((a as { id: unknown }).id).localeCompare(String((b as { id: unknown }).id));

/** A copy of rows sorted by their `id`. */
export const sortedById = (rows: readonly unknown[]): unknown[] => [...rows].sort(byId);

/** Every row of every table, updates included: for "nothing changed" assertions. */
export async function dumpDatabase(store: Store): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of store.db.tables) {
    out[table.name] = await table.toArray();
  }
  return out;
}
