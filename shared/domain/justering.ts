/**
 * Justering: the protocol is frozen as version n (canonical JSON and its SHA-256), read and
 * approved by the secretary, the chair and every justerare; when all of them have approved the
 * same hash, it is signed ("Justerat den …") and the meeting is locked. A correction is a new
 * version that needs approval again; a signed version never changes.
 */
import { z } from 'zod';

export const approvalRoles = ['secretary', 'chair', 'adjuster'] as const;
export type ApprovalRole = (typeof approvalRoles)[number];

export const approvalChannels = ['app', 'file', 'email', 'paper', 'inPerson'] as const;
export type ApprovalChannel = (typeof approvalChannels)[number];

export const approverSchema = z.object({ personId: z.string().nullable(), name: z.string(), role: z.enum(approvalRoles) });
export type Approver = z.infer<typeof approverSchema>;

export const reviewVersionSchema = z.object({
  id: z.string(),
  version: z.number().int().min(1),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  /** The canonical JSON of the ProtocolDocument. */
  json: z.string(),
  approvers: z.array(approverSchema),
  createdAt: z.string(),
  createdBy: z.string(),
  note: z.string().default(''),
});
export type ReviewVersion = z.infer<typeof reviewVersionSchema>;

export const approvalSchema = z.object({
  id: z.string(),
  /** Whose approval: a person in the register, or a name when not. */
  personId: z.string().nullable(),
  name: z.string(),
  role: z.enum(approvalRoles),
  version: z.number().int(),
  hash: z.string(),
  decision: z.enum(['approve', 'changes']),
  at: z.string(),
  via: z.enum(approvalChannels),
  /** Who recorded it and how (e.g. "e-post från pia@…, 17 juni"). */
  note: z.string().default(''),
  recordedBy: z.string().default(''),
  /** For an approval file: the signing key's fingerprint. */
  keyFingerprint: z.string().nullable().default(null),
});
export type Approval = z.infer<typeof approvalSchema>;

export const reviewCommentSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  itemId: z.string().nullable(),
  author: z.string(),
  authorPersonId: z.string().nullable().default(null),
  text: z.string().min(1).max(5000),
  at: z.string(),
  answer: z
    .object({ outcome: z.enum(['changed', 'declined']), text: z.string().max(5000), by: z.string(), at: z.string() })
    .nullable()
    .default(null),
  /** A disagreement that remains is recorded in the protocol. */
  recordInProtocol: z.boolean().default(false),
});
export type ReviewComment = z.infer<typeof reviewCommentSchema>;

export const signatureSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  hash: z.string(),
  /** "Justerat den" — the date of the last approval. */
  approvedOn: z.string(),
  signedAt: z.string(),
});
export type Signature = z.infer<typeof signatureSchema>;

export const correctionSchema = z.object({
  id: z.string(),
  fromVersion: z.number().int(),
  reason: z.string().min(1).max(2000),
  by: z.string(),
  at: z.string(),
});
export type Correction = z.infer<typeof correctionSchema>;

export const immediateApprovalSchema = z.object({
  id: z.string(),
  itemId: z.string(),
  hash: z.string(),
  /** The item as approved (a ProtocolItem), canonical JSON. */
  json: z.string(),
  approvedBy: z.array(z.string()),
  at: z.string(),
});
export type ImmediateApproval = z.infer<typeof immediateApprovalSchema>;

export type JusteringStatus =
  | { kind: 'draft' }
  | { kind: 'inReview'; version: ReviewVersion; pending: Approver[]; changesRequested: Approval[] }
  | { kind: 'signed'; version: ReviewVersion; signature: Signature }
  | { kind: 'correcting'; signed: Signature; correction: Correction };

const key = (a: { personId: string | null; name: string }) => a.personId ?? `name:${a.name.toLocaleLowerCase('sv-SE')}`;

/** The latest approval decision of each approver for a version's hash. */
export function approvalsFor(version: ReviewVersion, approvals: readonly Approval[]): Map<string, Approval> {
  const latest = new Map<string, Approval>();
  for (const a of [...approvals].sort((x, y) => x.at.localeCompare(y.at))) {
    if (a.hash === version.hash) latest.set(key(a), a);
  }
  return latest;
}

export function pendingApprovers(version: ReviewVersion, approvals: readonly Approval[]): Approver[] {
  const latest = approvalsFor(version, approvals);
  return version.approvers.filter((approver) => latest.get(key(approver))?.decision !== 'approve');
}

export function justeringStatus(state: {
  versions: readonly ReviewVersion[];
  approvals: readonly Approval[];
  signatures: readonly Signature[];
  corrections: readonly Correction[];
}): JusteringStatus {
  const latest = [...state.versions].sort((a, b) => a.version - b.version).at(-1);
  const lastSignature = [...state.signatures].sort((a, b) => a.version - b.version).at(-1);
  const lastCorrection = [...state.corrections].sort((a, b) => a.at.localeCompare(b.at)).at(-1);
  if (lastSignature && latest && lastSignature.version === latest.version) {
    if (lastCorrection && lastCorrection.fromVersion === lastSignature.version) return { kind: 'correcting', signed: lastSignature, correction: lastCorrection };
    return { kind: 'signed', version: latest, signature: lastSignature };
  }
  if (!latest) return { kind: 'draft' };
  const byApprover = approvalsFor(latest, state.approvals);
  return {
    kind: 'inReview',
    version: latest,
    pending: pendingApprovers(latest, state.approvals),
    changesRequested: [...byApprover.values()].filter((a) => a.decision === 'changes'),
  };
}

/** Is the meeting's content locked (signed, and no correction started)? */
export function isLocked(status: JusteringStatus): boolean {
  return status.kind === 'signed';
}
