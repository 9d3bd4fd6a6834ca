/**
 * The agenda's change log in words: one line per change for the chair ("Helena Strand ändrade
 * tiden för ”Healthy cities” från 15 till 20 min"), and the net difference since the notice for an
 * updated notice (what was added, removed, moved or retimed, whatever happened in between).
 */
import type { Change } from '../ydoc/meeting';
import { formatDate, formatTime, isIsoDate, isTime } from './dates';

const fieldLabels: Record<string, string> = {
  title: 'rubriken',
  kind: 'typen',
  description: 'beskrivningen',
  presenters: 'föredragande',
  subPoints: 'underpunkterna',
  links: 'länkarna',
  date: 'datum',
  startTime: 'starttid',
  endTime: 'sluttid',
  place: 'plats',
};

function value(v: unknown): string {
  if (typeof v === 'string') return isIsoDate(v) ? formatDate(v) : isTime(v) ? formatTime(v) : v;
  if (typeof v === 'number') return String(v);
  return '';
}

export function describeChange(change: Change): string {
  const who = change.by || 'Någon';
  const item = `”${change.title}”`;
  switch (change.kind) {
    case 'added':
      return `${who} lade till punkten ${item}`;
    case 'removed':
      return `${who} tog bort punkten ${item}`;
    case 'moved':
      return `${who} flyttade ${item} från plats ${value(change.from)} till plats ${value(change.to)}`;
    case 'retimed':
      return `${who} ändrade tiden för ${item} från ${value(change.from)} till ${value(change.to)} min`;
    case 'postponed':
      return `${who} sköt upp ${item}`;
    case 'notice':
      return `${who} markerade en uppdaterad kallelse som skickad`;
    case 'details':
      return `${who} ändrade mötets ${fieldLabels[change.field ?? ''] ?? change.field} från ${value(change.from)} till ${value(change.to)}`;
    case 'edited':
    default:
      return `${who} ändrade ${fieldLabels[change.field ?? ''] ?? 'innehållet'} för ${item}`;
  }
}

export interface AgendaDifference {
  added: string[];
  removed: string[];
  moved: string[];
  retimed: { title: string; from: number; to: number }[];
  postponed: string[];
  details: string[];
}

export type NetChange =
  | { kind: 'details'; field: string; from: unknown; to: unknown }
  | {
      kind: 'item';
      itemId: string | null;
      title: string;
      /** Added (and still there) / removed (and not put back): an add and a remove cancel out. */
      added: boolean;
      removed: boolean;
      moved: boolean;
      minutesFrom?: number;
      minutesTo?: number;
      postponed: boolean;
      /** Fields changed otherwise (title, kind, presenters, attachments …), each once. */
      edited: string[];
    };

/** What has happened to one item so far, folded change by change (netChanges, differenceSince). */
type ItemFold = Omit<Extract<NetChange, { kind: 'item' }>, 'kind' | 'itemId'>;

const itemFold = (title: string): ItemFold => ({ title, added: false, removed: false, moved: false, postponed: false, edited: [] });

/** Folds one change of an item into what is known of it: an add and a remove cancel out. */
function foldItemChange(entry: ItemFold, change: Change): void {
  entry.title = change.title || entry.title;
  if (change.kind === 'added') {
    if (entry.removed) entry.removed = false;
    else entry.added = true;
  } else if (change.kind === 'removed') {
    if (entry.added) entry.added = false;
    else entry.removed = true;
  } else if (change.kind === 'moved') entry.moved = true;
  else if (change.kind === 'retimed') {
    if (entry.minutesFrom === undefined) entry.minutesFrom = Number(change.from);
    entry.minutesTo = Number(change.to);
  } else if (change.kind === 'postponed') entry.postponed = true;
  else if (change.kind === 'edited' && change.field && !entry.edited.includes(change.field)) entry.edited.push(change.field);
}

/**
 * The net effect of the changes, one entry per item (and per meeting field), in order of first
 * appearance: whatever happened in between, what is different now. Details that end where they
 * started are left out; so are an item's moves, new times and edits once it is added or removed.
 */
export function netChanges(changes: readonly Change[]): NetChange[] {
  const entries = new Map<string, NetChange>();
  for (const change of changes) {
    if (change.kind === 'notice') continue;
    if (change.kind === 'details') {
      const key = `details:${change.field ?? ''}`;
      const first = entries.get(key);
      entries.set(key, { kind: 'details', field: change.field ?? '', from: first?.kind === 'details' ? first.from : change.from, to: change.to });
      continue;
    }
    const key = `item:${change.itemId ?? change.title}`;
    const existing = entries.get(key);
    const entry = existing?.kind === 'item' ? existing : { kind: 'item' as const, itemId: change.itemId, ...itemFold(change.title) };
    foldItemChange(entry, change);
    entries.set(key, entry);
  }
  return [...entries.values()].flatMap((e): NetChange[] => {
    if (e.kind === 'details') return e.from === e.to ? [] : [e];
    const settled = e.added || e.removed;
    return [{ ...e, moved: e.moved && !settled, postponed: e.postponed && !e.removed, edited: settled ? [] : e.edited, ...(settled ? { minutesFrom: undefined, minutesTo: undefined } : {}) }];
  });
}

/** The net effect of the changes, per item, in order of first appearance. */
export function differenceSince(changes: readonly Change[]): AgendaDifference {
  const perItem = new Map<string, ItemFold>();
  const details = new Map<string, Change>();
  for (const change of changes) {
    if (change.kind === 'notice') continue;
    if (change.kind === 'details') {
      const first = details.get(change.field ?? '');
      details.set(change.field ?? '', first ? { ...change, from: first.from } : change);
      continue;
    }
    const key = change.itemId ?? change.title;
    const entry = perItem.get(key) ?? itemFold(change.title);
    foldItemChange(entry, change);
    perItem.set(key, entry);
  }
  const entries = [...perItem.values()];
  const gone = (e: (typeof entries)[number]) => e.removed || (!e.added && e.removed);
  return {
    added: entries.filter((e) => e.added && !e.removed).map((e) => e.title),
    removed: entries.filter((e) => e.removed && !e.added).map((e) => e.title),
    moved: entries.filter((e) => e.moved && !e.added && !gone(e)).map((e) => e.title),
    retimed: entries
      .filter((e) => e.minutesFrom !== undefined && e.minutesTo !== undefined && e.minutesFrom !== e.minutesTo && !e.added && !gone(e))
      .map((e) => ({ title: e.title, from: e.minutesFrom!, to: e.minutesTo! })),
    postponed: entries.filter((e) => e.postponed && !gone(e)).map((e) => e.title),
    details: [...details.values()]
      .filter((c) => c.from !== c.to)
      .map((c) => `${fieldLabels[c.field ?? ''] ?? c.field}: ${value(c.from)} → ${value(c.to)}`),
  };
}

export function isEmptyDifference(d: AgendaDifference): boolean {
  return !d.added.length && !d.removed.length && !d.moved.length && !d.retimed.length && !d.postponed.length && !d.details.length;
}
