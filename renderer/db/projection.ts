/**
 * Derived rows: what each kind of document shows in lists, calendars and queries. They are
 * rebuilt from the documents, never the other way round, and always inside the same transaction
 * as the change that made them stale.
 */
import type { Table } from 'dexie';
import type * as Y from 'yjs';
import { parseDocId, type DocumentKind } from '../../shared/ydoc/documents';
import { readAttendance } from '../../shared/ydoc/attendance';
import { readEvents, readTaskFollowUps, readTopics } from '../../shared/ydoc/body';
import { readMinutes } from '../../shared/ydoc/minutes';
import { justeringStatus } from '../../shared/domain/justering';
import { readJustering } from '../../shared/ydoc/justering';
import { readChanges, readItems, readMeeting } from '../../shared/ydoc/meeting';
import { readMemberships, readRegister } from '../../shared/ydoc/register';
import { readAgreements } from '../../shared/ydoc/agreements';
import type { Attendance } from '../../shared/domain/attendance';
import type { AgendaItem } from '../../shared/domain/meeting';
import { byKey, type AgendaRow, type JusteraDatabase, type MeetingAttendanceRow } from './database';

type Rows = Record<string, readonly object[]>;

/**
 * How `reproject` finds the rows a document projected before: by default through the table's
 * `docId` index. The large tables (schema version 2) have no such index (a restore writes every
 * index entry: docs/BENCHMARK.md, "Schema version 2"); their rows are found by the document's entity id, either as the primary key
 * (`'primaryKey'`: one row per document) or in the named index. Every row a projector makes for such
 * a table carries the entity id there (test/unit/db/projection.test.ts checks it on the example data).
 */
export type Locator = 'primaryKey' | 'itemId';

interface Projector {
  tables: readonly string[];
  locate?: Readonly<Record<string, Locator>>;
  project(doc: Y.Doc, entityId: string): Rows;
}

const projectors: Record<DocumentKind, Projector> = {
  register: {
    tables: ['organisations', 'people', 'bodies'],
    project: (doc) => ({ ...readRegister(doc) }),
  },
  body: {
    tables: ['memberships', 'events', 'topics', 'taskFollowUps'],
    project: (doc, bodyId) => ({
      memberships: readMemberships(doc, bodyId),
      events: readEvents(doc, bodyId),
      topics: readTopics(doc, bodyId),
      taskFollowUps: readTaskFollowUps(doc).map((f) => ({ ...f, bodyId })),
    }),
  },
  meeting: {
    tables: ['meetings', 'agendas', 'changes', 'attendance', 'justering', 'reviewVersions', 'approvals', 'reviewComments'],
    locate: { agendas: 'primaryKey', attendance: 'primaryKey' },
    project: (doc, meetingId) => {
      const meeting = readMeeting(doc, meetingId);
      const state = readJustering(doc);
      const status = justeringStatus(state);
      const latest = state.versions.at(-1);
      const signed = state.signatures.at(-1);
      return {
        justering: [
          {
            id: meetingId,
            status: status.kind,
            latestVersion: latest?.version ?? null,
            latestHash: latest?.hash ?? null,
            signedVersion: signed?.version ?? null,
            signedHash: signed?.hash ?? null,
            approvedOn: signed?.approvedOn ?? null,
            pending: status.kind === 'inReview' ? status.pending.map((a) => a.name) : [],
            immediateItemIds: state.immediate.map((i) => i.itemId),
          },
        ],
        reviewVersions: state.versions.map((v) => ({ ...v, meetingId })),
        approvals: state.approvals.map((a) => ({ ...a, meetingId })),
        reviewComments: state.comments.map((c) => ({ ...c, meetingId })),
        meetings: meeting ? [meeting] : [],
        agendas: agendaRow(meetingId, readItems(doc, meetingId)),
        changes: readChanges(doc).map((change) => ({ ...change, meetingId })),
        attendance: attendanceRow(meetingId, readAttendance(doc)),
      };
    },
  },
  minutes: {
    tables: ['minutes', 'tasks'],
    locate: { minutes: 'primaryKey', tasks: 'itemId' },
    project: (doc, itemId) => {
      const { itemId: _itemId, ...minutes } = readMinutes(doc, itemId);
      return {
        minutes: [{ ...minutes, id: itemId }],
        tasks: minutes.tasks.map((task) => ({ ...task, meetingId: minutes.meetingId, itemId })),
      };
    },
  },
  agreements: {
    tables: ['agreements', 'agreementParties', 'agreementSignatories', 'yearlyReports'],
    project: (doc) => {
      const { agreements, parties, signatories, reports } = readAgreements(doc);
      return { agreements, agreementParties: parties, agreementSignatories: signatories, yearlyReports: reports };
    },
  },
};

/** A meeting's agenda row: none while the meeting has no items. */
function agendaRow(meetingId: string, items: AgendaItem[]): Omit<AgendaRow, 'docId'>[] {
  return items.length === 0 ? [] : [{ id: meetingId, items: items.sort(byKey('id')) }];
}

/** A meeting's attendance row: none while nobody's attendance is recorded. */
function attendanceRow(meetingId: string, records: Attendance[]): Omit<MeetingAttendanceRow, 'docId'>[] {
  return records.length === 0 ? [] : [{ id: meetingId, records: records.sort(byKey('personId')) }];
}

/** How `reproject` finds the rows of `tableName` that a document of `kind` projected. */
export function locatorOf(kind: DocumentKind, tableName: string): Locator | 'docId' {
  return projectors[kind].locate?.[tableName] ?? 'docId';
}

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
    const locator = locatorOf(parsed.kind, tableName);
    if (locator === 'primaryKey') await table.delete(parsed.entityId);
    else if (locator === 'docId') await table.where('docId').equals(docId).delete();
    else await table.where(locator).equals(parsed.entityId).delete();
    const derived = (rows[tableName] ?? []).map((row) => ({ ...row, docId }));
    if (derived.length > 0) await table.bulkPut(derived);
  }
  reprojectedListeners.get(db)?.forEach((listener) => listener(docId));
}

type ReprojectedListener = (docId: string) => void;
const reprojectedListeners = new WeakMap<JusteraDatabase, Set<ReprojectedListener>>();

/**
 * Tells `listener` the id of every document whose rows `reproject` rebuilt (the search index
 * follows the rows this way). Called inside the write transaction, before it commits: the listener
 * should only note the id and read the rows later. Returns the unsubscribe function.
 */
export function onReprojected(db: JusteraDatabase, listener: ReprojectedListener): () => void {
  let listeners = reprojectedListeners.get(db);
  if (!listeners) reprojectedListeners.set(db, (listeners = new Set()));
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The derived rows of one document, without writing them (used by a restore and its preview). */
export function projectDocument(docId: string, doc: Y.Doc): Record<string, object[]> {
  const parsed = parseDocId(docId);
  if (!parsed) throw new Error(`Unknown document id ${docId}`);
  const projector = projectors[parsed.kind];
  const rows = projector.project(doc, parsed.entityId);
  return Object.fromEntries(projector.tables.map((table) => [table, (rows[table] ?? []).map((row) => ({ ...row, docId }))]));
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
