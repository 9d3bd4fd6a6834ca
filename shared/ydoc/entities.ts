/**
 * Records inside a Yjs document. A collection is a top-level Y.Map from id to a Y.Map of fields,
 * so two people changing different fields of the same record both keep their change. Field values
 * are plain JSON (arrays and objects are replaced whole). Nothing is ever removed: a deletion sets
 * `deletedAt`, so an undo or a late edit from another machine still has something to land on.
 *
 * Reading always goes through the record's zod schema: a record written by an older or newer
 * version, or damaged in transit, is repaired with defaults or skipped, never trusted as it is.
 */
import * as Y from 'yjs';
import type { z } from 'zod';

export type Fields = Record<string, unknown>;

export function collection(doc: Y.Doc, name: string): Y.Map<Y.Map<unknown>> {
  return doc.getMap<Y.Map<unknown>>(name);
}

export interface ReadResult<T> {
  records: T[];
  /** Ids of records that did not pass their schema (kept in the document, not shown). */
  invalid: string[];
}

export function readCollection<S extends z.ZodType>(
  doc: Y.Doc,
  name: string,
  schema: S,
  extra: Fields = {},
): ReadResult<z.infer<S>> {
  const records: z.infer<S>[] = [];
  const invalid: string[] = [];
  collection(doc, name).forEach((value, id) => {
    if (!(value instanceof Y.Map)) {
      invalid.push(id);
      return;
    }
    const parsed = schema.safeParse({ ...value.toJSON(), ...extra, id });
    if (parsed.success) records.push(parsed.data);
    else invalid.push(id);
  });
  return { records, invalid };
}

export function readRecord<S extends z.ZodType>(
  doc: Y.Doc,
  name: string,
  id: string,
  schema: S,
  extra: Fields = {},
): z.infer<S> | undefined {
  const value = collection(doc, name).get(id);
  if (!(value instanceof Y.Map)) return undefined;
  const parsed = schema.safeParse({ ...value.toJSON(), ...extra, id });
  return parsed.success ? parsed.data : undefined;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Plain JSON copy, so that no caller's object ends up shared inside the document. Lone UTF-16
 * surrogates become U+FFFD here, as Yjs's UTF-8 encoding would turn them on disk: otherwise the
 * document in memory (and the rows derived from it) would differ from the one stored.
 */
function plain(value: unknown): unknown {
  if (value === undefined) return null;
  return JSON.parse(JSON.stringify(value, (_key, v: unknown) => (typeof v === 'string' ? v.replace(LONE_SURROGATE, '\ufffd') : v)));
}

export function insertRecord(doc: Y.Doc, name: string, id: string, fields: Fields): void {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(fields)) {
    if (key !== 'id') map.set(key, plain(value));
  }
  collection(doc, name).set(id, map);
}

/** Sets only the fields that differ, so a concurrent change to another field survives. */
export function patchRecord(doc: Y.Doc, name: string, id: string, patch: Fields): boolean {
  const map = collection(doc, name).get(id);
  if (!(map instanceof Y.Map)) return false;
  let changed = false;
  for (const [key, value] of Object.entries(patch)) {
    if (key === 'id' || value === undefined) continue;
    if (!sameValue(map.get(key), value)) {
      map.set(key, plain(value));
      changed = true;
    }
  }
  return changed;
}

export function hasRecord(doc: Y.Doc, name: string, id: string): boolean {
  return collection(doc, name).get(id) instanceof Y.Map;
}
