/**
 * Justering in the meeting's document: the frozen review versions, every approval (per person),
 * the readers' comments and the secretary's answers, the signatures, corrections, and items
 * approved at the meeting itself. Hashes are computed by the caller (WebCrypto is asynchronous);
 * everything here is a synchronous, checked change.
 */
import type * as Y from 'yjs';
import { DomainError } from '../domain/errors';
import { newId } from '../domain/ids';
import {
  approvalSchema,
  correctionSchema,
  immediateApprovalSchema,
  isLocked,
  justeringStatus,
  pendingApprovers,
  reviewCommentSchema,
  reviewVersionSchema,
  signatureSchema,
  type Approval,
  type Approver,
  type Correction,
  type ImmediateApproval,
  type JusteringStatus,
  type ReviewComment,
  type ReviewVersion,
  type Signature,
} from '../domain/justering';
import { LOCAL_ORIGIN } from './documents';
import { insertRecord, patchRecord, readCollection } from './entities';

export interface JusteringState {
  versions: ReviewVersion[];
  approvals: Approval[];
  comments: ReviewComment[];
  signatures: Signature[];
  corrections: Correction[];
  immediate: ImmediateApproval[];
}

export function readJustering(doc: Y.Doc): JusteringState {
  return {
    versions: readCollection(doc, 'reviewVersions', reviewVersionSchema).records.sort((a, b) => a.version - b.version),
    approvals: readCollection(doc, 'approvals', approvalSchema).records.sort((a, b) => a.at.localeCompare(b.at)),
    comments: readCollection(doc, 'reviewComments', reviewCommentSchema).records.sort((a, b) => a.at.localeCompare(b.at)),
    signatures: readCollection(doc, 'signatures', signatureSchema).records.sort((a, b) => a.version - b.version),
    corrections: readCollection(doc, 'corrections', correctionSchema).records.sort((a, b) => a.at.localeCompare(b.at)),
    immediate: readCollection(doc, 'immediateApprovals', immediateApprovalSchema).records,
  };
}

export function statusOf(doc: Y.Doc): JusteringStatus {
  return justeringStatus(readJustering(doc));
}

export const LOCKED_MESSAGE = 'Protokollet är justerat och kan inte ändras. En rättelse görs som en ny version som justeras på nytt.';

/** Refuses any change to a signed meeting's content (the data layer's own lock). */
export function assertUnlocked(doc: Y.Doc): void {
  if (isLocked(statusOf(doc))) throw new DomainError(LOCKED_MESSAGE);
}

/** Items approved at the meeting may not change while the rest goes through review. */
export function assertItemOpen(doc: Y.Doc, itemId: string): void {
  assertUnlocked(doc);
  if (readJustering(doc).immediate.some((i) => i.itemId === itemId)) {
    throw new DomainError('Paragrafen är omedelbart justerad och kan inte ändras.');
  }
}

export function addReviewVersion(
  doc: Y.Doc,
  input: { json: string; hash: string; approvers: Approver[]; by: string; note?: string; now?: string },
): ReviewVersion {
  const state = readJustering(doc);
  const status = justeringStatus(state);
  if (status.kind === 'signed') throw new DomainError('Protokollet är redan justerat. Påbörja en rättelse för att skicka en ny version.');
  const latest = state.versions.at(-1);
  if (latest && latest.hash === input.hash && status.kind === 'inReview') {
    throw new DomainError(`Inget har ändrats sedan version ${latest.version}, som redan är skickad för justering.`);
  }
  const version: ReviewVersion = reviewVersionSchema.parse({
    id: newId(),
    version: (latest?.version ?? 0) + 1,
    hash: input.hash,
    json: input.json,
    approvers: input.approvers,
    createdAt: input.now ?? new Date().toISOString(),
    createdBy: input.by,
    note: input.note ?? '',
  });
  doc.transact(() => {
    const { id, ...fields } = version;
    insertRecord(doc, 'reviewVersions', id, fields);
  }, LOCAL_ORIGIN);
  return version;
}

/**
 * Records an approval (or a request for changes). When the secretary, the chair and every
 * justerare have approved the latest version's hash, the protocol is signed.
 */
export function recordApproval(doc: Y.Doc, input: Omit<Approval, 'id'>, now = new Date().toISOString()): { signed: Signature | null } {
  const state = readJustering(doc);
  const version = state.versions.find((v) => v.version === input.version);
  if (!version) throw new DomainError(`Version ${input.version} av protokollet finns inte.`);
  if (version.hash !== input.hash) {
    throw new DomainError(`Godkännandet gäller inte version ${input.version} som den skickades: innehållet skiljer sig. Ingenting har ändrats.`);
  }
  const status = justeringStatus(state);
  if (status.kind === 'signed' || status.kind === 'correcting') throw new DomainError('Protokollet är redan justerat.');
  const latest = state.versions.at(-1)!;
  if (latest.version !== input.version) {
    throw new DomainError(`Godkännandet gäller version ${input.version}, men version ${latest.version} är den som ska justeras nu.`);
  }
  const approval = approvalSchema.parse({ ...input, id: newId() });
  let signed: Signature | null = null;
  doc.transact(() => {
    const { id, ...fields } = approval;
    insertRecord(doc, 'approvals', id, fields);
    const after = readJustering(doc);
    if (approval.decision === 'approve' && pendingApprovers(latest, after.approvals).length === 0 && latest.approvers.length > 0) {
      const approvedOn = after.approvals
        .filter((a) => a.hash === latest.hash && a.decision === 'approve')
        .map((a) => a.at.slice(0, 10))
        .sort()
        .at(-1)!;
      signed = signatureSchema.parse({ id: newId(), version: latest.version, hash: latest.hash, approvedOn, signedAt: now });
      const { id: sid, ...sfields } = signed;
      insertRecord(doc, 'signatures', sid, sfields);
    }
  }, LOCAL_ORIGIN);
  return { signed };
}

export function addReviewComment(doc: Y.Doc, input: Omit<ReviewComment, 'id' | 'answer' | 'recordInProtocol'>): string {
  const state = readJustering(doc);
  if (!state.versions.some((v) => v.version === input.version)) throw new DomainError('Versionen finns inte.');
  const comment = reviewCommentSchema.parse({ ...input, id: newId() });
  doc.transact(() => {
    const { id, ...fields } = comment;
    insertRecord(doc, 'reviewComments', id, fields);
  }, LOCAL_ORIGIN);
  return comment.id;
}

export function answerReviewComment(
  doc: Y.Doc,
  commentId: string,
  answer: { outcome: 'changed' | 'declined'; text: string; by: string; at?: string },
  recordInProtocol = false,
): void {
  assertUnlocked(doc);
  if (!readJustering(doc).comments.some((c) => c.id === commentId)) throw new DomainError('Kommentaren finns inte.');
  if (answer.outcome === 'declined' && !answer.text.trim()) throw new DomainError('Skriv varför ändringen inte görs.', 'text');
  doc.transact(
    () =>
      patchRecord(doc, 'reviewComments', commentId, {
        answer: { outcome: answer.outcome, text: answer.text.trim(), by: answer.by, at: answer.at ?? new Date().toISOString() },
        recordInProtocol: answer.outcome === 'declined' && recordInProtocol,
      }),
    LOCAL_ORIGIN,
  );
}

/** Reopens a signed protocol for a correction; the signed version stays exactly as it was. */
export function startCorrection(doc: Y.Doc, reason: string, by: string, now = new Date().toISOString()): void {
  const status = statusOf(doc);
  if (status.kind !== 'signed') throw new DomainError('Bara ett justerat protokoll kan rättas.');
  if (!reason.trim()) throw new DomainError('Skriv vad som ska rättas.', 'reason');
  const correction = correctionSchema.parse({ id: newId(), fromVersion: status.signature.version, reason: reason.trim(), by, at: now });
  doc.transact(() => {
    const { id, ...fields } = correction;
    insertRecord(doc, 'corrections', id, fields);
  }, LOCAL_ORIGIN);
}

export function approveImmediately(doc: Y.Doc, input: Omit<ImmediateApproval, 'id'>): void {
  assertUnlocked(doc);
  if (readJustering(doc).immediate.some((i) => i.itemId === input.itemId)) throw new DomainError('Paragrafen är redan justerad.');
  if (input.approvedBy.length === 0) throw new DomainError('Välj vilka som justerade paragrafen.');
  const record = immediateApprovalSchema.parse({ ...input, id: newId() });
  doc.transact(() => {
    const { id, ...fields } = record;
    insertRecord(doc, 'immediateApprovals', id, fields);
  }, LOCAL_ORIGIN);
}
