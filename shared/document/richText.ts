/**
 * Rich text as the minutes hold it, independent of the editor: paragraphs, bullet and numbered
 * lists, headings, and runs of text that may be bold, italic or a link — what the region's notes
 * use. Read from the Yjs fragment that Tiptap (y-prosemirror) writes, and used by the Word export,
 * the search index and the signed snapshot.
 */
import * as Y from 'yjs';
import { z } from 'zod';

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  link?: string;
}

export type Block =
  | { type: 'paragraph'; runs: Run[] }
  | { type: 'heading'; level: number; runs: Run[] }
  | { type: 'bulletList' | 'orderedList'; items: Block[][] };

const runSchema = z.object({
  text: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  link: z.string().optional(),
});
export const blockSchema: z.ZodType<Block> = z.lazy(() =>
  z.union([
    z.object({ type: z.literal('paragraph'), runs: z.array(runSchema) }),
    z.object({ type: z.literal('heading'), level: z.number().int().min(1).max(6), runs: z.array(runSchema) }),
    z.object({ type: z.enum(['bulletList', 'orderedList']), items: z.array(z.array(blockSchema)) }),
  ]),
);

/** The name of the Yjs fragment Tiptap's Collaboration extension edits. */
export const CONTENT_FIELD = 'content';

function runsOf(text: Y.XmlText): Run[] {
  const runs: Run[] = [];
  for (const op of text.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]) {
    if (typeof op.insert !== 'string' || op.insert.length === 0) continue;
    const attributes = op.attributes ?? {};
    const run: Run = { text: op.insert };
    if (attributes.bold) run.bold = true;
    if (attributes.italic) run.italic = true;
    const link = attributes.link as { href?: unknown } | undefined;
    if (link && typeof link.href === 'string') run.link = link.href;
    runs.push(run);
  }
  return runs;
}

function inlineRuns(element: Y.XmlElement): Run[] {
  const runs: Run[] = [];
  for (const child of element.toArray()) {
    if (child instanceof Y.XmlText) runs.push(...runsOf(child));
    else if (child instanceof Y.XmlElement && child.nodeName === 'hardBreak') runs.push({ text: '\n' });
    else if (child instanceof Y.XmlElement) runs.push(...inlineRuns(child));
  }
  return mergeRuns(runs);
}

function mergeRuns(runs: Run[]): Run[] {
  const merged: Run[] = [];
  for (const run of runs) {
    const last = merged.at(-1);
    if (last && last.bold === run.bold && last.italic === run.italic && last.link === run.link) last.text += run.text;
    else merged.push({ ...run });
  }
  return merged;
}

function blocksOf(nodes: readonly (Y.XmlElement | Y.XmlText | Y.XmlHook)[]): Block[] {
  const blocks: Block[] = [];
  for (const node of nodes) {
    if (node instanceof Y.XmlText) {
      const runs = runsOf(node);
      if (runs.length > 0) blocks.push({ type: 'paragraph', runs });
      continue;
    }
    if (!(node instanceof Y.XmlElement)) continue;
    switch (node.nodeName) {
      case 'paragraph':
        blocks.push({ type: 'paragraph', runs: inlineRuns(node) });
        break;
      case 'heading': {
        const level = Number(node.getAttribute('level') ?? 2);
        blocks.push({ type: 'heading', level: Number.isFinite(level) ? Math.min(6, Math.max(1, level)) : 2, runs: inlineRuns(node) });
        break;
      }
      case 'bulletList':
      case 'orderedList':
        blocks.push({
          type: node.nodeName,
          items: node
            .toArray()
            .filter((child): child is Y.XmlElement => child instanceof Y.XmlElement)
            .map((listItem) => blocksOf(listItem.toArray())),
        });
        break;
      case 'blockquote':
      case 'listItem':
        blocks.push(...blocksOf(node.toArray()));
        break;
      default: {
        const runs = inlineRuns(node);
        if (runs.length > 0) blocks.push({ type: 'paragraph', runs });
      }
    }
  }
  return blocks;
}

/** The minutes' running text as blocks (empty paragraphs at the end are dropped). */
export function readRichText(doc: Y.Doc, field = CONTENT_FIELD): Block[] {
  const blocks = blocksOf(doc.getXmlFragment(field).toArray());
  while (blocks.length > 0) {
    const last = blocks.at(-1)!;
    if (last.type === 'paragraph' && last.runs.every((r) => !r.text.trim())) blocks.pop();
    else break;
  }
  return blocks;
}

/** Plain text for search and previews: one line per paragraph or list item. */
export function plainText(blocks: readonly Block[]): string {
  const lines: string[] = [];
  const walk = (list: readonly Block[]) => {
    for (const block of list) {
      if (block.type === 'paragraph' || block.type === 'heading') lines.push(block.runs.map((r) => r.text).join(''));
      else block.items.forEach((item) => walk(item));
    }
  };
  walk(blocks);
  return lines.join('\n');
}

/**
 * Writes blocks into an empty fragment the way Tiptap would have (for example data and tests).
 * Only for a fragment nobody is editing yet.
 */
export function writeRichText(doc: Y.Doc, blocks: readonly Block[], field = CONTENT_FIELD): void {
  const fragment = doc.getXmlFragment(field);
  const toText = (runs: readonly Run[]) => {
    const text = new Y.XmlText();
    let offset = 0;
    for (const run of runs) {
      const attributes: Record<string, unknown> = {};
      if (run.bold) attributes.bold = {};
      if (run.italic) attributes.italic = {};
      if (run.link) attributes.link = { href: run.link };
      text.insert(offset, run.text, attributes);
      offset += run.text.length;
    }
    return text;
  };
  const toElements = (list: readonly Block[]): Y.XmlElement[] =>
    list.map((block) => {
      if (block.type === 'paragraph' || block.type === 'heading') {
        const element = new Y.XmlElement(block.type);
        if (block.type === 'heading') element.setAttribute('level', String(block.level) as never);
        element.insert(0, [toText(block.runs)]);
        return element;
      }
      const list = new Y.XmlElement(block.type);
      list.insert(
        0,
        block.items.map((item) => {
          const li = new Y.XmlElement('listItem');
          li.insert(0, toElements(item.length > 0 ? item : [{ type: 'paragraph', runs: [] }]));
          return li;
        }),
      );
      return list;
    });
  doc.transact(() => fragment.insert(fragment.length, toElements(blocks)));
}

/** Convenience for building blocks in code: a paragraph of plain text. */
export const paragraph = (text: string): Block => ({ type: 'paragraph', runs: text ? [{ text }] : [] });
export const bullets = (...items: string[]): Block => ({ type: 'bulletList', items: items.map((t) => [paragraph(t)]) });
