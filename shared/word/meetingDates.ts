/**
 * "Mötestider {år}" in Word: the model of shared/calendar/meetingDates.ts poured into the
 * meetingDates template ({{body}}, {{year}}, {{meetings}}, {{events}}, the {{partners.*}} row,
 * {{printedOn}}).
 */
import { HeadingLevel, Paragraph, TextRun } from 'docx';
import type { MeetingDatesLine, MeetingDatesModel } from '../calendar/meetingDates';
import { formatDate } from '../domain/dates';
import { blockPatch, fillTemplate, rowsPatch, textPatch } from './fill';

function lineParagraph(line: MeetingDatesLine): Paragraph {
  if (line.cancelled) {
    // As the seed strikes through an absentee: the date stays readable, the word says why.
    const text = line.text.replace(/ – inställt$/, '');
    return new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text, strike: true }), new TextRun(' – inställt')] });
  }
  return new Paragraph({ bullet: { level: 0 }, children: [new TextRun(line.text)] });
}

const note = (text: string) => new Paragraph({ children: [new TextRun({ text, italics: true })] });

export function meetingDatesPatches(model: MeetingDatesModel, printedOn: string) {
  return {
    body: textPatch(model.bodyName),
    year: textPatch(String(model.year)),
    meetings: blockPatch(model.meetings.length ? model.meetings.map(lineParagraph) : [note('Inga möten är inlagda för året.')]),
    events: blockPatch(
      model.sections.flatMap((section) => [
        new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(section.heading)] }),
        ...section.lines.map(lineParagraph),
      ]),
    ),
    partners: rowsPatch(
      model.partners.length
        ? model.partners.map((p) => ({ party: p.party, dates: p.dates, contact: p.contact }))
        : [{ party: 'Inga inlagda', dates: '–', contact: '–' }],
    ),
    printedOn: textPatch(formatDate(printedOn)),
  };
}

/** The filled document's bytes. `printedOn` is an ISO date (today). */
export function renderMeetingDates(template: Uint8Array, model: MeetingDatesModel, printedOn: string): Promise<Uint8Array> {
  return fillTemplate(template, meetingDatesPatches(model, printedOn), {
    title: `${model.title} ${model.bodyName}`,
    subject: model.title,
  });
}
