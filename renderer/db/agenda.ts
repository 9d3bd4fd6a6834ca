/**
 * Writing agendas: items on a meeting, their order and times, moving them between meetings, and
 * the topic backlog. Changes that span two documents (an item moved from one meeting to another)
 * are one transaction: both documents change, or neither.
 */
import { DomainError } from '../../shared/domain/errors';
import { orderItems } from '../../shared/domain/agenda';
import type { AgendaItemInput, Attachment, TopicInput } from '../../shared/domain/meeting';
import { newId } from '../../shared/domain/ids';
import * as body from '../../shared/ydoc/body';
import { bodyDocId, meetingDocId } from '../../shared/ydoc/documents';
import * as ops from '../../shared/ydoc/meeting';
import type { FileRow, MeetingRow, TopicRow } from './database';
import { itemsOf, listItems } from './meetings';
import { FILES_TABLE, prepareFile, putFile, readFile, type NewFile } from './files';
import { changeDocuments, type Store } from './store';

export { changeDocuments };

/**
 * Moves items from one meeting to another (e.g. when a meeting is cancelled): each item is added to
 * the target meeting, keeping where it came from, and removed from the source. Returns the new ids.
 */
export async function moveItemsToMeeting(
  store: Store,
  fromMeetingId: string,
  itemIds: readonly string[],
  toMeetingId: string,
  by = '',
): Promise<string[]> {
  if (fromMeetingId === toMeetingId) throw new DomainError('Välj ett annat möte att flytta punkterna till.');
  return changeDocuments(store, [meetingDocId(fromMeetingId), meetingDocId(toMeetingId)], ([source, target]) => {
    if (!ops.readMeeting(target!, toMeetingId)) throw new DomainError('Mötet som punkterna skulle flyttas till finns inte.');
    const items = orderItems(ops.readItems(source!, fromMeetingId)).filter((i) => itemIds.includes(i.id));
    if (items.length !== itemIds.length) throw new DomainError('Någon av punkterna finns inte längre på dagordningen.');
    return items.map((item) => {
      const id = ops.copyItemInto(target!, toMeetingId, item, {
        kind: 'moved',
        topicId: null,
        meetingId: fromMeetingId,
        itemId: item.id,
        note: '',
      }, by);
      ops.removeItem(source!, fromMeetingId, item.id, by);
      return id;
    });
  });
}

export function addItem(store: Store, meetingId: string, input: AgendaItemInput, options: ops.AddItemOptions = {}): Promise<string> {
  return changeDocuments(store, [meetingDocId(meetingId)], ([doc]) => ops.addItem(doc!, meetingId, input, options));
}

export function updateItem(store: Store, meetingId: string, itemId: string, input: AgendaItemInput, by = ''): Promise<void> {
  return changeDocuments(store, [meetingDocId(meetingId)], ([doc]) => ops.updateItem(doc!, meetingId, itemId, input, by));
}

export function moveItem(store: Store, meetingId: string, itemId: string, targetIndex: number, by = ''): Promise<boolean> {
  return changeDocuments(store, [meetingDocId(meetingId)], ([doc]) => ops.moveItem(doc!, meetingId, itemId, targetIndex, by));
}

export function removeItem(store: Store, meetingId: string, itemId: string, by = ''): Promise<void> {
  return changeDocuments(store, [meetingDocId(meetingId)], ([doc]) => ops.removeItem(doc!, meetingId, itemId, by));
}

export function restoreItem(store: Store, meetingId: string, itemId: string, by = ''): Promise<void> {
  return changeDocuments(store, [meetingDocId(meetingId)], ([doc]) => ops.restoreItem(doc!, meetingId, itemId, by));
}

// --- attachments ---------------------------------------------------------------------------------

/**
 * Attaches files to an item: the bytes go to the files table (once per content) and the item's
 * references to its document, in one transaction. Every file is checked (empty, over 25 MB) before
 * anything is stored, so a refused file leaves the database exactly as it was.
 */
export async function attachFiles(store: Store, meetingId: string, itemId: string, files: readonly NewFile[], by = ''): Promise<Attachment[]> {
  const rows: FileRow[] = [];
  for (const file of files) rows.push(await prepareFile(file));
  return changeDocuments(
    store,
    [meetingDocId(meetingId)],
    async ([doc]) => {
      const attachments: Attachment[] = [];
      for (const row of rows) attachments.push({ id: newId(), ...(await putFile(store, row)) });
      ops.addAttachments(doc!, meetingId, itemId, attachments, by);
      return attachments;
    },
    { extraTables: [FILES_TABLE] },
  );
}

/** Takes a file off an item; returns what `restoreAttachment` needs to put it back (undo). */
export function removeAttachment(
  store: Store,
  meetingId: string,
  itemId: string,
  attachmentId: string,
  by = '',
): Promise<{ attachment: Attachment; index: number }> {
  return changeDocuments(store, [meetingDocId(meetingId)], ([doc]) => ops.removeAttachment(doc!, meetingId, itemId, attachmentId, by));
}

export function restoreAttachment(store: Store, meetingId: string, itemId: string, attachment: Attachment, index: number, by = ''): Promise<void> {
  return changeDocuments(store, [meetingDocId(meetingId)], ([doc]) => ops.restoreAttachment(doc!, meetingId, itemId, attachment, index, by));
}

/** The bytes of an attachment, to save or open; a Swedish message when they are not on this machine. */
export function readAttachment(store: Store, attachment: Pick<Attachment, 'fileId' | 'name'>) {
  return readFile(store, attachment);
}

export type PostponeTarget = { kind: 'backlog' } | { kind: 'meeting'; meetingId: string };

/**
 * An item that was not reached, or is put off ("Punkten skjuts till kommande möte …"): it stays in
 * this meeting's record, marked with the reason, and goes either back to the host body's list of
 * topics for coming meetings or straight onto a chosen later meeting — keeping where it came from.
 */
export async function postponeItem(
  store: Store,
  meetingId: string,
  itemId: string,
  reason: string,
  target: PostponeTarget,
  by = '',
): Promise<{ topicId: string | null; newItemId: string | null }> {
  const meeting = await store.db.meetings.get(meetingId);
  if (!meeting) throw new DomainError('Mötet finns inte längre.');
  const hostBodyId = meeting.bodyIds[0]!;
  const docIds =
    target.kind === 'meeting'
      ? [meetingDocId(meetingId), meetingDocId(target.meetingId)]
      : [meetingDocId(meetingId), bodyDocId(hostBodyId)];
  if (target.kind === 'meeting' && target.meetingId === meetingId) throw new DomainError('Välj ett annat möte än det här.');
  return changeDocuments(store, docIds, ([source, other]) => {
    const item = ops.readItems(source!, meetingId).find((i) => i.id === itemId && i.deletedAt === null);
    if (!item) throw new DomainError('Punkten finns inte längre på dagordningen.');
    if (item.postponed) throw new DomainError('Punkten är redan uppskjuten.');
    const origin = { kind: 'postponed' as const, topicId: null, meetingId, itemId, note: reason.trim() };
    const at = new Date().toISOString();
    if (target.kind === 'meeting') {
      const targetMeeting = ops.readMeeting(other!, target.meetingId);
      if (!targetMeeting || targetMeeting.deletedAt) throw new DomainError('Mötet som punkten skulle flyttas till finns inte.');
      if (targetMeeting.status === 'cancelled') throw new DomainError('Det mötet är inställt. Välj ett annat.');
      const newItemId = ops.copyItemInto(other!, target.meetingId, item, origin, by);
      ops.markPostponed(source!, meetingId, itemId, { reason: reason.trim(), toMeetingId: target.meetingId, topicId: null, at }, by);
      return { topicId: null, newItemId };
    }
    const presenter = item.presenters[0] ?? null;
    const topicId = body.addTopic(
      other!,
      { title: item.title, presenter, minutes: item.minutes, wantedBy: { kind: 'none', value: '' }, note: reason.trim() },
      { origin },
    );
    ops.markPostponed(source!, meetingId, itemId, { reason: reason.trim(), toMeetingId: null, topicId, at }, by);
    return { topicId, newItemId: null };
  });
}

/** Undoes a postponement made by mistake: the copy (topic or item elsewhere) is removed again. */
export async function undoPostpone(store: Store, meetingId: string, itemId: string, by = ''): Promise<void> {
  const item = (await listItems(store, meetingId)).find((i) => i.id === itemId);
  const meeting = await store.db.meetings.get(meetingId);
  if (!item?.postponed || !meeting) return;
  const postponed = item.postponed;
  const docIds = [meetingDocId(meetingId)];
  if (postponed.toMeetingId) docIds.push(meetingDocId(postponed.toMeetingId));
  else docIds.push(bodyDocId(meeting.bodyIds[0]!));
  await changeDocuments(store, docIds, ([source, other]) => {
    if (postponed.toMeetingId) {
      const copy = ops
        .readItems(other!, postponed.toMeetingId)
        .find((i) => i.deletedAt === null && i.origin?.kind === 'postponed' && i.origin.itemId === itemId);
      if (copy) ops.removeItem(other!, postponed.toMeetingId, copy.id, by);
    } else if (postponed.topicId) {
      body.setTopicDeleted(other!, meeting.bodyIds[0]!, postponed.topicId, new Date().toISOString());
    }
    ops.clearPostponed(source!, meetingId, itemId);
  });
}

// --- the topic backlog ---------------------------------------------------------------------------

export function addTopic(store: Store, bodyId: string, input: TopicInput): Promise<string> {
  return changeDocuments(store, [bodyDocId(bodyId)], ([doc]) => body.addTopic(doc!, input));
}

export function updateTopic(store: Store, bodyId: string, topicId: string, input: TopicInput): Promise<void> {
  return changeDocuments(store, [bodyDocId(bodyId)], ([doc]) => body.updateTopic(doc!, bodyId, topicId, input));
}

export function deleteTopic(store: Store, bodyId: string, topicId: string): Promise<void> {
  return changeDocuments(store, [bodyDocId(bodyId)], ([doc]) =>
    body.setTopicDeleted(doc!, bodyId, topicId, new Date().toISOString()),
  );
}

export function restoreTopic(store: Store, bodyId: string, topicId: string): Promise<void> {
  return changeDocuments(store, [bodyDocId(bodyId)], ([doc]) => body.setTopicDeleted(doc!, bodyId, topicId, null));
}

/** Pulls a topic from the body's list onto a meeting's agenda (before the closing items). */
export async function pullTopic(store: Store, bodyId: string, topicId: string, meetingId: string, by = ''): Promise<string> {
  return changeDocuments(store, [bodyDocId(bodyId), meetingDocId(meetingId)], ([bodyDoc, meetingDoc]) => {
    const topic = body.readTopics(bodyDoc!, bodyId).find((t) => t.id === topicId && t.deletedAt === null);
    if (!topic) throw new DomainError('Temat finns inte längre i listan.');
    if (topic.status === 'scheduled') throw new DomainError('Temat ligger redan på en dagordning.');
    const meeting = ops.readMeeting(meetingDoc!, meetingId);
    if (!meeting || meeting.deletedAt) throw new DomainError('Mötet finns inte längre.');
    const itemId = ops.addItem(
      meetingDoc!,
      meetingId,
      {
        title: topic.title,
        kind: 'information',
        minutes: topic.minutes,
        description: topic.note,
        presenters: topic.presenter ? [topic.presenter] : [],
        subPoints: [],
        links: [],
        timeSlotId: null,
      },
      { origin: { kind: 'topic', topicId, meetingId: topic.origin?.meetingId ?? null, itemId: topic.origin?.itemId ?? null, note: topic.origin?.note ?? '' }, by },
    );
    body.setTopicScheduled(bodyDoc!, bodyId, topicId, { meetingId, itemId });
    return itemId;
  });
}

/** Takes a pulled topic off the agenda again; the topic is open in the list once more. */
export async function unpullTopic(store: Store, bodyId: string, topicId: string, by = ''): Promise<void> {
  const topic = await store.db.topics.get(topicId);
  if (!topic?.scheduledMeetingId || !topic.scheduledItemId) return;
  const { scheduledMeetingId, scheduledItemId } = topic;
  await changeDocuments(store, [bodyDocId(bodyId), meetingDocId(scheduledMeetingId)], ([bodyDoc, meetingDoc]) => {
    const item = ops.readItems(meetingDoc!, scheduledMeetingId).find((i) => i.id === scheduledItemId && i.deletedAt === null);
    if (item) ops.removeItem(meetingDoc!, scheduledMeetingId, scheduledItemId, by);
    body.setTopicScheduled(bodyDoc!, bodyId, topicId, null);
  });
}

export async function listTopics(store: Store, bodyId: string): Promise<TopicRow[]> {
  return (await store.db.topics.where('bodyId').equals(bodyId).toArray())
    .filter((t) => t.deletedAt === null)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** Whether `other` comes before `meeting` in its host body's numbering of the year. */
function numbersBefore(other: MeetingRow, meeting: MeetingRow): boolean {
  return (
    other.deletedAt === null &&
    other.status !== 'cancelled' &&
    other.id !== meeting.id &&
    other.date.startsWith(meeting.date.slice(0, 4)) &&
    (other.date < meeting.date || (other.date === meeting.date && other.startTime < meeting.startTime))
  );
}

/**
 * The first § number of a meeting when its host body numbers through the year: one more than the
 * items of the body's earlier meetings that year (cancelled meetings do not count).
 */
export async function firstSectionNumber(store: Store, meetingId: string): Promise<number> {
  const meeting = await store.db.meetings.get(meetingId);
  if (!meeting) return 1;
  return (await firstSectionNumbers(store, [meeting])).get(meeting.id) ?? 1;
}

/**
 * `firstSectionNumber` for several meetings at once (search results): one query per host body, and
 * the items of all the earlier meetings read in parallel instead of one after another.
 */
export async function firstSectionNumbers(store: Store, meetings: readonly MeetingRow[]): Promise<Map<string, number>> {
  const result = new Map<string, number>();
  const hosts = [...new Set(meetings.map((m) => m.bodyIds[0]!))];
  const ofHost = new Map<string, MeetingRow[]>();
  for (const host of hosts) ofHost.set(host, await store.db.meetings.where('bodyIds').equals(host).toArray());
  const earlier = new Map(meetings.map((m) => [m.id, (ofHost.get(m.bodyIds[0]!) ?? []).filter((other) => numbersBefore(other, m))]));
  const needed = [...new Set([...earlier.values()].flatMap((list) => list.map((m) => m.id)))];
  const agendas = await store.db.agendas.bulkGet(needed);
  const counts = new Map(needed.map((id, i) => [id, orderItems(itemsOf(agendas[i])).length]));
  for (const [id, list] of earlier) result.set(id, list.reduce((n, m) => n + (counts.get(m.id) ?? 0), 0) + 1);
  return result;
}
