/**
 * The kallelse in Word: the model of shared/domain/notice.ts poured into the notice template
 * ({{title}}, {{meeting}}, {{body}}, {{date}}, {{time}}, {{place}}, {{changes}}, the
 * {{invited.*}} and {{items.*}} rows, {{attachments}}, {{sender}}, {{printedOn}}). Pure: bytes in,
 * bytes out; the same model makes the e-mail text, so both say the same.
 */
import { HeadingLevel, Paragraph, PatchType, TextRun, type TableRowsPatch } from 'docx';
import { formatDate } from '../domain/dates';
import type { NoticeModel } from '../domain/notice';
import { blockPatch, fillTemplate, rowsPatch, textPatch } from './fill';

const bullet = (text: string) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(text)] });

export function noticePatches(model: NoticeModel, printedOn: string) {
  const changes =
    model.kind === 'update'
      ? [
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(`Ändringar sedan kallelsen${model.previousNotice ? ` ${model.previousNotice}` : ''}`)] }),
          ...(model.changes.length ? model.changes.map(bullet) : [new Paragraph({ children: [new TextRun({ text: 'Inga ändringar i dagordningen.', italics: true })] })]),
        ]
      : [];
  const withFiles = model.items.filter((i) => i.attachments.length > 0);
  const attachments = withFiles.length
    ? [
        new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Bifogade filer')] }),
        ...withFiles.map((i) => bullet(`${i.number}. ${i.title}: ${i.attachments.join(', ')}`)),
      ]
    : [];
  return {
    title: textPatch(model.heading),
    meeting: textPatch(model.meetingName),
    body: textPatch(model.bodyNames),
    date: textPatch(model.dateText),
    time: textPatch(model.timeText),
    place: textPatch(model.place || '–'),
    changes: blockPatch(changes),
    invited: rowsPatch(
      model.invited.length
        ? model.invited.map((i) => ({ name: i.name, role: i.role, organisation: i.organisation || '–' }))
        : [{ name: 'Inga kallade i registret', role: '–', organisation: '–' }],
    ),
    items: {
      type: PatchType.TABLE_ROWS,
      rows: model.items.map((i) => ({
        number: textPatch(i.number),
        time: textPatch(i.time),
        // The title, with its sub-points on lines of their own in the same cell.
        title: {
          type: PatchType.PARAGRAPH,
          children: [
            new TextRun(i.postponed ? `${i.title} (uppskjuten)` : i.title),
            ...i.subPoints.map((s) => new TextRun({ text: `– ${s}`, break: 1 })),
          ],
        },
        kind: textPatch(i.kind),
        presenters: textPatch(i.presenters || '–'),
      })),
    } satisfies TableRowsPatch,
    attachments: blockPatch(attachments),
    sender: textPatch(model.sender),
    printedOn: textPatch(formatDate(printedOn)),
  };
}

/** The filled document's bytes. `printedOn` is an ISO date (today). */
export function renderNotice(template: Uint8Array, model: NoticeModel, printedOn: string): Promise<Uint8Array> {
  return fillTemplate(template, noticePatches(model, printedOn), {
    title: `${model.heading} ${model.meetingName} ${model.date}`,
    subject: model.heading,
  });
}
