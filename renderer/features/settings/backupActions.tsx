/** What backups and restores share: the progress bar, and making a backup where it belongs. */
import { Field, ProgressBar } from '@fluentui/react-components';
import { manualBackupName, backupFileFilter } from '../../../shared/backup';
import type { Store } from '../../db/store';
import { createBackup, getBackupKeep, type BackupProgress } from '../../db/backup';
import { platform } from '../../platform';

export interface Progress {
  label: string;
  fraction: number;
}

export const phaseLabels: Record<BackupProgress['phase'], string> = {
  reading: 'Gör säkerhetskopia …',
  checking: 'Kontrollerar säkerhetskopian …',
  restoring: 'Återställer …',
};

/** A progress bar with its label and percentage (Field labels the bar for screen readers). */
export function ProgressField({ progress }: { progress: Progress }) {
  return (
    <Field label={progress.label} validationMessage={`${Math.round(progress.fraction * 100)} %`} validationState="none">
      <ProgressBar value={progress.fraction} max={1} thickness="large" />
    </Field>
  );
}

export function toProgress(p: BackupProgress): Progress {
  return { label: phaseLabels[p.phase], fraction: p.fraction };
}

export type Notice = { intent: 'success' | 'error' | 'info'; title: string; body?: string; path?: string };

/** Makes a backup and puts it where this platform keeps backups; returns a notice to show. */
export async function saveBackup(
  store: Store,
  options: { target: 'folder' | 'file'; onProgress: (p: BackupProgress) => void },
): Promise<Notice | null> {
  const now = new Date();
  const appVersion = await platform.appVersion();
  const bytes = await createBackup(store, { appVersion, now, onProgress: options.onProgress });
  const name = manualBackupName(now, platform.kind === 'desktop' ? (await platform.listBackups()).map((b) => b.name) : []);
  if (options.target === 'folder' && platform.kind === 'desktop') {
    const result = await platform.writeBackup({ name, bytes, keep: await getBackupKeep(store) });
    if (result) return { intent: 'success', title: 'Säkerhetskopian är sparad.', path: result.location };
  }
  const saved = await platform.saveFile({ suggestedName: name, bytes, filters: [backupFileFilter] });
  if (!saved.saved) return null;
  return platform.kind === 'desktop'
    ? { intent: 'success', title: 'Säkerhetskopian är sparad.', path: saved.location }
    : {
        intent: 'success',
        title: 'Säkerhetskopian har laddats ned.',
        body: `Filen heter ${name}. Flytta den till en säker plats, till exempel en nätverksmapp eller ett USB-minne.`,
      };
}

