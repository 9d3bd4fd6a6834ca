/**
 * Filling a Word template: placeholders replaced with docx's `patchDocument`. Inline text keeps
 * the formatting the template gives the placeholder; block content (paragraphs, lists) takes the
 * template's paragraph styles (Normal, Heading 2 …), so a region's restyled template restyles the
 * output too. Pure: bytes in, bytes out.
 */
import type { Paragraph} from 'docx';
import { patchDocument, PatchType, TextRun, type INumberingOptions, type IPatch, type TableRowsPatch } from 'docx';

export type Patches = Record<string, IPatch | TableRowsPatch>;

export const textPatch = (value: string): IPatch => ({ type: PatchType.PARAGRAPH, children: [new TextRun(value)] });

export const blockPatch = (children: Paragraph[]): IPatch => ({ type: PatchType.DOCUMENT, children });

export const rowsPatch = (rows: Record<string, string>[]): TableRowsPatch => ({
  type: PatchType.TABLE_ROWS,
  rows: rows.map((row) => Object.fromEntries(Object.entries(row).map(([field, value]) => [field, textPatch(value)]))),
});

export async function fillTemplate(
  template: Uint8Array,
  patches: Patches,
  properties: { title?: string; subject?: string; description?: string; keywords?: string } = {},
  numbering?: INumberingOptions,
): Promise<Uint8Array> {
  return patchDocument({
    outputType: 'uint8array',
    data: template,
    patches,
    keepOriginalStyles: true,
    trimPlaceholders: true,
    ...(numbering ? { numbering } : {}),
    properties: { ...properties, creator: 'Justera', lastModifiedBy: 'Justera' },
  });
}
