/**
 * Opens the search engine in a Web Worker (renderer/db/search.worker.ts), or in this thread where
 * there are no workers (the unit tests in Node) or the worker fails.
 */
import { localEngine, remoteOf, searchEngineMethods, type EngineAnswer, type Remote } from '../../shared/search/engine';
import { StoredSearchEngine } from './searchStore';

export type SearchEngineHandle = Remote<StoredSearchEngine> & { inWorker: boolean };

const methods = [...searchEngineMethods, 'loadStored', 'store'] as const;

/** The engine in this thread. */
export function openLocalSearchEngine(): SearchEngineHandle {
  return { ...localEngine(new StoredSearchEngine(), methods), inWorker: false };
}

export function openSearchEngine(): SearchEngineHandle {
  if (typeof Worker !== 'function') return openLocalSearchEngine();
  const worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module', name: 'justera-search' });
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  let broken: Error | null = null;
  const fail = (error: Error) => {
    broken ??= error;
    pending.forEach(({ reject }) => reject(error));
    pending.clear();
  };
  worker.addEventListener('message', (event: MessageEvent<EngineAnswer>) => {
    const answer = event.data;
    const waiting = pending.get(answer.id);
    if (!waiting) return;
    pending.delete(answer.id);
    if ('error' in answer) waiting.reject(new Error(answer.error));
    else waiting.resolve(answer.result);
  });
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    fail(new Error(`the search worker failed: ${event.message || 'it could not be started'}`));
  });
  worker.addEventListener('messageerror', () => fail(new Error('the search worker sent a message that could not be read')));
  const call = (method: string, args: unknown[]): Promise<unknown> => {
    if (broken) return Promise.reject(broken);
    const id = nextId++;
    const result = new Promise<unknown>((resolve, reject) => pending.set(id, { resolve, reject }));
    worker.postMessage({ id, method, args });
    return result;
  };
  const close = () => {
    worker.terminate();
    fail(new Error('the search index was closed'));
  };
  return { ...remoteOf<StoredSearchEngine>(methods, call, close), inWorker: true };
}
