/** Reading a .docx back in tests: parts, paragraphs, table rows and runs, without a DOM. */
import JSZip from 'jszip';

export async function part(docx: Uint8Array, name: string): Promise<string> {
  const file = (await JSZip.loadAsync(docx)).file(name);
  if (!file) throw new Error(`no part ${name}`);
  return file.async('string');
}

export async function partNames(docx: Uint8Array): Promise<string[]> {
  return Object.keys((await JSZip.loadAsync(docx)).files);
}

const decode = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The text of an XML fragment (its w:t elements joined). */
export const textOf = (xml: string) => [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1]!)).join('');

/** Non-empty paragraphs' text, in document order. */
export function paragraphsOf(xml: string): string[] {
  return xml
    .split('</w:p>')
    .map(textOf)
    .filter((t) => t.length > 0);
}

/** Each table row as its cells' text. */
export function tableRows(xml: string): string[][] {
  return [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) => [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) => paragraphsOf(cell[0]).join('\n')));
}

/** The runs (w:r) whose text contains `text`, as XML. */
export function runsWith(xml: string, text: string): string[] {
  return [...xml.matchAll(/<w:r>[\s\S]*?<\/w:r>|<w:r [\s\S]*?<\/w:r>/g)].map((m) => m[0]).filter((r) => textOf(r).includes(text));
}
