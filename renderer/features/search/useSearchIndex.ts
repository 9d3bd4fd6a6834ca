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

/** What a search result passes to the meeting it opens: the item and the words to mark there. */
export interface SearchHighlightState {
  justeraSearch: { itemId: string; terms: string[]; query: string };
}

export function readSearchHighlight(state: unknown, itemId: string | undefined): SearchHighlightState['justeraSearch'] | null {
  const value = (state as Partial<SearchHighlightState> | null)?.justeraSearch;
  if (!value || !itemId || value.itemId !== itemId || !Array.isArray(value.terms)) return null;
  return value;
}
