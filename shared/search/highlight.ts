/**
 * Where the search words are in a text: the same words the index matched (by their stems, so
 * "besluten" is marked for a search on "beslut"), as character ranges for highlighting, and a
 * short snippet around the first of them with the words marked.
 */
import { processTerm, WORD } from './swedish';

export interface TextRange {
  start: number;
  end: number;
}

/** The ranges of the words in `text` whose processed form is one of `terms`. */
export function matchRanges(text: string, terms: Iterable<string>): TextRange[] {
  const wanted = new Set(terms);
  if (wanted.size === 0) return [];
  const ranges: TextRange[] = [];
  for (const match of text.matchAll(WORD)) {
    const term = processTerm(match[0]);
    if (term && wanted.has(term)) ranges.push({ start: match.index, end: match.index + match[0].length });
  }
  return ranges;
}

export interface SnippetPart {
  text: string;
  mark: boolean;
}

/** One line of running text: line breaks become " · ", runs of spaces one space. */
export function flattenText(text: string): string {
  return text
    .split(/\s*\n\s*/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(' · ');
}

/**
 * A piece of `text` of about `length` characters around the first match (or its beginning when
 * nothing matches), cut at word boundaries, with "…" where it was cut and the matches marked.
 */
export function snippet(text: string, terms: Iterable<string>, length = 180): SnippetPart[] {
  const flat = flattenText(text);
  if (!flat) return [];
  const ranges = matchRanges(flat, terms);
  const first = ranges[0];
  let start = first ? Math.max(0, first.start - Math.floor(length / 3)) : 0;
  let end = Math.min(flat.length, start + length);
  if (end === flat.length) start = Math.max(0, end - length);
  if (start > 0) {
    const space = flat.indexOf(' ', start);
    if (space !== -1 && (!first || space < first.start)) start = space + 1;
  }
  if (end < flat.length) {
    const space = flat.lastIndexOf(' ', end);
    if (space > start && (!first || space > first.end)) end = space;
  }
  const parts: SnippetPart[] = [];
  const push = (value: string, mark: boolean) => {
    if (!value) return;
    const last = parts.at(-1);
    if (last && last.mark === mark) last.text += value;
    else parts.push({ text: value, mark });
  };
  if (start > 0) push('… ', false);
  let cursor = start;
  for (const range of ranges) {
    if (range.end <= start || range.start >= end) continue;
    push(flat.slice(cursor, Math.max(cursor, range.start)), false);
    push(flat.slice(Math.max(cursor, range.start), Math.min(end, range.end)), true);
    cursor = Math.min(end, range.end);
  }
  push(flat.slice(cursor, end), false);
  if (end < flat.length) push(' …', false);
  return parts;
}
