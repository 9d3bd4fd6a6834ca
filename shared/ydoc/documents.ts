/**
 * The documents of DESIGN.md and how they are named. One Y.Doc per unit that people edit
 * together: the register, each body, each meeting, each item's minutes. The name is also the
 * document's id in the database and its name for a future sync server.
 */
import type * as Y from 'yjs';

export const documentKinds = ['register', 'body', 'meeting', 'minutes', 'agreements'] as const;
export type DocumentKind = (typeof documentKinds)[number];

export const REGISTER_DOC_ID = 'register';
/** One document for every agreement, its parties and signatories, and the yearly reports. */
export const AGREEMENTS_DOC_ID = 'agreements';

export function bodyDocId(bodyId: string): string {
  return `body/${bodyId}`;
}
export function meetingDocId(meetingId: string): string {
  return `meeting/${meetingId}`;
}
export function minutesDocId(itemId: string): string {
  return `minutes/${itemId}`;
}

export function parseDocId(docId: string): { kind: DocumentKind; entityId: string } | null {
  if (docId === REGISTER_DOC_ID) return { kind: 'register', entityId: REGISTER_DOC_ID };
  if (docId === AGREEMENTS_DOC_ID) return { kind: 'agreements', entityId: AGREEMENTS_DOC_ID };
  const slash = docId.indexOf('/');
  if (slash < 1) return null;
  const kind = docId.slice(0, slash);
  const entityId = docId.slice(slash + 1);
  if (!entityId || !(documentKinds as readonly string[]).includes(kind) || kind === 'register' || kind === 'agreements') return null;
  return { kind: kind as DocumentKind, entityId };
}

/** The version of the structure inside each document, for later structural upgrades. */
export const DOCUMENT_FORMAT = 1;

/** Origin of changes made by the data layer (as opposed to an editor or an import). */
export const LOCAL_ORIGIN = 'justera-local';

export function documentMeta(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('meta');
}

export function initDocument(doc: Y.Doc, kind: DocumentKind, entityId: string): void {
  const meta = documentMeta(doc);
  if (meta.get('kind') === undefined) {
    meta.set('kind', kind);
    meta.set('entityId', entityId);
    meta.set('format', DOCUMENT_FORMAT);
  }
}
