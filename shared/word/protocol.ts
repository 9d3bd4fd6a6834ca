/**
 * Protokoll and minnesanteckningar in Word: a ProtocolDocument (the frozen canonical JSON of a
 * version, or the notes' current content) poured into the protocol or notes template, the way the
 * region's own documents look (see ../shared/seeds/): header block (Tid/Plats or När/Var), the
 * Ledamöter/Ersättare table paired by organisation or the Kallade list with absentees struck
 * through, numbered items with their rich text, decisions and tasks, the signature block, and the
 * verification code in the footer and in the document properties.
 *
 * Pure: the same document, signing, template and template identity always give the same file
 * (apart from `exportedAt`, which only goes into the properties).
 */
import {
  AlignmentType,
  BorderStyle,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Paragraph,
  PatchType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type INumberingOptions,
  type IPatch,
  type ParagraphChild,
  type TableRowsPatch,
} from 'docx';
import { verificationCode } from '../document/canonical';
import type { ProtocolDocument, ProtocolItem } from '../document/protocol';
import type { Block, Run } from '../document/richText';
import { formatDate, formatLongDate } from '../domain/dates';
import { blockPatch, fillTemplate, textPatch, type Patches } from './fill';
import { stampWordFile } from './stamp';
import type { TemplateIdentity } from './templates';

/** One approval as the signature block shows it (from the archived signed version). */
export interface SignatureApproval {
  personId: string | null;
  name: string;
  role: 'secretary' | 'chair' | 'adjuster';
  decision: 'approve' | 'changes';
  at: string;
  via: string;
}

export interface Signing {
  /** "Justerat den", ISO date. */
  approvedOn: string;
  approvals: readonly SignatureApproval[];
}

export type { TemplateIdentity };

export interface ProtocolExport {
  document: ProtocolDocument;
  /** SHA-256 of the document's canonical JSON. */
  hash: string;
  /** The review version's number; null for minnesanteckningar (their current content). */
  version: number | null;
  /** Set for a signed version: the dates go into the signature block. */
  signing: Signing | null;
  template: Uint8Array;
  templateIdentity: TemplateIdentity;
  /** ISO timestamp, recorded in the properties only. */
  exportedAt: string;
}

const ORDERED = 'justera-ordered';
const numbering: INumberingOptions = {
  config: [
    {
      reference: ORDERED,
      levels: [0, 1, 2].map((level) => ({
        level,
        format: level === 1 ? LevelFormat.LOWER_LETTER : LevelFormat.DECIMAL,
        text: `%${level + 1}.`,
        alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
      })),
    },
  ],
};

const channelLabels: Record<string, string> = { app: 'i Justera', file: 'godkännandefil', email: 'e-post', paper: 'på papper', inPerson: 'muntligt' };

/** Text Word can hold: XML 1.0 characters only (control characters and lone surrogates dropped). */
export function wordSafe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('sv-SE') + text.slice(1);
}

const run = (text: string, options: { bold?: boolean; italics?: boolean; strike?: boolean } = {}) => new TextRun({ text: wordSafe(text), ...options });

/** Runs of rich text; a hard line break inside a run becomes a Word line break. */
function richRuns(runs: readonly Run[]): ParagraphChild[] {
  const children: ParagraphChild[] = [];
  for (const r of runs) {
    wordSafe(r.text)
      .split('\n')
      .forEach((line, i) => {
        const textRun = new TextRun({ text: line, bold: r.bold, italics: r.italic, break: i > 0 ? 1 : undefined, ...(r.link ? { color: '0563C1', underline: {} } : {}) });
        children.push(r.link && /^(https?:|mailto:)/i.test(r.link) ? new ExternalHyperlink({ link: r.link, children: [textRun] }) : textRun);
      });
  }
  return children;
}

function blocks(list: readonly Block[], depth = 0): Paragraph[] {
  const out: Paragraph[] = [];
  for (const block of list) {
    if (block.type === 'paragraph') out.push(new Paragraph({ children: richRuns(block.runs) }));
    else if (block.type === 'heading') out.push(new Paragraph({ keepNext: true, children: richRuns(block.runs.map((r) => ({ ...r, bold: true }))) }));
    else {
      block.items.forEach((item) => {
        const level = Math.min(depth, 2);
        item.forEach((child, childIndex) => {
          if (childIndex === 0 && (child.type === 'paragraph' || child.type === 'heading')) {
            out.push(
              new Paragraph({
                ...(block.type === 'bulletList' ? { bullet: { level } } : { numbering: { reference: ORDERED, level, instance: 0 } }),
                children: richRuns(child.runs),
              }),
            );
          } else out.push(...blocks([child], depth + 1));
        });
        if (item.length === 0) out.push(new Paragraph({ bullet: { level }, children: [] }));
      });
    }
  }
  return out;
}

const sentence = (text: string) => (/[.!?:]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

function itemContent(item: ProtocolItem): Paragraph[] {
  const out: Paragraph[] = [];
  if (item.presenters.length > 0) out.push(new Paragraph({ children: [run(item.presenters.join('; '), { italics: true })] }));
  out.push(...blocks(item.blocks));
  for (const r of item.round) out.push(new Paragraph({ children: [run(`${r.name}:`, { italics: true }), run(` ${r.text}`)] }));
  const decision = item.decision;
  if (decision) {
    for (const p of decision.proposals) out.push(new Paragraph({ children: [run(`Förslag från ${p.by}: ${p.text}`)] }));
    if (decision.text) {
      const method = decision.method
        ? ` (${decision.method.toLocaleLowerCase('sv-SE')}${decision.votes ? `: ${decision.votes.yes} ja, ${decision.votes.no} nej, ${decision.votes.abstain} avstår` : ''})`
        : '';
      out.push(new Paragraph({ children: [run('Beslut: ', { bold: true }), run(`${decision.text}${method}`)] }));
    }
    for (const r of decision.reservations) {
      out.push(new Paragraph({ children: [run(`${r.kind === 'reservation' ? `${r.name} reserverade sig` : `${r.name} lät anteckna`}${r.reason ? `: ${r.reason}` : '.'}`)] }));
    }
    if (decision.participants) out.push(new Paragraph({ children: [run(`I beslutet deltog ${decision.participants.join(', ')}.`, { italics: true })] }));
  }
  for (const t of item.tasks) {
    const owners = t.owners.length > 0 ? ` Ansvariga: ${t.owners.map((o) => (o === t.convener ? `${o} (sammankallande)` : o)).join(', ')}.` : '';
    out.push(
      new Paragraph({
        children: [run('Uppdrag: ', { bold: true }), run(`${sentence(t.text)}${owners}${t.dueDate ? ` Klart senast ${t.dueDate}.` : ''}${t.nextStep ? ` ${t.nextStep}` : ''}`)],
      }),
    );
  }
  if (item.forward) out.push(new Paragraph({ children: [run(`Förs vidare till ${item.forward.group}: ${item.forward.text}`, { italics: true })] }));
  if (item.postponed) out.push(new Paragraph({ children: [run(item.postponed, { italics: true })] }));
  if (item.immediatelyApproved) out.push(new Paragraph({ children: [run('Paragrafen förklarades omedelbart justerad.', { italics: true })] }));
  return out;
}

const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };

/** Protocol items: a numbered heading per item, then its text (as in the seed protocol). */
function protocolItems(doc: ProtocolDocument): Paragraph[] {
  return doc.items.flatMap((item) => [
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [run(`${item.number}. ${item.title}`)] }),
    ...itemContent(item),
  ]);
}

/** Notes items: the two-column table of the seed notes (number | title and text). */
function notesItems(doc: ProtocolDocument): Table[] {
  if (doc.items.length === 0) return [];
  const widths = [700, 8370];
  return [
    new Table({
      width: { size: widths[0]! + widths[1]!, type: WidthType.DXA },
      columnWidths: widths,
      borders: noBorders,
      rows: doc.items.map(
        (item) =>
          new TableRow({
            children: [
              new TableCell({ width: { size: widths[0]!, type: WidthType.DXA }, children: [new Paragraph({ children: [run(`${item.number}.`, { bold: true })] })] }),
              new TableCell({
                width: { size: widths[1]!, type: WidthType.DXA },
                margins: { bottom: 160 },
                children: [new Paragraph({ keepNext: true, children: [run(item.title, { bold: true })] }), ...itemContent(item)],
              }),
            ],
          }),
      ),
    }),
  ];
}

type Attendee = ProtocolDocument['invited'][number];

const who = (p: { name: string; title?: string; organisation: string }) => [p.name, p.title, p.organisation].filter(Boolean).join(', ');

/** One attendee: struck through when absent, the reason in italics after it. */
function attendeeRuns(p: Attendee, text: string): ParagraphChild[] {
  const children: ParagraphChild[] = [run(text, { strike: p.absent })];
  // As in the region's documents, an absentee is struck through; only a reason is written out.
  if (p.note) children.push(run(` (${p.note})`, { italics: true }));
  return children;
}

function invitedLine(p: Attendee): Paragraph {
  const role = p.role && p.role !== 'Ledamot' ? `, ${p.role.toLocaleLowerCase('sv-SE')}` : '';
  return new Paragraph({ children: attendeeRuns(p, `${who(p)}${role}`) });
}

const paragraphPatch = (children: ParagraphChild[]): IPatch => ({ type: PatchType.PARAGRAPH, children });

function seatsPatch(doc: ProtocolDocument): TableRowsPatch {
  return {
    type: PatchType.TABLE_ROWS,
    rows: doc.seats.length
      ? doc.seats.map((seat) => ({
          member: paragraphPatch(attendeeRuns(seat.member, who({ name: seat.member.name, organisation: seat.member.organisation }))),
          deputy: paragraphPatch(seat.deputy ? attendeeRuns(seat.deputy, who({ name: seat.deputy.name, organisation: seat.deputy.organisation })) : [run('')]),
        }))
      : [{ member: paragraphPatch([run('Inga ledamöter')]), deputy: paragraphPatch([run('')]) }],
  };
}

const heading = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_2, children: [run(text)] });

function signatureBlock(doc: ProtocolDocument, signing: Signing | null): Table[] {
  const approvalOf = (person: { personId: string | null; name: string } | null, role: SignatureApproval['role']) =>
    person && signing
      ? signing.approvals.find((a) => a.decision === 'approve' && a.role === role && (a.personId && person.personId ? a.personId === person.personId : a.name === person.name))
      : undefined;
  const signer = (person: { personId: string | null; name: string; organisation?: string } | null, roleLabel: string, role: SignatureApproval['role'], lead?: string) => {
    const approval = approvalOf(person, role);
    return [
      ...(lead ? [new Paragraph({ keepNext: true, children: [run(lead)] })] : []),
      new Paragraph({
        keepNext: true,
        spacing: { before: 560 },
        border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 2 } },
        children: [run(person?.name ?? '')],
      }),
      ...(person?.organisation && role === 'adjuster' ? [new Paragraph({ keepNext: true, children: [run(person.organisation)] })] : []),
      new Paragraph({ keepNext: true, children: [run(roleLabel)] }),
      ...(approval
        ? [new Paragraph({ children: [run(`Godkänt ${formatDate(approval.at.slice(0, 10))}${channelLabels[approval.via] ? ` (${channelLabels[approval.via]})` : ''}`, { italics: true })] })]
        : []),
    ];
  };
  const width = 4535;
  const cell = (children: Paragraph[]) => new TableCell({ width: { size: width, type: WidthType.DXA }, margins: { bottom: 240, right: 240 }, children: children.length ? children : [new Paragraph({})] });
  const justerat = new Paragraph({
    children: [run('Justerat den: ', { bold: true }), run(signing ? formatDate(signing.approvedOn) : '…………………………')],
  });
  const cells: Paragraph[][] = [
    signer(doc.secretary, 'Sekreterare', 'secretary', 'Vid protokollet'),
    [justerat],
    signer(doc.chair, 'Ordförande', 'chair'),
    ...doc.adjusters.map((a) => signer(a, 'Justerare', 'adjuster')),
  ];
  const rows: TableRow[] = [];
  for (let i = 0; i < cells.length; i += 2) rows.push(new TableRow({ cantSplit: true, children: [cell(cells[i]!), cell(cells[i + 1] ?? [])] }));
  return [new Table({ width: { size: width * 2, type: WidthType.DXA }, columnWidths: [width, width], borders: noBorders, rows })];
}

export function statusText(input: Pick<ProtocolExport, 'document' | 'version' | 'signing' | 'exportedAt'>): string {
  if (input.document.kind === 'notes' || input.version === null) return `Minnesanteckningar, innehållet den ${formatDate(input.exportedAt.slice(0, 10))}`;
  return input.signing ? `Version ${input.version}, justerat den ${formatDate(input.signing.approvedOn)}` : `Version ${input.version} för justering, ej justerad`;
}

export function protocolPatches(input: Pick<ProtocolExport, 'document' | 'hash' | 'version' | 'signing' | 'exportedAt'>): Patches {
  const doc = input.document;
  const notes = doc.kind === 'notes';
  const bodyName = doc.bodyNames.join(' och ');
  const upcoming = doc.upcomingTopics.map(
    (t) => new Paragraph({ bullet: { level: 0 }, children: [run([t.wantedBy, t.title, t.presenter, t.minutes ? `ca ${t.minutes} min` : ''].filter(Boolean).join(' – '))] }),
  );
  const groups = [...new Set(doc.forwarded.map((f) => f.group || 'andra grupper'))];
  return {
    body: textPatch(wordSafe(bodyName)),
    title: textPatch(wordSafe(doc.title)),
    dateTime: textPatch(wordSafe(`${capitalise(formatLongDate(doc.date))} kl. ${doc.timeText}`)),
    date: textPatch(formatDate(doc.date)),
    place: textPatch(wordSafe(doc.place || '–')),
    chair: textPatch(wordSafe(doc.chair ? who({ name: doc.chair.name, organisation: doc.chair.organisation }) : '–')),
    seats: seatsPatch(doc),
    officials: blockPatch(
      doc.officials.length ? [new Paragraph({ keepNext: true, children: [run('Tjänstepersoner:', { bold: true })] }), ...doc.officials.map((o) => new Paragraph({ bullet: { level: 0 }, children: attendeeRuns(o, who(o)) }))] : [],
    ),
    guests: blockPatch(
      doc.guests.length ? [new Paragraph({ keepNext: true, spacing: { before: 160 }, children: [run(doc.guests.length === 1 ? 'Gäst:' : 'Gäster:', { bold: true })] }), ...doc.guests.map((g) => new Paragraph({ children: [run(who(g))] }))] : [],
    ),
    invited: blockPatch(doc.invited.map(invitedLine)),
    signatures: { type: PatchType.DOCUMENT, children: notes ? [] : signatureBlock(doc, input.signing) },
    items: { type: PatchType.DOCUMENT, children: notes ? notesItems(doc) : protocolItems(doc) },
    forwarded: blockPatch(
      groups.flatMap((group) => [
        heading(`Punkter till ${group.toLocaleLowerCase('sv-SE')}`),
        ...doc.forwarded.filter((f) => (f.group || 'andra grupper') === group).map((f) => new Paragraph({ bullet: { level: 0 }, children: [run(`${f.text} (punkt ${f.itemNumber})`)] })),
      ]),
    ),
    upcomingTopics: blockPatch(upcoming.length ? [heading(notes ? 'Till kommande möten:' : 'Teman till kommande möten'), ...upcoming] : []),
    meetingDates: blockPatch(
      notes && doc.meetingDates && doc.meetingDates.lines.length
        ? [heading(`Mötestider ${doc.meetingDates.year}`), ...doc.meetingDates.lines.map((line) => new Paragraph({ bullet: { level: 0 }, children: [run(line)] }))]
        : [],
    ),
    status: textPatch(statusText(input)),
    verificationCode: textPatch(verificationCode(input.hash)),
  };
}

/** The Word file of a protocol version or of minnesanteckningar, stamped with version and template. */
export async function renderProtocolWord(input: ProtocolExport): Promise<Uint8Array> {
  const doc = input.document;
  const filled = await fillTemplate(
    input.template,
    protocolPatches(input),
    {
      title: wordSafe(doc.kind === 'notes' ? doc.title : `Protokoll ${doc.bodyNames.join(' och ')} ${formatDate(doc.date)}`),
      subject: statusText(input),
      keywords: `Justera kontrollkod ${verificationCode(input.hash)}`,
      description: `Kontrollkod ${verificationCode(input.hash)}. SHA-256 ${input.hash}. Mall: ${wordSafe(input.templateIdentity.name)} (${wordSafe(input.templateIdentity.version)}).`,
    },
    numbering,
  );
  return stampWordFile(filled, {
    hash: input.hash,
    verificationCode: verificationCode(input.hash),
    meetingId: doc.meetingId,
    kind: doc.kind,
    version: input.version ?? 0,
    signed: input.signing !== null,
    approvedOn: input.signing?.approvedOn ?? '',
    templateName: input.templateIdentity.name,
    templateVersion: input.templateIdentity.version,
    exportedAt: input.exportedAt,
  });
}
