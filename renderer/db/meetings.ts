/**
 * Meetings: creating one (its own document, with the host body's standard agenda), changing its
 * details, status and justerare, and reading meetings for calendars and lists.
 */
import { DomainError } from '../../shared/domain/errors';
import { newId } from '../../shared/domain/ids';
import type { MeetingDetails, MeetingStatus } from '../../shared/domain/meeting';
import { meetingDocId, REGISTER_DOC_ID } from '../../shared/ydoc/documents';
import * as ops from '../../shared/ydoc/meeting';
import { readRegister } from '../../shared/ydoc/register';
import type { AgendaRow, ChangeRow, ItemRow, MeetingRow } from './database';
import { getJustering } from './justering';
import { reproject } from './projection';
import { addDocumentRow, changeDocument, writeTables, type Store } from './store';

export interface NewMeetingInput {
  bodyIds: string[];
  date: string;
  /** Defaults: the host body's time and place. */
  startTime?: string;
  endTime?: string;
  place?: string;
  title?: string;
}

/** Creates a meeting document with the host body's standard opening and closing items. */
export async function createMeeting(store: Store, input: NewMeetingInput): Promise<string> {
  const register = readRegister(await store.docs.get(REGISTER_DOC_ID));
  const host = register.bodies.find((b) => b.id === input.bodyIds[0] && b.deletedAt === null);
  if (!host) throw new DomainError('Välj vilket organ mötet hör till.', 'bodyIds');
  const id = newId();
  const docId = meetingDocId(id);
  await store.db.transaction('rw', writeTables(store, ['meeting']), async () => {
    const doc = await addDocumentRow(store, docId, (created) => {
      ops.initMeeting(
        created,
        {
          id,
          details: {
            bodyIds: input.bodyIds,
            title: input.title ?? '',
            date: input.date,
            startTime: input.startTime ?? host.defaultStartTime,
            endTime: input.endTime ?? host.defaultEndTime,
            place: input.place ?? host.defaultPlace,
            timeSlots: [],
          },
          openingItems: host.openingItems,
          closingItems: host.closingItems,
        },
        register.bodies,
      );
    });
    await reproject(store.db, docId, doc);
  });
  return id;
}

async function bodies(store: Store) {
  return readRegister(await store.docs.get(REGISTER_DOC_ID)).bodies;
}

export async function updateMeetingDetails(store: Store, meetingId: string, details: MeetingDetails, by = ''): Promise<void> {
  const known = await bodies(store);
  await changeDocument(store, meetingDocId(meetingId), (doc) => ops.updateDetails(doc, meetingId, details, known, by));
}

export function setMeetingStatus(store: Store, meetingId: string, status: MeetingStatus, cancelledReason = '', by = ''): Promise<void> {
  return changeDocument(store, meetingDocId(meetingId), (doc) => ops.setStatus(doc, meetingId, status, { cancelledReason, by }));
}

/** Records that an updated notice went out: the next update lists only the changes after this one. */
export function recordUpdatedNotice(store: Store, meetingId: string, by = ''): Promise<ops.Change> {
  return changeDocument(store, meetingDocId(meetingId), (doc) => ops.recordUpdatedNotice(doc, meetingId, by));
}

export function setAdjusters(store: Store, meetingId: string, personIds: string[]): Promise<void> {
  return changeDocument(store, meetingDocId(meetingId), (doc) => ops.setAdjusters(doc, meetingId, personIds));
}

// --- reading --------------------------------------------------------------------------------

const live = <T extends { deletedAt: string | null }>(rows: T[]) => rows.filter((r) => r.deletedAt === null);
const byDateTime = (a: MeetingRow, b: MeetingRow) => a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime);

export function getMeeting(store: Store, meetingId: string): Promise<MeetingRow | undefined> {
  return store.db.meetings.get(meetingId);
}

/** Meetings from `from` to `to` (inclusive, ISO dates), optionally for some bodies only. */
export async function listMeetings(store: Store, range: { from: string; to: string; bodyIds?: readonly string[] }): Promise<MeetingRow[]> {
  const rows = await store.db.meetings.where('date').between(range.from, range.to, true, true).toArray();
  const wanted = range.bodyIds ? new Set(range.bodyIds) : null;
  return live(rows)
    .filter((m) => !wanted || m.bodyIds.some((id) => wanted.has(id)))
    .sort(byDateTime);
}

export async function listMeetingsOfBody(store: Store, bodyId: string): Promise<MeetingRow[]> {
  return live(await store.db.meetings.where('bodyIds').equals(bodyId).toArray()).sort(byDateTime);
}

/** The items of a meeting as stored (deleted ones included); order them with orderItems. */
export async function listItems(store: Store, meetingId: string): Promise<ItemRow[]> {
  return itemsOf(await store.db.agendas.get(meetingId));
}

/** The items of an agenda row (none without a row: a meeting without items has none). */
export function itemsOf(row: AgendaRow | undefined): ItemRow[] {
  return row ? row.items : [];
}

/**
 * The meeting screen's own rows, read together (one live query, one render): the meeting, its items
 * and its justering. (Its first § is a query of its own: it reads the body's other meetings, which
 * change whenever any of them is written, and a number that stays the same renders nothing.)
 */
export async function loadMeetingScreen(store: Store, meetingId: string) {
  const [meeting, items, justering] = await Promise.all([getMeeting(store, meetingId), listItems(store, meetingId), getJustering(store, meetingId)]);
  return { meeting, items, justering };
}

/** The agenda's change log (recorded from the notice on), oldest first. */
export async function listChanges(store: Store, meetingId: string): Promise<ChangeRow[]> {
  return (await store.db.changes.where('meetingId').equals(meetingId).toArray()).sort((a, b) => a.at.localeCompare(b.at));
}
