/**
 * The one search box, in the header on every screen (Ctrl+K goes there; Ctrl+Shift+F too, also
 * from the minutes editor, where Ctrl+K makes a link). Enter shows the hits on
 * the search screen; while that screen is open, the hits follow the typing. Arrow down moves to
 * the first hit. The search index is loaded a few seconds after start, or when the box gets the
 * focus if that comes first.
 */
import { makeStyles, SearchBox, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { useLocation, useSearch } from 'wouter';
import { useCommand } from '../../app/commands';
import { routes } from '../../app/routes';
import { startSearchIndex } from '../../db/search';
import { useStore } from '../../app/store-context';
import { usePreloadSearchIndex } from './useSearchIndex';

const useStyles = makeStyles({
  root: { width: 'min(360px, 40vw)' },
  input: {
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

/** Focuses the first hit of the search screen, if there is one. */
export function focusFirstResult(): boolean {
  const first = document.querySelector<HTMLElement>('[data-search-result]');
  first?.focus();
  return !!first;
}

export function HeaderSearch() {
  const styles = useStyles();
  const [location, navigate] = useLocation();
  const search = useSearch();
  const onSearchPage = location === routes.search;
  const urlQuery = new URLSearchParams(search).get('q') ?? '';
  const [value, setValue] = useState(urlQuery);
  const input = useRef<HTMLInputElement>(null);
  const typing = useRef<ReturnType<typeof setTimeout> | null>(null);
  const store = useStore();
  usePreloadSearchIndex();

  // The search screen's address is the truth while it is open (back and forward change it).
  useEffect(() => {
    if (onSearchPage && document.activeElement !== input.current) setValue(urlQuery);
  }, [onSearchPage, urlQuery]);

  const show = (query: string, replace: boolean) => {
    const params = new URLSearchParams(onSearchPage ? search : '');
    params.set('q', query);
    navigate(`${routes.search}?${params.toString()}`, { replace });
  };

  const focus = () => {
    input.current?.focus();
    input.current?.select();
  };
  useCommand({ id: 'search', label: 'Sök i alla möten', keys: 'Ctrl+K', group: 'Allmänt', whileTyping: true, run: focus });
  // In the minutes, Ctrl+K makes a link (as in Word); this one works there too.
  useCommand({ id: 'search-from-text', label: 'Sök i alla möten, även från anteckningarna', keys: 'Ctrl+Shift+F', group: 'Allmänt', whileTyping: true, run: focus });

  return (
    <SearchBox
      className={styles.root}
      input={{ ref: input, className: styles.input }}
      dismiss={{ 'aria-label': 'Töm sökrutan', title: 'Töm sökrutan' }}
      appearance="outline"
      size="medium"
      placeholder="Sök i alla möten (Ctrl + K)"
      aria-label="Sök i alla möten"
      value={value}
      onFocus={() => void startSearchIndex(store)}
      onChange={(_, data) => {
        setValue(data.value);
        if (!onSearchPage) return;
        if (typing.current) clearTimeout(typing.current);
        typing.current = setTimeout(() => show(data.value, true), 200);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          if (typing.current) clearTimeout(typing.current);
          if (onSearchPage) {
            show(value, true);
            requestAnimationFrame(() => focusFirstResult());
          } else show(value, false);
        } else if (event.key === 'ArrowDown' && onSearchPage && focusFirstResult()) {
          event.preventDefault();
        }
      }}
    />
  );
}
