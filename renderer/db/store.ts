/**
 * The store: the open database and the Yjs documents loaded from it, and the one way to change a
 * document (`changeDocument`): check and apply in memory, persist the Yjs update, and rebuild the
 * derived rows — all in one IndexedDB transaction, so a refused or failed change leaves nothing
 * half-written.
 */
import { DexieYProvider } from 'y-dexie';
import * as Y from 'yjs';
import { DomainError } from '../../shared/domain/errors';
import { LOCKED_MESSAGE } from '../../shared/ydoc/justering';
import { initDocument, parseDocId, REGISTER_DOC_ID, type DocumentKind } from '../../shared/ydoc/documents';
import { DATABASE_NAME, JusteraDatabase, UPDATES_TABLE } from './database';
import { projectionTables, reproject } from './projection';
import { Projector } from './projector';
import { FrozenDocuments } from './frozen';
import { WriteTracker } from './writeTracker';
import { TypingBuffers } from './typingBuffer';

export interface Store {
  readonly db: JusteraDatabase;
  readonly docs: DocumentCache;
  /** Whether every write has reached the disk (read by the save indicator and the benchmark). */
  readonly writes: WriteTracker;
  /** Reprojects documents changed outside changeDocument (typing), shortly after the typing. */
  readonly projector: Projector;
  /** The documents of signed protocols, which the data layer refuses to change. */
  readonly frozen: FrozenDocuments;
  /** The minutes editors' copies of their documents, written in batches (typingBuffer.ts). */
  readonly typing: TypingBuffers;
}

export class DocumentCache {
  private readonly loaded = new Map<string, Promise<Y.Doc>>();
  /** The documents of `loaded` whose load has finished. */
  private readonly ready = new Map<string, Y.Doc>();
  /** Loads started by `prefetch` that no `get` has asked for yet. */
  private readonly prefetched = new Set<Promise<Y.Doc>>();

  constructor(private readonly db: JusteraDatabase) {}

  /** The live document, loaded once and kept in sync with the database by y-dexie. */
  get(docId: string): Promise<Y.Doc> {
    const pending = this.loaded.get(docId) ?? this.start(docId);
    this.prefetched.delete(pending);
    return pending;
  }

  /** The live document if it is in memory already (as `get`, without waiting), else undefined. */
  getLoaded(docId: string): Y.Doc | undefined {
    const doc = this.ready.get(docId);
    if (doc) this.prefetched.delete(this.loaded.get(docId)!);
    return doc;
  }

  private start(docId: string): Promise<Y.Doc> {
    const pending = this.load(docId);
    this.loaded.set(docId, pending);
    pending.then(
      (doc) => this.loaded.get(docId) === pending && this.ready.set(docId, doc),
      () => this.loaded.get(docId) === pending && this.loaded.delete(docId),
    );
    return pending;
  }

  private async load(docId: string): Promise<Y.Doc> {
    const row = await this.db.documents.get(docId);
    if (!row) throw new DomainError('Uppgiften finns inte längre i databasen.');
    const doc = row.doc;
    const provider = DexieYProvider.load(doc);
    await provider.whenLoaded;
    return doc;
  }

  isLoaded(docId: string): boolean {
    return this.loaded.has(docId);
  }

  /**
   * Starts loading a document that a screen is about to ask for (the meeting screen's item minutes,
   * while the screen's code and rows are still loading). Returns a release: it forgets the document
   * again unless someone asked for it with `get` meanwhile. A missing document is no error here.
   */
  prefetch(docId: string): () => void {
    if (this.loaded.has(docId)) return () => undefined;
    const pending = this.start(docId);
    this.prefetched.add(pending);
    return () => {
      if (this.prefetched.delete(pending) && this.loaded.get(docId) === pending) this.forget(docId);
    };
  }

  /** Drops the in-memory copy; the next `get` reads it afresh from the database. */
  forget(docId: string): void {
    const pending = this.loaded.get(docId);
    this.loaded.delete(docId);
    this.ready.delete(docId);
    pending?.then((doc) => DexieYProvider.release(doc)).catch(() => undefined);
  }

  forgetAll(): void {
    for (const docId of [...this.loaded.keys()]) this.forget(docId);
  }

  /**
   * Drops every in-memory document at once and destroys it (a restore replaces the database under
   * them). The next `get` loads the document afresh from the database.
   */
  async dropAll(): Promise<void> {
    const pending = [...this.loaded.values()];
    this.loaded.clear();
    this.ready.clear();
    this.prefetched.clear();
    const docs = await Promise.all(pending.map((p) => p.catch(() => null)));
    for (const doc of docs) {
      if (!doc || doc.isDestroyed) continue;
      DexieYProvider.release(doc);
      doc.destroy();
    }
  }
}

export async function openStore(name: string = DATABASE_NAME): Promise<Store> {
  const writes = new WriteTracker();
  const frozen = new FrozenDocuments();
  const db = new JusteraDatabase(name);
  db.use(writes.middleware());
  db.use(frozen.middleware());
  await db.open();
  const docs = new DocumentCache(db);
  const typing = new TypingBuffers(
    (docId) => docs.get(docId),
    (docId) => store.projector.markDirty(docId),
  );
  const partial = { db, docs, writes, frozen, typing } as Omit<Store, 'projector'> & { projector?: Projector };
  const store = Object.assign(partial, { projector: new Projector(partial as Store) }) as Store;
  await ensureRegister(store);
  await store.projector.catchUp();
  await frozen.refresh(db);
  frozen.follow(db);
  return store;
}

export function closeStore(store: Store): void {
  void store.projector.flush();
  store.frozen.stop();
  store.docs.forgetAll();
  store.db.close();
}

async function ensureRegister(store: Store): Promise<void> {
  await store.db.transaction('rw', [store.db.documents, UPDATES_TABLE], async () => {
    if (!(await store.db.documents.get(REGISTER_DOC_ID))) {
      await addDocumentRow(store, REGISTER_DOC_ID, () => undefined);
    }
  });
}

/**
 * Adds a new document, built in memory by `build`, inside the caller's transaction (which must
 * include `documents` and the updates table). Returns the in-memory copy for projecting; later
 * reads load the stored one.
 */
export async function addDocumentRow(store: Store, docId: string, build: (doc: Y.Doc) => void): Promise<Y.Doc> {
  const parsed = parseDocId(docId);
  if (!parsed) throw new Error(`Unknown document id ${docId}`);
  const doc = new Y.Doc();
  initDocument(doc, parsed.kind, parsed.entityId);
  build(doc);
  await store.db.documents.add({ id: docId, kind: parsed.kind, createdAt: new Date().toISOString(), doc });
  return doc;
}

/**
 * Adds many new documents at once (one bulkAdd), each built in memory by its `build`, inside the
 * caller's transaction; then project them with `projectNewDocuments`. Returns the in-memory copies.
 */
export async function addDocumentRows(store: Store, entries: readonly { docId: string; build: (doc: Y.Doc) => void }[]): Promise<[string, Y.Doc][]> {
  const createdAt = new Date().toISOString();
  const built = entries.map(({ docId, build }) => {
    const parsed = parseDocId(docId);
    if (!parsed) throw new Error(`Unknown document id ${docId}`);
    const doc = new Y.Doc();
    initDocument(doc, parsed.kind, parsed.entityId);
    build(doc);
    return { row: { id: docId, kind: parsed.kind, createdAt, doc }, doc };
  });
  await store.db.documents.bulkAdd(built.map((b) => b.row));
  return built.map((b) => [b.row.id, b.doc]);
}

export function writeTables(store: Store, kinds: readonly DocumentKind[], extra: readonly string[] = []): string[] {
  return [...new Set([UPDATES_TABLE, 'documents', ...kinds.flatMap(projectionTables), ...extra])].map(
    (name) => store.db.table(name).name,
  );
}

/**
 * Changes one document: `apply` checks the rules against the document as it is inside the
 * transaction and then changes it. It may read the database first (awaiting only Dexie calls), but
 * the change itself is synchronous Yjs, so y-dexie's update row lands in this same transaction;
 * the derived rows are rebuilt before commit. If anything throws, nothing is stored and the
 * in-memory document is reloaded so it matches the database again.
 */
export function changeDocument<T>(
  store: Store,
  docId: string,
  apply: (doc: Y.Doc) => T | Promise<T>,
  options: ChangeOptions = {},
): Promise<T> {
  return changeDocuments(store, [docId], ([doc]) => apply(doc!), options);
}

export interface ChangeOptions {
  /** Other tables the change reads or writes (e.g. to check a rule). */
  extraTables?: readonly string[];
  /** Other kinds of document the change creates or projects in the same transaction. */
  alsoKinds?: readonly DocumentKind[];
  /** Only for starting a correction: the transaction may write to a signed meeting's documents. */
  allowFrozen?: boolean;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

export async function getSetting<T>(store: Store, key: string): Promise<T | undefined> {
  return (await store.db.settings.get(key))?.value as T | undefined;
}

export async function setSetting(store: Store, key: string, value: unknown): Promise<void> {
  await store.db.settings.put({ key, value });
}

/**
 * The same over several documents at once (an item moved from one meeting to another, a topic
 * pulled from a body's list onto an agenda): all of them change, or none.
 */
export async function changeDocuments<T>(
  store: Store,
  docIds: readonly string[],
  apply: (docs: Y.Doc[]) => T | Promise<T>,
  options: ChangeOptions = {},
): Promise<T> {
  const docs = await Promise.all(docIds.map((id) => store.docs.get(id)));
  const kinds = docIds.map((id) => parseDocId(id)?.kind).filter((kind): kind is DocumentKind => !!kind);
  const tables = writeTables(store, [...kinds, ...(options.alsoKinds ?? [])], options.extraTables);
  const before = docs.map((doc) => Y.encodeStateVector(doc));
  try {
    return await store.db.transaction('rw', tables, async (tx) => {
      if (options.allowFrozen) store.frozen.allow(tx.idbtrans);
      const result = await apply(docs);
      // Defence in depth: the operations refuse to touch a signed protocol, and so does this.
      docIds.forEach((docId, index) => {
        if (!options.allowFrozen && store.frozen.has(docId) && !sameBytes(before[index]!, Y.encodeStateVector(docs[index]!))) {
          throw new DomainError(LOCKED_MESSAGE);
        }
      });
      for (const [index, docId] of docIds.entries()) await reproject(store.db, docId, docs[index]!);
      return result;
    });
  } catch (error) {
    docIds.forEach((id, index) => {
      if (!sameBytes(before[index]!, Y.encodeStateVector(docs[index]!))) store.docs.forget(id);
    });
    throw error;
  }
}
