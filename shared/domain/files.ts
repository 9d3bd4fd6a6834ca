/**
 * Files the user attaches (a signed agreement, later an agenda item's documents). The bytes live
 * once in the local `files` table, keyed by id; records in documents hold only a reference.
 */
import { z } from 'zod';
import { DomainError } from './errors';

/** Largest file that can be attached: a scanned, signed agreement of many pages fits. */
export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;

export const fileRefSchema = z.object({
  fileId: z.string().min(1),
  name: z.string().min(1).max(255),
  size: z.number().int().min(0),
  type: z.string().max(200).default('application/octet-stream'),
  sha256: z.string().max(64).default(''),
});
export type FileRef = z.infer<typeof fileRefSchema>;

/** "1,2 MB", "25 MB", "340 kB", "12 byte". `up` rounds up, so a file just over a limit never looks equal to it. */
export function formatFileSize(bytes: number, rounding: 'nearest' | 'up' = 'nearest'): string {
  const round = rounding === 'up' ? Math.ceil : Math.round;
  if (bytes < 1024) return `${bytes} byte`;
  if (bytes < 1024 * 1024) return `${round(bytes / 1024)} kB`;
  const tenths = round((bytes / (1024 * 1024)) * 10) / 10;
  return `${Number.isInteger(tenths) ? String(tenths) : tenths.toFixed(1).replace('.', ',')} MB`;
}

/** Refuses an empty or too large file with a message that names it and says what is allowed. */
export function checkAttachment(name: string, size: number, maxBytes = MAX_ATTACHMENT_BYTES): void {
  if (size === 0) throw new DomainError(`Filen ”${name}” är tom.`, 'file');
  if (size > maxBytes) {
    throw new DomainError(
      `Filen ”${name}” är för stor (${formatFileSize(size, 'up')}). Största tillåtna storlek är ${formatFileSize(maxBytes)}.`,
      'file',
    );
  }
}

/** A file's type from its name, for the few kinds people attach here. */
export function mimeTypeOf(name: string): string {
  const extension = name.toLowerCase().split('.').pop() ?? '';
  const types: Record<string, string> = {
    pdf: 'application/pdf',
    docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    doc: 'application/msword',
    xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    png: 'image/png',
    jpg: 'image/jpeg',
    jpeg: 'image/jpeg',
    txt: 'text/plain',
    csv: 'text/csv',
  };
  return types[extension] ?? 'application/octet-stream';
}
