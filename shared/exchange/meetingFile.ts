/**
 * The meeting file: how a meeting travels between machines before there is a sync server. The
 * secretary exports it; the chair opens it in their own Justera, works on the agenda and sends a file
 * back; importing it merges both sides' changes through Yjs (nothing is overwritten). It carries the
 * meeting's document and, for context on a machine that has never seen it, the register and the
 * meeting's bodies' documents.
 *
 * Format (version 1), JSON:
 *   { format: "justera-meeting", version: 1, meetingId, summary: { title, date },
 *     exportedAt, exportedBy, documents: [{ id: "meeting/<id>" | "register" | "body/<id>", update: base64 }] }
 * Each update is a Yjs state update (encodeStateAsUpdateV2) of the whole document.
 *
 * Attachments: `files: [{ id, name, type, size, sha256, data: base64 }]` carries the bytes of the
 * files the meeting's agenda items refer to, so the chair can open them. They count against the
 * file's size: what does not fit in `MEETING_FILE_ATTACHMENT_BUDGET` is left out, and the export
 * says which (the receiver then sees "finns inte på den här datorn" for those). An older Justera
 * ignores the field (it only adds to version 1), a newer one checks each file's SHA-256.
 */
import * as Y from 'yjs';
import { z } from 'zod';
import { formatDate } from '../domain/dates';
import { DomainError } from '../domain/errors';
import { safeFileName } from '../domain/fileNames';
import { meetingDocId, parseDocId, REGISTER_DOC_ID } from '../ydoc/documents';
import { readMeeting } from '../ydoc/meeting';
import { base64ToBytes, bytesToBase64 } from './base64';

export const MEETING_FILE_FORMAT = 'justera-meeting';
export const MEETING_FILE_VERSION = 1;
export const MEETING_FILE_MAX_BYTES = 50 * 1024 * 1024;
/** Raw bytes of attachments a meeting file carries at most (base64 makes them a third larger). */
export const MEETING_FILE_ATTACHMENT_BUDGET = 30 * 1024 * 1024;

const fileEntrySchema = z.object({
  id: z.string().min(1).max(100),
  name: z.string().min(1).max(255),
  type: z.string().max(200),
  size: z.number().int().min(1).max(MEETING_FILE_ATTACHMENT_BUDGET),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  data: z.string().max(MEETING_FILE_MAX_BYTES),
});

const meetingFileSchema = z.object({
  format: z.literal(MEETING_FILE_FORMAT),
  version: z.number().int(),
  meetingId: z.string().min(1).max(100),
  summary: z.object({ title: z.string().max(500), date: z.string().max(20) }),
  exportedAt: z.string().max(40),
  exportedBy: z.string().max(200),
  documents: z
    .array(z.object({ id: z.string().min(1).max(200), update: z.string().max(MEETING_FILE_MAX_BYTES) }))
    .min(1)
    .max(50),
  files: z.array(fileEntrySchema).max(500).default([]),
});
export type MeetingFile = z.infer<typeof meetingFileSchema>;

export interface MeetingFileInput {
  meetingId: string;
  title: string;
  date: string;
  exportedBy: string;
  now?: Date;
  documents: { id: string; doc: Y.Doc }[];
  /** Attachments' bytes to carry (already chosen to fit the budget). */
  files?: readonly MeetingFileAttachment[];
}

export interface MeetingFileAttachment {
  id: string;
  name: string;
  type: string;
  sha256: string;
  bytes: Uint8Array;
}

/**
 * Which attachments go into the file: smallest first until the budget is spent (so as many as
 * possible travel); the rest are named in `omitted`.
 */
export function chooseAttachments<T extends { bytes: Uint8Array; name: string }>(
  files: readonly T[],
  budget = MEETING_FILE_ATTACHMENT_BUDGET,
): { included: T[]; omitted: T[] } {
  const included: T[] = [];
  const omitted: T[] = [];
  let used = 0;
  for (const file of [...files].sort((a, b) => a.bytes.byteLength - b.bytes.byteLength)) {
    if (used + file.bytes.byteLength <= budget) {
      included.push(file);
      used += file.bytes.byteLength;
    } else omitted.push(file);
  }
  return { included, omitted };
}

export function fileNameFor(title: string, date: string): string {
  return `${safeFileName(`${title} ${date}`, 'Möte')}.justera-mote.json`;
}

export function createMeetingFile(input: MeetingFileInput): Uint8Array {
  const file: MeetingFile = {
    format: MEETING_FILE_FORMAT,
    version: MEETING_FILE_VERSION,
    meetingId: input.meetingId,
    summary: { title: input.title, date: input.date },
    exportedAt: (input.now ?? new Date()).toISOString(),
    exportedBy: input.exportedBy,
    documents: input.documents.map(({ id, doc }) => ({ id, update: bytesToBase64(Y.encodeStateAsUpdateV2(doc)) })),
    files: (input.files ?? []).map((f) => ({ id: f.id, name: f.name, type: f.type, size: f.bytes.byteLength, sha256: f.sha256, data: bytesToBase64(f.bytes) })),
  };
  return new TextEncoder().encode(JSON.stringify(file));
}

export interface DecodedMeetingFile {
  meetingId: string;
  summary: { title: string; date: string };
  exportedAt: string;
  exportedBy: string;
  /** Each document's update, checked to decode into a Yjs document. */
  documents: { id: string; update: Uint8Array }[];
  /** Attachments' bytes, decoded and checked for size (the SHA-256 is checked by the importer). */
  files: MeetingFileAttachment[];
}

const BROKEN = 'Filen kunde inte läsas som en mötesfil från Justera. Den kan vara skadad eller av fel slag. Ingenting har ändrats.';

/**
 * Reads and checks a meeting file completely (format, version, every document decodes, the meeting
 * is in it) before anything is applied. Throws a DomainError with a Swedish message otherwise.
 * `expectedMeetingId`: when importing into an open meeting, a file for another meeting is refused.
 */
export function readMeetingFile(bytes: Uint8Array, expectedMeetingId?: string): DecodedMeetingFile {
  if (bytes.byteLength > MEETING_FILE_MAX_BYTES) {
    throw new DomainError('Filen är för stor för att vara en mötesfil. Ingenting har ändrats.');
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new DomainError(BROKEN);
  }
  const parsed = meetingFileSchema.safeParse(json);
  if (!parsed.success) throw new DomainError(BROKEN);
  const file = parsed.data;
  if (file.version > MEETING_FILE_VERSION) {
    throw new DomainError('Mötesfilen kommer från en nyare version av Justera. Uppdatera Justera och försök igen.');
  }
  if (file.version < 1) throw new DomainError(BROKEN);
  const meetingDoc = meetingDocId(file.meetingId);
  const documents: { id: string; update: Uint8Array }[] = [];
  const seen = new Set<string>();
  for (const entry of file.documents) {
    const parsedId = parseDocId(entry.id);
    const allowed =
      entry.id === meetingDoc || entry.id === REGISTER_DOC_ID || (parsedId?.kind === 'body' && parsedId.entityId.length > 0);
    if (!allowed || seen.has(entry.id)) throw new DomainError(BROKEN);
    seen.add(entry.id);
    let update: Uint8Array;
    try {
      update = base64ToBytes(entry.update);
      const probe = new Y.Doc();
      Y.applyUpdateV2(probe, update);
      if (entry.id === meetingDoc && !readMeeting(probe, file.meetingId)) throw new Error('no meeting');
      probe.destroy();
    } catch {
      throw new DomainError(BROKEN);
    }
    documents.push({ id: entry.id, update });
  }
  if (!seen.has(meetingDoc)) throw new DomainError(BROKEN);
  if (expectedMeetingId && expectedMeetingId !== file.meetingId) {
    const when = /^\d{4}-\d{2}-\d{2}$/.test(file.summary.date) ? ` ${formatDate(file.summary.date)}` : '';
    throw new DomainError(`Filen gäller ett annat möte (${file.summary.title}${when}). Ingenting har ändrats.`);
  }
  const files: MeetingFileAttachment[] = [];
  for (const entry of file.files) {
    let bytes: Uint8Array;
    try {
      bytes = base64ToBytes(entry.data);
    } catch {
      throw new DomainError(BROKEN);
    }
    if (bytes.byteLength !== entry.size || files.some((f) => f.id === entry.id)) throw new DomainError(BROKEN);
    files.push({ id: entry.id, name: entry.name, type: entry.type, sha256: entry.sha256, bytes });
  }
  return { meetingId: file.meetingId, summary: file.summary, exportedAt: file.exportedAt, exportedBy: file.exportedBy, documents, files };
}
