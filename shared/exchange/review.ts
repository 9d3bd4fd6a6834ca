/**
 * Justering with people who are not on this machine.
 *
 * The review package (`justera-review`, version 1) carries one frozen version of a protocol (its
 * canonical JSON and SHA-256) and the earlier versions, so a justerare who has Justera can read it,
 * see what changed since the version they read, comment per item and approve. Their Justera then
 * writes an approval file (`justera-approval`, version 1): the decision and comments, bound to that
 * version's hash and signed with the installation's own Ed25519 key (WebCrypto). The secretary
 * imports it; an approval for another hash, a broken or tampered file, is refused.
 */
import { z } from 'zod';
import { canonicalJson, sha256Hex } from '../document/canonical';
import { protocolDocumentSchema, type ProtocolDocument } from '../document/protocol';
import { DomainError } from '../domain/errors';
import { safeFileName } from '../domain/fileNames';
import { approverSchema } from '../domain/justering';
import { base64ToBytes, bytesToBase64 } from './base64';

export const REVIEW_FORMAT = 'justera-review';
export const APPROVAL_FORMAT = 'justera-approval';
const MAX_BYTES = 20 * 1024 * 1024;

const versionEntrySchema = z.object({ version: z.number().int().min(1), hash: z.string().regex(/^[0-9a-f]{64}$/), json: z.string().max(MAX_BYTES) });

export const reviewPackageSchema = z.object({
  format: z.literal(REVIEW_FORMAT),
  formatVersion: z.number().int(),
  meetingId: z.string().min(1).max(100),
  summary: z.object({ title: z.string().max(500), date: z.string().max(20) }),
  current: versionEntrySchema,
  earlier: z.array(versionEntrySchema).max(50),
  approvers: z.array(approverSchema).max(20),
  sentBy: z.string().max(200),
  sentAt: z.string().max(40),
});
export type ReviewPackage = z.infer<typeof reviewPackageSchema>;

const jwkSchema = z.object({ kty: z.literal('OKP'), crv: z.literal('Ed25519'), x: z.string().min(40).max(60) }).passthrough();

export const approvalFileSchema = z.object({
  format: z.literal(APPROVAL_FORMAT),
  formatVersion: z.number().int(),
  meetingId: z.string().min(1).max(100),
  protocolVersion: z.number().int().min(1),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  approver: z.object({ personId: z.string().nullable(), name: z.string().min(1).max(200), role: z.enum(['secretary', 'chair', 'adjuster']) }),
  decision: z.enum(['approve', 'changes']),
  comments: z.array(z.object({ itemId: z.string().nullable(), text: z.string().min(1).max(5000) })).max(200),
  at: z.string().max(40),
  publicKey: jwkSchema,
  signature: z.string().max(200),
});
export type ApprovalFile = z.infer<typeof approvalFileSchema>;

const BROKEN_REVIEW = 'Filen kunde inte läsas som en justeringsfil från Justera. Den kan vara skadad eller av fel slag. Ingenting har ändrats.';
const BROKEN_APPROVAL = 'Filen kunde inte läsas som ett godkännande från Justera. Den kan vara skadad eller av fel slag. Ingenting har ändrats.';

function parseJson(bytes: Uint8Array, message: string): unknown {
  if (bytes.byteLength > MAX_BYTES) throw new DomainError(message);
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new DomainError(message);
  }
}

export function reviewFileName(title: string, date: string, version: number): string {
  return `${safeFileName(`${title} ${date} version ${version}`, 'Protokoll')}.justera-justering.json`;
}

export function approvalFileName(title: string, date: string, version: number, name: string): string {
  return `${safeFileName(`Godkännande ${title} ${date} v${version} ${name}`, 'Godkännande')}.justera-godkannande.json`;
}

export function createReviewPackage(input: Omit<ReviewPackage, 'format' | 'formatVersion'>): Uint8Array {
  return new TextEncoder().encode(JSON.stringify({ format: REVIEW_FORMAT, formatVersion: 1, ...input } satisfies ReviewPackage));
}

export interface OpenedReview {
  pkg: ReviewPackage;
  document: ProtocolDocument;
  earlier: { version: number; document: ProtocolDocument }[];
}

async function checkedDocument(entry: { json: string; hash: string }, message: string): Promise<ProtocolDocument> {
  if ((await sha256Hex(entry.json)) !== entry.hash) throw new DomainError(message);
  let parsed: unknown;
  try {
    parsed = JSON.parse(entry.json);
  } catch {
    throw new DomainError(message);
  }
  const doc = protocolDocumentSchema.safeParse(parsed);
  if (!doc.success || canonicalJson(doc.data) !== entry.json) throw new DomainError(message);
  return doc.data;
}

/** Reads a review package completely: every version's JSON must match its hash and the document schema. */
export async function readReviewPackage(bytes: Uint8Array): Promise<OpenedReview> {
  const parsed = reviewPackageSchema.safeParse(parseJson(bytes, BROKEN_REVIEW));
  if (!parsed.success) throw new DomainError(BROKEN_REVIEW);
  const pkg = parsed.data;
  if (pkg.formatVersion > 1) throw new DomainError('Justeringsfilen kommer från en nyare version av Justera. Uppdatera Justera och försök igen.');
  const tampered = 'Justeringsfilen har ändrats efter att den skapades (innehållet stämmer inte med sin kontrollsumma). Be sekreteraren om en ny fil.';
  const document = await checkedDocument(pkg.current, tampered);
  if (document.meetingId !== pkg.meetingId) throw new DomainError(tampered);
  const earlier = [];
  for (const entry of pkg.earlier) earlier.push({ version: entry.version, document: await checkedDocument(entry, tampered) });
  return { pkg, document, earlier };
}

// --- approval files, signed with the installation's Ed25519 key -----------------------------------

/** The runtime's CryptoKey (DOM, Node and the pure build name it differently). */
type SigningCryptoKey = Parameters<typeof crypto.subtle.sign>[1];

export interface SigningKey {
  privateKey: SigningCryptoKey;
  publicJwk: { x: string };
}

type PublicJwk = z.infer<typeof jwkSchema>;

function signedPart(file: Omit<ApprovalFile, 'signature'>): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(canonicalJson(file));
}

export async function keyFingerprint(publicJwk: PublicJwk): Promise<string> {
  return (await sha256Hex(canonicalJson({ crv: publicJwk.crv, kty: publicJwk.kty, x: publicJwk.x }))).slice(0, 16);
}

export async function createApprovalFile(input: Omit<ApprovalFile, 'format' | 'formatVersion' | 'publicKey' | 'signature'>, key: SigningKey): Promise<Uint8Array> {
  const unsigned: Omit<ApprovalFile, 'signature'> = {
    format: APPROVAL_FORMAT,
    formatVersion: 1,
    ...input,
    publicKey: { kty: 'OKP', crv: 'Ed25519', x: key.publicJwk.x },
  };
  const signature = new Uint8Array(await crypto.subtle.sign({ name: 'Ed25519' }, key.privateKey, signedPart(unsigned)));
  return new TextEncoder().encode(JSON.stringify({ ...unsigned, signature: bytesToBase64(signature) } satisfies ApprovalFile));
}

/** Reads and verifies an approval file; returns it with its key's fingerprint. */
export async function readApprovalFile(bytes: Uint8Array): Promise<ApprovalFile & { fingerprint: string }> {
  const parsed = approvalFileSchema.safeParse(parseJson(bytes, BROKEN_APPROVAL));
  if (!parsed.success) throw new DomainError(BROKEN_APPROVAL);
  const file = parsed.data;
  if (file.formatVersion > 1) throw new DomainError('Godkännandet kommer från en nyare version av Justera. Uppdatera Justera och försök igen.');
  const { signature, ...unsigned } = file;
  let valid = false;
  try {
    const key = await crypto.subtle.importKey('jwk', { kty: 'OKP', crv: 'Ed25519', x: file.publicKey.x }, { name: 'Ed25519' }, true, ['verify']);
    valid = await crypto.subtle.verify({ name: 'Ed25519' }, key, base64ToBytes(signature) as Uint8Array<ArrayBuffer>, signedPart(unsigned));
  } catch {
    valid = false;
  }
  if (!valid) throw new DomainError('Godkännandet har ändrats efter att det skrevs under (signaturen stämmer inte). Ingenting har ändrats.');
  return { ...file, fingerprint: await keyFingerprint(file.publicKey) };
}
