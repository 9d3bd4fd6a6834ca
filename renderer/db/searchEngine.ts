/**
 * Opens the search engine in a Web Worker (renderer/db/search.worker.ts), or in this thread where
 * there are no workers (the unit tests in Node).
 */
import { localSearchEngine, type EngineAnswer, type RemoteSearchEngine, type SearchEngine, type SearchEngineMethod } from '../../shared/search/engine';

export function openSearchEngine(): RemoteSearchEngine & { inWorker: boolean } {
  if (typeof Worker !== 'function') return { ...localSearchEngine(), inWorker: false };
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
  const call =
    <K extends SearchEngineMethod>(method: K) =>
    (...args: Parameters<SearchEngine[K]>): Promise<ReturnType<SearchEngine[K]>> => {
      if (broken) return Promise.reject(broken);
      const id = nextId++;
      const result = new Promise<ReturnType<SearchEngine[K]>>((resolve, reject) =>
        pending.set(id, { resolve: resolve as (value: unknown) => void, reject }),
      );
      worker.postMessage({ id, method, args });
      return result;
    };
  return {
    load: call('load'),
    reset: call('reset'),
    addAll: call('addAll'),
    put: call('put'),
    serialise: call('serialise'),
    search: call('search'),
    close: () => {
      worker.terminate();
      fail(new Error('the search index was closed'));
    },
    inWorker: true,
  };
}
