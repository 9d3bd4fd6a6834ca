/**
 * An agenda item's attached files: listed with their size, saved (or opened) from the database,
 * and, where the agenda may be changed, attached with the file picker and removed with undo.
 * Each action is stored at once; it does not wait for the item dialog's "Spara".
 */
import { Button, makeStyles, Text, tokens, Tooltip } from '@fluentui/react-components';
import { ArrowDownload16Regular, Attach16Regular, Delete16Regular, Document16Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import { formatFileSize, MAX_ATTACHMENT_BYTES } from '../../../shared/domain/files';
import type { Attachment } from '../../../shared/domain/meeting';
import * as agenda from '../../db/agenda';
import { actorName } from '../../db/actor';
import { useFeedback } from '../../app/feedback';
import { useStore } from '../../app/store-context';
import { platform } from '../../platform';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  name: { overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground3 },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0, marginBottom: tokens.spacingVerticalXS },
  fieldset: { border: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

/** Saves a copy of the attachment where the user chooses (in the browser: a download). */
export function useSaveAttachment() {
  const store = useStore();
  const feedback = useFeedback();
  return (attachment: Attachment) =>
    feedback.save(async () => {
      const stored = await agenda.readAttachment(store, attachment);
      const result = await platform.saveFile({ suggestedName: stored.name, bytes: stored.bytes });
      if (result.saved) feedback.success(`${attachment.name} är sparad.`);
    });
}

/** The files of an item, read-only: for the agenda's list and the meeting view. */
export function AttachmentLinks({ attachments }: { attachments: readonly Attachment[] }) {
  const styles = useStyles();
  const saveCopy = useSaveAttachment();
  if (attachments.length === 0) return null;
  return (
    <ul className={styles.list} aria-label="Bifogade filer">
      {attachments.map((a) => (
        <li key={a.id} className={styles.row}>
          <Button size="small" appearance="subtle" icon={<Document16Regular />} onClick={() => void saveCopy(a)} aria-label={`Spara ${a.name} (${formatFileSize(a.size)})`}>
            <span className={styles.name}>{a.name}</span>
          </Button>
          <Text size={200} className={styles.muted}>
            {formatFileSize(a.size)}
          </Text>
        </li>
      ))}
    </ul>
  );
}

/** The item dialog's section: attach by the file picker (a button, reachable by Tab), save, remove with undo. */
export function AttachmentsEditor(props: { meetingId: string; itemId: string | null; itemTitle: string; attachments: readonly Attachment[] }) {
  const store = useStore();
  const feedback = useFeedback();
  const styles = useStyles();
  const saveCopy = useSaveAttachment();
  const [busy, setBusy] = useState(false);
  const { meetingId, itemId } = props;

  const attach = async () => {
    if (!itemId) return;
    setBusy(true);
    try {
      const picked = await feedback.save(() => platform.openFile({}));
      if (!picked) return;
      const added = await feedback.save(async () => agenda.attachFiles(store, meetingId, itemId, [picked], await actorName(store)));
      if (added) feedback.success(`${added.map((a) => a.name).join(', ')} är bifogad.`);
    } finally {
      setBusy(false);
    }
  };
  const remove = async (attachment: Attachment) => {
    if (!itemId) return;
    const removed = await feedback.save(async () => agenda.removeAttachment(store, meetingId, itemId, attachment.id, await actorName(store)));
    if (removed) {
      feedback.undoable(`${attachment.name} togs bort från punkten.`, async () =>
        agenda.restoreAttachment(store, meetingId, itemId, removed.attachment, removed.index, await actorName(store)),
      );
    }
  };

  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>Bifogade filer</legend>
      {itemId === null ? (
        <Text className={styles.muted}>Spara punkten först, öppna den sedan igen för att bifoga filer.</Text>
      ) : (
        <>
          {props.attachments.length > 0 ? (
            <ul className={styles.list} aria-label={`Bifogade filer till ${props.itemTitle}`}>
              {props.attachments.map((a) => (
                <li key={a.id} className={styles.row}>
                  <Text className={styles.name}>
                    {a.name} <span className={styles.muted}>({formatFileSize(a.size)})</span>
                  </Text>
                  <Tooltip content={`Spara en kopia av ${a.name}`} relationship="label">
                    <Button size="small" appearance="subtle" icon={<ArrowDownload16Regular />} onClick={() => void saveCopy(a)} />
                  </Tooltip>
                  <Tooltip content={`Ta bort ${a.name} från punkten`} relationship="label">
                    <Button size="small" appearance="subtle" icon={<Delete16Regular />} onClick={() => void remove(a)} />
                  </Tooltip>
                </li>
              ))}
            </ul>
          ) : (
            <Text className={styles.muted}>Inga filer bifogade.</Text>
          )}
          <div>
            <Button size="small" icon={<Attach16Regular />} disabled={busy} onClick={() => void attach()}>
              Bifoga fil …
            </Button>{' '}
            <Text size={200} className={styles.muted}>
              Högst {formatFileSize(MAX_ATTACHMENT_BYTES)} per fil. Filen sparas direkt.
            </Text>
          </div>
        </>
      )}
    </fieldset>
  );
}
