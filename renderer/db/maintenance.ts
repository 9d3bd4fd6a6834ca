/**
 * Tidying the database. Every change to a Yjs document is stored as its own update row (so nothing
 * typed is ever lost); compaction merges a document's rows into one, so documents keep loading fast
 * after years of use. y-dexie would do this on a timer in the background; Justera turns that off
 * (database.ts) and compacts once at start, before anything is shown, so that compaction can never
 * run at the same time as a restore and write rows read from the old database into the new one.
 */
import { compressYDocs } from 'y-dexie';
import type { Store } from './store';

export async function compactDocuments(store: Store): Promise<void> {
  await compressYDocs(store.db);
}
