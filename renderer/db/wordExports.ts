/**
 * Protocols and minnesanteckningar to Word, the record of every export, and the check of a .docx
 * against the signed versions stored here.
 *
 * The export record is local: settings key `wordExports:<meetingId>` holds a list of
 * { at, kind, version, hash, signed, templateName, templateVersion, fileName }, newest last. It is
 * not written into the meeting's Yjs document, because a signed meeting's documents are frozen and
 * an export must still be recorded; it is included in backups like every setting.
 */
import { z } from 'zod';
import { canonicalJson, sha256Hex, verificationCode } from '../../shared/document/canonical';
import type { ProtocolDocument } from '../../shared/document/protocol';
import { formatDate } from '../../shared/domain/dates';
import { DomainError } from '../../shared/domain/errors';
import { createSignedProtocolFile, signedProtocolFileName } from '../../shared/exchange/signedProtocol';
import { wordFileName } from '../../shared/word/archive';
import { renderProtocolWord, type Signing } from '../../shared/word/protocol';
import { readWordStamp } from '../../shared/word/stamp';
import { buildProtocol, listSignedVersions, readState } from './justering';
import type { Store } from './store';

export type WordSource = 'review' | 'signed' | 'notes';

export const wordExportSchema = z.object({
  at: z.string(),
  kind: z.enum(['protocol', 'notes']),
  version: z.number().int().nullable(),
  hash: z.string(),
  signed: z.boolean(),
  templateName: z.string(),
  templateVersion: z.string(),
  fileName: z.string(),
});
export type WordExport = z.infer<typeof wordExportSchema>;

const exportsKey = (meetingId: string) => `wordExports:${meetingId}`;

export interface TemplateForExport {
  bytes: Uint8Array;
  name: string;
  version: string;
}

/** The Word file of the meeting's review version, signed version or (minnesanteckningar) current content. */
export async function protocolWordFile(
  store: Store,
  meetingId: string,
  source: WordSource,
  template: TemplateForExport,
  exportedAt = new Date().toISOString(),
): Promise<{ fileName: string; bytes: Uint8Array; record: WordExport }> {
  let document: ProtocolDocument;
  let hash: string;
  let version: number | null = null;
  let signing: Signing | null = null;
  if (source === 'notes') {
    document = await buildProtocol(store, meetingId);
    hash = await sha256Hex(canonicalJson(document));
  } else if (source === 'signed') {
    const signed = (await listSignedVersions(store, meetingId)).at(-1);
    if (!signed) throw new DomainError('Protokollet är inte justerat ännu.');
    if ((await sha256Hex(signed.json)) !== signed.hash) throw new DomainError('Det justerade protokollet stämmer inte med sin kontrollsumma. Ingen Word-fil har skrivits.');
    document = JSON.parse(signed.json) as ProtocolDocument;
    hash = signed.hash;
    version = signed.version;
    signing = { approvedOn: signed.approvedOn, approvals: signed.approvals };
  } else {
    const latest = (await readState(store, meetingId)).versions.at(-1);
    if (!latest) throw new DomainError('Skicka protokollet för justering först; då blir det en version att exportera.');
    document = JSON.parse(latest.json) as ProtocolDocument;
    hash = latest.hash;
    version = latest.version;
  }
  const bytes = await renderProtocolWord({ document, hash, version, signing, template: template.bytes, templateIdentity: { name: template.name, version: template.version }, exportedAt });
  const fileName = wordFileName(document, version, signing !== null);
  return {
    fileName,
    bytes,
    record: { at: exportedAt, kind: document.kind, version, hash, signed: signing !== null, templateName: template.name, templateVersion: template.version, fileName },
  };
}

/** Records a saved export (call once the file is written). */
export async function recordWordExport(store: Store, meetingId: string, record: WordExport): Promise<void> {
  await store.db.transaction('rw', store.db.settings, async () => {
    const list = await listWordExports(store, meetingId);
    await store.db.settings.put({ key: exportsKey(meetingId), value: [...list, wordExportSchema.parse(record)] });
  });
}

export async function listWordExports(store: Store, meetingId: string): Promise<WordExport[]> {
  const value = (await store.db.settings.get(exportsKey(meetingId)))?.value;
  const parsed = z.array(wordExportSchema).safeParse(value);
  return parsed.success ? parsed.data : [];
}

/** The latest signed version as an archive file (`justera-signed-protocol`), for the command-line export. */
export async function signedProtocolArchive(store: Store, meetingId: string): Promise<{ name: string; bytes: Uint8Array }> {
  const signed = (await listSignedVersions(store, meetingId)).at(-1);
  if (!signed) throw new DomainError('Protokollet är inte justerat ännu.');
  return { name: signedProtocolFileName(JSON.parse(signed.json) as ProtocolDocument, signed.version), bytes: createSignedProtocolFile(signed) };
}

export type WordCheck =
  | { outcome: 'match'; message: string }
  | { outcome: 'changed' | 'notSigned' | 'unknown' | 'noCode'; message: string };

/** Says whether a .docx is an unchanged export of a signed version stored here. Reads only. */
export async function checkWordFile(store: Store, bytes: Uint8Array): Promise<WordCheck> {
  let read;
  try {
    read = await readWordStamp(bytes);
  } catch {
    throw new DomainError('Filen går inte att läsa som ett Word-dokument (.docx).');
  }
  const { stamp, textHash, recordedTextHash } = read;
  if (!stamp) return { outcome: 'noCode', message: 'Filen har ingen kontrollkod från Justera och kan inte kontrolleras mot de justerade protokollen.' };
  const code = verificationCode(stamp.hash);
  const signed = await store.db.signedProtocols.where('hash').equals(stamp.hash).first();
  if (signed) {
    const document = JSON.parse(signed.json) as ProtocolDocument;
    const what = `protokollet för ${document.bodyNames.join(' och ')} ${formatDate(document.date)}, version ${signed.version}, justerat den ${formatDate(signed.approvedOn)}`;
    if (recordedTextHash !== textHash) {
      return { outcome: 'changed', message: `Kontrollkoden ${code} hör till ${what}, men texten i filen har ändrats efter exporten. Filen är inte en oförändrad kopia av det justerade protokollet.` };
    }
    return { outcome: 'match', message: `Filen stämmer med ${what} (kontrollkod ${code}).` };
  }
  const reviewVersion = (await store.db.reviewVersions.where('meetingId').equals(stamp.meetingId).toArray()).find((v) => v.hash === stamp.hash);
  if (reviewVersion) return { outcome: 'notSigned', message: `Filen är gjord av version ${reviewVersion.version} (kontrollkod ${code}), som inte är justerad.` };
  if (stamp.kind === 'notes') return { outcome: 'notSigned', message: `Filen är minnesanteckningar (kontrollkod ${code}). Minnesanteckningar justeras inte.` };
  return { outcome: 'unknown', message: `Kontrollkoden ${code} finns inte bland de justerade protokollen på den här datorn.` };
}
