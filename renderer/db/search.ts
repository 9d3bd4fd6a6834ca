/**
 * The search index, kept in memory (in a Web Worker, shared/search/engine.ts) and in the database:
 * loaded from the `searchIndex` table when first needed — the search box's first use, or an idle
 * moment a few seconds after start, never on the start screen's path — not rebuilt, brought up to
 * date for the documents changed since it was stored, and from then on updated item by item
 * whenever `reproject` rebuilds a meeting's or an item's rows — after typing pauses, batched, off
 * the typing path. A missing, outdated (SEARCH_INDEX_VERSION) or
 * impossible (a restored, older database) stored index is rebuilt once, with progress for the UI.
 *
 * The stored index remembers `cursor`: the last document update (y-dexie's update id) that was
 * indexed when this session started. At the next start every document with a later update is
 * looked at again (its rows read, its fingerprint compared, re-indexed if it differs), so nothing
 * done in a session can be missing from the index — even after a crash. That is also why the index
 * is stored only after a rebuild or a start-up catch-up, in idle time, and never while typing:
 * storing it during the session would not let the next start skip any document.
 */
import { Dexie, type ObservabilitySet } from 'dexie';
import type { NumberingStyle } from '../../shared/domain/register';
import type { SnippetPart } from '../../shared/search/highlight';
import {
  fingerprintOf,
  SEARCH_INDEX_VERSION,
  searchDocumentOf,
  type SearchDocument,
  type SearchFilters,
  type SearchKind,
  type SearchOutcome,
  type SearchSnippet,
} from '../../shared/search/searchIndex';
import { parseDocId } from '../../shared/ydoc/documents';
import { UPDATES_TABLE, type BodyRow, type ItemRow } from './database';
import { onReprojected } from './projection';
import type { StoredIndexMeta } from './searchStore';
import { openLocalSearchEngine, openSearchEngine, type SearchEngineHandle } from './searchEngine';
import type { Store } from './store';

/** Wait after the last reprojection before re-indexing (the projector itself waits for typing to pause). */
const REFRESH_DELAY_MS = 250;
/** Storing the index waits for an idle moment, at most this long. */
const SAVE_IDLE_TIMEOUT_MS = 10_000;
const REBUILD_CHUNK = 150;
/** A stored index whose content did not change is stored again (with a later cursor) only when the catch-up looked at more documents than this. */
const CATCH_UP_SAVE_AFTER = 200;

/** 'idle': not loaded yet (nothing has asked for it in this session). */
export type SearchIndexPhase = 'idle' | 'starting' | 'building' | 'ready' | 'failed';

export interface SearchIndexState {
  phase: SearchIndexPhase;
  /** While building: items indexed so far and in all. */
  done: number;
  total: number;
  /** Changes whenever the index's content does (search results should be fetched again). */
  version: number;
}

export interface SearchIndexStats {
  /** How the index was obtained at start: read from the database, or rebuilt from the rows. */
  source: 'stored' | 'rebuilt' | null;
  /** Items re-indexed at start because their documents changed after the index was stored. */
  caughtUp: number;
  /** Full rebuilds in this session. */
  rebuilds: number;
  /** Item documents replaced since start (by edits). */
  updated: number;
  saves: number;
}

class SearchIndexer {
  /** The index (in a worker where possible); null until it has been loaded or built. */
  private engine: SearchEngineHandle | null = null;
  private loaded = false;
  private fingerprints = new Map<string, string>();
  private readonly pending = new Set<string>();
  private refreshTimer: ReturnType<typeof setTimeout> | null = null;
  private cancelSave: (() => void) | null = null;
  private running: Promise<void> = Promise.resolve();
  private cursor = 0;
  private started: Promise<void> | null = null;
  private stopped = false;
  private readonly listeners = new Set<() => void>();
  private readonly unsubscribe: () => void;
  state: SearchIndexState = { phase: 'idle', done: 0, total: 0, version: 0 };
  readonly stats: SearchIndexStats = { source: null, caughtUp: 0, rebuilds: 0, updated: 0, saves: 0 };

  constructor(private readonly store: Store) {
    // Listen from the first moment: a change made before or while the index loads is applied after it.
    const stopReprojected = onReprojected(store.db, (docId) => this.noteChanged(docId));
    const stopOtherWindows = watchOtherWindows(store.db.name, (docId) => this.noteChanged(docId));
    this.unsubscribe = () => {
      stopReprojected();
      stopOtherWindows();
    };
  }

  /** Loads (or builds) the index on first use; resolves when it can answer. */
  get ready(): Promise<void> {
    this.started ??= this.startOnce();
    return this.started;
  }

  private async startOnce(): Promise<void> {
    this.setState({ phase: 'starting' });
    try {
      this.engine = openSearchEngine();
      try {
        await this.start();
      } catch (error) {
        if (!this.engine.inWorker || this.stopped) throw error;
        // A worker that cannot be started (or died): the same index in this thread.
        console.warn('[search] the search worker failed; the index is kept in this thread instead', error);
        this.engine.close();
        this.engine = openLocalSearchEngine();
        await this.start();
      }
    } catch (error) {
      if (!this.stopped) console.error('[search] could not open the search index', error);
      this.setState({ phase: 'failed' });
    }
  }

  private setState(patch: Partial<SearchIndexState>): void {
    this.state = { ...this.state, ...patch };
    this.listeners.forEach((listener) => listener());
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private get db() {
    return this.store.db;
  }

  private async lastUpdateId(): Promise<number> {
    const last = (await this.db.table(UPDATES_TABLE).orderBy('i').last()) as { i?: unknown } | undefined;
    return typeof last?.i === 'number' ? last.i : 0;
  }

  private async start(): Promise<void> {
    const engine = this.engine!;
    this.loaded = false;
    this.cursor = await this.lastUpdateId();
    // The engine reads the stored index itself (in the worker: never through this thread).
    let stored: StoredIndexMeta | null = null;
    try {
      stored = await engine.loadStored(this.db.name, this.cursor);
    } catch (error) {
      if (engine.inWorker && /search worker/.test(String(error))) throw error;
      console.warn('[search] the stored index could not be read; rebuilding', error);
    }
    if (stored) {
      this.fingerprints = new Map(Object.entries(stored.fingerprints));
      this.loaded = true;
      this.stats.source = 'stored';
      const changed = new Set<string>();
      await this.db
        .table(UPDATES_TABLE)
        .where('i')
        .above(stored.cursor)
        .each((row: { k?: unknown }) => {
          if (typeof row.k === 'string') changed.add(row.k);
        });
      changed.forEach((docId) => this.pending.add(docId));
      this.stats.caughtUp = await this.serial(() => this.refreshPending());
      this.setState({ phase: 'ready', version: this.state.version + 1 });
      // Stored again when it changed, or when the next start would otherwise look at many documents
      // again (storing serialises the whole index: a search asked meanwhile waits for it).
      if (this.stats.caughtUp > 0 || changed.size > CATCH_UP_SAVE_AFTER) this.scheduleSave();
    } else {
      await this.rebuild();
    }
  }

  /** Builds the index from every meeting's rows, in chunks so the progress can be shown. */
  private async rebuild(): Promise<void> {
    const engine = this.engine!;
    this.stats.rebuilds += 1;
    this.setState({ phase: 'building', done: 0, total: 0 });
    const [meetings, agendas, minutes] = await this.db.transaction('r', [this.db.meetings, this.db.agendas, this.db.minutes], () =>
      Promise.all([this.db.meetings.toArray(), this.db.agendas.toArray(), this.db.minutes.toArray()]),
    );
    const items = agendas.flatMap((row) => row.items);
    const meetingById = new Map(meetings.map((m) => [m.id, m]));
    const minutesById = new Map(minutes.map((m) => [m.id, m]));
    const fingerprints = new Map<string, string>();
    const docs: SearchDocument[] = [];
    for (const item of items) {
      const meeting = meetingById.get(item.meetingId);
      const doc = meeting ? searchDocumentOf(item, meeting, minutesById.get(item.id)) : null;
      if (doc) docs.push(doc);
    }
    this.setState({ total: docs.length });
    await engine.reset();
    for (let start = 0; start < docs.length; start += REBUILD_CHUNK) {
      const chunk = docs.slice(start, start + REBUILD_CHUNK);
      await engine.addAll(chunk);
      chunk.forEach((doc) => fingerprints.set(doc.id, fingerprintOf(doc)));
      this.setState({ done: Math.min(docs.length, start + REBUILD_CHUNK) });
      if (!engine.inWorker) await new Promise((resolve) => setTimeout(resolve, 0));
    }
    this.fingerprints = fingerprints;
    this.loaded = true;
    this.stats.source = 'rebuilt';
    // Changes that arrived while building are applied on top.
    await this.serial(() => this.refreshPending());
    this.setState({ phase: 'ready', version: this.state.version + 1 });
    this.scheduleSave();
  }

  private noteChanged(docId: string): void {
    const kind = parseDocId(docId)?.kind;
    if (kind !== 'meeting' && kind !== 'minutes') return;
    this.pending.add(docId);
    if (!this.loaded) return;
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => void this.flushChanges(), REFRESH_DELAY_MS);
  }

  /** Runs `task` after every earlier one: two refreshes never interleave their reads and writes. */
  private serial<T>(task: () => Promise<T>): Promise<T> {
    const result = this.running.then(task);
    this.running = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }

  /** Applies the noted changes now. */
  flushChanges(): Promise<void> {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.refreshTimer = null;
    return this.serial(async () => {
      if (!this.loaded || !this.db.isOpen()) return;
      try {
        const updated = await this.refreshPending();
        if (updated > 0) {
          this.stats.updated += updated;
          this.setState({ version: this.state.version + 1 });
        }
      } catch (error) {
        if (this.db.isOpen() && !this.stopped) console.warn('[search] could not update the index', error);
      }
    });
  }

  /** Re-reads the items of the pending documents and replaces those whose search document changed. */
  private async refreshPending(): Promise<number> {
    const engine = this.engine;
    if (!engine || !this.loaded || this.pending.size === 0) return 0;
    const docIds = [...this.pending];
    this.pending.clear();
    const itemIds = new Set<string>();
    const meetingIds = new Set<string>();
    for (const docId of docIds) {
      const parsed = parseDocId(docId);
      if (parsed?.kind === 'minutes') itemIds.add(parsed.entityId);
      if (parsed?.kind === 'meeting') meetingIds.add(parsed.entityId);
    }
    const db = this.db;
    const { items, meetings, minutes } = await db.transaction('r', [db.agendas, db.meetings, db.minutes], async () => {
      // A changed minutes document names its item; the item is found in the agenda of the meeting
      // its minutes row belongs to. A changed meeting document: all of its items.
      const ofItems = await db.minutes.bulkGet([...itemIds]);
      const wanted = new Set([...meetingIds, ...ofItems.flatMap((row) => (row ? [row.meetingId] : []))]);
      const agendas = await db.agendas.bulkGet([...wanted]);
      const items = new Map<string, ItemRow>();
      for (const row of agendas) {
        for (const item of row?.items ?? []) {
          if (meetingIds.has(item.meetingId)) itemIds.add(item.id);
          if (itemIds.has(item.id)) items.set(item.id, item);
        }
      }
      const ids = [...itemIds];
      const meetings = await db.meetings.bulkGet([...wanted]);
      const minutes = await db.minutes.bulkGet(ids);
      return { items, meetings, minutes: new Map(ids.map((id, i) => [id, minutes[i]])) };
    });
    const meetingById = new Map(meetings.flatMap((m) => (m ? [[m.id, m] as const] : [])));
    const changes: [string, SearchDocument | null][] = [];
    for (const itemId of itemIds) {
      const item = items.get(itemId);
      const meeting = item ? meetingById.get(item.meetingId) : undefined;
      const doc = item && meeting ? searchDocumentOf(item, meeting, minutes.get(itemId)) : null;
      const fingerprint = doc ? fingerprintOf(doc) : undefined;
      if (fingerprint === this.fingerprints.get(itemId)) continue;
      changes.push([itemId, doc]);
      if (fingerprint) this.fingerprints.set(itemId, fingerprint);
      else this.fingerprints.delete(itemId);
    }
    if (changes.length > 0) await engine.put(changes);
    return changes.length;
  }

  /** Stores the index at the next idle moment (serialising a large index takes a while). */
  private scheduleSave(): void {
    this.cancelSave?.();
    const run = () => {
      this.cancelSave = null;
      void this.serial(() => this.save()).catch((error: unknown) => {
        if (!this.stopped) console.warn('[search] could not store the index', error);
      });
    };
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(run, { timeout: SAVE_IDLE_TIMEOUT_MS });
      this.cancelSave = () => cancelIdleCallback(handle);
    } else {
      const handle = setTimeout(run, 1_000);
      this.cancelSave = () => clearTimeout(handle);
    }
  }

  /** Stores the index now. */
  private async save(): Promise<void> {
    this.cancelSave?.();
    this.cancelSave = null;
    if (!this.engine || !this.loaded || !this.db.isOpen()) return;
    const meta: StoredIndexMeta = { version: SEARCH_INDEX_VERSION, cursor: this.cursor, savedAt: new Date().toISOString(), fingerprints: Object.fromEntries(this.fingerprints) };
    // The engine serialises and writes the index itself (in the worker: off this thread).
    await this.engine.store(this.db.name, meta);
    this.stats.saves += 1;
  }

  /** Applies pending changes and stores the index now (tests; before a backup). */
  async flush(): Promise<void> {
    await this.ready;
    await this.flushChanges();
    await this.serial(() => this.save());
  }

  stop(): void {
    this.stopped = true;
    this.unsubscribe();
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.cancelSave?.();
    this.engine?.close();
  }

  async search(query: string, filters: SearchFilters, limit: number, numbering: Record<string, NumberingStyle>): Promise<SearchOutcome> {
    await this.ready;
    // After the changes already taken in, in order (the worker answers one message at a time).
    if (!this.engine || !this.loaded) return { hits: [], total: 0, mode: 'all', queryTerms: [] };
    return this.engine.search(query, filters, limit, numbering);
  }
}

/** A node of Dexie's RangeSet (an interval tree); across windows it arrives as a plain clone. */
interface RangeNode {
  from?: unknown;
  to?: unknown;
  l?: RangeNode | null;
  r?: RangeNode | null;
}

function singleKeys(node: RangeNode | null | undefined, keys: string[]): boolean {
  if (!node) return true;
  if (node.from !== node.to || typeof node.from !== 'string') return false;
  keys.push(node.from);
  return singleKeys(node.l, keys) && singleKeys(node.r, keys);
}

/**
 * Another window on the same database (the browser build allows several) reprojects its own
 * changes; Dexie tells every window which rows of `meetings`, `agendas` and `minutes` changed
 * (`storagemutated`, also across windows). Those rows' items are looked at again here. (This
 * window's own changes arrive too; looking at an unchanged item again costs only a fingerprint.)
 * A change of many rows at once arrives as a range, not as keys: it is left to the next start.
 */
function watchOtherWindows(dbName: string, noteChanged: (docId: string) => void): () => void {
  const prefix = `idb://${dbName}/`;
  const listener = (parts: ObservabilitySet) => {
    for (const [part, tree] of Object.entries(parts) as [string, RangeNode][]) {
      if (!part.startsWith(prefix) || !part.endsWith('/')) continue;
      const table = part.slice(prefix.length, -1);
      if (table !== 'meetings' && table !== 'agendas' && table !== 'minutes') continue;
      const keys: string[] = [];
      if (!singleKeys(tree, keys)) continue;
      for (const key of keys) noteChanged(table === 'minutes' ? `minutes/${key}` : `meeting/${key}`);
    }
  };
  Dexie.on('storagemutated', listener);
  return () => Dexie.on('storagemutated').unsubscribe(listener);
}

const indexers = new WeakMap<Store, SearchIndexer>();
const bodiesCaches = new WeakMap<Store, BodiesCache>();

function indexerOf(store: Store): SearchIndexer {
  let indexer = indexers.get(store);
  if (!indexer) {
    indexer = new SearchIndexer(store);
    indexers.set(store, indexer);
  }
  return indexer;
}

/** Opens the search index (once per store) and resolves when it can answer. */
export function startSearchIndex(store: Store): Promise<void> {
  return indexerOf(store).ready;
}

export function searchIndexState(store: Store): SearchIndexState {
  return indexerOf(store).state;
}

export function subscribeSearchIndex(store: Store, listener: () => void): () => void {
  return indexerOf(store).subscribe(listener);
}

export function searchIndexStats(store: Store): Readonly<SearchIndexStats> {
  return indexerOf(store).stats;
}

/** Applies every noted change now (without storing the index), e.g. before a search in a test. */
export async function updateSearchIndexNow(store: Store): Promise<void> {
  await store.projector.flush();
  const indexer = indexerOf(store);
  await indexer.ready;
  await indexer.flushChanges();
}

/** Applies every noted change and stores the index now. */
export async function flushSearchIndex(store: Store): Promise<void> {
  await store.projector.flush();
  await indexerOf(store).flush();
}

/** Stops listening and stores nothing more (the store is closing). */
export function stopSearchIndex(store: Store): void {
  indexers.get(store)?.stop();
  indexers.delete(store);
  bodiesCaches.get(store)?.stop();
  bodiesCaches.delete(store);
}

// --- results for the screen ------------------------------------------------------------------

export type { SearchSnippet } from '../../shared/search/searchIndex';

export interface SearchResultView {
  itemId: string;
  meetingId: string;
  date: string;
  bodyNames: string[];
  /** "5" or "§ 16", as the item is numbered in its meeting. */
  number: string;
  title: SnippetPart[];
  kinds: SearchKind[];
  snippets: SearchSnippet[];
  /** The index terms that matched, for highlighting them in the opened item. */
  terms: string[];
}

export interface SearchResults {
  results: SearchResultView[];
  total: number;
  mode: 'all' | 'any';
  /** False when the query holds no searchable word. */
  searchable: boolean;
}

/** How many results a search builds unless asked for more (the screen shows more on request). */
export const SEARCH_PAGE_SIZE = 20;

/**
 * The bodies (names, numbering) for the results: read once and kept, forgotten whenever a body
 * changes in any window (Dexie's `storagemutated`).
 */
class BodiesCache {
  private bodies: Promise<BodyRow[]> | null = null;
  private readonly stopWatching: () => void;

  constructor(private readonly store: Store) {
    const watched = `idb://${store.db.name}/bodies/`;
    const listener = (parts: ObservabilitySet) => {
      if (Object.keys(parts).some((part) => part.startsWith(watched))) this.bodies = null;
    };
    Dexie.on('storagemutated', listener);
    this.stopWatching = () => Dexie.on('storagemutated').unsubscribe(listener);
  }

  stop(): void {
    this.stopWatching();
    this.bodies = null;
  }

  rows(): Promise<BodyRow[]> {
    const read = (this.bodies ??= this.store.db.bodies.toArray());
    // A failed read is not kept.
    read.catch(() => {
      if (this.bodies === read) this.bodies = null;
    });
    return read;
  }
}

function bodiesOf(store: Store): BodiesCache {
  let cache = bodiesCaches.get(store);
  if (!cache) {
    cache = new BodiesCache(store);
    bodiesCaches.set(store, cache);
  }
  return cache;
}

/**
 * Searches every meeting: the best `limit` hits with where they are (meeting date, bodies, item
 * number and title) and a snippet from each part of the item that matched, the words marked. The
 * index holds the texts and the items' places on their agendas, so a search reads no rows (the
 * bodies are read once and kept).
 */
export async function searchMeetings(store: Store, query: string, filters: SearchFilters = {}, limit = SEARCH_PAGE_SIZE): Promise<SearchResults> {
  const bodies = await bodiesOf(store).rows();
  const numbering = Object.fromEntries(bodies.map((b) => [b.id, b.numbering]));
  const outcome = await indexerOf(store).search(query, filters, limit, numbering);
  const bodyName = new Map(bodies.map((b) => [b.id, b.name]));
  const results = outcome.hits.map(
    (hit): SearchResultView => ({
      itemId: hit.itemId,
      meetingId: hit.meetingId,
      date: hit.date,
      bodyNames: hit.bodyIds.map((id) => bodyName.get(id) ?? 'Okänt organ'),
      number: hit.number,
      title: hit.title,
      kinds: hit.kinds,
      snippets: hit.snippets,
      terms: hit.terms,
    }),
  );
  return { results, total: outcome.total, mode: outcome.mode, searchable: outcome.queryTerms.length > 0 };
}

/** The years that have meetings (newest first), for the year filter. */
export async function meetingYears(store: Store): Promise<number[]> {
  const keys = (await store.db.meetings.orderBy('date').uniqueKeys()) as string[];
  return [...new Set(keys.map((date) => Number(date.slice(0, 4))))].sort((a, b) => b - a);
}
