/**
 * Operations on the register document (organisations, people, the list of bodies) and on each
 * body's document (its memberships). Each operation checks the rules of shared/domain first and
 * changes the document only when they hold, in one Yjs transaction.
 */
import type * as Y from 'yjs';
import { DomainError } from '../domain/errors';
import { newId } from '../domain/ids';
import type {
  Body,
  BodyInput,
  Membership,
  MembershipInput,
  Organisation,
  OrganisationInput,
  Person,
  PersonInput,
} from '../domain/register';
import { bodySchema, membershipSchema, organisationSchema, personSchema } from '../domain/register';
import {
  checkBody,
  checkMembership,
  checkMembershipRemoval,
  checkOrganisation,
  checkPerson,
} from '../domain/registerRules';
import { LOCAL_ORIGIN } from './documents';
import { hasRecord, insertRecord, patchRecord, readCollection, readRecord } from './entities';

export interface RegisterSnapshot {
  organisations: Organisation[];
  people: Person[];
  bodies: Body[];
}

export function readRegister(doc: Y.Doc): RegisterSnapshot {
  return {
    organisations: readCollection(doc, 'organisations', organisationSchema).records,
    people: readCollection(doc, 'people', personSchema).records,
    bodies: readCollection(doc, 'bodies', bodySchema).records,
  };
}

function requireRecord(doc: Y.Doc, name: string, id: string, what: string): void {
  if (!hasRecord(doc, name, id)) throw new DomainError(`${what} finns inte längre i registret.`);
}

export function addOrganisation(doc: Y.Doc, input: OrganisationInput, id: string = newId()): string {
  const checked = checkOrganisation(input, readRegister(doc).organisations);
  doc.transact(() => insertRecord(doc, 'organisations', id, { ...checked, deletedAt: null }), LOCAL_ORIGIN);
  return id;
}

export function updateOrganisation(doc: Y.Doc, id: string, input: OrganisationInput): void {
  requireRecord(doc, 'organisations', id, 'Organisationen');
  const checked = checkOrganisation(input, readRegister(doc).organisations, id);
  doc.transact(() => patchRecord(doc, 'organisations', id, checked), LOCAL_ORIGIN);
}

export function setOrganisationDeleted(doc: Y.Doc, id: string, deletedAt: string | null): void {
  requireRecord(doc, 'organisations', id, 'Organisationen');
  if (deletedAt !== null) {
    const register = readRegister(doc);
    const people = register.people.filter((p) => p.deletedAt === null && p.organisationId === id);
    if (people.length > 0) {
      const name = register.organisations.find((o) => o.id === id)?.name ?? 'Organisationen';
      throw new DomainError(
        `${name} har ${people.length === 1 ? 'en person' : `${people.length} personer`} i registret. Flytta eller ta bort dem först.`,
      );
    }
  }
  doc.transact(() => patchRecord(doc, 'organisations', id, { deletedAt }), LOCAL_ORIGIN);
}

export function addPerson(doc: Y.Doc, input: PersonInput, id: string = newId()): string {
  const register = readRegister(doc);
  const checked = checkPerson(input, register.people, register.organisations);
  doc.transact(() => insertRecord(doc, 'people', id, { ...checked, deletedAt: null }), LOCAL_ORIGIN);
  return id;
}

export function updatePerson(doc: Y.Doc, id: string, input: PersonInput): void {
  requireRecord(doc, 'people', id, 'Personen');
  const register = readRegister(doc);
  const checked = checkPerson(input, register.people, register.organisations, id);
  doc.transact(() => patchRecord(doc, 'people', id, checked), LOCAL_ORIGIN);
}

/** `activeMemberships` names the bodies where the person still sits (they live in other documents). */
export function setPersonDeleted(doc: Y.Doc, id: string, deletedAt: string | null, activeMemberships: readonly string[] = []): void {
  requireRecord(doc, 'people', id, 'Personen');
  if (deletedAt !== null && activeMemberships.length > 0) {
    const name = readRecord(doc, 'people', id, personSchema)?.name ?? 'Personen';
    throw new DomainError(`${name} är med i ${activeMemberships.join(', ')}. Avsluta medlemskapen först.`);
  }
  doc.transact(() => patchRecord(doc, 'people', id, { deletedAt }), LOCAL_ORIGIN);
}

export function addBody(doc: Y.Doc, input: BodyInput, id: string = newId()): string {
  const checked = checkBody(input, readRegister(doc).bodies);
  doc.transact(() => insertRecord(doc, 'bodies', id, { ...checked, deletedAt: null }), LOCAL_ORIGIN);
  return id;
}

export function updateBody(doc: Y.Doc, id: string, input: BodyInput): void {
  requireRecord(doc, 'bodies', id, 'Organet');
  const checked = checkBody(input, readRegister(doc).bodies, id);
  doc.transact(() => patchRecord(doc, 'bodies', id, checked), LOCAL_ORIGIN);
}

export function setBodyDeleted(doc: Y.Doc, id: string, deletedAt: string | null): void {
  requireRecord(doc, 'bodies', id, 'Organet');
  doc.transact(() => patchRecord(doc, 'bodies', id, { deletedAt }), LOCAL_ORIGIN);
}

// --- a body's document ---------------------------------------------------------------------

export function readMemberships(bodyDoc: Y.Doc, bodyId: string): Membership[] {
  return readCollection(bodyDoc, 'memberships', membershipSchema, { bodyId }).records;
}

export function addMembership(
  bodyDoc: Y.Doc,
  bodyId: string,
  input: MembershipInput,
  register: RegisterSnapshot,
  id: string = newId(),
): string {
  const checked = checkMembership(input, { bodyId, memberships: readMemberships(bodyDoc, bodyId), ...register });
  bodyDoc.transact(() => insertRecord(bodyDoc, 'memberships', id, { ...checked, deletedAt: null }), LOCAL_ORIGIN);
  return id;
}

export function updateMembership(
  bodyDoc: Y.Doc,
  bodyId: string,
  id: string,
  input: MembershipInput,
  register: RegisterSnapshot,
): void {
  requireRecord(bodyDoc, 'memberships', id, 'Medlemskapet');
  const memberships = readMemberships(bodyDoc, bodyId);
  const current = memberships.find((m) => m.id === id);
  if (current && current.role !== 'deputy' && input.role === 'deputy') {
    checkMembershipRemoval(current, memberships, register.people);
  }
  const checked = checkMembership(input, { bodyId, memberships, ...register }, id);
  bodyDoc.transact(() => patchRecord(bodyDoc, 'memberships', id, checked), LOCAL_ORIGIN);
}

export function setMembershipDeleted(
  bodyDoc: Y.Doc,
  bodyId: string,
  id: string,
  deletedAt: string | null,
  register: RegisterSnapshot,
): void {
  requireRecord(bodyDoc, 'memberships', id, 'Medlemskapet');
  const memberships = readMemberships(bodyDoc, bodyId);
  const membership = memberships.find((m) => m.id === id);
  if (!membership) throw new DomainError('Medlemskapet finns inte längre i registret.');
  if (deletedAt !== null) {
    checkMembershipRemoval(membership, memberships, register.people);
  } else {
    // Restoring: it must still fit among the memberships as they are now.
    const { id: _id, deletedAt: _d, bodyId: _b, ...input } = membership;
    checkMembership(input, { bodyId, memberships, ...register }, id);
  }
  bodyDoc.transact(() => patchRecord(bodyDoc, 'memberships', id, { deletedAt }), LOCAL_ORIGIN);
}
