/**
 * The meeting itself: attendance, each item's minutes (its own document, created when first
 * opened), decisions, tasks and their follow-up, the round, points passed on, and the moments an
 * item was taken up and left.
 *
 * Typing goes into the loaded Yjs document — the minutes editor's through a copy written in batches
 * (typingBuffer.ts), decision and round text directly — and the projector refreshes the derived
 * rows shortly after.
 * Everything else is a checked change through `changeDocuments`, one transaction each.
 */
import type * as Y from 'yjs';
import { type AttendanceRole } from '../../shared/domain/attendance';
import { DomainError } from '../../shared/domain/errors';

import type { DecisionMeta, Forward, TaskInput } from '../../shared/domain/minutes';
import type { PersonInput } from '../../shared/domain/register';
import * as attendanceOps from '../../shared/ydoc/attendance';
import * as bodyOps from '../../shared/ydoc/body';
import { bodyDocId, meetingDocId, minutesDocId, REGISTER_DOC_ID } from '../../shared/ydoc/documents';
import * as meetingOps from '../../shared/ydoc/meeting';
import { LOCKED_MESSAGE } from '../../shared/ydoc/justering';
import * as minutesOps from '../../shared/ydoc/minutes';
import * as registerOps from '../../shared/ydoc/register';
import type { AttendanceRecord, MeetingAttendanceRow, MinutesRow, TaskFollowUpRow, TaskRow } from './database';
import { reproject } from './projection';
import { addDocumentRow, changeDocuments, writeTables, type Store } from './store';
import type { BufferedDoc } from './typingBuffer';

// --- attendance -------------------------------------------------------------------------------

export function setAttendance(store: Store, meetingId: string, personId: string, patch: attendanceOps.AttendancePatch): Promise<void> {
  return changeDocuments(store, [meetingDocId(meetingId)], ([doc]) => attendanceOps.setAttendance(doc!, meetingId, personId, patch));
}

/** Adds someone to the meeting who was not called: a person from the register, or a new one. */
export async function addAttendee(
  store: Store,
  meetingId: string,
  who: { personId: string } | { newPerson: PersonInput },
  role: AttendanceRole,
  fromItemId: string | null = null,
): Promise<string> {
  return changeDocuments(store, [meetingDocId(meetingId), REGISTER_DOC_ID], ([meetingDoc, register]) => {
    const personId = 'personId' in who ? who.personId : registerOps.addPerson(register!, who.newPerson);
    if (!registerOps.readRegister(register!).people.some((p) => p.id === personId && p.deletedAt === null)) {
      throw new DomainError('Personen finns inte i registret.');
    }
    attendanceOps.addAttendee(meetingDoc!, meetingId, personId, role, fromItemId);
    return personId;
  });
}

export function removeAttendee(store: Store, meetingId: string, personId: string): Promise<void> {
  return changeDocuments(store, [meetingDocId(meetingId)], ([doc]) => attendanceOps.removeAttendee(doc!, meetingId, personId));
}

/** The attendance recorded for a meeting (its one attendance row: database.ts). */
export async function listAttendance(store: Store, meetingId: string): Promise<AttendanceRecord[]> {
  return recordsOf(await store.db.attendance.get(meetingId));
}

/** The records of a meeting's attendance row, each with its meeting's id. */
export function recordsOf(row: MeetingAttendanceRow | undefined): AttendanceRecord[] {
  return row ? row.records.map((record) => ({ ...record, meetingId: row.id })) : [];
}

// --- the agenda at the meeting ------------------------------------------------------------------

/** The secretary moves to an item: it is taken up now (once), and the item left is ended now. */
export function takeUpItem(store: Store, meetingId: string, itemId: string, leftItemId: string | null, now = new Date().toISOString()): Promise<void> {
  return changeDocuments(store, [meetingDocId(meetingId)], ([doc]) => {
    const items = meetingOps.readItems(doc!, meetingId);
    const item = items.find((i) => i.id === itemId);
    if (item && !item.startedAt) meetingOps.setItemTimes(doc!, meetingId, itemId, { startedAt: now });
    const left = leftItemId ? items.find((i) => i.id === leftItemId) : undefined;
    if (left && left.id !== itemId && left.startedAt) meetingOps.setItemTimes(doc!, meetingId, left.id, { endedAt: now });
  });
}

/** The meeting is over: the item running now is left, and the meeting is marked as held. */
export function endMeeting(store: Store, meetingId: string, now = new Date().toISOString()): Promise<void> {
  return changeDocuments(store, [meetingDocId(meetingId)], ([doc]) => {
    for (const item of meetingOps.readItems(doc!, meetingId)) {
      if (item.startedAt && !item.endedAt && item.deletedAt === null) meetingOps.setItemTimes(doc!, meetingId, item.id, { endedAt: now });
    }
    meetingOps.setStatus(doc!, meetingId, 'held');
  });
}

export function setAgendaAdopted(store: Store, meetingId: string, adopted: { additions: string } | null): Promise<void> {
  return changeDocuments(store, [meetingDocId(meetingId)], ([doc]) =>
    meetingOps.setAgendaAdopted(doc!, meetingId, adopted ? { at: new Date().toISOString(), additions: adopted.additions } : null),
  );
}

// --- minutes documents --------------------------------------------------------------------------

/** The item's minutes document, created the first time it is opened. Release with `closeMinutes`. */
export async function openMinutes(store: Store, meetingId: string, itemId: string): Promise<Y.Doc> {
  const docId = minutesDocId(itemId);
  if (!(await store.db.documents.get(docId))) {
    await store.db.transaction('rw', writeTables(store, ['minutes']), async () => {
      if (await store.db.documents.get(docId)) return;
      const created = await addDocumentRow(store, docId, (doc) => minutesOps.setMinutesMeeting(doc, meetingId));
      await reproject(store.db, docId, created);
    });
  }
  return store.docs.get(docId);
}

/** An item's minutes document if it is in memory already (as `openMinutes`, without waiting). */
export function minutesInMemory(store: Store, itemId: string): Y.Doc | undefined {
  return store.docs.getLoaded(minutesDocId(itemId));
}

/** Lets go of an item's minutes document when the secretary moves on (its rows are refreshed first). */
export async function closeMinutes(store: Store, itemId: string): Promise<void> {
  await store.projector.flush();
  store.docs.forget(minutesDocId(itemId));
}

/**
 * The copy of an item's minutes document (from `openMinutes`) that the minutes editor types into:
 * its changes are written in batches, a few a second (typingBuffer.ts). Release it before
 * `closeMinutes`; that writes what it still holds.
 */
export function editMinutes(store: Store, itemId: string, doc: Y.Doc): BufferedDoc {
  return store.typing.open(minutesDocId(itemId), doc);
}

/** Something wrote into the document outside `changeDocuments`: refresh the derived rows soon. */
export function minutesTyped(store: Store, itemId: string): void {
  store.projector.markDirty(minutesDocId(itemId));
}

export async function editDecisionText(store: Store, meetingId: string, itemId: string, text: string): Promise<void> {
  assertMinutesWritable(store, itemId);
  const doc = await openMinutes(store, meetingId, itemId);
  minutesOps.applyTextEdit(minutesOps.decisionText(doc), text);
  minutesTyped(store, itemId);
}

export async function editRoundText(store: Store, meetingId: string, itemId: string, personId: string, text: string): Promise<void> {
  assertMinutesWritable(store, itemId);
  const doc = await openMinutes(store, meetingId, itemId);
  minutesOps.applyTextEdit(minutesOps.roundText(doc, personId), text);
  minutesTyped(store, itemId);
}

/** A clear message before anything is tried (the data layer's middleware refuses it anyway). */
export function assertMinutesWritable(store: Store, itemId: string): void {
  if (store.frozen.has(minutesDocId(itemId))) throw new DomainError(LOCKED_MESSAGE);
}

async function changeMinutes<T>(store: Store, meetingId: string, itemId: string, apply: (doc: Y.Doc) => T): Promise<T> {
  assertMinutesWritable(store, itemId);
  await openMinutes(store, meetingId, itemId);
  return changeDocuments(store, [minutesDocId(itemId)], ([doc]) => apply(doc!));
}

export function setDecisionMeta(store: Store, meetingId: string, itemId: string, patch: Partial<DecisionMeta>): Promise<void> {
  return changeMinutes(store, meetingId, itemId, (doc) => minutesOps.setDecisionMeta(doc, patch));
}

export function setForward(store: Store, meetingId: string, itemId: string, forward: Forward): Promise<void> {
  return changeMinutes(store, meetingId, itemId, (doc) => minutesOps.setForward(doc, forward));
}

export function addTask(store: Store, meetingId: string, itemId: string, input: TaskInput): Promise<string> {
  return changeMinutes(store, meetingId, itemId, (doc) => minutesOps.addTask(doc, input));
}

export function updateTask(store: Store, meetingId: string, itemId: string, taskId: string, input: TaskInput): Promise<void> {
  return changeMinutes(store, meetingId, itemId, (doc) => minutesOps.updateTask(doc, taskId, input));
}

export function deleteTask(store: Store, meetingId: string, itemId: string, taskId: string): Promise<void> {
  return changeMinutes(store, meetingId, itemId, (doc) => minutesOps.setTaskDeleted(doc, taskId, new Date().toISOString()));
}

export function restoreTask(store: Store, meetingId: string, itemId: string, taskId: string): Promise<void> {
  return changeMinutes(store, meetingId, itemId, (doc) => minutesOps.setTaskDeleted(doc, taskId, null));
}

// --- task follow-up across meetings --------------------------------------------------------------

export function markTaskDone(store: Store, bodyId: string, taskId: string, atMeetingId: string | null, note = ''): Promise<void> {
  return changeDocuments(store, [bodyDocId(bodyId)], ([doc]) =>
    bodyOps.setTaskDone(doc!, taskId, { meetingId: atMeetingId, at: new Date().toISOString(), note }),
  );
}

export function reopenTask(store: Store, bodyId: string, taskId: string): Promise<void> {
  return changeDocuments(store, [bodyDocId(bodyId)], ([doc]) => bodyOps.setTaskDone(doc!, taskId, null));
}

export interface TaskWithStatus extends TaskRow {
  meetingDate: string;
  followUp: TaskFollowUpRow | undefined;
}

/**
 * The tasks given at a body's meetings, with their follow-up: the open ones (and those closed at
 * `atMeetingId`) from meetings before that meeting, for follow-up there.
 */
export async function tasksForFollowUp(store: Store, bodyId: string, atMeetingId?: string): Promise<TaskWithStatus[]> {
  const meetings = (await store.db.meetings.where('bodyIds').equals(bodyId).toArray()).filter((m) => m.deletedAt === null);
  const at = atMeetingId ? meetings.find((m) => m.id === atMeetingId) : undefined;
  const earlier = meetings.filter((m) => !at || m.date < at.date || (m.date === at.date && m.startTime < at.startTime));
  const followUps = new Map((await store.db.taskFollowUps.where('bodyId').equals(bodyId).toArray()).map((f) => [f.taskId, f]));
  const result: TaskWithStatus[] = [];
  for (const meeting of earlier) {
    const tasks = await store.db.tasks.where('meetingId').equals(meeting.id).toArray();
    for (const task of tasks) {
      if (task.deletedAt) continue;
      const followUp = followUps.get(task.id);
      const done = !!followUp?.doneAt;
      if (!done || (atMeetingId && followUp?.doneAtMeetingId === atMeetingId)) {
        result.push({ ...task, meetingDate: meeting.date, followUp });
      }
    }
  }
  return result.sort((a, b) => a.meetingDate.localeCompare(b.meetingDate) || a.createdAt.localeCompare(b.createdAt));
}

// --- reading --------------------------------------------------------------------------------------

export function getMinutes(store: Store, itemId: string): Promise<MinutesRow | undefined> {
  return store.db.minutes.get(itemId);
}

/** The minutes of these items, by item id (a meeting's minutes are found through its agenda: table `minutes` has no meetingId index). */
export async function minutesOfItems(store: Store, items: readonly { id: string }[]): Promise<Map<string, MinutesRow>> {
  const rows = await store.db.minutes.bulkGet(items.map((item) => item.id));
  return new Map(rows.flatMap((row) => (row ? [[row.id, row] as const] : [])));
}

export async function listTasksOfMeeting(store: Store, meetingId: string): Promise<TaskRow[]> {
  return (await store.db.tasks.where('meetingId').equals(meetingId).toArray()).filter((t) => t.deletedAt === null);
}
