/**
 * Operations on a meeting's document: its details, its status and its agenda items. Like all
 * document operations they check first and change second, in one Yjs transaction.
 *
 * Once the notice has gone out, every change to the agenda is also appended to the document's
 * change log (`changes`), with who and when, so the chair can see what changed since the notice and
 * two people's edits to the same field are both visible even though Yjs keeps one value.
 */
import type * as Y from 'yjs';
import { z } from 'zod';
import { defaultInsertPosition, orderItems, positionBetween, positionForMove, positionsAfter } from '../domain/agenda';
import { minutesOfDay } from '../domain/dates';
import { DomainError } from '../domain/errors';
import { newId } from '../domain/ids';
import {
  agendaItemSchema,
  attachmentSchema,
  meetingSchema,
  type AgendaItem,
  type Attachment,
  type AgendaItemInput,
  type ItemOrigin,
  type Meeting,
  type MeetingDetails,
  type MeetingStatus,
  type Postponement,
} from '../domain/meeting';
import type { Body, StandardItem } from '../domain/register';
import { parseInput } from '../domain/validation';
import { LOCAL_ORIGIN } from './documents';
import { assertItemOpen, assertUnlocked } from './justering';
import { hasRecord, insertRecord, patchRecord, readCollection, readRecord } from './entities';

const MEETING = 'meeting';
const ITEMS = 'items';
const CHANGES = 'changes';
/** Most attachments one item may have (the schema's limit). */
export const MAX_ATTACHMENTS_PER_ITEM = 50;

/**
 * `notice`: an updated notice went out. Its `to` lists the ids of the changes it reported, so
 * "changes since the notice" are the ones no notice has reported yet, even when a change made
 * offline arrives after a later notice. (The first notice is the meeting's `noticeSentAt`.)
 */
export const changeKinds = ['added', 'removed', 'moved', 'retimed', 'edited', 'postponed', 'details', 'notice'] as const;
export type ChangeKind = (typeof changeKinds)[number];

export const changeSchema = z.object({
  id: z.string(),
  at: z.string(),
  by: z.string().default(''),
  kind: z.enum(changeKinds),
  itemId: z.string().nullable().default(null),
  title: z.string().default(''),
  field: z.string().nullable().default(null),
  from: z.unknown().optional(),
  to: z.unknown().optional(),
});
export type Change = z.infer<typeof changeSchema>;

const detailsInput = meetingSchema.pick({ bodyIds: true, title: true, date: true, startTime: true, endTime: true, place: true, timeSlots: true });
const itemInput = agendaItemSchema.pick({
  title: true,
  kind: true,
  minutes: true,
  description: true,
  presenters: true,
  subPoints: true,
  links: true,
  timeSlotId: true,
});

export function readMeeting(doc: Y.Doc, meetingId: string): Meeting | undefined {
  return readRecord(doc, MEETING, meetingId, meetingSchema);
}

/** All items of the meeting, deleted ones included (use orderItems for the agenda). */
export function readItems(doc: Y.Doc, meetingId: string): AgendaItem[] {
  return readCollection(doc, ITEMS, agendaItemSchema, { meetingId }).records;
}

export function readChanges(doc: Y.Doc): Change[] {
  return doc
    .getArray<unknown>(CHANGES)
    .toArray()
    .flatMap((raw) => {
      const parsed = changeSchema.safeParse(raw);
      return parsed.success ? [parsed.data] : [];
    });
}

/** The changes no notice has reported yet, oldest first (what an updated notice must tell). */
export function unreportedChanges<T extends Change>(changes: readonly T[]): T[] {
  const reported = new Set(changes.flatMap((c) => (c.kind === 'notice' && Array.isArray(c.to) ? c.to.filter((id): id is string => typeof id === 'string') : [])));
  return changes.filter((c) => c.kind !== 'notice' && !reported.has(c.id));
}

/** When the latest notice went out: the latest updated one, or else the first. */
export function latestNoticeAt(meeting: Pick<Meeting, 'noticeSentAt'>, changes: readonly Change[]): string | null {
  const updates = changes.filter((c) => c.kind === 'notice').map((c) => c.at).sort();
  return updates.at(-1) ?? meeting.noticeSentAt;
}

function requireMeeting(doc: Y.Doc, meetingId: string): Meeting {
  const meeting = readMeeting(doc, meetingId);
  if (!meeting || meeting.deletedAt) throw new DomainError('Mötet finns inte längre.');
  assertUnlocked(doc);
  return meeting;
}

function requireItem(doc: Y.Doc, meetingId: string, itemId: string): AgendaItem {
  assertItemOpen(doc, itemId);
  const item = readItems(doc, meetingId).find((i) => i.id === itemId && i.deletedAt === null);
  if (!item) throw new DomainError('Punkten finns inte längre på dagordningen.');
  return item;
}

export function checkDetails(details: MeetingDetails, bodies: readonly Pick<Body, 'id' | 'deletedAt'>[]): MeetingDetails {
  const checked = parseInput(detailsInput, details);
  if (minutesOfDay(checked.endTime) <= minutesOfDay(checked.startTime)) {
    throw new DomainError('Mötet måste sluta efter att det börjat.', 'endTime');
  }
  const unknown = checked.bodyIds.find((id) => !bodies.some((b) => b.id === id && b.deletedAt === null));
  if (unknown) throw new DomainError('Välj organ ur registret.', 'bodyIds');
  for (const slot of checked.timeSlots) {
    if (minutesOfDay(slot.end) <= minutesOfDay(slot.start)) {
      throw new DomainError(`Tiden ”${slot.label || 'utan namn'}” måste sluta efter att den börjat.`, 'timeSlots');
    }
    if (minutesOfDay(slot.start) < minutesOfDay(checked.startTime) || minutesOfDay(slot.end) > minutesOfDay(checked.endTime)) {
      throw new DomainError(`Tiden ”${slot.label || 'utan namn'}” måste ligga inom mötets tid.`, 'timeSlots');
    }
    if (slot.bodyIds.some((id) => !checked.bodyIds.includes(id))) {
      throw new DomainError(`Tiden ”${slot.label || 'utan namn'}” kan bara gälla organ som mötet hör till.`, 'timeSlots');
    }
  }
  return { ...checked, place: checked.place.trim(), title: checked.title.trim() };
}

function logChange(doc: Y.Doc, meetingId: string, change: Omit<Change, 'id' | 'at'> & { at?: string }): void {
  const meeting = readMeeting(doc, meetingId);
  // The log matters from the moment the notice went out (the chair's "what changed since").
  if (!meeting?.noticeSentAt) return;
  doc.getArray<unknown>(CHANGES).push([{ id: newId(), at: change.at ?? new Date().toISOString(), ...change }]);
}

export interface NewMeeting {
  id?: string;
  details: MeetingDetails;
  /** The host body's standard items, in order; closing items go last. */
  openingItems: readonly StandardItem[];
  closingItems: readonly StandardItem[];
  now?: string;
}

/** Fills a new meeting document: details and the standard opening and closing items. */
export function initMeeting(doc: Y.Doc, meeting: NewMeeting, bodies: readonly Pick<Body, 'id' | 'deletedAt'>[]): string {
  const id = meeting.id ?? newId();
  const details = checkDetails(meeting.details, bodies);
  const now = meeting.now ?? new Date().toISOString();
  doc.transact(() => {
    insertRecord(doc, MEETING, id, {
      ...details,
      agendaAdoptedAt: null,
      agendaAdditions: '',
      status: 'planned',
      cancelledReason: '',
      adjusterIds: [],
      noticeSentAt: null,
      createdAt: now,
      sequence: 0,
      deletedAt: null,
    });
    const standard = [
      ...meeting.openingItems.map((s) => ({ s, closing: false })),
      ...meeting.closingItems.map((s) => ({ s, closing: true })),
    ];
    const positions = positionsAfter(null, standard.length);
    standard.forEach(({ s, closing }, index) => {
      insertItemRecord(doc, id, newId(), {
        title: s.title,
        kind: s.kind,
        minutes: s.minutes,
        role: s.role,
        position: positions[index]!,
        origin: { kind: 'standard', topicId: null, meetingId: null, itemId: null, note: closing ? 'closing' : 'opening' },
      });
    });
  }, LOCAL_ORIGIN);
  return id;
}

function insertItemRecord(
  doc: Y.Doc,
  meetingId: string,
  itemId: string,
  fields: Partial<AgendaItem> & Pick<AgendaItem, 'title' | 'position'>,
): void {
  const item = agendaItemSchema.parse({ meetingId, id: itemId, ...fields });
  const { id: _id, meetingId: _m, ...stored } = item;
  insertRecord(doc, ITEMS, itemId, stored);
}

export function updateDetails(
  doc: Y.Doc,
  meetingId: string,
  details: MeetingDetails,
  bodies: readonly Pick<Body, 'id' | 'deletedAt'>[],
  by = '',
): void {
  const meeting = requireMeeting(doc, meetingId);
  const checked = checkDetails(details, bodies);
  doc.transact(() => {
    for (const field of ['date', 'startTime', 'endTime', 'place'] as const) {
      if (meeting[field] !== checked[field]) {
        logChange(doc, meetingId, { kind: 'details', by, itemId: null, title: '', field, from: meeting[field], to: checked[field] });
      }
    }
    // A calendar that imported the meeting updates it only when its revision is higher.
    if (patchRecord(doc, MEETING, meetingId, checked)) patchRecord(doc, MEETING, meetingId, { sequence: meeting.sequence + 1 });
  }, LOCAL_ORIGIN);
}

export function setStatus(
  doc: Y.Doc,
  meetingId: string,
  status: MeetingStatus,
  extra: { cancelledReason?: string; now?: string; by?: string } = {},
): void {
  const meeting = requireMeeting(doc, meetingId);
  doc.transact(() => {
    patchRecord(doc, MEETING, meetingId, {
      status,
      cancelledReason: status === 'cancelled' ? (extra.cancelledReason ?? '').trim() : '',
      // The first notice starts the change log; a later "send again" keeps the first date.
      noticeSentAt: status === 'noticeSent' && !meeting.noticeSentAt ? (extra.now ?? new Date().toISOString()) : meeting.noticeSentAt,
      sequence: status === meeting.status ? meeting.sequence : meeting.sequence + 1,
    });
  }, LOCAL_ORIGIN);
}

export function setAdjusters(doc: Y.Doc, meetingId: string, personIds: readonly string[]): void {
  requireMeeting(doc, meetingId);
  doc.transact(() => patchRecord(doc, MEETING, meetingId, { adjusterIds: [...new Set(personIds)] }), LOCAL_ORIGIN);
}

export interface AddItemOptions {
  id?: string;
  /** Put the new item right after this one; default: before the closing standard items. */
  afterItemId?: string | null;
  origin?: ItemOrigin | null;
  by?: string;
  /** Files the item brings along (an item moved from another meeting keeps its attachments). */
  attachments?: readonly Attachment[];
}

export function addItem(doc: Y.Doc, meetingId: string, input: AgendaItemInput, options: AddItemOptions = {}): string {
  requireMeeting(doc, meetingId);
  const checked = parseInput(itemInput, input);
  const title = checked.title.trim();
  if (!title) throw new DomainError('Punkten behöver en rubrik.', 'title');
  const items = readItems(doc, meetingId);
  let position: string;
  if (options.afterItemId) {
    const ordered = orderItems(items);
    const index = ordered.findIndex((i) => i.id === options.afterItemId);
    position = positionBetween(ordered[index]?.position ?? null, ordered[index + 1]?.position ?? null);
  } else {
    position = defaultInsertPosition(items);
  }
  const id = options.id ?? newId();
  doc.transact(() => {
    insertItemRecord(doc, meetingId, id, { ...checked, title, position, origin: options.origin ?? null, attachments: [...(options.attachments ?? [])] });
    logChange(doc, meetingId, { kind: 'added', by: options.by ?? '', itemId: id, title, field: null });
  }, LOCAL_ORIGIN);
  return id;
}

export function updateItem(doc: Y.Doc, meetingId: string, itemId: string, input: AgendaItemInput, by = ''): void {
  const item = requireItem(doc, meetingId, itemId);
  const checked = parseInput(itemInput, input);
  const title = checked.title.trim();
  if (!title) throw new DomainError('Punkten behöver en rubrik.', 'title');
  doc.transact(() => {
    if (item.minutes !== checked.minutes) {
      logChange(doc, meetingId, { kind: 'retimed', by, itemId, title, field: 'minutes', from: item.minutes, to: checked.minutes });
    }
    const edited = (['title', 'kind', 'description', 'presenters', 'subPoints', 'links'] as const).filter(
      (f) => JSON.stringify(item[f]) !== JSON.stringify(f === 'title' ? title : checked[f]),
    );
    for (const field of edited) {
      logChange(doc, meetingId, { kind: 'edited', by, itemId, title, field, from: item[field], to: field === 'title' ? title : checked[field] });
    }
    patchRecord(doc, ITEMS, itemId, { ...checked, title });
  }, LOCAL_ORIGIN);
}

/** Moves an item to `targetIndex` in the agenda (0 = first). Returns false when nothing moved. */
export function moveItem(doc: Y.Doc, meetingId: string, itemId: string, targetIndex: number, by = ''): boolean {
  const item = requireItem(doc, meetingId, itemId);
  const items = readItems(doc, meetingId);
  const from = orderItems(items).findIndex((i) => i.id === itemId);
  const position = positionForMove(items, itemId, targetIndex);
  if (position === null) return false;
  doc.transact(() => {
    patchRecord(doc, ITEMS, itemId, { position });
    logChange(doc, meetingId, { kind: 'moved', by, itemId, title: item.title, field: 'position', from: from + 1, to: targetIndex + 1 });
  }, LOCAL_ORIGIN);
  return true;
}

export function removeItem(doc: Y.Doc, meetingId: string, itemId: string, by = '', now = new Date().toISOString()): void {
  const item = requireItem(doc, meetingId, itemId);
  doc.transact(() => {
    patchRecord(doc, ITEMS, itemId, { deletedAt: now });
    logChange(doc, meetingId, { kind: 'removed', by, itemId, title: item.title, field: null });
  }, LOCAL_ORIGIN);
}

export function restoreItem(doc: Y.Doc, meetingId: string, itemId: string, by = ''): void {
  const item = readItems(doc, meetingId).find((i) => i.id === itemId);
  if (!item) throw new DomainError('Punkten finns inte längre.');
  doc.transact(() => {
    patchRecord(doc, ITEMS, itemId, { deletedAt: null });
    logChange(doc, meetingId, { kind: 'added', by, itemId, title: item.title, field: null });
  }, LOCAL_ORIGIN);
}

/** Marks an item as not dealt with here: it stays in this meeting's record with the reason. */
export function markPostponed(doc: Y.Doc, meetingId: string, itemId: string, postponement: Postponement, by = ''): void {
  const item = requireItem(doc, meetingId, itemId);
  doc.transact(() => {
    patchRecord(doc, ITEMS, itemId, { postponed: postponement });
    logChange(doc, meetingId, { kind: 'postponed', by, itemId, title: item.title, field: null, to: postponement.toMeetingId ?? 'backlog' });
  }, LOCAL_ORIGIN);
}

export function clearPostponed(doc: Y.Doc, meetingId: string, itemId: string): void {
  requireItem(doc, meetingId, itemId);
  doc.transact(() => patchRecord(doc, ITEMS, itemId, { postponed: null }), LOCAL_ORIGIN);
}

/** Copies an item (without its minutes) into another meeting's document, keeping where it came from. */
export function copyItemInto(
  target: Y.Doc,
  targetMeetingId: string,
  item: AgendaItem,
  origin: ItemOrigin,
  by = '',
): string {
  return addItem(
    target,
    targetMeetingId,
    {
      title: item.title,
      kind: item.kind,
      minutes: item.minutes,
      description: item.description,
      presenters: item.presenters,
      subPoints: item.subPoints,
      links: item.links,
      timeSlotId: null,
    },
    { origin, by, attachments: item.attachments },
  );
}

export function setItemTimes(doc: Y.Doc, meetingId: string, itemId: string, times: { startedAt?: string | null; endedAt?: string | null }): void {
  if (!hasRecord(doc, ITEMS, itemId)) throw new DomainError('Punkten finns inte längre.');
  requireMeeting(doc, meetingId);
  doc.transact(() => patchRecord(doc, ITEMS, itemId, times), LOCAL_ORIGIN);
}

export function setAgendaAdopted(doc: Y.Doc, meetingId: string, adopted: { at: string; additions: string } | null): void {
  requireMeeting(doc, meetingId);
  doc.transact(
    () => patchRecord(doc, MEETING, meetingId, { agendaAdoptedAt: adopted?.at ?? null, agendaAdditions: adopted?.additions.trim() ?? '' }),
    LOCAL_ORIGIN,
  );
}

/**
 * Records that an updated notice went out: it reports every change not reported before, so the
 * next update lists only what changed after this one. Refused before the first notice.
 */
export function recordUpdatedNotice(doc: Y.Doc, meetingId: string, by = '', now = new Date().toISOString()): Change {
  const meeting = requireMeeting(doc, meetingId);
  if (!meeting.noticeSentAt) throw new DomainError('Kallelsen är inte skickad än. Skicka kallelsen först.');
  const pending = unreportedChanges(readChanges(doc));
  const record: Change = { id: newId(), at: now, by, kind: 'notice', itemId: null, title: '', field: 'update', to: pending.map((c) => c.id) };
  doc.transact(() => doc.getArray<unknown>(CHANGES).push([record]), LOCAL_ORIGIN);
  return record;
}

// --- attachments ---------------------------------------------------------------------------------

/**
 * Adds files to an item (their bytes are already in the files table; see renderer/db/files.ts).
 * The list is one field: two people attaching to the same item at the very same time keep one list.
 */
export function addAttachments(doc: Y.Doc, meetingId: string, itemId: string, attachments: readonly Attachment[], by = ''): void {
  const item = requireItem(doc, meetingId, itemId);
  const checked = attachments.map((a) => attachmentSchema.parse(a));
  if (item.attachments.length + checked.length > MAX_ATTACHMENTS_PER_ITEM) {
    throw new DomainError(`En punkt kan ha högst ${MAX_ATTACHMENTS_PER_ITEM} bifogade filer.`, 'attachments');
  }
  const next = [...item.attachments, ...checked.filter((a) => !item.attachments.some((b) => b.id === a.id))];
  doc.transact(() => {
    patchRecord(doc, ITEMS, itemId, { attachments: next });
    logChange(doc, meetingId, { kind: 'edited', by, itemId, title: item.title, field: 'attachments', from: item.attachments.map((a) => a.name), to: next.map((a) => a.name) });
  }, LOCAL_ORIGIN);
}

/** Takes a file off an item (the bytes stay, so an undo finds them). Returns what was removed and where. */
export function removeAttachment(doc: Y.Doc, meetingId: string, itemId: string, attachmentId: string, by = ''): { attachment: Attachment; index: number } {
  const item = requireItem(doc, meetingId, itemId);
  const index = item.attachments.findIndex((a) => a.id === attachmentId);
  if (index === -1) throw new DomainError('Filen är redan borttagen från punkten.');
  const next = item.attachments.filter((a) => a.id !== attachmentId);
  doc.transact(() => {
    patchRecord(doc, ITEMS, itemId, { attachments: next });
    logChange(doc, meetingId, { kind: 'edited', by, itemId, title: item.title, field: 'attachments', from: item.attachments.map((a) => a.name), to: next.map((a) => a.name) });
  }, LOCAL_ORIGIN);
  return { attachment: item.attachments[index]!, index };
}

/** The undo of removeAttachment: the file goes back where it was. */
export function restoreAttachment(doc: Y.Doc, meetingId: string, itemId: string, attachment: Attachment, index: number, by = ''): void {
  const item = requireItem(doc, meetingId, itemId);
  if (item.attachments.some((a) => a.id === attachment.id)) return;
  const next = [...item.attachments];
  next.splice(Math.max(0, Math.min(index, next.length)), 0, attachmentSchema.parse(attachment));
  doc.transact(() => {
    patchRecord(doc, ITEMS, itemId, { attachments: next });
    logChange(doc, meetingId, { kind: 'edited', by, itemId, title: item.title, field: 'attachments', from: item.attachments.map((a) => a.name), to: next.map((a) => a.name) });
  }, LOCAL_ORIGIN);
}
