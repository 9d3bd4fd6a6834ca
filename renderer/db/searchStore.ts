/**
 * The search engine with its own storage (shared/search/engine.ts + the `searchIndex` table): it
 * reads and writes the stored index itself, with IndexedDB's plain API, so that in the worker the
 * index's tens of megabytes of JSON are never copied through the main thread (reading the row and
 * posting it to the worker held the main thread for 150–200 ms in the benchmark).
 *
 * The row is the one the `searchIndex` table (key path `key`) holds under 'index'. The database is
 * always open in the window already (Dexie); a connection here is opened per operation and closed
 * at once, and never creates or upgrades the database.
 */
import { SearchEngine } from '../../shared/search/engine';
import { SEARCH_INDEX_VERSION } from '../../shared/search/searchIndex';

const TABLE = 'searchIndex';
const KEY = 'index';

/** What is stored beside the index's JSON. */
export interface StoredIndexMeta {
  version: number;
  /** The last document update that was indexed when the index was loaded or built. */
  cursor: number;
  savedAt: string;
  /** Each item's search document fingerprint. */
  fingerprints: Record<string, string>;
}

interface StoredIndex extends StoredIndexMeta {
  /** MiniSearch's JSON. */
  index: string;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function openExisting(dbName: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(dbName);
    open.onupgradeneeded = () => open.transaction?.abort(); // the database does not exist: do not create it
    open.onsuccess = () => {
      const db = open.result;
      db.onversionchange = () => db.close();
      resolve(db);
    };
    open.onerror = () => reject(open.error ?? new Error(`could not open ${dbName}`));
    open.onblocked = () => reject(new Error(`${dbName} is being upgraded`));
  });
}

async function withTable<T>(dbName: string, mode: IDBTransactionMode, run: (table: IDBObjectStore) => Promise<T>): Promise<T> {
  const db = await openExisting(dbName);
  try {
    const tx = db.transaction(TABLE, mode);
    const done = new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    });
    done.catch(() => undefined); // awaited below, unless `run` fails first
    const result = await run(tx.objectStore(TABLE));
    await done;
    return result;
  } finally {
    db.close();
  }
}

export class StoredSearchEngine extends SearchEngine {
  /**
   * Loads the stored index when there is one of this version that is not newer than the database
   * (`lastUpdate`: a restored, older database). Null: there is none (build it). Throws when it
   * cannot be read.
   */
  async loadStored(dbName: string, lastUpdate: number): Promise<StoredIndexMeta | null> {
    const row = await withTable(dbName, 'readonly', (table) => request(table.get(KEY)) as Promise<{ value?: StoredIndex } | undefined>);
    const stored = row?.value;
    if (!stored || stored.version !== SEARCH_INDEX_VERSION || !(stored.cursor <= lastUpdate) || typeof stored.index !== 'string') return null;
    this.load(stored.index);
    return { version: stored.version, cursor: stored.cursor, savedAt: stored.savedAt, fingerprints: stored.fingerprints };
  }

  /** Stores the index with `meta`. */
  async store(dbName: string, meta: StoredIndexMeta): Promise<void> {
    const value: StoredIndex = { ...meta, index: this.serialise() };
    await withTable(dbName, 'readwrite', (table) => request(table.put({ key: KEY, value })));
  }
}
