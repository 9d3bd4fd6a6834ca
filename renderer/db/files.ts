/**
 * Attached files: the bytes live once in the `files` table (keyed by id, with their SHA-256), and
 * records in documents refer to them with a FileRef. Generic on purpose: a signed agreement uses it
 * today, agenda items' attachments will use the same table.
 *
 * Files are local to this machine (a sync server will need to carry them separately) and are never
 * deleted: a detached file may still be wanted by an undo or by another record with the same bytes.
 */
import { DomainError } from '../../shared/domain/errors';
import { sha256Bytes } from '../../shared/document/canonical';
import { checkAttachment, MAX_ATTACHMENT_BYTES, mimeTypeOf, type FileRef } from '../../shared/domain/files';
import { newId } from '../../shared/domain/ids';
import type { FileRow } from './database';
import type { Store } from './store';

/** Name of the table, for transactions that store a file together with a document change. */
export const FILES_TABLE = 'files';

export interface NewFile {
  name: string;
  bytes: Uint8Array;
  /** MIME type; guessed from the name when missing. */
  type?: string;
}


/**
 * Checks the file (not empty, not above the limit) and computes its hash. Call it *before* opening
 * a transaction: hashing is not a database call and would end an open IndexedDB transaction.
 */
export async function prepareFile(file: NewFile, maxBytes = MAX_ATTACHMENT_BYTES): Promise<FileRow> {
  const name = file.name.trim() || 'namnlös fil';
  checkAttachment(name, file.bytes.byteLength, maxBytes);
  return {
    id: newId(),
    name,
    type: file.type || mimeTypeOf(name),
    size: file.bytes.byteLength,
    bytes: file.bytes,
    sha256: await sha256Bytes(file.bytes),
    createdAt: new Date().toISOString(),
  };
}

/**
 * Stores a prepared file inside the caller's transaction (which must include the files table) and
 * returns the reference to keep. The same bytes are stored once: a second copy reuses the first row.
 */
export async function putFile(store: Store, row: FileRow): Promise<FileRef> {
  const existing = (await store.db.files.where('sha256').equals(row.sha256).toArray()).find((f) => f.size === row.size);
  const id = existing?.id ?? row.id;
  if (!existing) await store.db.files.add(row);
  return { fileId: id, name: row.name, size: row.size, type: row.type, sha256: row.sha256 };
}

/** Stores a file on its own (one transaction) and returns its reference. */
export async function storeFile(store: Store, file: NewFile, maxBytes = MAX_ATTACHMENT_BYTES): Promise<FileRef> {
  const row = await prepareFile(file, maxBytes);
  return store.db.transaction('rw', store.db.files, () => putFile(store, row));
}

/** The stored bytes of a reference, under the name the reference gives them. */
export async function readFile(store: Store, ref: Pick<FileRef, 'fileId' | 'name'>): Promise<{ name: string; type: string; bytes: Uint8Array<ArrayBuffer> }> {
  const row = await store.db.files.get(ref.fileId);
  if (!row) throw new DomainError(`Filen ”${ref.name}” finns inte på den här datorn.`);
  return { name: ref.name, type: row.type, bytes: new Uint8Array(row.bytes) };
}
