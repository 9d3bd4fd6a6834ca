/**
 * Justering and signing: building the protocol document from a meeting, freezing it as a review
 * version, approvals (in this app, by file, or received by e-mail or on paper), comments and
 * answers, signing, corrections, and items approved at the meeting itself. Hashes are computed
 * before each transaction (WebCrypto is asynchronous and would end an IndexedDB transaction).
 */
import { canonicalJson, sha256Hex } from '../../shared/document/canonical';
import { buildProtocolDocument, protocolItemSchema, type ProtocolDocument } from '../../shared/document/protocol';
import { DomainError } from '../../shared/domain/errors';
import { formatDate } from '../../shared/domain/dates';
import { safeFileName } from '../../shared/domain/fileNames';
import type { Approval, ApprovalChannel, Approver } from '../../shared/domain/justering';
import {
  approvalFileName,
  createApprovalFile,
  createReviewPackage,
  readApprovalFile,
  readReviewPackage,
  reviewFileName,
  type OpenedReview,
} from '../../shared/exchange/review';
import { bodyDocId, meetingDocId, minutesDocId, REGISTER_DOC_ID } from '../../shared/ydoc/documents';
import { readAttendance } from '../../shared/ydoc/attendance';
import { readTopics } from '../../shared/ydoc/body';
import * as ops from '../../shared/ydoc/justering';
import { readItems, readMeeting } from '../../shared/ydoc/meeting';
import { readMinutes, type MinutesContent } from '../../shared/ydoc/minutes';
import { readMemberships, readRegister } from '../../shared/ydoc/register';
import { actorName } from './actor';
import { firstSectionNumber } from './agenda';
import { installationKey } from './keys';
import { changeDocuments, type Store } from './store';

/** Everything the protocol shows, from the meeting's documents as they are now. */
export async function buildProtocol(store: Store, meetingId: string): Promise<ProtocolDocument> {
  await store.projector.flush();
  await store.projector.catchUp();
  const meetingDoc = await store.docs.get(meetingDocId(meetingId));
  const meeting = readMeeting(meetingDoc, meetingId);
  if (!meeting) throw new DomainError('Mötet finns inte längre.');
  const register = readRegister(await store.docs.get(REGISTER_DOC_ID));
  const memberships = [];
  for (const bodyId of meeting.bodyIds) memberships.push(...readMemberships(await store.docs.get(bodyDocId(bodyId)), bodyId));
  const hostDoc = await store.docs.get(bodyDocId(meeting.bodyIds[0]!));
  const items = readItems(meetingDoc, meetingId);
  const minutes = new Map<string, MinutesContent>();
  for (const item of items) {
    if (item.deletedAt) continue;
    const row = await store.db.minutes.get(item.id);
    if (row) minutes.set(item.id, { ...row, itemId: item.id });
    else if (await store.db.documents.get(minutesDocId(item.id))) minutes.set(item.id, readMinutes(await store.docs.get(minutesDocId(item.id)), item.id));
  }
  const state = ops.readJustering(meetingDoc);
  const immediate = new Map(state.immediate.map((i) => [i.itemId, { ...protocolItemSchema.parse(JSON.parse(i.json)), immediatelyApproved: true }]));
  const yearMeetings = (await store.db.meetings.where('bodyIds').equals(meeting.bodyIds[0]!).toArray()).filter((m) => m.date.startsWith(meeting.date.slice(0, 4)));
  return buildProtocolDocument({
    meeting,
    bodies: register.bodies,
    people: register.people,
    organisations: register.organisations,
    memberships,
    attendance: readAttendance(meetingDoc),
    items,
    minutes,
    firstSection: await firstSectionNumber(store, meetingId),
    topics: readTopics(hostDoc, meeting.bodyIds[0]!),
    yearMeetings,
    immediate,
  });
}

/** Who must approve: the secretary, the chair and every justerare named in the document. */
export function approversOf(document: ProtocolDocument): Approver[] {
  const approvers: Approver[] = [];
  if (document.secretary) approvers.push({ personId: document.secretary.personId, name: document.secretary.name, role: 'secretary' });
  if (document.chair) approvers.push({ personId: document.chair.personId, name: document.chair.name, role: 'chair' });
  for (const adjuster of document.adjusters) approvers.push({ personId: adjuster.personId, name: adjuster.name, role: 'adjuster' });
  return approvers;
}

export async function frozenVersion(store: Store, meetingId: string): Promise<{ document: ProtocolDocument; json: string; hash: string }> {
  const document = await buildProtocol(store, meetingId);
  const json = canonicalJson(document);
  return { document, json, hash: await sha256Hex(json) };
}

/** Freezes the protocol as it is now as the next review version. */
export async function sendForReview(store: Store, meetingId: string, note = ''): Promise<{ version: number; hash: string }> {
  const { document, json, hash } = await frozenVersion(store, meetingId);
  if (document.kind !== 'protocol') throw new DomainError('Minnesanteckningar justeras inte: de godkänns vid nästa möte.');
  if (!document.secretary) throw new DomainError('Protokollet saknar sekreterare. Markera sekreteraren som närvarande under Närvaro.');
  if (!document.chair) throw new DomainError('Organet saknar ordförande den här dagen.');
  if (document.adjusters.length === 0) throw new DomainError('Välj justerare under punkten Val av justerare innan protokollet skickas.');
  const by = await actorName(store);
  const version = await changeDocuments(store, [meetingDocId(meetingId)], ([doc]) =>
    ops.addReviewVersion(doc!, { json, hash, approvers: approversOf(document), by, note }),
  );
  return { version: version.version, hash };
}

/** Records an approval or a request for changes received here, by e-mail, on paper or in person. */
export async function recordApproval(
  store: Store,
  meetingId: string,
  input: { approver: Approver; version: number; decision: 'approve' | 'changes'; via: ApprovalChannel; at?: string; note?: string; keyFingerprint?: string | null },
): Promise<{ signed: boolean }> {
  const meetingDoc = await store.docs.get(meetingDocId(meetingId));
  const version = ops.readJustering(meetingDoc).versions.find((v) => v.version === input.version);
  if (!version) throw new DomainError(`Version ${input.version} av protokollet finns inte.`);
  const result = await changeDocuments(
    store,
    [meetingDocId(meetingId)],
    ([doc]) =>
      ops.recordApproval(doc!, {
        personId: input.approver.personId,
        name: input.approver.name,
        role: input.approver.role,
        version: input.version,
        hash: version.hash,
        decision: input.decision,
        at: input.at ?? new Date().toISOString(),
        via: input.via,
        note: input.note ?? '',
        recordedBy: '',
        keyFingerprint: input.keyFingerprint ?? null,
      }),
  );
  if (result.signed) await signedNow(store, meetingId);
  return { signed: !!result.signed };
}

/** After signing: the meeting's documents freeze at once, and the signed version is archived. */
async function signedNow(store: Store, meetingId: string): Promise<void> {
  await store.frozen.refresh(store.db);
  await archiveSignatures(store, meetingId);
}

/**
 * Archives each signed version of the meeting once (verifying its hash first) in the add-only
 * signedProtocols table.
 */
export async function archiveSignatures(store: Store, meetingId: string): Promise<number> {
  const state = ops.readJustering(await store.docs.get(meetingDocId(meetingId)));
  let added = 0;
  for (const signature of state.signatures) {
    const id = `${meetingId}:${signature.version}`;
    if (await store.db.signedProtocols.get(id)) continue;
    const version = state.versions.find((v) => v.version === signature.version);
    if (!version || version.hash !== signature.hash || (await sha256Hex(version.json)) !== version.hash) {
      throw new DomainError(`Version ${signature.version} stämmer inte med sin kontrollsumma och arkiveras inte.`);
    }
    const approvals: Approval[] = state.approvals.filter((a) => a.hash === version.hash);
    await store.db.signedProtocols.add({
      id,
      meetingId,
      version: version.version,
      hash: version.hash,
      json: version.json,
      approvedOn: signature.approvedOn,
      signedAt: signature.signedAt,
      approvals,
    });
    added++;
  }
  return added;
}

export function addComment(store: Store, meetingId: string, input: { version: number; itemId: string | null; text: string; author: string; authorPersonId?: string | null }): Promise<string> {
  return changeDocuments(store, [meetingDocId(meetingId)], ([doc]) =>
    ops.addReviewComment(doc!, { ...input, authorPersonId: input.authorPersonId ?? null, at: new Date().toISOString() }),
  );
}

export async function answerComment(store: Store, meetingId: string, commentId: string, answer: { outcome: 'changed' | 'declined'; text: string }, recordInProtocol = false): Promise<void> {
  const by = await actorName(store);
  await changeDocuments(store, [meetingDocId(meetingId)], ([doc]) => ops.answerReviewComment(doc!, commentId, { ...answer, by }, recordInProtocol));
}

/** Reopens a signed protocol for a correction (a new version that needs approval again). */
export async function startCorrection(store: Store, meetingId: string, reason: string): Promise<void> {
  const by = await actorName(store);
  await changeDocuments(store, [meetingDocId(meetingId)], ([doc]) => ops.startCorrection(doc!, reason, by), { allowFrozen: true });
  await store.frozen.refresh(store.db);
}

/** "Paragrafen förklarades omedelbart justerad": the item is frozen as it is now and approved on the spot. */
export async function approveItemImmediately(store: Store, meetingId: string, itemId: string, approvedBy: string[]): Promise<void> {
  const document = await buildProtocol(store, meetingId);
  const item = document.items.find((i) => i.id === itemId);
  if (!item) throw new DomainError('Punkten finns inte längre.');
  const frozenItem = { ...item, immediatelyApproved: true };
  const json = canonicalJson(frozenItem);
  const hash = await sha256Hex(json);
  await changeDocuments(store, [meetingDocId(meetingId)], ([doc]) =>
    ops.approveImmediately(doc!, { itemId, hash, json, approvedBy, at: new Date().toISOString() }),
  );
  await store.frozen.refresh(store.db);
}

// --- files for justerare at other organisations ------------------------------------------------------

export async function exportReviewPackage(store: Store, meetingId: string): Promise<{ name: string; bytes: Uint8Array }> {
  const meetingDoc = await store.docs.get(meetingDocId(meetingId));
  const state = ops.readJustering(meetingDoc);
  const current = state.versions.at(-1);
  if (!current) throw new DomainError('Skicka protokollet för justering först; då blir det en version att granska.');
  const document = JSON.parse(current.json) as ProtocolDocument;
  const title = document.bodyNames.join(' och ');
  return {
    name: reviewFileName(title, document.date, current.version),
    bytes: createReviewPackage({
      meetingId,
      summary: { title, date: document.date },
      current: { version: current.version, hash: current.hash, json: current.json },
      earlier: state.versions.filter((v) => v.version < current.version).map((v) => ({ version: v.version, hash: v.hash, json: v.json })),
      approvers: current.approvers,
      sentBy: await actorName(store),
      sentAt: new Date().toISOString(),
    }),
  };
}

/** A justerare opens a review package: it is checked completely and kept here for later reading. */
export async function openReviewPackage(store: Store, bytes: Uint8Array): Promise<OpenedReview & { id: string }> {
  const opened = await readReviewPackage(bytes);
  const id = `${opened.pkg.meetingId}:${opened.pkg.current.version}`;
  const existing = await store.db.receivedReviews.get(id);
  if (!existing) {
    await store.db.receivedReviews.add({
      id,
      meetingId: opened.pkg.meetingId,
      version: opened.pkg.current.version,
      hash: opened.pkg.current.hash,
      bytes,
      receivedAt: new Date().toISOString(),
      answeredAt: null,
    });
  }
  return { ...opened, id };
}

export async function getReceivedReview(store: Store, id: string): Promise<(OpenedReview & { id: string; answeredAt: string | null }) | null> {
  const row = await store.db.receivedReviews.get(id);
  if (!row) return null;
  return { ...(await readReviewPackage(row.bytes)), id, answeredAt: row.answeredAt };
}

export function listReceivedReviews(store: Store) {
  return store.db.receivedReviews.orderBy('id').toArray();
}

/** The justerare's answer: an approval file signed with this installation's key. */
export async function writeApprovalFile(
  store: Store,
  reviewId: string,
  input: { approver: Approver; decision: 'approve' | 'changes'; comments: { itemId: string | null; text: string }[] },
): Promise<{ name: string; bytes: Uint8Array }> {
  const review = await getReceivedReview(store, reviewId);
  if (!review) throw new DomainError('Justeringsfilen finns inte längre här.');
  if (input.decision === 'changes' && input.comments.length === 0) throw new DomainError('Skriv vad som behöver ändras.');
  const bytes = await createApprovalFile(
    {
      meetingId: review.pkg.meetingId,
      protocolVersion: review.pkg.current.version,
      hash: review.pkg.current.hash,
      approver: input.approver,
      decision: input.decision,
      comments: input.comments,
      at: new Date().toISOString(),
    },
    await installationKey(store),
  );
  await store.db.receivedReviews.update(reviewId, { answeredAt: new Date().toISOString() });
  return { name: approvalFileName(review.pkg.summary.title, review.document.date, review.pkg.current.version, input.approver.name), bytes };
}

/**
 * The secretary imports an approval file: signature, meeting and hash are checked before anything
 * is recorded; comments are added to the review; the approval is recorded and may sign the protocol.
 */
export async function importApprovalFile(store: Store, meetingId: string, bytes: Uint8Array): Promise<{ signed: boolean; name: string; decision: 'approve' | 'changes' }> {
  const file = await readApprovalFile(bytes);
  if (file.meetingId !== meetingId) throw new DomainError('Godkännandet gäller ett annat möte. Ingenting har ändrats.');
  const meetingDoc = await store.docs.get(meetingDocId(meetingId));
  const state = ops.readJustering(meetingDoc);
  const version = state.versions.find((v) => v.version === file.protocolVersion);
  if (!version || version.hash !== file.hash) {
    throw new DomainError('Godkännandet gäller en version av protokollet som inte stämmer med någon skickad version. Ingenting har ändrats.');
  }
  const earlier = state.approvals.find((a) => a.personId === file.approver.personId && a.name === file.approver.name && a.keyFingerprint);
  if (earlier && earlier.keyFingerprint !== file.fingerprint) {
    throw new DomainError(`Godkännandet är undertecknat med en annan nyckel än ${file.approver.name}s tidigare godkännanden. Kontrollera med ${file.approver.name} innan det läses in.`);
  }
  const result = await changeDocuments(store, [meetingDocId(meetingId)], ([doc]) => {
    for (const comment of file.comments) {
      ops.addReviewComment(doc!, { version: file.protocolVersion, itemId: comment.itemId, text: comment.text, author: file.approver.name, authorPersonId: file.approver.personId, at: file.at });
    }
    return ops.recordApproval(doc!, {
      personId: file.approver.personId,
      name: file.approver.name,
      role: file.approver.role,
      version: file.protocolVersion,
      hash: file.hash,
      decision: file.decision,
      at: file.at,
      via: 'file',
      note: '',
      recordedBy: '',
      keyFingerprint: file.fingerprint,
    });
  });
  if (result.signed) await signedNow(store, meetingId);
  return { signed: !!result.signed, name: file.approver.name, decision: file.decision };
}

export function readState(store: Store, meetingId: string) {
  return store.docs.get(meetingDocId(meetingId)).then((doc) => ops.readJustering(doc));
}

export function listSignedVersions(store: Store, meetingId: string) {
  return store.db.signedProtocols.where('meetingId').equals(meetingId).sortBy('version');
}

export function protocolFileBase(document: ProtocolDocument): string {
  return safeFileName(
    document.kind === 'notes' ? document.title : `Protokoll ${document.bodyNames.join(' och ')} ${formatDate(document.date)}`,
    'Protokoll',
  );
}
