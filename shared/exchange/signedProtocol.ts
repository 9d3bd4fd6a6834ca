/**
 * The signed-protocol archive file (`justera-signed-protocol`, version 1): one signed version as it
 * is archived in the signedProtocols table — the canonical JSON of the ProtocolDocument, its
 * SHA-256, "Justerat den", when it was signed and the approvals that signed it. The command-line
 * export (electron/cli) renders it to Word for archiving; reading it checks the JSON against the
 * hash and every signing approval against the same hash, so a changed file is refused.
 *
 * The hash proves the content is the one the approvals name; it does not prove who approved (the
 * approval files' Ed25519 signatures are checked when they are read in, not kept here).
 */
import { z } from 'zod';
import { canonicalJson, sha256Hex } from '../document/canonical';
import { protocolDocumentSchema, type ProtocolDocument } from '../document/protocol';
import { DomainError } from '../domain/errors';
import { safeFileName } from '../domain/fileNames';
import { approvalSchema, type Approval } from '../domain/justering';

export const SIGNED_FORMAT = 'justera-signed-protocol';
const MAX_BYTES = 20 * 1024 * 1024;

export const signedProtocolFileSchema = z.object({
  format: z.literal(SIGNED_FORMAT),
  formatVersion: z.number().int(),
  meetingId: z.string().min(1).max(100),
  version: z.number().int().min(1),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  json: z.string().max(MAX_BYTES),
  approvedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  signedAt: z.string().max(40),
  approvals: z.array(approvalSchema).max(50),
});
export type SignedProtocolFile = z.infer<typeof signedProtocolFileSchema>;

export interface SignedProtocolInput {
  meetingId: string;
  version: number;
  hash: string;
  json: string;
  approvedOn: string;
  signedAt: string;
  approvals: Approval[];
}

export function createSignedProtocolFile(row: SignedProtocolInput): Uint8Array {
  const file: SignedProtocolFile = {
    format: SIGNED_FORMAT,
    formatVersion: 1,
    meetingId: row.meetingId,
    version: row.version,
    hash: row.hash,
    json: row.json,
    approvedOn: row.approvedOn,
    signedAt: row.signedAt,
    approvals: row.approvals,
  };
  return new TextEncoder().encode(JSON.stringify(file, null, 1));
}

export function signedProtocolFileName(document: ProtocolDocument, version: number): string {
  return `${safeFileName(`Protokoll ${document.bodyNames.join(' och ')} ${document.date} version ${version} justerat`, 'Protokoll')}.justera-protokoll.json`;
}

export const TAMPERED_SIGNED = 'Det justerade protokollet har ändrats efter att det arkiverades (innehållet stämmer inte med sin kontrollsumma). Ingen Word-fil har skrivits.';
const BROKEN_SIGNED = 'Filen kunde inte läsas som ett justerat protokoll från Justera. Den kan vara skadad eller av fel slag.';

/** Checks a signed-protocol file already decoded from JSON: schema, hash, document, approvals. */
export async function readSignedProtocol(value: unknown): Promise<{ file: SignedProtocolFile; document: ProtocolDocument }> {
  const parsed = signedProtocolFileSchema.safeParse(value);
  if (!parsed.success) throw new DomainError(BROKEN_SIGNED);
  const file = parsed.data;
  if (file.formatVersion > 1) throw new DomainError('Filen kommer från en nyare version av Justera. Uppdatera Justera och försök igen.');
  if ((await sha256Hex(file.json)) !== file.hash) throw new DomainError(TAMPERED_SIGNED);
  let json: unknown;
  try {
    json = JSON.parse(file.json);
  } catch {
    throw new DomainError(TAMPERED_SIGNED);
  }
  const document = protocolDocumentSchema.safeParse(json);
  if (!document.success || canonicalJson(document.data) !== file.json || document.data.meetingId !== file.meetingId || document.data.kind !== 'protocol') {
    throw new DomainError(TAMPERED_SIGNED);
  }
  const signing = file.approvals.filter((a) => a.decision === 'approve');
  if (signing.length === 0 || file.approvals.some((a) => a.hash !== file.hash)) throw new DomainError(TAMPERED_SIGNED);
  return { file, document: document.data };
}

export async function readSignedProtocolFile(bytes: Uint8Array): Promise<{ file: SignedProtocolFile; document: ProtocolDocument }> {
  if (bytes.byteLength > MAX_BYTES) throw new DomainError(BROKEN_SIGNED);
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new DomainError(BROKEN_SIGNED);
  }
  return readSignedProtocol(value);
}
