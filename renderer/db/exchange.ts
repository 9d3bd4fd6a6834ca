/**
 * Meeting files in and out (see shared/exchange/meetingFile.ts). Import checks the whole file
 * first, then merges every document it carries into the local ones through Yjs, in one
 * transaction: both sides' edits survive, and a refused file changes nothing.
 */
import * as Y from 'yjs';
import { formatDate } from '../../shared/domain/dates';
import { DomainError } from '../../shared/domain/errors';
import { chooseAttachments, createMeetingFile, fileNameFor, readMeetingFile, type MeetingFileAttachment } from '../../shared/exchange/meetingFile';
import { bodyDocId, meetingDocId, REGISTER_DOC_ID } from '../../shared/ydoc/documents';
import { LOCKED_MESSAGE } from '../../shared/ydoc/justering';
import { readItems, readMeeting } from '../../shared/ydoc/meeting';
import type { FileRow } from './database';
import { sha256Bytes } from '../../shared/document/canonical';
import { FILES_TABLE } from './files';
import { readRegister } from '../../shared/ydoc/register';
import { actorName } from './actor';
import { reproject } from './projection';
import { addDocumentRow, writeTables, type Store } from './store';

/** Origin of changes merged in from a file (y-dexie stores them like any other change). */
export const IMPORT_ORIGIN = 'justera-import';

export interface ExportedMeetingFile {
  name: string;
  bytes: Uint8Array;
  /** Names of attachments whose bytes did not fit in the file (or are not on this machine). */
  omitted: string[];
}

/**
 * The bytes of every file the meeting's items refer to (deleted items too: an undo on the other
 * machine brings them back), each once. Files missing here are reported as omitted.
 */
async function attachmentsOf(store: Store, meetingDoc: Y.Doc, meetingId: string): Promise<{ files: MeetingFileAttachment[]; missing: string[] }> {
  const refs = new Map<string, string>();
  for (const item of readItems(meetingDoc, meetingId)) for (const a of item.attachments) if (!refs.has(a.fileId)) refs.set(a.fileId, a.name);
  const rows = await store.db.files.bulkGet([...refs.keys()]);
  const files: MeetingFileAttachment[] = [];
  const missing: string[] = [];
  [...refs].forEach(([id, name], index) => {
    const row = rows[index];
    if (row) files.push({ id, name: row.name, type: row.type, sha256: row.sha256, bytes: row.bytes });
    else missing.push(name);
  });
  return { files, missing };
}

export async function exportMeetingFile(store: Store, meetingId: string): Promise<ExportedMeetingFile> {
  const meetingDoc = await store.docs.get(meetingDocId(meetingId));
  const meeting = readMeeting(meetingDoc, meetingId);
  if (!meeting) throw new DomainError('Mötet finns inte längre.');
  const register = await store.docs.get(REGISTER_DOC_ID);
  const bodyNames = readRegister(register)
    .bodies.filter((b) => meeting.bodyIds.includes(b.id))
    .map((b) => b.name);
  const bodyDocs = await Promise.all(meeting.bodyIds.map(async (id) => ({ id: bodyDocId(id), doc: await store.docs.get(bodyDocId(id)) })));
  const title = meeting.title || bodyNames.join(' och ') || 'Möte';
  const attachments = await attachmentsOf(store, meetingDoc, meetingId);
  const { included, omitted } = chooseAttachments(attachments.files);
  return {
    name: fileNameFor(title, meeting.date),
    omitted: [...omitted.map((f) => f.name), ...attachments.missing],
    bytes: createMeetingFile({
      meetingId,
      title,
      date: meeting.date,
      exportedBy: await actorName(store),
      documents: [{ id: meetingDocId(meetingId), doc: meetingDoc }, { id: REGISTER_DOC_ID, doc: register }, ...bodyDocs],
      files: included,
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
  /** Attachments received that were not on this machine before. */
  filesAdded: number;
}

export async function importMeetingFile(store: Store, bytes: Uint8Array, expectedMeetingId?: string): Promise<ImportResult> {
  const file = readMeetingFile(bytes, expectedMeetingId);
  const frozenChanged = await changesFrozenDocuments(store, file.documents);
  if (frozenChanged) throw new DomainError(`Filen innehåller ändringar i ett justerat protokoll och lästes inte in. ${LOCKED_MESSAGE}`);
  // Each carried file must be what its sender's reference says (checked before anything is written).
  const fileRows: FileRow[] = [];
  for (const f of file.files) {
    if ((await sha256Bytes(f.bytes)) !== f.sha256) {
      throw new DomainError(`Filen ”${f.name}” i mötesfilen är skadad (kontrollsumman stämmer inte). Ingenting har ändrats.`);
    }
    fileRows.push({ id: f.id, name: f.name, type: f.type || 'application/octet-stream', size: f.bytes.byteLength, bytes: f.bytes, sha256: f.sha256, createdAt: new Date().toISOString() });
  }
  let filesAdded = 0;
  const existing = new Set((await store.db.documents.bulkGet(file.documents.map((d) => d.id))).flatMap((row) => (row ? [row.id] : [])));
  // Documents we already have are loaded before the transaction; new ones are created inside it.
  const loaded = new Map<string, Y.Doc>();
  for (const { id } of file.documents) if (existing.has(id)) loaded.set(id, await store.docs.get(id));
  try {
    await store.db.transaction('rw', writeTables(store, ['register', 'body', 'meeting'], [FILES_TABLE]), async () => {
      // The references keep the sender's file ids: a file already here under that id stays as it is.
      const present = new Set((await store.db.files.bulkGet(fileRows.map((r) => r.id))).flatMap((row) => (row ? [row.id] : [])));
      const added = fileRows.filter((r) => !present.has(r.id));
      await store.db.files.bulkAdd(added);
      filesAdded = added.length;
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
    filesAdded,
  };
}
