/**
 * The default Word templates, built with docx's Document API so they can be regenerated and
 * reviewed as code. Each is an ordinary .docx: a region can open it in Word, change fonts, logo,
 * header and footer, keep the placeholders, and load it in the app (checked by
 * shared/word/templates.ts `checkTemplate`).
 *
 * The look is calm and close to the region's own documents: Arial, dark blue headings, plenty of
 * white space, a small header with the region's name and a footer with the body, date and page.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IStylesOptions,
} from 'docx';
import type { TemplateKind } from '../shared/word/templates';

const FONT = 'Arial';
const HEADING_COLOUR = '1F3A5F';
const MUTED = '5F6B7A';
const RULE = 'BFC7D1';

/** Styles every default template shares; block content the app inserts uses them too. */
export const templateStyles: IStylesOptions = {
  default: {
    document: { run: { font: FONT, size: 22 }, paragraph: { spacing: { after: 80, line: 276 } } },
    heading1: {
      run: { font: FONT, size: 40, bold: true, color: HEADING_COLOUR },
      paragraph: { spacing: { before: 0, after: 80 } },
    },
    heading2: {
      run: { font: FONT, size: 26, bold: true, color: HEADING_COLOUR },
      paragraph: { spacing: { before: 320, after: 100 }, keepNext: true },
    },
    listParagraph: { run: { font: FONT, size: 22 } },
  },
  paragraphStyles: [
    {
      id: 'Subtitle',
      name: 'Subtitle',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { font: FONT, size: 28, color: MUTED },
      paragraph: { spacing: { after: 360 } },
    },
    {
      id: 'TableText',
      name: 'Table Text',
      basedOn: 'Normal',
      run: { font: FONT, size: 21 },
      paragraph: { spacing: { before: 40, after: 40 } },
    },
  ],
};

const cell = (text: string, options: { header?: boolean; width: number }) =>
  new TableCell({
    width: { size: options.width, type: WidthType.DXA },
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    shading: options.header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E8EDF3' } : undefined,
    children: [new Paragraph({ style: 'TableText', children: [new TextRun({ text, bold: options.header })] })],
  });

const thin = { style: BorderStyle.SINGLE, size: 4, color: RULE };

function header(): Header {
  return new Header({
    children: [
      new Paragraph({
        border: { bottom: { ...thin, space: 4 } },
        children: [new TextRun({ text: 'Region Örebro län', bold: true, color: HEADING_COLOUR, size: 18 }), new TextRun({ text: '\tFolkhälsosamverkan i Örebro län', color: MUTED, size: 18 })],
        tabStops: [{ type: 'right', position: 9070 }],
      }),
    ],
  });
}

function footer(text = '{{body}} · {{printedOn}}'): Footer {
  return new Footer({
    children: [
      new Paragraph({
        border: { top: { ...thin, space: 4 } },
        tabStops: [{ type: 'right', position: 9070 }],
        children: [
          new TextRun({ text, color: MUTED, size: 16 }),
          new TextRun({ children: ['\tSida ', PageNumber.CURRENT, ' av ', PageNumber.TOTAL_PAGES], color: MUTED, size: 16 }),
        ],
      }),
    ],
  });
}

/** The footer of protocols and notes: what it is, and the verification code of the version shown. */
function recordFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        border: { top: { ...thin, space: 4 } },
        tabStops: [{ type: 'right', position: 9070 }],
        children: [
          new TextRun({ text: '{{body}} · {{date}}', color: MUTED, size: 16 }),
          new TextRun({ children: ['\tSida ', PageNumber.CURRENT, ' av ', PageNumber.TOTAL_PAGES], color: MUTED, size: 16 }),
        ],
      }),
      new Paragraph({
        tabStops: [{ type: 'right', position: 9070 }],
        children: [
          new TextRun({ text: '{{status}}', color: MUTED, size: 16 }),
          new TextRun({ children: [new Tab()], color: MUTED, size: 16 }),
          new TextRun({ text: 'Kontrollkod {{verificationCode}}', color: MUTED, size: 16 }),
        ],
      }),
    ],
  });
}

const A4 = {
  page: {
    size: { width: 11906, height: 16838 },
    margin: { top: 1418, bottom: 1418, left: 1418, right: 1418, header: 708, footer: 708 },
  },
};

const labelled = (label: string, placeholder: string) =>
  new Paragraph({ tabStops: [{ type: 'left', position: 1134 }], children: [new TextRun({ text: label, bold: true }), new TextRun({ children: [new Tab()] }), new TextRun(placeholder)] });

const placeholderParagraph = (placeholder: string) => new Paragraph({ children: [new TextRun(placeholder)] });

/** Protokoll: the layout of the seed protocol (Specifika samverkansrådet för folkhälsa). */
export function protocolTemplate(): Document {
  const widths = [4535, 4535];
  const seatCell = (text: string, width: number, bold = false) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      margins: { top: 20, bottom: 20, left: 0, right: 120 },
      children: [new Paragraph({ style: 'TableText', children: [new TextRun({ text, bold })] })],
    });
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  return new Document({
    creator: 'Justera',
    title: 'Protokoll',
    description: 'Mall för protokoll i Justera. Behåll platshållarna inom dubbla klammerparenteser.',
    styles: templateStyles,
    sections: [
      {
        properties: A4,
        headers: { default: header() },
        footers: { default: recordFooter() },
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Protokoll')] }),
          new Paragraph({ style: 'Subtitle', children: [new TextRun('{{body}}')] }),
          labelled('Tid:', '{{dateTime}}'),
          labelled('Plats:', '{{place}}'),
          new Paragraph({ spacing: { before: 240 }, children: [new TextRun('{{signatures}}')] }),
          new Paragraph({ spacing: { before: 240 }, children: [new TextRun({ text: 'Ordförande: ', bold: true }), new TextRun('{{chair}}')] }),
          new Table({
            width: { size: widths[0]! + widths[1]!, type: WidthType.DXA },
            columnWidths: widths,
            borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
            rows: [
              new TableRow({ tableHeader: true, children: [seatCell('Ledamöter:', widths[0]!, true), seatCell('Ersättare:', widths[1]!, true)] }),
              new TableRow({ cantSplit: true, children: [seatCell('{{seats.member}}', widths[0]!), seatCell('{{seats.deputy}}', widths[1]!)] }),
            ],
          }),
          new Paragraph({ spacing: { before: 200 }, children: [new TextRun('{{officials}}')] }),
          placeholderParagraph('{{guests}}'),
          placeholderParagraph('{{items}}'),
          placeholderParagraph('{{forwarded}}'),
          placeholderParagraph('{{upcomingTopics}}'),
        ],
      },
    ],
  });
}

/** Minnesanteckningar: the layout of the seed notes (Chefsgrupp folkhälsa). */
export function notesTemplate(): Document {
  return new Document({
    creator: 'Justera',
    title: 'Minnesanteckningar',
    description: 'Mall för minnesanteckningar i Justera. Behåll platshållarna inom dubbla klammerparenteser.',
    styles: templateStyles,
    sections: [
      {
        properties: A4,
        headers: { default: header() },
        footers: { default: recordFooter() },
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('{{body}}')] }),
          labelled('När:', '{{dateTime}}'),
          labelled('Var:', '{{place}}'),
          new Paragraph({ spacing: { before: 240 }, keepNext: true, children: [new TextRun({ text: 'Kallade:', bold: true })] }),
          placeholderParagraph('{{invited}}'),
          placeholderParagraph('{{guests}}'),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('{{title}}')] }),
          placeholderParagraph('{{items}}'),
          placeholderParagraph('{{forwarded}}'),
          placeholderParagraph('{{upcomingTopics}}'),
          placeholderParagraph('{{meetingDates}}'),
        ],
      },
    ],
  });
}

/** Mötestider {år}: the list at the end of the seed notes, as a document of its own. */
export function meetingDatesTemplate(): Document {
  const widths = [2800, 3000, 3270];
  return new Document({
    creator: 'Justera',
    title: 'Mötestider',
    description: 'Mall för mötestider i Justera. Behåll platshållarna inom dubbla klammerparenteser.',
    styles: templateStyles,
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1418, bottom: 1418, left: 1418, right: 1418, header: 708, footer: 708 },
          },
        },
        headers: { default: header() },
        footers: { default: footer() },
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Mötestider {{year}}')] }),
          new Paragraph({ style: 'Subtitle', children: [new TextRun('{{body}}')] }),
          new Paragraph({ children: [new TextRun('{{meetings}}')] }),
          new Paragraph({ children: [new TextRun('{{events}}')] }),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Samverkansmöten')] }),
          new Table({
            width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
            columnWidths: widths,
            borders: { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin },
            rows: [
              new TableRow({
                tableHeader: true,
                children: [cell('Part', { header: true, width: widths[0]! }), cell('Datum', { header: true, width: widths[1]! }), cell('Kontaktperson', { header: true, width: widths[2]! })],
              }),
              new TableRow({
                cantSplit: true,
                children: [cell('{{partners.party}}', { width: widths[0]! }), cell('{{partners.dates}}', { width: widths[1]! }), cell('{{partners.contact}}', { width: widths[2]! })],
              }),
            ],
          }),
          new Paragraph({ alignment: AlignmentType.LEFT, spacing: { before: 240 }, children: [] }),
        ],
      },
    ],
  });
}

const page = {
  size: { width: 11906, height: 16838 },
  margin: { top: 1418, bottom: 1418, left: 1418, right: 1418, header: 708, footer: 708 },
};

function table(widths: readonly number[], headings: readonly string[], fields: readonly string[]): Table {
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: [...widths],
    borders: { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin },
    rows: [
      new TableRow({ tableHeader: true, children: headings.map((h, i) => cell(h, { header: true, width: widths[i]! })) }),
      new TableRow({ cantSplit: true, children: fields.map((f, i) => cell(`{{${f}}}`, { width: widths[i]! })) }),
    ],
  });
}

const labelledField = (label: string, placeholder: string) =>
  new Paragraph({ tabStops: [{ type: 'left', position: 1134 }], children: [new TextRun({ text: label, bold: true }), new TextRun({ children: [new Tab()] }), new TextRun(`{{${placeholder}}}`)] });

/** Kallelse: the meeting, the changes (an updated notice), the invited and the agenda with times. */
export function noticeTemplate(): Document {
  return new Document({
    creator: 'Justera',
    title: 'Kallelse',
    description: 'Mall för kallelse med dagordning i Justera. Behåll platshållarna inom dubbla klammerparenteser.',
    styles: templateStyles,
    sections: [
      {
        properties: { page },
        headers: { default: header() },
        footers: { default: footer('{{meeting}} · {{date}}') },
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('{{title}}')] }),
          new Paragraph({ style: 'Subtitle', children: [new TextRun('{{meeting}}')] }),
          labelledField('Datum', 'date'),
          labelledField('Tid', 'time'),
          labelledField('Plats', 'place'),
          new Paragraph({ children: [new TextRun('{{changes}}')] }),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Kallade')] }),
          table([3300, 2200, 3570], ['Namn', 'Roll', 'Organisation'], ['invited.name', 'invited.role', 'invited.organisation']),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Dagordning')] }),
          table([560, 1560, 3450, 1300, 2200], ['Nr', 'Tid', 'Punkt', 'Typ', 'Föredragande'], ['items.number', 'items.time', 'items.title', 'items.kind', 'items.presenters']),
          new Paragraph({ children: [new TextRun('{{attachments}}')] }),
          new Paragraph({ spacing: { before: 360 }, children: [new TextRun('Välkomna!')] }),
          new Paragraph({ children: [new TextRun('{{sender}}')] }),
        ],
      },
    ],
  });
}

export const defaultTemplates: Record<TemplateKind, () => Document> = {
  meetingDates: meetingDatesTemplate,
  notice: noticeTemplate,
  protocol: protocolTemplate,
  notes: notesTemplate,
};

export async function buildTemplate(kind: TemplateKind): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(defaultTemplates[kind]()));
}
