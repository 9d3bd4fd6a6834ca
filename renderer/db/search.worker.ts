/**
 * The search index's worker (see shared/search/engine.ts): holds the index, loads and stores its
 * JSON and answers queries, one message at a time, off the main thread.
 */
import { answer, SearchEngine, type EngineRequest } from '../../shared/search/engine';

const engine = new SearchEngine();

globalThis.addEventListener('message', (event: MessageEvent<EngineRequest>) => {
  globalThis.postMessage(answer(engine, event.data));
});
