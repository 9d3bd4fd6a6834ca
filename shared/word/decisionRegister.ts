/**
 * "Beslutsregister {år}" in Word (the docx Document API): a heading with the body and year, one
 * table row per decision in date order (meeting date, number, item, the decision with how it was
 * reached and any reservations), the header row repeated on every page, and page numbers.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { formatDate } from '../domain/dates';
import { safeFileName } from '../domain/fileNames';
import { recordKindLabels } from '../domain/labels';
import type { DecisionRegister } from '../history/decisions';

const FONT = 'Arial';
const border = { style: BorderStyle.SINGLE, size: 4, color: 'A6A6A6' };
const borders = { top: border, bottom: border, left: border, right: border };
/** Column widths in per cent of the text width: date, number, item, decision. */
const COLUMNS = [18, 7, 27, 48];

function cell(children: Paragraph[], column: number, header = false): TableCell {
  return new TableCell({
    children,
    borders,
    width: { size: COLUMNS[column]!, type: WidthType.PERCENTAGE },
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' } : undefined,
  });
}

const text = (value: string, options: { bold?: boolean; italics?: boolean } = {}) =>
  new Paragraph({ children: [new TextRun({ text: value, ...options })] });

export function decisionRegisterDocument(register: DecisionRegister, printedOn: string): Document {
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: ['Möte', register.entries.some((e) => e.number.startsWith('§')) ? '§' : 'Punkt', 'Ärende', 'Beslut'].map((label, i) => cell([text(label, { bold: true })], i, true)),
  });
  const rows = register.entries.map(
    (entry) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell([text(formatDate(entry.date))], 0),
          cell([text(entry.number)], 1),
          cell([text(entry.title)], 2),
          cell(
            [
              ...(entry.decision ? entry.decision.split(/\n+/).map((line) => text(line)) : []),
              ...(entry.method ? [text(entry.method, { italics: true })] : []),
              ...entry.notes.map((note) => text(note, { italics: true })),
            ],
            3,
          ),
        ],
      }),
  );
  const kind = recordKindLabels[register.recordKind].toLocaleLowerCase('sv-SE');
  return new Document({
    creator: 'Justera',
    title: `Beslutsregister ${register.year} ${register.bodyName}`,
    description: `Beslut ur ${kind} ${register.year}`,
    styles: { default: { document: { run: { font: FONT, size: 20 } } } },
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ children: ['Sida ', PageNumber.CURRENT, ' av ', PageNumber.TOTAL_PAGES], size: 16 })],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: `Beslutsregister ${register.year}`, font: FONT })] }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text: register.bodyName, font: FONT })] }),
          new Paragraph({
            spacing: { after: 200 },
            children: [
              new TextRun({
                text: `Beslut ur organets ${kind} ${register.year}, i datumordning. Utskrivet ${formatDate(printedOn)}.`,
                color: '595959',
              }),
            ],
          }),
          register.entries.length > 0
            ? new Table({ rows: [header, ...rows], width: { size: 100, type: WidthType.PERCENTAGE }, layout: TableLayoutType.FIXED })
            : text('Inga beslut är registrerade för året.', { italics: true }),
        ],
      },
    ],
  });
}

/** The Word file's bytes. `printedOn` is an ISO date (today). */
export function renderDecisionRegister(register: DecisionRegister, printedOn: string): Promise<Uint8Array> {
  return Packer.pack(decisionRegisterDocument(register, printedOn), 'uint8array');
}

export function decisionRegisterFileName(register: Pick<DecisionRegister, 'bodyName' | 'year'>): string {
  return `${safeFileName(`Beslutsregister ${register.year} ${register.bodyName}`)}.docx`;
}
