/**
 * The calendar and year plan: meetings created from a plan (several in one transaction), a
 * meeting's details and status saved together, cancelling with the agenda moved elsewhere, the
 * year-plan events of each body, and the readings the calendar screens, the warnings and the
 * exports (.ics, "Mötestider" in Word) need.
 */
import { buildCalendar, eventEntry, meetingEntry, type Names } from '../../shared/calendar/ics';
import { buildMeetingDates, type MeetingDatesModel } from '../../shared/calendar/meetingDates';
import { todayIso } from '../../shared/domain/dates';
import { DomainError } from '../../shared/domain/errors';
import { newId } from '../../shared/domain/ids';
import type { MeetingDetails, MeetingStatus } from '../../shared/domain/meeting';
import type { WarningContext } from '../../shared/domain/meetingWarnings';
import * as bodyOps from '../../shared/ydoc/body';
import * as calendarOps from '../../shared/ydoc/calendar';
import { bodyDocId, meetingDocId, REGISTER_DOC_ID } from '../../shared/ydoc/documents';
import * as meetingOps from '../../shared/ydoc/meeting';
import { readRegister } from '../../shared/ydoc/register';
import type { EventRow, ItemRow, MeetingRow } from './database';
import { listItems } from './meetings';
import { projectNewDocuments } from './projection';
import { registerIndex } from './queries';
import { addDocumentRows, changeDocument, changeDocuments, writeTables, type Store } from './store';

const live = <T extends { deletedAt: string | null }>(rows: T[]) => rows.filter((r) => r.deletedAt === null);
const byDateTime = (a: { date: string; startTime: string | null }, b: { date: string; startTime: string | null }) =>
  a.date.localeCompare(b.date) || (a.startTime ?? '').localeCompare(b.startTime ?? '');

// --- meetings -------------------------------------------------------------------------------

export interface MeetingDraft {
  bodyIds: string[];
  date: string;
  /** Defaults: the host body's time and place. */
  startTime?: string;
  endTime?: string;
  place?: string;
  title?: string;
  timeSlots?: MeetingDetails['timeSlots'];
  status?: Exclude<MeetingStatus, 'cancelled'>;
}

/**
 * Creates meetings, each its own document with the host body's standard agenda, all in one
 * transaction: a planned year arrives whole or not at all. Returns the new ids in order.
 */
export async function createMeetings(store: Store, drafts: readonly MeetingDraft[]): Promise<string[]> {
  if (drafts.length === 0) throw new DomainError('Det finns inga möten att lägga in.');
  const register = readRegister(await store.docs.get(REGISTER_DOC_ID));
  const planned = drafts.map((draft) => {
    const host = register.bodies.find((b) => b.id === draft.bodyIds[0] && b.deletedAt === null);
    if (!host) throw new DomainError('Välj vilket organ mötet hör till.', 'bodyIds');
    return { draft, host, id: newId() };
  });
  return store.db.transaction('rw', writeTables(store, ['meeting']), async () => {
    const docs = await addDocumentRows(
      store,
      planned.map(({ draft, host, id }) => ({
        docId: meetingDocId(id),
        build: (created) => {
          meetingOps.initMeeting(
            created,
            {
              id,
              details: {
                bodyIds: draft.bodyIds,
                title: draft.title ?? '',
                date: draft.date,
                startTime: draft.startTime ?? host.defaultStartTime,
                endTime: draft.endTime ?? host.defaultEndTime,
                place: draft.place ?? host.defaultPlace,
                timeSlots: draft.timeSlots ?? [],
              },
              openingItems: host.openingItems,
              closingItems: host.closingItems,
            },
            register.bodies,
          );
          if (draft.status && draft.status !== 'planned') meetingOps.setStatus(created, id, draft.status);
        },
      })),
    );
    await projectNewDocuments(store.db, docs);
    return planned.map((p) => p.id);
  });
}

/** Saves a meeting's details and status together (moving it keeps its agenda and minutes). */
export async function saveMeeting(store: Store, meetingId: string, details: MeetingDetails, status?: Exclude<MeetingStatus, 'cancelled'>): Promise<void> {
  const bodies = readRegister(await store.docs.get(REGISTER_DOC_ID)).bodies;
  await changeDocument(store, meetingDocId(meetingId), (doc) => {
    meetingOps.updateDetails(doc, meetingId, details, bodies);
    if (status && meetingOps.readMeeting(doc, meetingId)?.status !== status) meetingOps.setStatus(doc, meetingId, status);
  });
}

/** Deletes meetings (softly, in one transaction): the undo of a plan made by mistake. */
export async function deleteMeetings(store: Store, meetingIds: readonly string[]): Promise<void> {
  const now = new Date().toISOString();
  await changeDocuments(store, meetingIds.map(meetingDocId), (docs) => docs.forEach((doc, i) => calendarOps.setMeetingDeleted(doc, meetingIds[i]!, now)));
}

export async function restoreMeetings(store: Store, meetingIds: readonly string[]): Promise<void> {
  await changeDocuments(store, meetingIds.map(meetingDocId), (docs) => docs.forEach((doc, i) => calendarOps.setMeetingDeleted(doc, meetingIds[i]!, null)));
}

/** The meeting's own items (not the standard ones), which cancelling can move elsewhere. */
export async function listMovableItems(store: Store, meetingId: string): Promise<ItemRow[]> {
  const items = await listItems(store, meetingId);
  return calendarOps.movableItems(items) as ItemRow[];
}

/** Meetings the items of a cancelled meeting can go to: later ones of the same host body, not cancelled or held. */
export async function listMoveTargets(store: Store, meetingId: string): Promise<MeetingRow[]> {
  const meeting = await store.db.meetings.get(meetingId);
  if (!meeting) return [];
  const host = meeting.bodyIds[0]!;
  const rows = await store.db.meetings.where('bodyIds').equals(host).toArray();
  return live(rows)
    .filter((m) => m.id !== meetingId && m.status !== 'cancelled' && m.status !== 'held' && m.date >= meeting.date)
    .sort(byDateTime);
}

export interface CancelInput {
  reason: string;
  /** Items to move, and where; none to leave them on the cancelled meeting. */
  toMeetingId: string | null;
  itemIds: string[];
}

/** Cancels the meeting and moves the chosen items in one transaction. Keep the result to undo it. */
export async function cancelMeeting(store: Store, meetingId: string, input: CancelInput): Promise<calendarOps.CancelResult> {
  const moving = input.toMeetingId && input.itemIds.length > 0 ? input.toMeetingId : null;
  const docIds = [meetingDocId(meetingId), ...(moving ? [meetingDocId(moving)] : [])];
  return changeDocuments(store, docIds, ([source, target]) =>
    calendarOps.cancelMeeting(source!, meetingId, {
      reason: input.reason,
      move: moving ? { doc: target!, meetingId: moving, itemIds: input.itemIds } : null,
    }),
  );
}

export async function undoCancelMeeting(store: Store, result: calendarOps.CancelResult): Promise<void> {
  const docIds = [meetingDocId(result.meetingId), ...(result.toMeetingId && result.moved.length ? [meetingDocId(result.toMeetingId)] : [])];
  await changeDocuments(store, docIds, ([source, target]) => calendarOps.undoCancel(source!, result, target ?? null));
}

// --- year-plan events ---------------------------------------------------------------------------

export async function addEvent(store: Store, bodyId: string, input: bodyOps.YearPlanEventInput): Promise<string> {
  const register = readRegister(await store.docs.get(REGISTER_DOC_ID));
  if (!register.bodies.some((b) => b.id === bodyId && b.deletedAt === null)) throw new DomainError('Välj vilket organ händelsen hör till.', 'bodyId');
  return changeDocument(store, bodyDocId(bodyId), (doc) => {
    calendarOps.checkEventReferences(input, register);
    return bodyOps.addEvent(doc, input);
  });
}

/**
 * Changes an event. Moving it to another body moves it to that body's document (a new id there,
 * the old one deleted) in one transaction. Returns the event's id afterwards.
 */
export async function updateEvent(store: Store, bodyId: string, eventId: string, input: bodyOps.YearPlanEventInput, newBodyId = bodyId): Promise<string> {
  const register = readRegister(await store.docs.get(REGISTER_DOC_ID));
  if (newBodyId === bodyId) {
    await changeDocument(store, bodyDocId(bodyId), (doc) => {
      calendarOps.checkEventReferences(input, register);
      bodyOps.updateEvent(doc, bodyId, eventId, input);
    });
    return eventId;
  }
  if (!register.bodies.some((b) => b.id === newBodyId && b.deletedAt === null)) throw new DomainError('Välj vilket organ händelsen hör till.', 'bodyId');
  return changeDocuments(store, [bodyDocId(bodyId), bodyDocId(newBodyId)], ([from, to]) => {
    calendarOps.checkEventReferences(input, register);
    if (!bodyOps.readEvents(from!, bodyId).some((e) => e.id === eventId && e.deletedAt === null)) throw new DomainError('Händelsen finns inte längre.');
    const id = bodyOps.addEvent(to!, input);
    bodyOps.setEventDeleted(from!, bodyId, eventId, new Date().toISOString());
    return id;
  });
}

export function deleteEvent(store: Store, bodyId: string, eventId: string): Promise<void> {
  return changeDocument(store, bodyDocId(bodyId), (doc) => bodyOps.setEventDeleted(doc, bodyId, eventId, new Date().toISOString()));
}

export function restoreEvent(store: Store, bodyId: string, eventId: string): Promise<void> {
  return changeDocument(store, bodyDocId(bodyId), (doc) => bodyOps.setEventDeleted(doc, bodyId, eventId, null));
}

export function getEvent(store: Store, eventId: string): Promise<EventRow | undefined> {
  return store.db.events.get(eventId);
}

/** Events from `from` to `to` (a multi-day event counts where it overlaps), optionally for some bodies. */
export async function listEvents(store: Store, range: { from: string; to: string; bodyIds?: readonly string[] }): Promise<EventRow[]> {
  const rows = await store.db.events.where('date').belowOrEqual(range.to).toArray();
  const wanted = range.bodyIds ? new Set(range.bodyIds) : null;
  return live(rows)
    .filter((e) => (e.endDate ?? e.date) >= range.from && (!wanted || wanted.has(e.bodyId)))
    .sort(byDateTime);
}

// --- reading for the screens ---------------------------------------------------------------------

const yearRange = (year: number) => ({ from: `${year}-01-01`, to: `${year}-12-31` });

/** Everything of a year: meetings (any body in `bodyIds`, all when absent) and events. */
export async function listYear(store: Store, year: number, bodyIds?: readonly string[]): Promise<{ meetings: MeetingRow[]; events: EventRow[] }> {
  const range = { ...yearRange(year), bodyIds };
  const rows = await store.db.meetings.where('date').between(range.from, range.to, true, true).toArray();
  const wanted = bodyIds ? new Set(bodyIds) : null;
  const meetings = live(rows)
    .filter((m) => !wanted || m.bodyIds.some((id) => wanted.has(id)))
    .sort(byDateTime);
  return { meetings, events: await listEvents(store, range) };
}

/** The next meetings from today on, across all bodies. */
export async function listUpcomingMeetings(store: Store, options: { today?: string; limit?: number } = {}): Promise<MeetingRow[]> {
  const today = options.today ?? todayIso();
  const rows = await store.db.meetings.where('date').aboveOrEqual(today).limit((options.limit ?? 5) * 4 + 20).toArray();
  return live(rows)
    .sort(byDateTime)
    .slice(0, options.limit ?? 5);
}

/** Names for ids, deleted records included (old meetings keep their names). */
export async function calendarNames(store: Store): Promise<Names> {
  const index = await registerIndex(store);
  return {
    body: (id) => index.bodies.get(id)?.name ?? 'Okänt organ',
    person: (id) => index.people.get(id)?.name ?? 'Okänd person',
    organisation: (id) => {
      const org = index.organisations.get(id);
      return org ? org.shortName || org.name : '';
    },
  };
}

/** What the warnings need for meetings between `from` and `to`: other meetings, memberships, events, names. */
export async function loadWarningContext(store: Store, range: { from: string; to: string }): Promise<WarningContext> {
  const [meetings, memberships, events, names] = await Promise.all([
    store.db.meetings.where('date').between(range.from, range.to, true, true).toArray(),
    store.db.memberships.toArray(),
    listEvents(store, range),
    calendarNames(store),
  ]);
  return { meetings: live(meetings), memberships: live(memberships), events, personName: names.person, bodyName: names.body };
}

/** "Mötestider {år}" of one body, as the screen and the Word file show it. */
export async function loadMeetingDates(store: Store, bodyId: string, year: number): Promise<MeetingDatesModel | null> {
  const body = await store.db.bodies.get(bodyId);
  if (!body) return null;
  const range = yearRange(year);
  const [meetings, events, names] = await Promise.all([
    store.db.meetings.where('bodyIds').equals(bodyId).toArray(),
    listEvents(store, { ...range, bodyIds: [bodyId] }),
    calendarNames(store),
  ]);
  return buildMeetingDates({
    bodyId,
    bodyName: body.name,
    year,
    meetings: live(meetings).filter((m) => m.date >= range.from && m.date <= range.to),
    events: events.filter((e) => e.date >= range.from),
    names,
  });
}

// --- calendar files ------------------------------------------------------------------------------

export interface CalendarFile {
  fileName: string;
  text: string;
  count: number;
}

const safeName = (text: string) => text.replace(/[\\/:*?"<>|]/g, '-').replace(/\s+/g, ' ').trim();

/** One meeting as an .ics file. */
export async function meetingCalendarFile(store: Store, meetingId: string): Promise<CalendarFile> {
  const meeting = await store.db.meetings.get(meetingId);
  if (!meeting || meeting.deletedAt) throw new DomainError('Mötet finns inte längre.');
  const names = await calendarNames(store);
  const entry = meetingEntry(meeting, names);
  return {
    fileName: `${safeName(`${names.body(meeting.bodyIds[0]!)} ${meeting.date}`)}.ics`,
    text: buildCalendar([entry], { name: entry.summary }),
    count: 1,
  };
}

/** A year's meetings and events (for some bodies, or all) as one .ics file. */
export async function yearCalendarFile(store: Store, year: number, bodyIds?: readonly string[]): Promise<CalendarFile> {
  const [{ meetings, events }, names] = await Promise.all([listYear(store, year, bodyIds), calendarNames(store)]);
  const entries = [...meetings.map((m) => meetingEntry(m, names)), ...events.filter((e) => e.date.startsWith(`${year}-`)).map((e) => eventEntry(e, names))];
  const who = bodyIds && bodyIds.length === 1 ? names.body(bodyIds[0]!) : 'Folkhälsosamverkan';
  const name = `${who} ${year}`;
  return { fileName: `${safeName(name)}.ics`, text: buildCalendar(entries, { name }), count: entries.length };
}

/** For file names and messages: "Mötestider 2024 Chefsgrupp folkhälsa.docx". */
export function meetingDatesFileName(model: MeetingDatesModel): string {
  return `${safeName(`${model.title} ${model.bodyName}`)}.docx`;
}
