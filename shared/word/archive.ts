/**
 * Word from an exchange file, without a database: a review package (`justera-review`, its current
 * version, not signed) or a signed-protocol archive file (`justera-signed-protocol`). Both are
 * checked against their hashes before anything is rendered. Used by the command-line export.
 */
import { DomainError } from '../domain/errors';
import { safeFileName } from '../domain/fileNames';
import { formatDate } from '../domain/dates';
import type { ProtocolDocument } from '../document/protocol';
import { readReviewPackage, REVIEW_FORMAT } from '../exchange/review';
import { readSignedProtocol, SIGNED_FORMAT } from '../exchange/signedProtocol';
import { renderProtocolWord, type Signing } from './protocol';
import type { TemplateIdentity } from './templates';

export interface ArchiveExport {
  bytes: Uint8Array;
  document: ProtocolDocument;
  version: number;
  hash: string;
  signed: boolean;
  fileName: string;
}

const NOT_OURS = 'Filen är varken en justeringsfil eller ett justerat protokoll från Justera. Ingen Word-fil har skrivits.';

export function wordFileName(document: ProtocolDocument, version: number | null, signed: boolean): string {
  const base = document.kind === 'notes' ? document.title : `Protokoll ${document.bodyNames.join(' och ')} ${formatDate(document.date)}`;
  const suffix = version === null ? '' : signed ? ` version ${version} justerat` : ` version ${version} för justering`;
  return `${safeFileName(`${base}${suffix}`, 'Protokoll')}.docx`;
}

export async function wordFromExchangeFile(
  input: Uint8Array,
  template: { bytes: Uint8Array; identity: TemplateIdentity },
  exportedAt: string,
): Promise<ArchiveExport> {
  let value: { format?: unknown } | null = null;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(input)) as { format?: unknown };
  } catch {
    throw new DomainError(NOT_OURS);
  }
  let document: ProtocolDocument;
  let version: number;
  let hash: string;
  let signing: Signing | null = null;
  if (value && value.format === REVIEW_FORMAT) {
    const opened = await readReviewPackage(input);
    document = opened.document;
    version = opened.pkg.current.version;
    hash = opened.pkg.current.hash;
  } else if (value && value.format === SIGNED_FORMAT) {
    const { file, document: signedDocument } = await readSignedProtocol(value);
    document = signedDocument;
    version = file.version;
    hash = file.hash;
    signing = { approvedOn: file.approvedOn, approvals: file.approvals };
  } else {
    throw new DomainError(NOT_OURS);
  }
  const bytes = await renderProtocolWord({ document, hash, version, signing, template: template.bytes, templateIdentity: template.identity, exportedAt });
  return { bytes, document, version, hash, signed: signing !== null, fileName: wordFileName(document, version, signing !== null) };
}
