/** The search index's state for the UI: starts the index once, re-renders when it changes. */
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { searchIndexState, startSearchIndex, subscribeSearchIndex, type SearchIndexState } from '../../db/search';
import { useStore } from '../../app/store-context';

export function useSearchIndex(): SearchIndexState {
  const store = useStore();
  useEffect(() => {
    void startSearchIndex(store);
  }, [store]);
  const subscribe = useCallback((listener: () => void) => subscribeSearchIndex(store, listener), [store]);
  const snapshot = useCallback(() => searchIndexState(store), [store]);
  return useSyncExternalStore(subscribe, snapshot);
}

/** Load the index this long after the app has started, at the next idle moment (not on the start screen's path). */
const PRELOAD_AFTER_MS = 3_000;
const PRELOAD_IDLE_TIMEOUT_MS = 5_000;

/**
 * Loads the search index in the background a little after start, so the first search need not
 * wait for it (it is parsed in a worker: typing is not held up). `startSearchIndex` on the search
 * box's focus starts it at once.
 */
export function usePreloadSearchIndex(): void {
  const store = useStore();
  useEffect(() => {
    let idle: number | null = null;
    const timer = setTimeout(() => {
      const start = () => void startSearchIndex(store);
      if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(start, { timeout: PRELOAD_IDLE_TIMEOUT_MS });
      else start();
    }, PRELOAD_AFTER_MS);
    return () => {
      clearTimeout(timer);
      if (idle !== null) cancelIdleCallback(idle);
    };
  }, [store]);
}

/** What a search result passes to the meeting it opens: the item and the words to mark there. */
export interface SearchHighlightState {
  justeraSearch: { itemId: string; terms: string[]; query: string };
}

export function readSearchHighlight(state: unknown, itemId: string | undefined): SearchHighlightState['justeraSearch'] | null {
  const value = (state as Partial<SearchHighlightState> | null)?.justeraSearch;
  if (!value || !itemId || value.itemId !== itemId || !Array.isArray(value.terms)) return null;
  return value;
}
