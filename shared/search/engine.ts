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

/** The names of an engine's methods. */
export type MethodOf<E> = { [K in keyof E]: E[K] extends (...args: never[]) => unknown ? K : never }[keyof E] & string;

/** An engine as its caller sees it: every operation answers later; `close` ends it. */
export type Remote<E> = {
  [K in MethodOf<E>]: E[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<Awaited<R>> : never;
} & { close(): void };

export const searchEngineMethods = ['load', 'reset', 'addAll', 'put', 'serialise', 'search'] as const satisfies readonly MethodOf<SearchEngine>[];

export interface EngineRequest {
  id: number;
  method: string;
  args: unknown[];
}

export type EngineAnswer = { id: number; result: unknown } | { id: number; error: string };

type Callable = Record<string, (...args: unknown[]) => unknown>;

/** Carries out one request on `engine` (in the worker). */
export async function answer(engine: object, request: EngineRequest): Promise<EngineAnswer> {
  try {
    const method = (engine as Callable)[request.method];
    if (typeof method !== 'function') throw new Error(`no such operation: ${request.method}`);
    return { id: request.id, result: await method.apply(engine, request.args) };
  } catch (error) {
    return { id: request.id, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

/** Builds the caller's side of an engine from one function that carries out a request. */
export function remoteOf<E>(methods: readonly MethodOf<E>[], call: (method: string, args: unknown[]) => Promise<unknown>, close: () => void): Remote<E> {
  const remote: Record<string, unknown> = { close };
  for (const method of methods) remote[method] = (...args: unknown[]) => call(method, args);
  return remote as Remote<E>;
}

/** An engine in this thread, behind the same promises as the worker's: answered in order, later. */
export function localEngine<E extends object>(engine: E, methods: readonly MethodOf<E>[]): Remote<E> {
  let queue: Promise<unknown> = Promise.resolve();
  return remoteOf<E>(
    methods,
    (method, args) => {
      const result = queue.then(() => (engine as Callable)[method]!.apply(engine, args));
      queue = result.catch(() => undefined);
      return result;
    },
    () => undefined,
  );
}

/** The plain engine in this thread. */
export function localSearchEngine(): Remote<SearchEngine> {
  return localEngine(new SearchEngine(), searchEngineMethods);
}
