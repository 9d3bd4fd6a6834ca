/**
 * The full-text index over every meeting's items (MiniSearch): one search document per agenda
 * item with its title, agenda text, minutes (running text and the round), decision and tasks, and
 * what the filters need (meeting, bodies, date, year, and which kinds of content it has).
 *
 * Pure: the renderer keeps one index in memory, stores it (toJSON/loadJS) and replaces an item's
 * document whenever the item's rows are reprojected (renderer/db/search.ts).
 */
import MiniSearch, { type Options, type SearchOptions, type SearchResult } from 'minisearch';
import { plainText, type Block } from '../document/richText';
import { snippet, type SnippetPart } from './highlight';
import type { AgendaItem, Meeting } from '../domain/meeting';
import type { DecisionMeta, Task } from '../domain/minutes';
import { processTerm, tokenize } from './swedish';

/**
 * Bumped whenever the documents, fields or term processing change: a stored index of another
 * version is rebuilt once.
 */
export const SEARCH_INDEX_VERSION = 3;

/** What a hit may be: a decision (beslut), a task (uppdrag), or the running notes (anteckning). */
export const searchKinds = ['decision', 'task', 'note'] as const;
export type SearchKind = (typeof searchKinds)[number];

export const searchKindLabels: Record<SearchKind, string> = {
  decision: 'Beslut',
  task: 'Uppdrag',
  note: 'Anteckning',
};

export const searchFields = ['title', 'agenda', 'minutes', 'decision', 'tasks'] as const;
export type SearchField = (typeof searchFields)[number];

export const searchFieldLabels: Record<SearchField, string> = {
  title: 'Rubrik',
  agenda: 'Dagordning',
  minutes: 'Anteckningar',
  decision: 'Beslut',
  tasks: 'Uppdrag',
};

/** The fields searched when the user asks for one kind only (the title always counts). */
const kindFields: Record<SearchKind, SearchField[]> = {
  decision: ['decision'],
  task: ['tasks'],
  note: ['minutes'],
};

export interface SearchDocument {
  /** The agenda item's id. */
  id: string;
  meetingId: string;
  bodyIds: string[];
  date: string;
  year: number;
  kinds: SearchKind[];
  /** What numbers the item as its meeting does (see `numberHits`): its place on the agenda, the meeting's time and whether it was cancelled. */
  position: string;
  startTime: string;
  cancelled: boolean;
  title: string;
  agenda: string;
  minutes: string;
  decision: string;
  tasks: string;
}

/** What an item's minutes hold, as the `minutes` rows have it. */
export interface MinutesForSearch {
  blocks: readonly Block[];
  decision: string;
  decisionMeta: Pick<DecisionMeta, 'method'>;
  tasks: readonly Pick<Task, 'text' | 'nextStep' | 'deletedAt'>[];
  round: Readonly<Record<string, string>>;
}

/** The item's search document, or null when the item or its meeting is deleted. */
export function searchDocumentOf(
  item: Pick<AgendaItem, 'id' | 'title' | 'description' | 'subPoints' | 'deletedAt' | 'postponed' | 'position'>,
  meeting: Pick<Meeting, 'id' | 'bodyIds' | 'date' | 'deletedAt' | 'startTime' | 'status'>,
  minutes: MinutesForSearch | undefined,
): SearchDocument | null {
  if (item.deletedAt !== null || meeting.deletedAt !== null) return null;
  const running = minutes ? plainText(minutes.blocks) : '';
  const round = minutes ? Object.values(minutes.round).filter((t) => t.trim()) : [];
  const notes = [running, ...round].filter((t) => t.trim()).join('\n');
  const decision = minutes?.decision.trim() ?? '';
  const tasks = (minutes?.tasks ?? []).filter((t) => t.deletedAt === null);
  const kinds: SearchKind[] = [];
  if (decision || (minutes && minutes.decisionMeta.method !== 'none')) kinds.push('decision');
  if (tasks.length > 0) kinds.push('task');
  if (notes.trim()) kinds.push('note');
  return {
    id: item.id,
    meetingId: meeting.id,
    bodyIds: [...meeting.bodyIds],
    date: meeting.date,
    year: Number(meeting.date.slice(0, 4)),
    kinds,
    position: item.position,
    startTime: meeting.startTime,
    cancelled: meeting.status === 'cancelled',
    title: item.title,
    agenda: [item.description, ...item.subPoints, item.postponed?.reason ?? ''].filter((t) => t.trim()).join('\n'),
    minutes: notes,
    decision,
    tasks: tasks.map((t) => [t.text, t.nextStep].filter(Boolean).join('. ')).join('\n'),
  };
}

/**
 * A short fingerprint of a search document (cyrb53): the stored index keeps one per item, so an
 * item whose rows were reprojected without changing what is searchable is not re-indexed.
 */
export function fingerprintOf(doc: SearchDocument): string {
  const text = JSON.stringify(doc);
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * Prefix matching on the last word only (the one still being typed), from two letters; typos
 * forgiven in longer words (one edit from 5 letters, two from 9). Prefix and fuzzy matching on
 * every word made common words expensive: "folkhälsa" also matched every "folkhälso…" word and its
 * near neighbours, thousands of items to score; inflections are found by the stemmer anyway.
 */
const searchDefaults: SearchOptions = {
  prefix: (term, i, terms) => i === terms.length - 1 && term.length >= 2,
  fuzzy: (term) => (term.length >= 9 ? 2 : term.length >= 5 ? 1 : false),
  maxFuzzy: 2,
  boost: { title: 2, decision: 1.5, tasks: 1.2, minutes: 1, agenda: 0.8 },
  combineWith: 'AND',
};

/**
 * Everything a result shows is stored with its document (the texts too), so a search reads no
 * rows for its snippets: only the item numbers and the bodies' names come from the database.
 */
export const searchIndexOptions: Options<SearchDocument> = {
  idField: 'id',
  fields: [...searchFields],
  storeFields: ['meetingId', 'bodyIds', 'date', 'year', 'kinds', 'position', 'startTime', 'cancelled', ...searchFields],
  tokenize: (text) => tokenize(text),
  processTerm: (term) => processTerm(term),
  searchOptions: searchDefaults,
};

export type SearchIndex = MiniSearch<SearchDocument>;

export function createSearchIndex(): SearchIndex {
  return new MiniSearch<SearchDocument>(searchIndexOptions);
}

/**
 * The index as a JSON string, for storing: IndexedDB clones one long string far faster than the
 * same index as an object graph, and reading it back is faster too.
 */
export function serialiseSearchIndex(index: SearchIndex): string {
  return JSON.stringify(index);
}

export function loadSearchIndex(json: string): SearchIndex {
  return MiniSearch.loadJSON<SearchDocument>(json, searchIndexOptions);
}

/** Adds or replaces one item's document; a null document removes the item. */
export function putSearchDocument(index: SearchIndex, id: string, doc: SearchDocument | null): void {
  if (index.has(id)) index.discard(id);
  if (doc) index.add(doc);
}

export interface SearchFilters {
  bodyId?: string | null;
  year?: number | null;
  /** Empty or missing: every kind. */
  kinds?: readonly SearchKind[];
}

export interface SearchSnippet {
  field: SearchField;
  label: string;
  parts: SnippetPart[];
}

export interface SearchHit {
  itemId: string;
  meetingId: string;
  bodyIds: string[];
  date: string;
  year: number;
  kinds: SearchKind[];
  score: number;
  /** The index terms that matched (stems), for highlighting the same words in the text. */
  terms: string[];
  /** The fields the query matched in, best first. */
  fields: SearchField[];
  /** The item's title with the words marked. */
  title: SnippetPart[];
  /** "5" or "§ 16", as the item is numbered in its meeting (set by `numberHits`). */
  number: string;
  /** A snippet from each of (at most two of) the fields that matched, or the decision or notes for context. */
  snippets: SearchSnippet[];
}

export interface SearchOutcome {
  /** The best hits (at most the `limit` asked for), best first. */
  hits: SearchHit[];
  /** How many items matched in all. */
  total: number;
  /** 'all' when every word matched; 'any' when no item had all the words and any of them was enough. */
  mode: 'all' | 'any';
  /** The query's own words after processing (none: only small words, or nothing typed). */
  queryTerms: string[];
}

const fieldOrder: SearchField[] = ['decision', 'tasks', 'minutes', 'agenda', 'title'];

const storedText = (result: SearchResult, field: SearchField): string => (typeof result[field] === 'string' ? (result[field] as string) : '');

function toHit(result: SearchResult): SearchHit {
  const matched = new Set(Object.values(result.match).flat() as SearchField[]);
  const fields = fieldOrder.filter((f) => matched.has(f));
  const terms = result.terms;
  const snippets: SearchSnippet[] = fields
    .filter((field) => field !== 'title')
    .map((field) => ({ field, label: searchFieldLabels[field], parts: snippet(storedText(result, field), terms) }))
    .filter((s) => s.parts.some((p) => p.mark))
    .slice(0, 2);
  if (snippets.length === 0) {
    // Only the title matched: show the decision or the notes for context.
    const field = (['decision', 'minutes', 'agenda'] as const).find((f) => storedText(result, f).trim());
    if (field) snippets.push({ field, label: searchFieldLabels[field], parts: snippet(storedText(result, field), [], 160) });
  }
  return {
    itemId: String(result.id),
    meetingId: String(result.meetingId),
    bodyIds: result.bodyIds as string[],
    date: String(result.date),
    year: Number(result.year),
    kinds: result.kinds as SearchKind[],
    score: result.score,
    terms,
    fields,
    title: snippet(storedText(result, 'title'), terms, 500),
    number: '',
    snippets,
  };
}

const byScoreThenNewest = (a: SearchResult, b: SearchResult) =>
  b.score - a.score || (a.date === b.date ? 0 : String(a.date) < String(b.date) ? 1 : -1);

/** The words of a query as the index sees them. */
export function queryTermsOf(query: string): string[] {
  return tokenize(query)
    .map((word) => processTerm(word))
    .filter((term): term is string => !!term);
}

/**
 * Searches with the user's filters: every word must match (the last one as a prefix, small typos
 * allowed); if no item has them all, any word is enough. Newest meetings first among equally good
 * hits. Only the best `limit` hits are made into results (with their snippets); `total` counts all.
 */
export function runSearch(index: SearchIndex, query: string, filters: SearchFilters = {}, limit = Infinity): SearchOutcome {
  const queryTerms = queryTermsOf(query);
  if (queryTerms.length === 0) return { hits: [], total: 0, mode: 'all', queryTerms };
  const kinds = filters.kinds && filters.kinds.length > 0 ? filters.kinds : null;
  const fields = kinds ? ['title', ...new Set(kinds.flatMap((k) => kindFields[k]))] : [...searchFields];
  const filtered = !!filters.bodyId || !!filters.year || !!kinds;
  const filter = filtered
    ? (result: SearchResult) =>
        (!filters.bodyId || (result.bodyIds as string[]).includes(filters.bodyId)) &&
        (!filters.year || result.year === filters.year) &&
        (!kinds || kinds.some((k) => (result.kinds as SearchKind[]).includes(k)))
    : undefined;
  const run = (combineWith: 'AND' | 'OR') =>
    index.search(query, { fields, filter, combineWith }).sort(byScoreThenNewest);
  let mode: SearchOutcome['mode'] = 'all';
  let results = run('AND');
  if (results.length === 0 && queryTerms.length >= 2) {
    mode = 'any';
    results = run('OR');
  }
  return { hits: results.slice(0, limit).map(toHit), total: results.length, mode, queryTerms };
}
