/**
 * The search index behind a small set of operations, so that it can live in a Web Worker
 * (renderer/db/search.worker.ts): loading a stored index (parsing tens of megabytes of JSON),
 * building it, and answering queries then happen off the main thread, and neither the start screen
 * nor typing ever waits for them. Where no worker can be made (the unit tests in Node), the same
 * engine runs in the calling thread.
 *
 * The messages are plain data (structured clone): requests `{ id, method, args }`, answers
 * `{ id, result }` or `{ id, error }`, answered in the order they came.
 */
import MiniSearch from 'minisearch';
import type { NumberingStyle } from '../domain/register';
import { AgendaNumbers, type PlacedItem } from './numbering';
import {
  createSearchIndex,
  loadSearchIndex,
  putSearchDocument,
  runSearch,
  serialiseSearchIndex,
  type SearchDocument,
  type SearchFilters,
  type SearchIndex,
  type SearchOutcome,
} from './searchIndex';

export class SearchEngine {
  private index: SearchIndex = createSearchIndex();
  private readonly numbers = new AgendaNumbers();

  /** Replaces the index with a stored one (MiniSearch's JSON). */
  load(json: string): void {
    const index = loadSearchIndex(json);
    this.index = index;
    this.numbers.clear();
    for (const result of index.search(MiniSearch.wildcard)) this.numbers.set(String(result.id), result as unknown as PlacedItem);
  }

  /** Starts an empty index (a rebuild). */
  reset(): void {
    this.index = createSearchIndex();
    this.numbers.clear();
  }

  /** Adds documents that are not in the index yet (a rebuild, in chunks). */
  addAll(docs: SearchDocument[]): void {
    this.index.addAll(docs);
    for (const doc of docs) this.numbers.set(doc.id, doc);
  }

  /** Adds, replaces or (with null) removes items' documents. */
  put(changes: [id: string, doc: SearchDocument | null][]): void {
    for (const [id, doc] of changes) {
      putSearchDocument(this.index, id, doc);
      this.numbers.set(id, doc);
    }
  }

  /** The index as JSON, for storing. */
  serialise(): string {
    return serialiseSearchIndex(this.index);
  }

  /** The best `limit` hits, numbered as their meetings number them (`numbering`: each body's style). */
  search(query: string, filters: SearchFilters, limit: number, numbering: Record<string, NumberingStyle> = {}): SearchOutcome {
    const outcome = runSearch(this.index, query, filters, limit);
    for (const hit of outcome.hits) hit.number = this.numbers.label(hit.itemId, (bodyId) => numbering[bodyId] ?? 'sequential');
    return outcome;
  }
}

export type SearchEngineMethod = 'load' | 'reset' | 'addAll' | 'put' | 'serialise' | 'search';

/** The engine as its caller sees it: every operation answers later. */
export type RemoteSearchEngine = {
  [K in SearchEngineMethod]: (...args: Parameters<SearchEngine[K]>) => Promise<ReturnType<SearchEngine[K]>>;
} & { close(): void };

export interface EngineRequest {
  id: number;
  method: SearchEngineMethod;
  args: unknown[];
}

export type EngineAnswer = { id: number; result: unknown } | { id: number; error: string };

/** Carries out one request on `engine` (in the worker). */
export function answer(engine: SearchEngine, request: EngineRequest): EngineAnswer {
  try {
    const method = engine[request.method] as (...args: unknown[]) => unknown;
    return { id: request.id, result: method.apply(engine, request.args) };
  } catch (error) {
    return { id: request.id, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

/** The engine in this thread, behind the same promises as the worker's. */
export function localSearchEngine(): RemoteSearchEngine {
  const engine = new SearchEngine();
  // Answer asynchronously, in order, as the worker does.
  let queue: Promise<unknown> = Promise.resolve();
  const call =
    <K extends SearchEngineMethod>(method: K) =>
    (...args: Parameters<SearchEngine[K]>): Promise<ReturnType<SearchEngine[K]>> => {
      const result = queue.then(() => (engine[method] as (...a: unknown[]) => ReturnType<SearchEngine[K]>).apply(engine, args));
      queue = result.catch(() => undefined);
      return result;
    };
  return {
    load: call('load'),
    reset: call('reset'),
    addAll: call('addAll'),
    put: call('put'),
    serialise: call('serialise'),
    search: call('search'),
    close: () => undefined,
  };
}
