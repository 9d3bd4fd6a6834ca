/**
 * The hits of a search over every meeting's items: where each one is (body, meeting date, item
 * number and title) and a snippet of what matched, the words marked. Filters by body, year and
 * kind; they live in the address with the query, so Back returns to the same hits. Arrow keys move
 * between the hits; Enter opens the meeting at that item with the words marked there. The best 20
 * hits are shown, more on request.
 */
import {
  Badge,
  Button,
  Checkbox,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Select,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState, type KeyboardEvent } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { formatLongDate } from '../../../shared/domain/dates';
import type { SnippetPart } from '../../../shared/search/highlight';
import { searchKindLabels, searchKinds, type SearchKind } from '../../../shared/search/searchIndex';
import { listBodies } from '../../db/queries';
import { meetingYears, SEARCH_PAGE_SIZE, searchMeetings, type SearchResults } from '../../db/search';
import { routes } from '../../app/routes';
import { useStore } from '../../app/store-context';
import { EmptyState } from '../../ui/EmptyState';
import { Page } from '../../ui/Page';
import type { SearchHighlightState } from './useSearchIndex';
import { useSearchIndex } from './useSearchIndex';

const useStyles = makeStyles({
  filters: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXL}`,
    alignItems: 'flex-end',
  },
  kinds: { border: 'none', margin: 0, padding: 0, display: 'flex', alignItems: 'center', flexWrap: 'wrap' },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXXS, fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  result: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    ':focus-within': { boxShadow: `inset 0 0 0 1px ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  link: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForegroundLink,
    textDecoration: 'none',
    ':hover': { textDecoration: 'underline' },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px', borderRadius: tokens.borderRadiusSmall },
  },
  meta: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center', color: tokens.colorNeutralForeground2 },
  snippet: { margin: 0, color: tokens.colorNeutralForeground1, lineHeight: tokens.lineHeightBase300 },
  snippetLabel: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
  mark: { backgroundColor: '#fff1a8', color: 'inherit', padding: '0 1px', borderRadius: '2px' },
  hint: { color: tokens.colorNeutralForeground2 },
});

function Marked({ parts }: { parts: SnippetPart[] }) {
  const styles = useStyles();
  return (
    <>
      {parts.map((part, i) => (part.mark ? <mark key={i} className={styles.mark}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </>
  );
}

const kindParam: Record<SearchKind, string> = { decision: 'beslut', task: 'uppdrag', note: 'anteckning' };

function readFilters(search: string) {
  const params = new URLSearchParams(search);
  const year = Number(params.get('ar'));
  const kinds = (params.get('typ') ?? '').split(',').flatMap((k) => searchKinds.filter((kind) => kindParam[kind] === k));
  return { query: params.get('q') ?? '', bodyId: params.get('organ') ?? '', year: Number.isInteger(year) && year > 0 ? year : null, kinds };
}

/** Up and down arrows (and Home, End) move between the hits' links. */
function moveBetweenResults(event: KeyboardEvent<HTMLElement>) {
  const links = [...event.currentTarget.querySelectorAll<HTMLElement>('[data-search-result]')];
  const index = links.indexOf(document.activeElement as HTMLElement);
  if (index === -1) return;
  const next =
    event.key === 'ArrowDown' ? links[index + 1] : event.key === 'ArrowUp' ? links[index - 1] : event.key === 'Home' ? links[0] : event.key === 'End' ? links.at(-1) : undefined;
  if (event.key === 'ArrowUp' && index === 0) {
    event.preventDefault();
    document.querySelector<HTMLInputElement>('input[aria-label="Sök i alla möten"]')?.focus();
    return;
  }
  if (next) {
    event.preventDefault();
    next.focus();
    next.scrollIntoView({ block: 'nearest' });
  }
}

export function SearchPage() {
  const store = useStore();
  const styles = useStyles();
  const search = useSearch();
  const [, navigate] = useLocation();
  const index = useSearchIndex();
  const { query, bodyId, year, kinds } = readFilters(search);
  const bodies = useLiveQuery(() => listBodies(store), [store]);
  const years = useLiveQuery(() => meetingYears(store), [store]);
  const [results, setResults] = useState<{ key: string; searchKey: string; value: SearchResults } | null>(null);
  const [failedKey, setFailedKey] = useState<string | null>(null);
  // How many hits to show: the first page, more when asked for (for this search only).
  const [more, setMore] = useState<{ searchKey: string; limit: number } | null>(null);
  const searchKey = `${query}|${bodyId}|${year ?? ''}|${kinds.join(',')}`;
  const limit = more && more.searchKey === searchKey ? more.limit : SEARCH_PAGE_SIZE;
  const key = `${searchKey}|${limit}|${index.version}`;

  useEffect(() => {
    if (!query.trim() || index.phase !== 'ready') return;
    let live = true;
    searchMeetings(store, query, { bodyId: bodyId || null, year, kinds }, limit).then(
      (value) => live && setResults({ key, searchKey, value }),
      (error: unknown) => {
        console.error('[search] the search failed', error);
        if (live) setFailedKey(key);
      },
    );
    return () => {
      live = false;
    };
    // `key` stands for the query, the filters, the number of hits asked for and the index's version.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store, key]);

  const setFilter = (name: string, value: string) => {
    const params = new URLSearchParams(search);
    if (value) params.set(name, value);
    else params.delete(name);
    navigate(`${routes.search}?${params.toString()}`, { replace: true });
  };
  const toggleKind = (kind: SearchKind, on: boolean) => {
    const next = on ? [...kinds, kind] : kinds.filter((k) => k !== kind);
    setFilter('typ', searchKinds.filter((k) => next.includes(k)).map((k) => kindParam[k]).join(','));
  };

  // The same search's hits stay while more of them (or those of an updated index) are fetched.
  const shown = results && (results.key === key || results.searchKey === searchKey) ? results.value : null;
  const hasFilters = !!bodyId || !!year || kinds.length > 0;
  const status = !query.trim()
    ? 'Skriv det du letar efter i sökrutan överst.'
    : index.phase !== 'ready' || !shown
      ? failedKey === key
        ? 'Sökningen kunde inte göras.'
        : 'Söker …'
      : !shown.searchable
        ? 'Sökningen innehåller bara små ord som och, att och i. Lägg till ett ord som säger mer.'
        : shown.total === 0
          ? `Inga träffar för ”${query.trim()}”.`
          : `${shown.total === 1 ? '1 träff' : `${shown.total} träffar`} för ”${query.trim()}”${shown.total > shown.results.length ? `, de ${shown.results.length} bästa visas` : ''}.`;

  return (
    <Page title="Sök" windowTitle={query.trim() ? `Sök: ${query.trim()}` : 'Sök'} subtitle={<span role="status">{status}</span>}>
      <div className={styles.filters} role="group" aria-label="Avgränsa sökningen">
        <Field label="Organ">
          <Select value={bodyId} onChange={(_, d) => setFilter('organ', d.value)}>
            <option value="">Alla organ</option>
            {(bodies ?? []).map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="År">
          <Select value={year ? String(year) : ''} onChange={(_, d) => setFilter('ar', d.value)}>
            <option value="">Alla år</option>
            {(years ?? []).map((y) => (
              <option key={y} value={String(y)}>
                {y}
              </option>
            ))}
          </Select>
        </Field>
        <fieldset className={styles.kinds}>
          <legend className={styles.legend}>Visa bara</legend>
          {searchKinds.map((kind) => (
            <Checkbox key={kind} label={searchKindLabels[kind]} checked={kinds.includes(kind)} onChange={(_, d) => toggleKind(kind, !!d.checked)} />
          ))}
        </fieldset>
      </div>

      {index.phase === 'building' ? (
        <Field label="Sökindexet byggs upp. Det görs en gång; sedan hålls det aktuellt medan du skriver." validationState="none">
          <ProgressBar value={index.total > 0 ? index.done / index.total : undefined} aria-label="Sökindexet byggs" />
          <Text size={200}>
            {index.done} av {index.total} punkter
          </Text>
        </Field>
      ) : null}
      {failedKey === key && index.phase !== 'failed' ? (
        <MessageBar intent="error">
          <MessageBarBody>Sökningen kunde inte göras. Försök igen; händer det igen, starta om Justera.</MessageBarBody>
        </MessageBar>
      ) : null}
      {index.phase === 'failed' ? (
        <MessageBar intent="error">
          <MessageBarBody>Sökindexet kunde inte läsas in. Starta om Justera; då byggs det upp på nytt.</MessageBarBody>
        </MessageBar>
      ) : null}

      {!query.trim() ? (
        <EmptyState title="Sök i alla möten">
          Sökningen går igenom alla organs möten: punkternas rubriker, anteckningar, beslut och uppdrag. Böjda former hittas (”beslutet” hittar
          ”beslut”), början av ord räcker (”samverk”) och små stavfel förlåts. Tryck Ctrl + K för att komma till sökrutan.
        </EmptyState>
      ) : null}

      {shown && shown.mode === 'any' && shown.total > 0 ? (
        <MessageBar intent="info">
          <MessageBarBody>Ingen punkt innehöll alla orden. Här är punkterna som innehåller något av dem.</MessageBarBody>
        </MessageBar>
      ) : null}

      {shown && query.trim() && shown.searchable && shown.total === 0 ? (
        <EmptyState title={`Inga träffar för ”${query.trim()}”`}>
          {hasFilters ? 'Pröva att ta bort avgränsningarna ovan, eller sök på ett annat ord.' : 'Pröva ett annat ord, eller bara början av ordet.'}
        </EmptyState>
      ) : null}

      {shown && shown.results.length > 0 ? (
        <ol className={styles.list} aria-label="Sökträffar" onKeyDown={moveBetweenResults}>
          {shown.results.map((result) => (
            <li key={result.itemId} className={styles.result}>
              <Link
                href={routes.meetingItem(result.meetingId, result.itemId)}
                state={{ justeraSearch: { itemId: result.itemId, terms: result.terms, query: query.trim() } } satisfies SearchHighlightState}
                className={styles.link}
                data-search-result=""
              >
                {result.number ? `${result.number}. ` : ''}
                <Marked parts={result.title} />
              </Link>
              <div className={styles.meta}>
                <Text>
                  {result.bodyNames.join(' och ')} · {formatLongDate(result.date)}
                </Text>
                {result.kinds.map((kind) => (
                  <Badge key={kind} appearance="tint" color={kind === 'decision' ? 'brand' : kind === 'task' ? 'warning' : 'informative'} size="small">
                    {searchKindLabels[kind]}
                  </Badge>
                ))}
              </div>
              {result.snippets.map((s) => (
                <p key={s.field} className={styles.snippet}>
                  <span className={styles.snippetLabel}>{s.label}:</span>
                  <Marked parts={s.parts} />
                </p>
              ))}
            </li>
          ))}
        </ol>
      ) : null}
      {shown && shown.total > shown.results.length ? (
        <div>
          <Button onClick={() => setMore({ searchKey, limit: shown.results.length + SEARCH_PAGE_SIZE })}>Visa fler träffar</Button>
        </div>
      ) : null}
      {shown && shown.results.length > 0 ? <Text className={styles.hint}>Pil upp och pil ned flyttar mellan träffarna, Enter öppnar punkten.</Text> : null}
    </Page>
  );
}
