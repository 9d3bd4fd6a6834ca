/**
 * Exports from the calendar: a meeting or a year as a calendar file for Outlook, and a body's
 * "Mötestider {år}" in Word from the default template. Each runs through `save` (errors in
 * Swedish) and reports which export is busy, so a button can show progress.
 */
import { useState } from 'react';
import { todayIso } from '../../../shared/domain/dates';
import { renderMeetingDates } from '../../../shared/word/meetingDates';
import { loadMeetingDates, meetingCalendarFile, meetingDatesFileName, yearCalendarFile, type CalendarFile } from '../../db/calendar';
import { useFeedback } from '../../app/feedback';
import { useStore } from '../../app/store-context';
import { platform } from '../../platform';
import { activeTemplate } from '../../word/templates';
import type { Store } from '../../db/store';

const ICS_FILTER = [{ name: 'Kalenderfil', extensions: ['ics'] }];
const DOCX_FILTER = [{ name: 'Word-dokument', extensions: ['docx'] }];

export type ExportKind = 'meeting' | 'year' | 'word';

function saveIcs(file: CalendarFile) {
  return platform.saveFile({ suggestedName: file.fileName, bytes: new TextEncoder().encode(file.text), filters: ICS_FILTER });
}

/** One meeting as a calendar file for Outlook (also from the meeting screen, which loads this module on click). */
export async function saveMeetingCalendarFile(store: Store, feedback: { success(message: string): void }, meetingId: string): Promise<void> {
  const result = await saveIcs(await meetingCalendarFile(store, meetingId));
  if (result.saved) feedback.success('Kalenderfilen är sparad. Öppna den i Outlook för att lägga in mötet.');
}

export function useCalendarExports() {
  const store = useStore();
  const feedback = useFeedback();
  const [busy, setBusy] = useState<ExportKind | null>(null);

  const run = async (kind: ExportKind, work: () => Promise<void>) => {
    setBusy(kind);
    try {
      await feedback.save(work);
    } finally {
      setBusy(null);
    }
  };

  return {
    busy,
    exportMeeting: (meetingId: string) =>
      run('meeting', () => saveMeetingCalendarFile(store, feedback, meetingId)),
    exportYear: (year: number, bodyIds?: string[]) =>
      run('year', async () => {
        const file = await yearCalendarFile(store, year, bodyIds);
        const result = await saveIcs(file);
        if (result.saved) {
          feedback.success(
            `Kalenderfilen med ${file.count} ${file.count === 1 ? 'post' : 'poster'} är sparad. Importera den i Outlook; en ny import uppdaterar samma poster.`,
          );
        }
      }),
    exportMeetingDates: (bodyId: string, year: number) =>
      run('word', async () => {
        const model = await loadMeetingDates(store, bodyId, year);
        if (!model) return;
        const template = await activeTemplate(store, 'meetingDates');
        const bytes = await renderMeetingDates(template.bytes, model, todayIso());
        const result = await platform.saveFile({ suggestedName: meetingDatesFileName(model), bytes, filters: DOCX_FILTER });
        if (result.saved) feedback.success(`${model.title} för ${model.bodyName} är sparat som Word-dokument.`);
      }),
  };
}
