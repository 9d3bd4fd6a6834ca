/**
 * Calendar operations that span documents: cancelling a meeting and moving its own agenda items to
 * another meeting (both documents change, or neither: the caller runs this inside one
 * transaction), undoing that, and the references a year-plan event makes into the register.
 * Like every document operation: check everything first, then change.
 */
import type * as Y from 'yjs';
import { orderItems } from '../domain/agenda';
import { formatDayMonth } from '../domain/dates';
import { DomainError } from '../domain/errors';
import type { AgendaItem, MeetingStatus } from '../domain/meeting';
import type { RegisterSnapshot } from './register';
import type { YearPlanEventInput } from './body';
import { LOCAL_ORIGIN } from './documents';
import { patchRecord } from './entities';
import { copyItemInto, readItems, readMeeting, removeItem, restoreItem, setStatus } from './meeting';

/** The items worth moving when a meeting is cancelled: the meeting's own, not its standard ones. */
export function movableItems(items: readonly AgendaItem[]): AgendaItem[] {
  return orderItems(items).filter((item) => item.origin?.kind !== 'standard' && item.role === null && item.postponed === null);
}

export interface CancelResult {
  meetingId: string;
  previousStatus: MeetingStatus;
  toMeetingId: string | null;
  /** Each moved item: its id in the cancelled meeting and its new id in the other. */
  moved: { fromItemId: string; toItemId: string }[];
}

export interface MoveTarget {
  doc: Y.Doc;
  meetingId: string;
  itemIds: readonly string[];
}

/** Cancels the meeting; with `move`, its chosen items go to the other meeting first (keeping their origin). */
export function cancelMeeting(source: Y.Doc, meetingId: string, options: { reason?: string; move?: MoveTarget | null; by?: string } = {}): CancelResult {
  const meeting = readMeeting(source, meetingId);
  if (!meeting || meeting.deletedAt) throw new DomainError('Mötet finns inte längre.');
  if (meeting.status === 'cancelled') throw new DomainError('Mötet är redan inställt.');
  if (meeting.status === 'held') throw new DomainError('Mötet är redan genomfört och kan inte ställas in.');
  const move = options.move && options.move.itemIds.length > 0 ? options.move : null;
  let items: AgendaItem[] = [];
  if (move) {
    if (move.meetingId === meetingId) throw new DomainError('Välj ett annat möte att flytta punkterna till.', 'toMeetingId');
    const target = readMeeting(move.doc, move.meetingId);
    if (!target || target.deletedAt) throw new DomainError('Mötet som punkterna skulle flyttas till finns inte.', 'toMeetingId');
    if (target.status === 'cancelled') {
      throw new DomainError(`Mötet ${formatDayMonth(target.date)} är också inställt. Välj ett annat möte.`, 'toMeetingId');
    }
    const movable = movableItems(readItems(source, meetingId));
    items = movable.filter((item) => move.itemIds.includes(item.id));
    if (items.length !== new Set(move.itemIds).size) throw new DomainError('Någon av punkterna finns inte längre på dagordningen.', 'itemIds');
  }
  const by = options.by ?? '';
  const moved = items.map((item) => {
    const toItemId = copyItemInto(move!.doc, move!.meetingId, item, { kind: 'moved', topicId: null, meetingId, itemId: item.id, note: 'Mötet ställdes in' }, by);
    removeItem(source, meetingId, item.id, by);
    return { fromItemId: item.id, toItemId };
  });
  setStatus(source, meetingId, 'cancelled', { cancelledReason: options.reason ?? '' });
  return { meetingId, previousStatus: meeting.status, toMeetingId: move?.meetingId ?? null, moved };
}

/** Undoes `cancelMeeting`: the status comes back, the moved items return and leave the other meeting. */
export function undoCancel(source: Y.Doc, result: CancelResult, target: Y.Doc | null): void {
  const meeting = readMeeting(source, result.meetingId);
  if (!meeting || meeting.deletedAt) throw new DomainError('Mötet finns inte längre.');
  if (result.moved.length > 0 && (!target || !result.toMeetingId)) throw new Error('undoCancel needs the target document');
  const targetItems = target && result.toMeetingId ? readItems(target, result.toMeetingId) : [];
  for (const { fromItemId, toItemId } of result.moved) {
    const back = readItems(source, result.meetingId).find((i) => i.id === fromItemId);
    if (!back) throw new DomainError('Punkterna finns inte längre och kan inte flyttas tillbaka.');
    if (!targetItems.some((i) => i.id === toItemId)) throw new DomainError('Punkterna finns inte längre och kan inte flyttas tillbaka.');
  }
  for (const { fromItemId, toItemId } of result.moved) {
    restoreItem(source, result.meetingId, fromItemId);
    if (targetItems.find((i) => i.id === toItemId)?.deletedAt === null) removeItem(target!, result.toMeetingId!, toItemId);
  }
  setStatus(source, result.meetingId, result.previousStatus);
}

/** A year-plan event may name an organisation and a contact person: they must be in the register. */
export function checkEventReferences(input: YearPlanEventInput, register: Pick<RegisterSnapshot, 'organisations' | 'people'>): void {
  if (input.organisationId && !register.organisations.some((o) => o.id === input.organisationId && o.deletedAt === null)) {
    throw new DomainError('Välj en organisation ur registret.', 'organisationId');
  }
  if (input.contactPersonId && !register.people.some((p) => p.id === input.contactPersonId && p.deletedAt === null)) {
    throw new DomainError('Välj en kontaktperson ur registret.', 'contactPersonId');
  }
}

/** Deletes (softly) or restores a meeting: undo for meetings created by mistake, e.g. a year planned for the wrong body. */
export function setMeetingDeleted(doc: Y.Doc, meetingId: string, deletedAt: string | null): void {
  const meeting = readMeeting(doc, meetingId);
  if (!meeting) throw new DomainError('Mötet finns inte längre.');
  if (deletedAt && meeting.status === 'held') throw new DomainError('Ett genomfört möte kan inte tas bort.');
  doc.transact(() => patchRecord(doc, 'meeting', meetingId, { deletedAt, sequence: meeting.sequence + 1 }), LOCAL_ORIGIN);
}
