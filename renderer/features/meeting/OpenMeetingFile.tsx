import { useLocation } from 'wouter';
import { importMeetingFile } from '../../db/exchange';
import { platform } from '../../platform';
import { useCommand } from '../../app/commands';
import { useFeedback } from '../../app/feedback';
import { routes } from '../../app/routes';
import { useStore } from '../../app/store-context';

/** The meeting file's filter (here, not in MeetingPage, so the always-mounted command loads no screen). */
export const MEETING_FILE_FILTER = [{ name: 'Mötesfil från Justera', extensions: ['json'] }];

/** Opens a meeting file from anywhere (Ctrl+O): for a chair who gets the meeting from the secretary. */
export function useOpenMeetingFile(): () => Promise<void> {
  const store = useStore();
  const feedback = useFeedback();
  const [, navigate] = useLocation();
  return async () => {
    await feedback.save(async () => {
      const file = await platform.openFile({ filters: MEETING_FILE_FILTER, maxBytes: 50 * 1024 * 1024 });
      if (!file) return;
      const result = await importMeetingFile(store, file.bytes);
      feedback.success(result.created ? `Mötet ${result.summary} är öppnat från filen.` : `Ändringarna i ${result.summary} är inlästa och sammanfogade.`);
      navigate(routes.meeting(result.meetingId));
    });
  };
}

export function OpenMeetingFileCommand() {
  const open = useOpenMeetingFile();
  useCommand({ id: 'meeting:open-file', label: 'Öppna en mötesfil', keys: 'Ctrl+O', group: 'Allmänt', run: () => void open(), whileTyping: true });
  return null;
}
