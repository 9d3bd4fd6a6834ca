/**
 * Derived rows: what each kind of document shows in lists, calendars and queries. They are
 * rebuilt from the documents, never the other way round, and always inside the same transaction
 * as the change that made them stale.
 */
import type { Table } from 'dexie';
import type * as Y from 'yjs';
import { parseDocId, type DocumentKind } from '../../shared/ydoc/documents';
import { readEvents, readTopics } from '../../shared/ydoc/body';
import { readChanges, readItems, readMeeting } from '../../shared/ydoc/meeting';
import { readMemberships, readRegister } from '../../shared/ydoc/register';
import type { JusteraDatabase } from './database';

type Rows = Record<string, readonly object[]>;

interface Projector {
  tables: readonly string[];
  project(doc: Y.Doc, entityId: string): Rows;
}

const projectors: Record<DocumentKind, Projector> = {
  register: {
    tables: ['organisations', 'people', 'bodies'],
    project: (doc) => ({ ...readRegister(doc) }),
  },
  body: {
    tables: ['memberships', 'events', 'topics'],
    project: (doc, bodyId) => ({
      memberships: readMemberships(doc, bodyId),
      events: readEvents(doc, bodyId),
      topics: readTopics(doc, bodyId),
    }),
  },
  meeting: {
    tables: ['meetings', 'items', 'changes'],
    project: (doc, meetingId) => {
      const meeting = readMeeting(doc, meetingId);
      return {
        meetings: meeting ? [meeting] : [],
        items: readItems(doc, meetingId),
        changes: readChanges(doc).map((change) => ({ ...change, meetingId })),
      };
    },
  },
  minutes: { tables: [], project: () => ({}) },
};

/** The derived tables a change to this document touches: a write transaction must include them. */
export function projectionTables(kind: DocumentKind): readonly string[] {
  return projectors[kind].tables;
}

export const allProjectionTables: readonly string[] = [...new Set(Object.values(projectors).flatMap((p) => p.tables))];

/** Replaces every row derived from `docId` with rows derived from `doc` as it is now. */
export async function reproject(db: JusteraDatabase, docId: string, doc: Y.Doc): Promise<void> {
  const parsed = parseDocId(docId);
  if (!parsed) throw new Error(`Unknown document id ${docId}`);
  const projector = projectors[parsed.kind];
  const rows = projector.project(doc, parsed.entityId);
  for (const tableName of projector.tables) {
    const table = db.table(tableName) as Table<object & { docId: string }, string>;
    await table.where('docId').equals(docId).delete();
    const derived = (rows[tableName] ?? []).map((row) => ({ ...row, docId }));
    if (derived.length > 0) await table.bulkPut(derived);
  }
}

/**
 * The rows of brand-new documents (nothing derived from them yet), written with one bulkPut per
 * table: for creating many documents at once (a planned year, the example data).
 */
export async function projectNewDocuments(db: JusteraDatabase, docs: readonly (readonly [string, Y.Doc])[]): Promise<void> {
  const byTable = new Map<string, object[]>();
  for (const [docId, doc] of docs) {
    const parsed = parseDocId(docId);
    if (!parsed) throw new Error(`Unknown document id ${docId}`);
    const projector = projectors[parsed.kind];
    const rows = projector.project(doc, parsed.entityId);
    for (const tableName of projector.tables) {
      const list = byTable.get(tableName) ?? [];
      for (const row of rows[tableName] ?? []) list.push({ ...row, docId });
      byTable.set(tableName, list);
    }
  }
  for (const [tableName, rows] of byTable) if (rows.length > 0) await db.table(tableName).bulkPut(rows);
}
