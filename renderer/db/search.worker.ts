/**
 * The search index's worker (see shared/search/engine.ts and searchStore.ts): holds the index,
 * reads and stores it in the database and answers queries off the main thread, one message at a
 * time, in the order they came (an operation that waits for the database holds up the next).
 */
import { answer, type EngineRequest } from '../../shared/search/engine';
import { StoredSearchEngine } from './searchStore';

const engine = new StoredSearchEngine();
let queue: Promise<void> = Promise.resolve();

globalThis.addEventListener('message', (event: MessageEvent<EngineRequest>) => {
  queue = queue.then(async () => globalThis.postMessage(await answer(engine, event.data)));
});
