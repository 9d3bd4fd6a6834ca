/**
 * The confirmation before a restore: what the backup holds, what it will replace, the advice to
 * back up what is there now first (checked by default), and a progress bar while it runs. The
 * dialog cannot be closed while the restore runs; the restore itself is one transaction.
 */
import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { messageOf, useFeedback } from '../../app/feedback';
import { useStore } from '../../app/store-context';
import { currentSummary, restoreBackup, type BackupPreview } from '../../db/backup';
import { ProgressField, saveBackup, toProgress, type Progress } from './backupActions';
import { describeSummary, fileErrorMessage, formatMoment } from './backupText';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  surface: { maxWidth: '600px', width: '100%' },
});

export function RestoreDialog(props: {
  pending: { preview: BackupPreview; fileName: string } | null;
  onClose: () => void;
  onRestored: (fileName: string) => void;
}) {
  const styles = useStyles();
  const store = useStore();
  const feedback = useFeedback();
  const open = props.pending !== null;
  const now = useLiveQuery(() => (open ? currentSummary(store) : undefined), [store, open]);
  const [backupFirst, setBackupFirst] = useState(true);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (open) {
      setBackupFirst(true);
      setError(null);
      setProgress(null);
    }
  }, [open]);

  const restore = async () => {
    const pending = props.pending;
    if (!pending) return;
    setError(null);
    try {
      if (backupFirst) {
        setProgress(toProgress({ phase: 'reading', fraction: 0 }));
        const saved = await saveBackup(store, { target: 'folder', onProgress: (p) => setProgress(toProgress(p)) });
        if (!saved) {
          setError('Säkerhetskopian av det som finns nu sparades inte, så ingenting har återställts. Försök igen, eller avmarkera rutan om du inte vill ha någon.');
          return;
        }
      }
    } catch (cause) {
      console.error(cause);
      setError(`Säkerhetskopian av det som finns nu kunde inte sparas, så ingenting har återställts. ${fileErrorMessage(cause) ?? ''}`.trim());
      setProgress(null);
      return;
    }
    let failure: unknown = null;
    setProgress(toProgress({ phase: 'restoring', fraction: 0 }));
    const done = await feedback.save(async () => {
      try {
        await restoreBackup(store, pending.preview, { onProgress: (p) => setProgress(toProgress(p)) });
        return true;
      } catch (cause) {
        failure = cause;
        throw cause;
      }
    });
    setProgress(null);
    if (done) props.onRestored(pending.fileName);
    else setError(messageOf(failure));
  };

  const running = progress !== null;
  const preview = props.pending?.preview;
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_, data) => !data.open && !running && props.onClose()}>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>Återställa säkerhetskopian?</DialogTitle>
          <DialogContent className={styles.content}>
            {preview ? (
              <Text>
                Säkerhetskopian <strong>{props.pending?.fileName}</strong> gjordes {formatMoment(preview.createdAt)}
                {preview.appVersion ? ` med Justera ${preview.appVersion}` : ''} och innehåller {describeSummary(preview.summary)}.
              </Text>
            ) : null}
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>Allt som finns i Justera nu ersätts</MessageBarTitle>
                {now ? `Nu finns ${describeSummary(now)}. ` : ''}
                Det som har ändrats efter att säkerhetskopian gjordes försvinner.
              </MessageBarBody>
            </MessageBar>
            <Checkbox
              checked={backupFirst}
              disabled={running}
              onChange={(_, data) => setBackupFirst(data.checked === true)}
              label="Gör först en säkerhetskopia av det som finns nu (rekommenderas)"
            />
            {progress ? <ProgressField progress={progress} /> : null}
            {error ? (
              <MessageBar intent="error" layout="multiline" politeness="assertive">
                <MessageBarBody>{error}</MessageBarBody>
              </MessageBar>
            ) : null}
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" disabled={running} onClick={props.onClose}>
              Avbryt
            </Button>
            <Button appearance="primary" disabled={running} onClick={() => void restore()}>
              Återställ
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
