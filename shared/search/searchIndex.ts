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
import type { AgendaItem, Meeting } from '../domain/meeting';
import type { DecisionMeta, Task } from '../domain/minutes';
import { processTerm, tokenize } from './swedish';

/**
 * Bumped whenever the documents, fields or term processing change: a stored index of another
 * version is rebuilt once.
 */
export const SEARCH_INDEX_VERSION = 1;

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
  item: Pick<AgendaItem, 'id' | 'title' | 'description' | 'subPoints' | 'deletedAt' | 'postponed'>,
  meeting: Pick<Meeting, 'id' | 'bodyIds' | 'date' | 'deletedAt'>,
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

/** Prefix matching from two letters; typos forgiven in longer words (one edit from 4, two from 7 letters). */
const searchDefaults: SearchOptions = {
  prefix: (term) => term.length >= 2,
  fuzzy: (term) => (term.length >= 7 ? 2 : term.length >= 4 ? 1 : false),
  maxFuzzy: 2,
  boost: { title: 2, decision: 1.5, tasks: 1.2, minutes: 1, agenda: 0.8 },
  combineWith: 'AND',
};

export const searchIndexOptions: Options<SearchDocument> = {
  idField: 'id',
  fields: [...searchFields],
  storeFields: ['meetingId', 'bodyIds', 'date', 'year', 'kinds'],
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

/** The same in chunks, yielding to the event loop in between (for start-up). */
export function loadSearchIndexAsync(json: string): Promise<SearchIndex> {
  return MiniSearch.loadJSONAsync<SearchDocument>(json, searchIndexOptions);
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
}

export interface SearchOutcome {
  hits: SearchHit[];
  /** 'all' when every word matched; 'any' when no item had all the words and any of them was enough. */
  mode: 'all' | 'any';
  /** The query's own words after processing (none: only small words, or nothing typed). */
  queryTerms: string[];
}

const fieldOrder: SearchField[] = ['decision', 'tasks', 'minutes', 'agenda', 'title'];

function toHit(result: SearchResult): SearchHit {
  const matched = new Set(Object.values(result.match).flat() as SearchField[]);
  return {
    itemId: String(result.id),
    meetingId: String(result.meetingId),
    bodyIds: result.bodyIds as string[],
    date: String(result.date),
    year: Number(result.year),
    kinds: result.kinds as SearchKind[],
    score: result.score,
    terms: result.terms,
    fields: fieldOrder.filter((f) => matched.has(f)),
  };
}

/** The words of a query as the index sees them. */
export function queryTermsOf(query: string): string[] {
  return tokenize(query)
    .map((word) => processTerm(word))
    .filter((term): term is string => !!term);
}

/**
 * Searches with the user's filters: every word must match (prefix and small typos allowed); if no
 * item has them all, any word is enough. Newest meetings first among equally good hits.
 */
export function runSearch(index: SearchIndex, query: string, filters: SearchFilters = {}): SearchOutcome {
  const queryTerms = queryTermsOf(query);
  if (queryTerms.length === 0) return { hits: [], mode: 'all', queryTerms };
  const kinds = filters.kinds && filters.kinds.length > 0 ? filters.kinds : null;
  const fields = kinds ? ['title', ...new Set(kinds.flatMap((k) => kindFields[k]))] : [...searchFields];
  const filter = (result: SearchResult) =>
    (!filters.bodyId || (result.bodyIds as string[]).includes(filters.bodyId)) &&
    (!filters.year || result.year === filters.year) &&
    (!kinds || kinds.some((k) => (result.kinds as SearchKind[]).includes(k)));
  const run = (combineWith: 'AND' | 'OR') =>
    index
      .search(query, { fields, filter, combineWith })
      .map(toHit)
      .sort((a, b) => b.score - a.score || b.date.localeCompare(a.date));
  const all = run('AND');
  if (all.length > 0 || queryTerms.length < 2) return { hits: all, mode: 'all', queryTerms };
  return { hits: run('OR'), mode: 'any', queryTerms };
}
