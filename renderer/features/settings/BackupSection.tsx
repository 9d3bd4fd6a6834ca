/**
 * Inställningar › Säkerhetskopior: make a backup now (desktop: into the backup folder, or "Spara en
 * kopia som …"; browser: a download), restore one from a file or (desktop) from the list of
 * automatic backups, and choose how many automatic backups to keep. Every long step shows a
 * progress bar; a refused file says why and that nothing has changed.
 */
import {
  Button,
  Caption1,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  SpinButton,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownload20Regular, ArrowUpload20Regular, DocumentSave20Regular, History20Regular } from '@fluentui/react-icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useState } from 'react';
import { backupFileFilter } from '../../../shared/backup';
import { isDomainError } from '../../../shared/domain/errors';
import { MAX_IPC_FILE_BYTES, type BackupInfo, type OpenedFile } from '../../../shared/ipc';
import { formatBytes } from '../../../shared/storage';
import { useFeedback } from '../../app/feedback';
import { useStore } from '../../app/store-context';
import { DEFAULT_BACKUP_KEEP, getBackupKeep, readBackupFile, setBackupKeep, type BackupPreview } from '../../db/backup';
import { platform } from '../../platform';
import { FileTooLargeError } from '../../platform/web';
import { useTableStyles } from '../../ui/tableStyles';
import { phaseLabels, ProgressField, saveBackup, toProgress, type Notice, type Progress } from './backupActions';
import { backupKind, backupKindLabels, fileErrorMessage, formatShortMoment } from './backupText';
import { RestoreDialog } from './RestoreDialog';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '820px' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  path: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, wordBreak: 'break-all' },
  noticePath: { display: 'block', fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, wordBreak: 'break-all' },
  noticeBody: { display: 'block' },
  keep: { maxWidth: '420px' },
});

export function BackupSection() {
  const styles = useStyles();
  const tableStyles = useTableStyles();
  const store = useStore();
  const feedback = useFeedback();
  const keep = useLiveQuery(() => getBackupKeep(store), [store]);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [pending, setPending] = useState<{ preview: BackupPreview; fileName: string } | null>(null);
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [folder, setFolder] = useState<string | null>(null);
  const desktop = platform.kind === 'desktop';
  const busy = progress !== null || pending !== null;

  const refreshBackups = useCallback(() => {
    if (!desktop) return;
    void platform.listBackups().then(setBackups, () => setBackups([]));
  }, [desktop]);

  useEffect(() => {
    refreshBackups();
    if (desktop) void platform.backupFolder().then(setFolder, () => setFolder(null));
  }, [desktop, refreshBackups]);

  const backUp = async (target: 'folder' | 'file') => {
    setNotice(null);
    setProgress({ label: phaseLabels.reading, fraction: 0 });
    try {
      const result = await saveBackup(store, { target, onProgress: (p) => setProgress(toProgress(p)) });
      if (result) setNotice(result);
      refreshBackups();
    } catch (error) {
      console.error(error);
      setNotice({
        intent: 'error',
        title: 'Säkerhetskopian kunde inte sparas.',
        body: fileErrorMessage(error) ?? 'Kontrollera att det finns plats på disken och försök igen.',
      });
    } finally {
      setProgress(null);
    }
  };

  const check = async (load: () => Promise<OpenedFile | null>) => {
    setNotice(null);
    let file: OpenedFile | null;
    try {
      file = await load();
    } catch (error) {
      const message =
        error instanceof FileTooLargeError
          ? `Filen ${error.fileName} är för stor (${formatBytes(error.size)}) för att vara en säkerhetskopia från Justera.`
          : (fileErrorMessage(error) ?? 'Filen kunde inte läsas.');
      setNotice({ intent: 'error', title: 'Säkerhetskopian kan inte återställas.', body: `${message} Inga uppgifter har ändrats.` });
      return;
    }
    if (!file) return;
    setProgress({ label: phaseLabels.checking, fraction: 0 });
    try {
      const preview = await readBackupFile(store, file.bytes, { onProgress: (p) => setProgress(toProgress(p)) });
      setPending({ preview, fileName: file.name });
    } catch (error) {
      if (!isDomainError(error)) console.error(error);
      setNotice({
        intent: 'error',
        title: `${file.name} kan inte återställas.`,
        body: `${isDomainError(error) ? error.message : 'Filen kunde inte läsas.'} Inga uppgifter har ändrats.`,
      });
    } finally {
      setProgress(null);
    }
  };

  const chooseFile = () => check(() => platform.openFile({ filters: [backupFileFilter], maxBytes: MAX_IPC_FILE_BYTES }));

  return (
    <section className={styles.section} aria-labelledby="backup-heading">
      <h2 id="backup-heading" className={styles.heading}>
        Säkerhetskopior
      </h2>
      <Text>
        En säkerhetskopia innehåller allt i Justera på den här datorn: registret, mötena, dagordningarna och anteckningarna med hela
        sin ändringshistorik, och inställningarna. Med den kan du återställa allt precis som det var när den gjordes.
      </Text>
      {desktop ? (
        <Text>
          Justera gör själv en säkerhetskopia varje dag som appen används och innan databasen uppdateras till en ny version.
          {folder ? (
            <>
              {' '}
              Säkerhetskopiorna sparas i <span className={styles.path}>{folder}</span>.
            </>
          ) : null}
        </Text>
      ) : (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            I webbläsaren görs inga automatiska säkerhetskopior. Gör en säkerhetskopia då och då och spara filen på en säker plats,
            till exempel en nätverksmapp.
          </MessageBarBody>
        </MessageBar>
      )}

      <div className={styles.actions}>
        <Button appearance="primary" icon={desktop ? <DocumentSave20Regular /> : <ArrowDownload20Regular />} disabled={busy} onClick={() => void backUp('folder')}>
          Gör en säkerhetskopia nu
        </Button>
        {desktop ? (
          <Button icon={<ArrowDownload20Regular />} disabled={busy} onClick={() => void backUp('file')}>
            Spara en kopia som …
          </Button>
        ) : null}
        <Button icon={<ArrowUpload20Regular />} disabled={busy} onClick={() => void chooseFile()}>
          Återställ från fil …
        </Button>
      </div>

      {progress && !pending ? <ProgressField progress={progress} /> : null}
      {notice ? (
        <MessageBar intent={notice.intent} layout="multiline" politeness={notice.intent === 'error' ? 'assertive' : 'polite'} data-testid="backup-notice">
          <MessageBarBody>
            <MessageBarTitle>{notice.title}</MessageBarTitle>
            {notice.path ? <span className={styles.noticePath}>{notice.path}</span> : null}
            {notice.body ? <span className={styles.noticeBody}>{notice.body}</span> : null}
          </MessageBarBody>
        </MessageBar>
      ) : null}

      {desktop ? (
        <>
          <h3 className={styles.subheading}>Automatiska säkerhetskopior</h3>
          <Field
            className={styles.keep}
            label="Antal automatiska säkerhetskopior som sparas"
            hint="Äldre automatiska säkerhetskopior tas bort. De du gör själv och de som görs före en uppdatering sparas alltid."
          >
            <SpinButton
              min={1}
              max={365}
              value={keep ?? DEFAULT_BACKUP_KEEP}
              onChange={(_, data) => {
                const value = data.value ?? Number.parseInt(data.displayValue ?? '', 10);
                if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 365) {
                  void feedback.save(() => setBackupKeep(store, value));
                }
              }}
            />
          </Field>
          {backups === null ? null : backups.length === 0 ? (
            <Text>Det finns inga säkerhetskopior i mappen ännu.</Text>
          ) : (
            <Table aria-label="Säkerhetskopior i mappen" className={tableStyles.table} size="small">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>Gjord</TableHeaderCell>
                  <TableHeaderCell>Typ</TableHeaderCell>
                  <TableHeaderCell>Storlek</TableHeaderCell>
                  <TableHeaderCell>
                    <span className={tableStyles.visuallyHidden}>Åtgärder</span>
                  </TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {backups.map((backup) => (
                  <TableRow key={backup.name}>
                    <TableCell>
                      {formatShortMoment(backup.modifiedAt)}
                      <br />
                      <Caption1 className={tableStyles.muted}>{backup.name}</Caption1>
                    </TableCell>
                    <TableCell>{backupKindLabels[backupKind(backup.name)]}</TableCell>
                    <TableCell>{formatBytes(backup.bytes)}</TableCell>
                    <TableCell className={tableStyles.actionsCell}>
                      <Button
                        size="small"
                        icon={<History20Regular />}
                        disabled={busy}
                        aria-label={`Återställ säkerhetskopian från ${formatShortMoment(backup.modifiedAt)}`}
                        onClick={() => void check(() => platform.readBackup(backup.name))}
                      >
                        Återställ …
                      </Button>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </>
      ) : null}

      <RestoreDialog
        pending={pending}
        onClose={() => setPending(null)}
        onRestored={(fileName) => {
          setPending(null);
          setNotice({ intent: 'success', title: 'Säkerhetskopian är återställd.', body: `Justera visar nu det som fanns i ${fileName}.` });
          feedback.success('Säkerhetskopian är återställd.');
          refreshBackups();
        }}
      />
    </section>
  );
}
