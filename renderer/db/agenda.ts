/**
 * Writing agendas: items on a meeting, their order and times, moving them between meetings, and
 * the topic backlog. Changes that span two documents (an item moved from one meeting to another)
 * are one transaction: both documents change, or neither.
 */
import type * as Y from 'yjs';
import { DomainError } from '../../shared/domain/errors';
import { orderItems } from '../../shared/domain/agenda';
import type { AgendaItemInput } from '../../shared/domain/meeting';
import { meetingDocId } from '../../shared/ydoc/documents';
import * as ops from '../../shared/ydoc/meeting';
import { reproject } from './projection';
import { writeTables, type Store } from './store';

/** Runs `apply` over several documents in one transaction and reprojects each of them. */
export async function changeDocuments<T>(store: Store, docIds: readonly string[], apply: (docs: Y.Doc[]) => T | Promise<T>): Promise<T> {
  const docs = await Promise.all(docIds.map((id) => store.docs.get(id)));
  try {
    return await store.db.transaction('rw', writeTables(store, ['meeting', 'body', 'register']), async () => {
      const result = await apply(docs);
      for (const [index, docId] of docIds.entries()) await reproject(store.db, docId, docs[index]!);
      return result;
    });
  } catch (error) {
    docIds.forEach((id) => store.docs.forget(id));
    throw error;
  }
}

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
