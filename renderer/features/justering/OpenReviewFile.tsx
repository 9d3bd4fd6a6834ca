import { useLocation } from 'wouter';
import * as justering from '../../db/justering';
import { platform } from '../../platform';
import { useCommand } from '../../app/commands';
import { useFeedback } from '../../app/feedback';
import { routes } from '../../app/routes';
import { useStore } from '../../app/store-context';
import { JUSTERING_FILTERS } from './filters';

/** Opens a review file received from the secretary (Ctrl+Shift+O, or the list's button). */
export function useOpenReviewFile(): () => Promise<void> {
  const store = useStore();
  const feedback = useFeedback();
  const [, navigate] = useLocation();
  return async () => {
    await feedback.save(async () => {
      const file = await platform.openFile({ filters: JUSTERING_FILTERS.review, maxBytes: 20 * 1024 * 1024 });
      if (!file) return;
      const opened = await justering.openReviewPackage(store, file.bytes);
      navigate(routes.review(opened.id));
    });
  };
}

/** Mounted always (App.tsx); kept out of ReviewPage so the start screen does not load that screen. */
export function OpenReviewFileCommand() {
  const open = useOpenReviewFile();
  useCommand({ id: 'review:open-file', label: 'Öppna en justeringsfil', keys: 'Ctrl+Shift+O', group: 'Allmänt', run: () => void open(), whileTyping: true });
  return null;
}
