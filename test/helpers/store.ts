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

/** Every row of every table, updates included: for "nothing changed" assertions. */
export async function dumpDatabase(store: Store): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of store.db.tables) {
    out[table.name] = await table.toArray();
  }
  return out;
}
