/**
 * When a search hit opens a meeting at an item, the searched words are marked in that item (its
 * title, minutes, tasks …) with the CSS Custom Highlight API: the ranges are registered as
 * `CSS.highlights` and painted by a `::highlight(justera-search)` rule in styles.css, so the
 * editor's DOM is never touched. A bar says so and can take the marks away.
 */
import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { matchRanges } from '../../../shared/search/highlight';
import { readSearchHighlight } from './useSearchIndex';

export const SEARCH_HIGHLIGHT = 'justera-search';

const useStyles = makeStyles({ bar: { marginBottom: tokens.spacingVerticalS } });

/** Ranges over the text nodes under `root` that hold the search words. */
export function searchRanges(root: Node, terms: readonly string[]): Range[] {
  const ranges: Range[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    for (const match of matchRanges(text, terms)) {
      const range = document.createRange();
      range.setStart(node, match.start);
      range.setEnd(node, match.end);
      ranges.push(range);
    }
  }
  return ranges;
}

function supported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
}

/** Marks the words in the item `[data-item-id=itemId]` while it is shown, following its changes. */
function useHighlight(itemId: string, terms: readonly string[] | null): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    if (!terms || !supported()) return;
    let frame = 0;
    const paint = () => {
      frame = 0;
      const item = document.querySelector(`[data-item-id="${CSS.escape(itemId)}"]`);
      const ranges = item ? searchRanges(item, terms) : [];
      CSS.highlights.set(SEARCH_HIGHLIGHT, new Highlight(...ranges));
      setCount(ranges.length);
    };
    const observer = new MutationObserver(() => {
      if (!frame) frame = requestAnimationFrame(paint);
    });
    observer.observe(document.getElementById('main') ?? document.body, { subtree: true, childList: true, characterData: true });
    paint();
    return () => {
      observer.disconnect();
      if (frame) cancelAnimationFrame(frame);
      CSS.highlights.delete(SEARCH_HIGHLIGHT);
    };
  }, [itemId, terms]);
  return count;
}

/** Shown above a meeting opened from a search hit (`history.state` carries the words). */
export function SearchHighlight({ itemId }: { itemId: string | undefined }) {
  const styles = useStyles();
  const [found] = useState(() => readSearchHighlight(window.history.state, itemId));
  const [on, setOn] = useState(true);
  const count = useHighlight(itemId ?? '', found && on ? found.terms : null);
  if (!found || !on) return null;
  return (
    <MessageBar intent="info" className={styles.bar} data-testid="search-highlight">
      <MessageBarBody>
        {count > 0
          ? `Orden du sökte på (”${found.query}”) är markerade i punkten.`
          : `Du kom hit genom att söka på ”${found.query}”. Orden finns i ett fält som inte kan markeras, till exempel beslutet.`}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={() => setOn(false)}>
          Ta bort markeringen
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
