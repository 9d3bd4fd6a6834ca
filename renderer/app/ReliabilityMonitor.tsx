/**
 * Keeps the data safe in the background, from inside the shell: asks the browser once for
 * persistent storage, writes the desktop app's daily automatic backup (now and every hour, at most
 * once a day; renderer/db/startup.ts), reloads when another window (tab) has restored a backup,
 * and shows a calm warning when storage space runs low.
 */
import { Button, Link as FluentLink, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import { Dismiss20Regular } from '@fluentui/react-icons';
import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'wouter';
import { DomainError } from '../../shared/domain/errors';
import { freeBytes, formatBytes, isStorageLow } from '../../shared/storage';
import { onRestoreElsewhere } from '../db/backup';
import { automaticBackupIfDue } from '../db/startup';
import { platform } from '../platform';
import { useFeedback } from './feedback';
import { routes } from './routes';
import { requestPersistentStorage, useStorageState } from './storage';
import { useStore } from './store-context';

const HOUR = 60 * 60 * 1000;

const useStyles = makeStyles({
  bar: { marginBottom: tokens.spacingVerticalL, maxWidth: '1200px' },
});

let automaticBackupRunning: Promise<unknown> | null = null;

export function ReliabilityMonitor() {
  const styles = useStyles();
  const store = useStore();
  const { error } = useFeedback();
  const reportError = useRef(error);
  reportError.current = error;
  const storage = useStorageState();
  const [dismissed, setDismissed] = useState(false);
  const [, navigate] = useLocation();

  useEffect(() => {
    void requestPersistentStorage();
  }, []);

  // A backup restored in another window replaced the database under this one: start afresh.
  useEffect(() => onRestoreElsewhere(store.db.name, () => window.location.reload()), [store]);

  useEffect(() => {
    if (platform.kind !== 'desktop') return;
    const run = () => {
      automaticBackupRunning ??= (async () => {
        try {
          await automaticBackupIfDue(store, { platform, appVersion: await platform.appVersion() });
        } catch (cause) {
          console.warn('[backup] the automatic backup failed', cause);
          reportError.current(
            new DomainError('Den automatiska säkerhetskopian kunde inte sparas. Justera försöker igen om en timme. Du kan också göra en säkerhetskopia under Inställningar.'),
          );
        } finally {
          automaticBackupRunning = null;
        }
      })();
    };
    run();
    const timer = setInterval(run, HOUR);
    return () => clearInterval(timer);
  }, [store]);

  if (!storage || dismissed || !isStorageLow({ usage: storage.usage ?? undefined, quota: storage.quota ?? undefined })) return null;
  const free = freeBytes({ usage: storage.usage ?? undefined, quota: storage.quota ?? undefined }) ?? 0;
  return (
    <MessageBar intent="warning" className={styles.bar} layout="multiline" data-testid="storage-warning">
      <MessageBarBody>
        <MessageBarTitle>Lagringsutrymmet börjar ta slut</MessageBarTitle>
        Det finns {formatBytes(free)} kvar för Justeras uppgifter på den här datorn. Allt du har gjort är sparat, men frigör
        utrymme snart, till exempel genom att tömma papperskorgen eller ta bort stora filer du inte behöver. Gör gärna också en{' '}
        <FluentLink
          href={`#${routes.settings}`}
          onClick={(event) => {
            event.preventDefault();
            navigate(routes.settings);
          }}
        >
          säkerhetskopia under Inställningar
        </FluentLink>
        .
      </MessageBarBody>
      <MessageBarActions
        containerAction={<Button appearance="transparent" aria-label="Stäng varningen" icon={<Dismiss20Regular />} onClick={() => setDismissed(true)} />}
      />
    </MessageBar>
  );
}
