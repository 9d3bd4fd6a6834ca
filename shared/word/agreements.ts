/**
 * Word documents for the yearly reports, built with the docx Document API (pure: data in, bytes
 * out, no DOM or Node):
 *
 * - the common template the agreement asks for ("I den årliga ekonomiska rapporteringen ska en
 *   gemensam mall … användas"), to send to the parties: "Ekonomisk redovisning {år}" with the
 *   report's sections and empty tables to fill in;
 * - the summary of one year across all parties: payments, own contributions, who is missing and
 *   what does not add up.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { checkNotes, hasArrived, rowStatusLabel, templateCostLines, templateIncomeLines, type YearSummary } from '../domain/agreements';
import { formatDate } from '../domain/dates';
import { reportLabels } from '../domain/labels';
import { formatAmount, formatKronor } from '../domain/money';

const FONT = 'Arial';
const GREY = 'F2F2F2';
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '808080' } as const;
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER } as const;

const DEFAULT_AGREEMENT_TITLE = 'Överenskommelse om samverkan för god, jämlik och jämställd hälsa i Örebro län';

function text(value: string, options: { bold?: boolean; italics?: boolean; size?: number; color?: string } = {}): TextRun {
  return new TextRun({ text: value, font: FONT, ...options });
}

function paragraph(children: string | ParagraphChild[], options: { spacingAfter?: number; alignment?: (typeof AlignmentType)[keyof typeof AlignmentType]; keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    children: typeof children === 'string' ? [text(children)] : children,
    spacing: { after: options.spacingAfter ?? 120 },
    alignment: options.alignment,
    keepNext: options.keepNext,
  });
}

function heading(value: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_2): Paragraph {
  return new Paragraph({ heading: level, children: [text(value, { bold: true })], spacing: { before: 280, after: 120 }, keepNext: true });
}

function cell(
  value: string | Paragraph[],
  options: { bold?: boolean; width?: number; shade?: boolean; right?: boolean; small?: boolean } = {},
): TableCell {
  const children =
    typeof value === 'string'
      ? [
          new Paragraph({
            children: [text(value, { bold: options.bold, size: options.small ? 18 : undefined })],
            alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
            spacing: { before: 40, after: 40 },
          }),
        ]
      : value;
  return new TableCell({
    children,
    borders: BORDERS,
    width: options.width ? { size: options.width, type: WidthType.DXA } : undefined,
    shading: options.shade ? { type: ShadingType.CLEAR, color: 'auto', fill: GREY } : undefined,
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
  });
}

function table(widths: number[], rows: TableCell[][], headerRows = 1): Table {
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    rows: rows.map(
      (cells, index) =>
        new TableRow({
          children: cells,
          tableHeader: index < headerRows,
          cantSplit: true,
        }),
    ),
  });
}

/** A table with one empty, framed cell: room to write. */
function writingBox(lines = 4): Table {
  return table([9000], [[cell(Array.from({ length: lines }, () => new Paragraph({ children: [text('')] })))]], 0);
}

async function pack(doc: Document): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

function baseDocument(title: string, children: (Paragraph | Table)[], landscape = false): Document {
  return new Document({
    creator: 'Justera',
    title,
    description: title,
    styles: {
      default: { document: { run: { font: FONT, size: 22 } } },
      paragraphStyles: [
        { id: 'Title', name: 'Title', basedOn: 'Normal', run: { font: FONT, size: 36, bold: true }, paragraph: { spacing: { after: 120 } } },
        { id: 'Heading2', name: 'Heading 2', basedOn: 'Normal', next: 'Normal', run: { font: FONT, size: 26, bold: true } },
        { id: 'Heading3', name: 'Heading 3', basedOn: 'Normal', next: 'Normal', run: { font: FONT, size: 22, bold: true } },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: landscape ? { orientation: PageOrientation.LANDSCAPE, width: 11906, height: 16838 } : { width: 11906, height: 16838 },
            margin: { top: 1134, bottom: 1134, left: 1247, right: 1247 },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ children: [title, ' – sida ', PageNumber.CURRENT, ' av ', PageNumber.TOTAL_PAGES], font: FONT, size: 16, color: '595959' })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
}

// --- the common template ----------------------------------------------------------------------

export interface ReportTemplateInput {
  year: number;
  /** The agreement's title, e.g. "Överenskommelse om samverkan … 2024–2029". */
  agreementTitle?: string;
  /** The day the report is due (ISO). */
  deadline: string;
  /** Filled in when the template is made for one party or county part. */
  unit?: { label: string; organisationNames: string[] } | null;
}

/** The common template for the yearly financial report ("Ekonomisk redovisning {år}"). */
export function buildReportTemplate(input: ReportTemplateInput): Promise<Uint8Array<ArrayBuffer>> {
  const title = `${reportLabels.report} ${input.year}`;
  const amountRows = (heading: string, rows: readonly string[], total: string) => [
    [cell(heading, { bold: true, shade: true }), cell('Belopp (kr)', { bold: true, shade: true, right: true })],
    ...rows.map((label) => [cell(label), cell('')]),
    [cell('Annat (ange vad)'), cell('')],
    [cell(total, { bold: true }), cell('', { bold: true })],
  ];
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [text(title, { bold: true, size: 36 })] }),
    paragraph([text(input.agreementTitle || DEFAULT_AGREEMENT_TITLE, { italics: true })]),
    paragraph(
      `Parterna ska årligen, för kommunerna länsdelsvis, lämna en ekonomisk redovisning för föregående år till Region Örebro län. ` +
        `I den årliga ekonomiska rapporteringen används denna gemensamma mall. Redovisningen för ${input.year} ska vara inne senast den ${formatDate(input.deadline)}.`,
    ),
    paragraph([text('Ange belopp i hela kronor. Kostnader anges som positiva belopp. Kontrollera att raderna summerar till de summor ni anger.', { italics: true, color: '595959' })]),

    heading('1. Uppgiftslämnare'),
    table(
      [3400, 5600],
      [
        [cell(reportLabels.unit, { bold: true, shade: true }), cell(input.unit?.label ?? '')],
        [cell('Kommuner eller organisationer som ingår', { bold: true, shade: true }), cell(input.unit?.organisationNames.join(', ') ?? '')],
        [cell('Kontaktperson', { bold: true, shade: true }), cell('')],
        [cell('E-post och telefon', { bold: true, shade: true }), cell('')],
        [cell('Datum', { bold: true, shade: true }), cell('')],
      ],
      0,
    ),

    heading(`2. Ekonomisk redovisning ${input.year}`),
    paragraph(`Redovisningsperiod: 1 januari – 31 december ${input.year}.`),
    table([6600, 2400], amountRows(reportLabels.income, templateIncomeLines.map((l) => l.label), 'Summa intäkter')),
    paragraph(''),
    table([6600, 2400], amountRows(reportLabels.cost, templateCostLines, 'Summa kostnader')),
    paragraph(''),
    table([6600, 2400], [
      [cell(`${reportLabels.result} och ${reportLabels.ownContribution.toLocaleLowerCase('sv-SE')}`, { bold: true, shade: true }), cell('Belopp (kr)', { bold: true, shade: true, right: true })],
      [cell('Resultat (summa intäkter − summa kostnader)'), cell('')],
      [cell('Partens egen insats (egen finansiering och det underskott parten själv täcker)'), cell('')],
    ]),

    heading(`3. ${reportLabels.events}`),
    paragraph([text('Beskriv kort vad som hänt, vilka som deltagit och vad det betyder för en god, jämlik och jämställd hälsa.', { italics: true, color: '595959' })]),
    ...[1, 2, 3].flatMap((n) => [paragraph([text(`${n}.`, { bold: true })], { keepNext: true, spacingAfter: 60 }), writingBox(3)]),

    heading(`4. ${reportLabels.staff}`),
    paragraph([text('Personalresurser för folkhälsoarbetet som finansieras genom överenskommelsen.', { italics: true, color: '595959' })]),
    table(
      [1100, 3900, 1700, 2300],
      [
        [cell('Antal', { bold: true, shade: true }), cell('Befattning', { bold: true, shade: true }), cell('Omfattning (%)', { bold: true, shade: true }), cell('Finansiering', { bold: true, shade: true })],
        ...Array.from({ length: 5 }, () => [cell(''), cell(''), cell(''), cell('')]),
      ],
    ),

    heading('5. Övrigt'),
    writingBox(3),

    heading('Underskrift'),
    table(
      [3400, 5600],
      [
        [cell('Ort och datum', { bold: true, shade: true }), cell('')],
        [cell('Namn', { bold: true, shade: true }), cell('')],
        [cell('Befattning', { bold: true, shade: true }), cell('')],
      ],
      0,
    ),
  ];
  return pack(baseDocument(title, children));
}

// --- the year's summary -----------------------------------------------------------------------

const money = (value: number | null | undefined) => (value === null || value === undefined ? '–' : formatAmount(value));

/** "Ekonomisk redovisning {år} – sammanställning": every reporting party of the year on one page. */
export function buildYearSummary(summary: YearSummary): Promise<Uint8Array<ArrayBuffer>> {
  const title = `${reportLabels.report} ${summary.year} – sammanställning`;
  const { totals } = summary;
  // Landscape A4 leaves 14 344 twips between the margins.
  const widths = [2050, 2050, 1250, 1300, 1250, 1350, 1300, 1300, 1300, 1190];
  const header = [
    reportLabels.unit,
    'Överenskommelse',
    reportLabels.status,
    reportLabels.deadline,
    reportLabels.receivedOn,
    `${reportLabels.regionPayment} (kr)`,
    `${reportLabels.ownContribution} (kr)`,
    `${reportLabels.income} (kr)`,
    `${reportLabels.cost} (kr)`,
    `${reportLabels.result} (kr)`,
  ].map((h, i) => cell(h, { bold: true, shade: true, right: i >= 5, small: true }));
  const small = { small: true } as const;
  const number = { small: true, right: true } as const;
  const rows = summary.rows.map((row) => {
    const sums = hasArrived(row) && row.sums?.hasFigures ? row.sums : null;
    return [
      cell(row.unit.label + (row.unit.organisationIds.length > 1 ? ` (${row.unit.organisationIds.length} kommuner)` : ''), small),
      cell(row.agreementLabel, small),
      cell(rowStatusLabel(row), small),
      cell(formatDate(row.deadline.date) + (row.deadline.moved ? ' (flyttad)' : ''), small),
      cell(row.report?.receivedOn ? formatDate(row.report.receivedOn) : '–', small),
      cell(money(sums?.regionPayment), number),
      cell(money(sums?.ownContribution), number),
      cell(money(sums?.income), number),
      cell(money(sums?.cost), number),
      cell(money(sums?.result), number),
    ];
  });
  const totalRow = [
    cell('Summa', { bold: true, shade: true, small: true }),
    cell(`${totals.received} av ${totals.expected} inkomna`, { shade: true, small: true }),
    cell('', { shade: true }),
    cell('', { shade: true }),
    cell('', { shade: true }),
    cell(formatAmount(totals.regionPayment), { bold: true, shade: true, ...number }),
    cell(formatAmount(totals.ownContribution), { bold: true, shade: true, ...number }),
    cell(formatAmount(totals.income), { bold: true, shade: true, ...number }),
    cell(formatAmount(totals.cost), { bold: true, shade: true, ...number }),
    cell('', { shade: true }),
  ];

  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [text(title, { bold: true, size: 36 })] }),
    paragraph([text(`Överenskommelser om samverkan för god, jämlik och jämställd hälsa i Örebro län. Sammanställd ${formatDate(summary.today)}.`, { italics: true })]),
    paragraph([
      text(`Inkomna redovisningar: `),
      text(`${totals.received} av ${totals.expected}`, { bold: true }),
      text(`. Regionens ersättning enligt redovisningarna: `),
      text(formatKronor(totals.regionPayment), { bold: true }),
      text(`. Parternas egen insats: `),
      text(formatKronor(totals.ownContribution), { bold: true }),
      text('.'),
    ]),
  ];
  if (summary.rows.length === 0) {
    children.push(paragraph(`Ingen överenskommelse gäller ${summary.year}.`));
  } else {
    children.push(table(widths, [header, ...rows, totalRow]));
    children.push(
      new Paragraph({
        spacing: { before: 80, after: 120 },
        children: [
          text('Beloppen är redovisningarnas egna summor. Där raderna inte summerar till den angivna summan står det under Att kontrollera.', {
            italics: true,
            size: 18,
            color: '595959',
          }),
        ],
      }),
    );
  }

  children.push(heading('Saknas'));
  if (summary.missing.length === 0) {
    children.push(paragraph(summary.rows.length === 0 ? '–' : `Alla redovisningar för ${summary.year} har kommit in.`));
  } else {
    for (const row of summary.missing) {
      children.push(
        new Paragraph({
          bullet: { level: 0 },
          children: [
            text(row.unit.label, { bold: true }),
            text(` (${row.agreementLabel}): sista dag ${formatDate(row.deadline.date)}${row.standing === 'overdue' ? ', försenad' : ''}.`),
          ],
        }),
      );
    }
  }

  children.push(heading('Att kontrollera'));
  if (summary.toCheck.length === 0) {
    children.push(paragraph('Inga anmärkningar: de inkomna redovisningarnas rader summerar till deras angivna summor.'));
  } else {
    for (const row of summary.toCheck) {
      const notes = checkNotes(row);
      children.push(
        new Paragraph({
          bullet: { level: 0 },
          children: [text(row.unit.label, { bold: true }), text(` (${row.agreementLabel}): ${notes.join(' ')}`)],
        }),
      );
    }
  }
  return pack(baseDocument(title, children, true));
}

/** File names people recognise in their downloads folder. */
export function reportTemplateFileName(year: number, unitLabel?: string | null): string {
  return `Mall ekonomisk redovisning ${year}${unitLabel ? ` – ${unitLabel}` : ''}.docx`;
}

export function yearSummaryFileName(year: number, extension: 'docx' | 'csv'): string {
  return `Ekonomisk redovisning ${year} – sammanställning.${extension}`;
}
