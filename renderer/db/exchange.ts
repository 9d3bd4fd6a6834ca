/**
 * Meeting files in and out (see shared/exchange/meetingFile.ts). Import checks the whole file
 * first, then merges every document it carries into the local ones through Yjs, in one
 * transaction: both sides' edits survive, and a refused file changes nothing.
 */
import * as Y from 'yjs';
import { formatDate } from '../../shared/domain/dates';
import { DomainError } from '../../shared/domain/errors';
import { createMeetingFile, fileNameFor, readMeetingFile } from '../../shared/exchange/meetingFile';
import { bodyDocId, meetingDocId, REGISTER_DOC_ID } from '../../shared/ydoc/documents';
import { LOCKED_MESSAGE } from '../../shared/ydoc/justering';
import { readMeeting } from '../../shared/ydoc/meeting';
import { readRegister } from '../../shared/ydoc/register';
import { actorName } from './actor';
import { reproject } from './projection';
import { addDocumentRow, writeTables, type Store } from './store';

/** Origin of changes merged in from a file (y-dexie stores them like any other change). */
export const IMPORT_ORIGIN = 'justera-import';

export async function exportMeetingFile(store: Store, meetingId: string): Promise<{ name: string; bytes: Uint8Array }> {
  const meetingDoc = await store.docs.get(meetingDocId(meetingId));
  const meeting = readMeeting(meetingDoc, meetingId);
  if (!meeting) throw new DomainError('Mötet finns inte längre.');
  const register = await store.docs.get(REGISTER_DOC_ID);
  const bodyNames = readRegister(register)
    .bodies.filter((b) => meeting.bodyIds.includes(b.id))
    .map((b) => b.name);
  const bodyDocs = await Promise.all(meeting.bodyIds.map(async (id) => ({ id: bodyDocId(id), doc: await store.docs.get(bodyDocId(id)) })));
  const title = meeting.title || bodyNames.join(' och ') || 'Möte';
  return {
    name: fileNameFor(title, meeting.date),
    bytes: createMeetingFile({
      meetingId,
      title,
      date: meeting.date,
      exportedBy: await actorName(store),
      documents: [{ id: meetingDocId(meetingId), doc: meetingDoc }, { id: REGISTER_DOC_ID, doc: register }, ...bodyDocs],
    }),
  };
}

/** Would merging these updates change any document that belongs to a signed protocol? */
async function changesFrozenDocuments(store: Store, documents: readonly { id: string; update: Uint8Array }[]): Promise<boolean> {
  for (const { id, update } of documents) {
    if (!store.frozen.has(id)) continue;
    const local = await store.docs.get(id);
    const before = new Y.Doc();
    Y.applyUpdateV2(before, Y.encodeStateAsUpdateV2(local));
    const after = new Y.Doc();
    Y.applyUpdateV2(after, Y.encodeStateAsUpdateV2(local));
    Y.applyUpdateV2(after, update);
    const same = sameBytes(Y.encodeStateAsUpdateV2(before), Y.encodeStateAsUpdateV2(after));
    before.destroy();
    after.destroy();
    if (!same) return true;
  }
  return false;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

export interface ImportResult {
  meetingId: string;
  /** True when this installation did not have the meeting before. */
  created: boolean;
  summary: string;
  exportedBy: string;
}

export async function importMeetingFile(store: Store, bytes: Uint8Array, expectedMeetingId?: string): Promise<ImportResult> {
  const file = readMeetingFile(bytes, expectedMeetingId);
  const frozenChanged = await changesFrozenDocuments(store, file.documents);
  if (frozenChanged) throw new DomainError(`Filen innehåller ändringar i ett justerat protokoll och lästes inte in. ${LOCKED_MESSAGE}`);
  const existing = new Set((await store.db.documents.bulkGet(file.documents.map((d) => d.id))).flatMap((row) => (row ? [row.id] : [])));
  // Documents we already have are loaded before the transaction; new ones are created inside it.
  const loaded = new Map<string, Y.Doc>();
  for (const { id } of file.documents) if (existing.has(id)) loaded.set(id, await store.docs.get(id));
  try {
    await store.db.transaction('rw', writeTables(store, ['register', 'body', 'meeting']), async () => {
      for (const { id, update } of file.documents) {
        const local = loaded.get(id);
        if (local) {
          // y-dexie stores exactly the part of the update that is new to this document.
          Y.applyUpdateV2(local, update, IMPORT_ORIGIN);
          await reproject(store.db, id, local);
        } else {
          const created = await addDocumentRow(store, id, (doc) => Y.applyUpdateV2(doc, update, IMPORT_ORIGIN));
          await reproject(store.db, id, created);
        }
      }
    });
  } catch (error) {
    for (const id of loaded.keys()) store.docs.forget(id);
    throw error;
  }
  // The file may carry a signature made on the other machine.
  await store.frozen.refresh(store.db);
  const when = /^\d{4}-\d{2}-\d{2}$/.test(file.summary.date) ? ` ${formatDate(file.summary.date)}` : '';
  return {
    meetingId: file.meetingId,
    created: !existing.has(meetingDocId(file.meetingId)),
    summary: `${file.summary.title}${when}`,
    exportedBy: file.exportedBy,
  };
}
