/**
 * The local database: one IndexedDB database per installation (per origin), opened with Dexie and
 * the y-dexie addon. The `documents` table holds the Yjs documents of DESIGN.md (their updates live
 * in y-dexie's hidden table `$documents.doc_updates`); every other table holds plain rows derived
 * from those documents (see projection.ts), or local-only data such as settings.
 *
 * Only modules in renderer/db/ import this file (the lint enforces it).
 */
import { Dexie, type Table } from 'dexie';
import yDexie from 'y-dexie';
import type * as Y from 'yjs';
import type { Attendance } from '../../shared/domain/attendance';
import type { Approval, JusteringStatus, ReviewComment, ReviewVersion } from '../../shared/domain/justering';
import type { AgendaItem, Meeting, Topic, YearPlanEvent } from '../../shared/domain/meeting';
import type { Task, TaskFollowUp } from '../../shared/domain/minutes';
import type { MinutesContent } from '../../shared/ydoc/minutes';
import type { Agreement, Party, Signatory, YearlyReport } from '../../shared/domain/agreements';
import type { Body, Membership, Organisation, Person } from '../../shared/domain/register';
import type { DocumentKind } from '../../shared/ydoc/documents';
import type { Change } from '../../shared/ydoc/meeting';

export interface DocumentRow {
  id: string;
  kind: DocumentKind;
  createdAt: string;
  /** The Yjs document (a y-dexie property: read-only, changed only through Y.Doc methods). */
  readonly doc: Y.Doc;
}

/** Every derived row remembers the document it was projected from. */
export interface Derived {
  docId: string;
}

export type OrganisationRow = Organisation & Derived;
export type PersonRow = Person & Derived;
export type BodyRow = Body & Derived;
export type MembershipRow = Membership & Derived;
export type MeetingRow = Meeting & Derived;
/** An agenda item as the queries hand it out (from its meeting's `AgendaRow`). */
export type ItemRow = AgendaItem;
/**
 * A meeting's agenda items (derived from its document): ONE row per meeting, its id the meeting's
 * id, its items in id order (order them with orderItems). Until schema version 2 each item was a
 * row of table `items`; a meeting document is always projected whole, so one row per meeting is one
 * write instead of 2 × 60 when anything in the meeting changes, and ≈ 11,400 fewer rows in ten
 * years' data.
 */
export interface AgendaRow extends Derived {
  id: string;
  items: AgendaItem[];
}
export type EventRow = YearPlanEvent & Derived;
export type TopicRow = Topic & Derived;
export type ChangeRow = Change & Derived & { meetingId: string };
/** One attendance record and the meeting it belongs to (as `listAttendance` hands them out). */
export type AttendanceRecord = Attendance & { meetingId: string };
/**
 * A meeting's attendance (derived from its document): ONE row per meeting, its id the meeting's id.
 * Until schema version 2 it was a row per person and meeting; one per meeting is ≈ 9,000 fewer rows
 * to write in ten years' data (a restore's time is per row: docs/BENCHMARK.md).
 */
export interface MeetingAttendanceRow extends Derived {
  id: string;
  records: Attendance[];
}
/** An item's minutes as plain data (the running text as blocks), for lists, search and export. */
export type MinutesRow = Omit<MinutesContent, 'itemId'> & Derived & { id: string };
export type TaskRow = Task & Derived & { meetingId: string; itemId: string };
export type TaskFollowUpRow = TaskFollowUp & Derived & { bodyId: string };

/** A meeting's justering at a glance (derived from its document). */
export interface JusteringRow extends Derived {
  id: string;
  status: JusteringStatus['kind'];
  latestVersion: number | null;
  latestHash: string | null;
  signedVersion: number | null;
  signedHash: string | null;
  approvedOn: string | null;
  pending: string[];
  /** Items approved at the meeting: their minutes are frozen. */
  immediateItemIds: string[];
}

export type ReviewVersionRow = ReviewVersion & Derived & { meetingId: string };
export type ApprovalRow = Approval & Derived & { meetingId: string };
export type ReviewCommentRow = ReviewComment & Derived & { meetingId: string };

/** A signed version, archived once and never changed (a DBCore middleware refuses any change). */
export interface SignedProtocolRow {
  id: string;
  meetingId: string;
  version: number;
  hash: string;
  json: string;
  approvedOn: string;
  signedAt: string;
  approvals: Approval[];
}

/** A review package received by a justerare on this machine, and what they did with it. */
export interface ReceivedReviewRow {
  id: string;
  meetingId: string;
  version: number;
  hash: string;
  bytes: Uint8Array;
  receivedAt: string;
  answeredAt: string | null;
}

/** This installation's own signing key (local: never synced, not in backups). */
export interface KeyRow {
  id: string;
  privateJwk: JsonWebKey;
  publicJwk: JsonWebKey;
  createdAt: string;
}

export type AgreementRow = Agreement & Derived;
export type PartyRow = Party & Derived;
export type SignatoryRow = Signatory & Derived;
export type YearlyReportRow = YearlyReport & Derived;

/** A file's bytes, stored once (local to this machine; documents refer to it by id). */
export interface FileRow {
  id: string;
  name: string;
  type: string;
  size: number;
  bytes: Uint8Array;
  sha256: string;
  createdAt: string;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

/** The stored full-text index (renderer/db/search.ts): local to this machine, rebuilt when missing. */
export interface SearchIndexRow {
  key: string;
  value: unknown;
}

export const DATABASE_NAME = 'justera';

/** y-dexie stores each document's updates here; every write to a document goes through it. */
export const UPDATES_TABLE = '$documents.doc_updates';

/** Schema version 1. Each later version is added below it with an upgrade and a test. */
export const schemaV1 = {
  documents: 'id, kind, doc: Y.Doc',
  organisations: 'id, docId, name',
  people: 'id, docId, name, organisationId',
  bodies: 'id, docId, name',
  memberships: 'id, docId, bodyId, personId',
  meetings: 'id, docId, date, *bodyIds, status',
  items: 'id, docId, meetingId',
  events: 'id, docId, bodyId, date',
  topics: 'id, docId, bodyId, status',
  changes: 'id, docId, meetingId, at',
  attendance: 'id, docId, meetingId, personId',
  minutes: 'id, docId, meetingId',
  tasks: 'id, docId, meetingId, itemId',
  taskFollowUps: 'id, docId, bodyId, taskId',
  justering: 'id, docId, status',
  reviewVersions: 'id, docId, meetingId',
  approvals: 'id, docId, meetingId',
  reviewComments: 'id, docId, meetingId',
  signedProtocols: 'id, meetingId, hash',
  receivedReviews: 'id, meetingId',
  keys: 'id',
  settings: 'key',
  agreements: 'id, docId',
  agreementParties: 'id, docId, agreementId, organisationId',
  agreementSignatories: 'id, docId, agreementId, partyId',
  yearlyReports: 'id, docId, agreementId, year',
  files: 'id, sha256',
  searchIndex: 'key',
} as const;

/**
 * Schema version 2: fewer rows and index entries in the large derived tables, for the restore into
 * an empty database (every row and every index entry is one IndexedDB request: docs/BENCHMARK.md).
 * - `agendas` replaces `items`: one row per meeting (`AgendaRow`) instead of one per item.
 * - `attendance`: one row per meeting (`MeetingAttendanceRow`) instead of one per person; the unused
 *   `personId` index is gone.
 * - `minutes`, `tasks`, `attendance`, `agendas`: no `docId` index. `reproject` finds their rows by
 *   the entity id instead (projection.ts, `locate`). `minutes` has no `meetingId` index either: a
 *   meeting's minutes are found through its agenda's item ids.
 * - `documents`: no `kind` index (nothing queried it).
 * (`items: null` deletes the table; Dexie's upgrade step still reads it before it goes.)
 */
export const schemaV2 = {
  ...schemaV1,
  documents: 'id, doc: Y.Doc',
  items: null,
  agendas: 'id',
  attendance: 'id',
  minutes: 'id',
  tasks: 'id, meetingId, itemId',
} as const;

/** Version 1's attendance rows (one per person and meeting), as the upgrade to version 2 reads them. */
type AttendanceRowV1 = Attendance & Derived & { id: string; meetingId: string };
/** Version 1's item rows (one per item). */
type ItemRowV1 = AgendaItem & Derived;

/** The upgrade from version 1: each meeting's item rows become its agenda row. */
export function agendaRowsV2(rows: readonly ItemRowV1[]): AgendaRow[] {
  const byMeeting = new Map<string, AgendaRow>();
  for (const { docId, ...item } of rows) {
    let row = byMeeting.get(item.meetingId);
    if (!row) byMeeting.set(item.meetingId, (row = { id: item.meetingId, docId, items: [] }));
    row.items.push(item);
  }
  for (const row of byMeeting.values()) row.items.sort(byKey('id'));
  return [...byMeeting.values()];
}

/**
 * The order of the entries of a per-meeting row: items by `id`, attendance records by `personId`
 * (the projection and the upgrade sort the same way, so both write the same row).
 */
export const byKey =
  <K extends string>(key: K) =>
  (a: Record<K, string>, b: Record<K, string>): number =>
    a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : 0;

/** The upgrade from version 1: each meeting's attendance rows become one row. */
export function attendanceRowsV2(rows: readonly AttendanceRowV1[]): MeetingAttendanceRow[] {
  const byMeeting = new Map<string, MeetingAttendanceRow>();
  for (const { id: _id, meetingId, docId, ...record } of rows) {
    let row = byMeeting.get(meetingId);
    if (!row) byMeeting.set(meetingId, (row = { id: meetingId, docId, records: [] }));
    row.records.push(record);
  }
  for (const row of byMeeting.values()) row.records.sort(byKey('personId'));
  return [...byMeeting.values()];
}

export class JusteraDatabase extends Dexie {
  documents!: Table<DocumentRow, string, Omit<DocumentRow, 'doc'> & { doc?: Y.Doc }>;
  organisations!: Table<OrganisationRow, string>;
  people!: Table<PersonRow, string>;
  bodies!: Table<BodyRow, string>;
  memberships!: Table<MembershipRow, string>;
  meetings!: Table<MeetingRow, string>;
  agendas!: Table<AgendaRow, string>;
  events!: Table<EventRow, string>;
  topics!: Table<TopicRow, string>;
  changes!: Table<ChangeRow, string>;
  attendance!: Table<MeetingAttendanceRow, string>;
  minutes!: Table<MinutesRow, string>;
  tasks!: Table<TaskRow, string>;
  taskFollowUps!: Table<TaskFollowUpRow, string>;
  justering!: Table<JusteringRow, string>;
  reviewVersions!: Table<ReviewVersionRow, string>;
  approvals!: Table<ApprovalRow, string>;
  reviewComments!: Table<ReviewCommentRow, string>;
  signedProtocols!: Table<SignedProtocolRow, string>;
  receivedReviews!: Table<ReceivedReviewRow, string>;
  keys!: Table<KeyRow, string>;
  settings!: Table<SettingRow, string>;
  agreements!: Table<AgreementRow, string>;
  agreementParties!: Table<PartyRow, string>;
  agreementSignatories!: Table<SignatoryRow, string>;
  yearlyReports!: Table<YearlyReportRow, string>;
  files!: Table<FileRow, string>;
  searchIndex!: Table<SearchIndexRow, string>;

  constructor(name: string = DATABASE_NAME) {
    // No background compaction of the Yjs update rows: y-dexie's timer could compact rows it read
    // before a restore into the restored database. Justera compacts at start instead (maintenance.ts).
    super(name, { addons: [yDexie({ gc: false }) as (db: Dexie) => void] });
    this.version(1).stores(schemaV1);
    this.version(2)
      .stores(schemaV2)
      .upgrade(async (tx) => {
        const attendance = tx.table('attendance');
        const rows = attendanceRowsV2((await attendance.toArray()) as AttendanceRowV1[]);
        await attendance.clear();
        await attendance.bulkAdd(rows);
        // (Table `items` is deleted by this version: y-dexie's middleware no longer knows it, so it
        // is read straight from IndexedDB, still inside the upgrade transaction.)
        const items = await new Promise<ItemRowV1[]>((resolve, reject) => {
          const request = tx.idbtrans.objectStore('items').getAll();
          request.onsuccess = () => resolve(request.result as ItemRowV1[]);
          request.onerror = () => reject(request.error ?? new Error('items could not be read'));
        });
        await tx.table('agendas').bulkAdd(agendaRowsV2(items));
      });
  }
}

/**
 * Every schema version this build knows, for opening a database or a backup of an older version
 * (renderer/db/migrations.ts). When you add version N to JusteraDatabase, add `N: schemaVN` here.
 */
export const schemaHistory: Readonly<Record<number, Readonly<Record<string, string | null>>>> = { 1: schemaV1, 2: schemaV2 };

/** The schema version this build opens its database at. */
export const SCHEMA_VERSION = Math.max(...Object.keys(schemaHistory).map(Number));
