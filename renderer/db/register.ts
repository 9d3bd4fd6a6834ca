/**
 * Writing the register: organisations, people, bodies (in the register document) and memberships
 * (in each body's document). Every function checks the rules of shared/ and writes in one
 * transaction; the UI calls these and nothing else.
 */
import type * as Y from 'yjs';
import { DomainError } from '../../shared/domain/errors';
import { newId } from '../../shared/domain/ids';
import type { BodyInput, MembershipInput, OrganisationInput, PersonInput } from '../../shared/domain/register';
import { isActiveOn } from '../../shared/domain/registerRules';
import { todayIso } from '../../shared/domain/dates';
import { bodyDocId, REGISTER_DOC_ID } from '../../shared/ydoc/documents';
import * as ops from '../../shared/ydoc/register';
import { reproject } from './projection';
import { addDocumentRow, changeDocument, type Store } from './store';

const now = () => new Date().toISOString();

async function registerSnapshot(store: Store): Promise<ops.RegisterSnapshot> {
  return ops.readRegister(await store.docs.get(REGISTER_DOC_ID));
}

// --- organisations ------------------------------------------------------------------------

export function addOrganisation(store: Store, input: OrganisationInput): Promise<string> {
  return changeDocument(store, REGISTER_DOC_ID, (doc) => ops.addOrganisation(doc, input));
}

export function updateOrganisation(store: Store, id: string, input: OrganisationInput): Promise<void> {
  return changeDocument(store, REGISTER_DOC_ID, (doc) => ops.updateOrganisation(doc, id, input));
}

export function deleteOrganisation(store: Store, id: string): Promise<void> {
  return changeDocument(store, REGISTER_DOC_ID, (doc) => ops.setOrganisationDeleted(doc, id, now()));
}

export function restoreOrganisation(store: Store, id: string): Promise<void> {
  return changeDocument(store, REGISTER_DOC_ID, (doc) => ops.setOrganisationDeleted(doc, id, null));
}

// --- people ---------------------------------------------------------------------------------

export function addPerson(store: Store, input: PersonInput): Promise<string> {
  return changeDocument(store, REGISTER_DOC_ID, (doc) => ops.addPerson(doc, input));
}

export function updatePerson(store: Store, id: string, input: PersonInput): Promise<void> {
  return changeDocument(store, REGISTER_DOC_ID, (doc) => ops.updatePerson(doc, id, input));
}

/** Refused while the person still holds a current or future membership anywhere. */
export function deletePerson(store: Store, id: string): Promise<void> {
  return changeDocument(
    store,
    REGISTER_DOC_ID,
    async (doc) => {
      const today = todayIso();
      const memberships = await store.db.memberships.where('personId').equals(id).toArray();
      const current = memberships.filter((m) => m.deletedAt === null && (isActiveOn(m, today) || m.from > today));
      const bodies = await store.db.bodies.bulkGet([...new Set(current.map((m) => m.bodyId))]);
      ops.setPersonDeleted(doc, id, now(), bodies.map((b) => b?.name ?? 'ett organ'));
    },
    { extraTables: ['memberships'] },
  );
}

export function restorePerson(store: Store, id: string): Promise<void> {
  return changeDocument(store, REGISTER_DOC_ID, (doc) => ops.setPersonDeleted(doc, id, null));
}

// --- bodies ---------------------------------------------------------------------------------

/** A new body gets its own document (memberships, meetings, backlog) in the same transaction. */
export async function addBody(store: Store, input: BodyInput): Promise<string> {
  const id = newId();
  await changeDocument(
    store,
    REGISTER_DOC_ID,
    async (doc) => {
      ops.addBody(doc, input, id);
      const bodyDoc = await addDocumentRow(store, bodyDocId(id), () => undefined);
      await reproject(store.db, bodyDocId(id), bodyDoc);
    },
    { alsoKinds: ['body'] },
  );
  return id;
}

export function updateBody(store: Store, id: string, input: BodyInput): Promise<void> {
  return changeDocument(store, REGISTER_DOC_ID, (doc) => ops.updateBody(doc, id, input));
}

export function deleteBody(store: Store, id: string): Promise<void> {
  return changeDocument(store, REGISTER_DOC_ID, (doc) => ops.setBodyDeleted(doc, id, now()));
}

export function restoreBody(store: Store, id: string): Promise<void> {
  return changeDocument(store, REGISTER_DOC_ID, (doc) => ops.setBodyDeleted(doc, id, null));
}

// --- memberships ----------------------------------------------------------------------------

async function bodyDoc(store: Store, bodyId: string): Promise<Y.Doc> {
  const body = await store.db.bodies.get(bodyId);
  if (!body || body.deletedAt) throw new DomainError('Organet finns inte längre i registret.');
  return store.docs.get(bodyDocId(bodyId));
}

export async function addMembership(store: Store, bodyId: string, input: MembershipInput): Promise<string> {
  await bodyDoc(store, bodyId);
  const register = await registerSnapshot(store);
  return changeDocument(store, bodyDocId(bodyId), (doc) => ops.addMembership(doc, bodyId, input, register));
}

export async function updateMembership(store: Store, bodyId: string, id: string, input: MembershipInput): Promise<void> {
  await bodyDoc(store, bodyId);
  const register = await registerSnapshot(store);
  return changeDocument(store, bodyDocId(bodyId), (doc) => ops.updateMembership(doc, bodyId, id, input, register));
}

export async function deleteMembership(store: Store, bodyId: string, id: string): Promise<void> {
  await bodyDoc(store, bodyId);
  const register = await registerSnapshot(store);
  return changeDocument(store, bodyDocId(bodyId), (doc) =>
    ops.setMembershipDeleted(doc, bodyId, id, now(), register),
  );
}

export async function restoreMembership(store: Store, bodyId: string, id: string): Promise<void> {
  await bodyDoc(store, bodyId);
  const register = await registerSnapshot(store);
  return changeDocument(store, bodyDocId(bodyId), (doc) =>
    ops.setMembershipDeleted(doc, bodyId, id, null, register),
  );
}
