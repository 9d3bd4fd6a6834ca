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
import type { AgendaItem, Meeting, Topic, YearPlanEvent } from '../../shared/domain/meeting';
import type { Task, TaskFollowUp } from '../../shared/domain/minutes';
import type { MinutesContent } from '../../shared/ydoc/minutes';
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
export type ItemRow = AgendaItem & Derived;
export type EventRow = YearPlanEvent & Derived;
export type TopicRow = Topic & Derived;
export type ChangeRow = Change & Derived & { meetingId: string };
export type AttendanceRecordRow = Attendance & Derived & { id: string; meetingId: string };
/** An item's minutes as plain data (the running text as blocks), for lists, search and export. */
export type MinutesRow = Omit<MinutesContent, 'itemId'> & Derived & { id: string };
export type TaskRow = Task & Derived & { meetingId: string; itemId: string };
export type TaskFollowUpRow = TaskFollowUp & Derived & { bodyId: string };

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
  settings: 'key',
  searchIndex: 'key',
} as const;

export class JusteraDatabase extends Dexie {
  documents!: Table<DocumentRow, string, Omit<DocumentRow, 'doc'> & { doc?: Y.Doc }>;
  organisations!: Table<OrganisationRow, string>;
  people!: Table<PersonRow, string>;
  bodies!: Table<BodyRow, string>;
  memberships!: Table<MembershipRow, string>;
  meetings!: Table<MeetingRow, string>;
  items!: Table<ItemRow, string>;
  events!: Table<EventRow, string>;
  topics!: Table<TopicRow, string>;
  changes!: Table<ChangeRow, string>;
  attendance!: Table<AttendanceRecordRow, string>;
  minutes!: Table<MinutesRow, string>;
  tasks!: Table<TaskRow, string>;
  taskFollowUps!: Table<TaskFollowUpRow, string>;
  settings!: Table<SettingRow, string>;
  searchIndex!: Table<SearchIndexRow, string>;

  constructor(name: string = DATABASE_NAME) {
    super(name, { addons: [yDexie] });
    this.version(1).stores(schemaV1);
  }
}
