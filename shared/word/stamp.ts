/**
 * The stamp every exported protocol carries: which version (its SHA-256 and short verification
 * code) and which template (name and version) produced the file, written as custom document
 * properties (Arkiv › Information › Egenskaper › Avancerade egenskaper › Anpassa in Word), plus a
 * hash of the document's text at export. Reading the stamp back lets the app say whether a .docx
 * still shows exactly a signed version.
 *
 * Pure: bytes in, bytes out (JSZip; regular expressions over the XML, no DOM).
 */
import JSZip from 'jszip';
import { sha256Hex } from '../document/canonical';

export interface WordStamp {
  /** SHA-256 of the canonical JSON the file shows. */
  hash: string;
  verificationCode: string;
  meetingId: string;
  kind: 'protocol' | 'notes';
  /** The review version's number; 0 for minnesanteckningar (current content, not a version). */
  version: number;
  signed: boolean;
  /** "Justerat den", ISO date, or '' when not signed. */
  approvedOn: string;
  templateName: string;
  templateVersion: string;
  exportedAt: string;
}

export interface ReadStamp {
  stamp: WordStamp | null;
  /** SHA-256 of the document's text as the file holds it now. */
  textHash: string;
  /** SHA-256 of the text at export, as recorded in the file. */
  recordedTextHash: string | null;
}

const PREFIX = 'Justera';
const FMTID = '{D5CDD505-2E9C-101B-9397-08002B2CF9AE}';
const CUSTOM_PATH = 'docProps/custom.xml';
const CUSTOM_TYPE = 'application/vnd.openxmlformats-officedocument.custom-properties+xml';
const CUSTOM_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties';

const fields: Record<keyof WordStamp, string> = {
  hash: 'JusteraHash',
  verificationCode: 'JusteraKontrollkod',
  meetingId: 'JusteraMote',
  kind: 'JusteraTyp',
  version: 'JusteraVersion',
  signed: 'JusteraJusterad',
  approvedOn: 'JusteraJusteratDen',
  templateName: 'JusteraMall',
  templateVersion: 'JusteraMallversion',
  exportedAt: 'JusteraExporterad',
};
const TEXT_HASH = 'JusteraTexthash';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, entity: string) => {
    if (entity === 'amp') return '&';
    if (entity === 'lt') return '<';
    if (entity === 'gt') return '>';
    if (entity === 'quot') return '"';
    if (entity === 'apos') return "'";
    const code = entity.startsWith('#x') ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

/** The text of word/document.xml, one line per non-empty paragraph (what a reader sees, without layout). */
export function documentText(documentXml: string): string {
  return documentXml
    .split('</w:p>')
    .map((part) => [...part.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescapeXml(m[1]!)).join(''))
    .filter((line) => line.length > 0)
    .join('\n');
}

async function loadDocx(bytes: Uint8Array): Promise<JSZip> {
  const zip = await JSZip.loadAsync(bytes);
  if (!zip.file('word/document.xml')) throw new Error('not a Word document');
  return zip;
}

/** Writes the stamp (and the text hash) into the file's custom properties, keeping any others. */
export async function stampWordFile(bytes: Uint8Array, stamp: WordStamp): Promise<Uint8Array> {
  const zip = await loadDocx(bytes);
  const textHash = await sha256Hex(documentText(await zip.file('word/document.xml')!.async('string')));
  const existing = (await zip.file(CUSTOM_PATH)?.async('string')) ?? '';
  // Keep the template's own properties; drop ours (a re-exported file gets fresh ones).
  const others = [...existing.matchAll(/<property\b[^>]*>[\s\S]*?<\/property>/g)]
    .map((m) => m[0])
    .filter((p) => !new RegExp(`name="${PREFIX}`).test(p));
  let pid = Math.max(1, ...others.map((p) => Number(/pid="(\d+)"/.exec(p)?.[1] ?? 1)));
  const entries: [string, string][] = [
    ...(Object.keys(fields) as (keyof WordStamp)[]).map((key): [string, string] => [fields[key], String(stamp[key])]),
    [TEXT_HASH, textHash],
  ];
  const ours = entries.map(([name, value]) => `<property fmtid="${FMTID}" pid="${++pid}" name="${name}"><vt:lpwstr>${escapeXml(value)}</vt:lpwstr></property>`);
  zip.file(
    CUSTOM_PATH,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${[...others, ...ours].join('')}</Properties>`,
  );
  const types = await zip.file('[Content_Types].xml')!.async('string');
  if (!types.includes(`PartName="/${CUSTOM_PATH}"`)) {
    zip.file('[Content_Types].xml', types.replace('</Types>', `<Override PartName="/${CUSTOM_PATH}" ContentType="${CUSTOM_TYPE}"/></Types>`));
  }
  const rels = (await zip.file('_rels/.rels')?.async('string')) ?? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  if (!rels.includes(CUSTOM_REL)) {
    const ids = [...rels.matchAll(/Id="rId(\d+)"/g)].map((m) => Number(m[1]));
    const id = `rId${Math.max(0, ...ids) + 1}`;
    zip.file('_rels/.rels', rels.replace('</Relationships>', `<Relationship Id="${id}" Type="${CUSTOM_REL}" Target="${CUSTOM_PATH}"/></Relationships>`));
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
}

/** Reads the stamp back. Throws when the bytes are not a Word document. */
export async function readWordStamp(bytes: Uint8Array): Promise<ReadStamp> {
  const zip = await loadDocx(bytes);
  const textHash = await sha256Hex(documentText(await zip.file('word/document.xml')!.async('string')));
  const xml = (await zip.file(CUSTOM_PATH)?.async('string')) ?? '';
  const values = new Map<string, string>();
  for (const m of xml.matchAll(/<property\b[^>]*\bname="([^"]+)"[^>]*>\s*<vt:lpwstr>([^<]*)<\/vt:lpwstr>\s*<\/property>/g)) values.set(m[1]!, unescapeXml(m[2]!));
  const hash = values.get(fields.hash) ?? '';
  if (!/^[0-9a-f]{64}$/.test(hash)) return { stamp: null, textHash, recordedTextHash: null };
  const get = (key: keyof WordStamp) => values.get(fields[key]) ?? '';
  return {
    stamp: {
      hash,
      verificationCode: get('verificationCode'),
      meetingId: get('meetingId'),
      kind: get('kind') === 'notes' ? 'notes' : 'protocol',
      version: Number(get('version')) || 0,
      signed: get('signed') === 'true',
      approvedOn: get('approvedOn'),
      templateName: get('templateName'),
      templateVersion: get('templateVersion'),
      exportedAt: get('exportedAt'),
    },
    textHash,
    recordedTextHash: values.get(TEXT_HASH) ?? null,
  };
}
