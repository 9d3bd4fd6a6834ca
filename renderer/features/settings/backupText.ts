/** Swedish wording for backups: when one was made, what it holds, what kind of file it is. */
import { format, isValid, parseISO } from 'date-fns';
import { sv } from 'date-fns/locale/sv';
import { PRE_UPGRADE_BACKUP_PREFIX } from '../../../shared/backup';
import { AUTOMATIC_BACKUP_NAME_PATTERN } from '../../../shared/ipc';
import type { DataSummary } from '../../db/backup';

/** "fredag 4 mars 2026 kl. 10.15" */
export function formatMoment(iso: string): string {
  const date = parseISO(iso);
  return isValid(date) ? format(date, "EEEE d MMMM yyyy 'kl.' HH.mm", { locale: sv }) : 'okänd tidpunkt';
}

/** "4 mars 2026 kl. 10.15" */
export function formatShortMoment(iso: string): string {
  const date = parseISO(iso);
  return isValid(date) ? format(date, "d MMMM yyyy 'kl.' HH.mm", { locale: sv }) : 'okänd tidpunkt';
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function list(parts: string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} och ${parts.at(-1)}`;
}

/** "2 organ, 15 personer, 25 organisationer och 3 möten" */
export function describeSummary(summary: DataSummary): string {
  return list([
    count(summary.bodies, 'organ', 'organ'),
    count(summary.people, 'person', 'personer'),
    count(summary.organisations, 'organisation', 'organisationer'),
    count(summary.meetings, 'möte', 'möten'),
  ]);
}

export type BackupKind = 'automatic' | 'beforeUpgrade' | 'manual' | 'other';

export function backupKind(name: string): BackupKind {
  if (AUTOMATIC_BACKUP_NAME_PATTERN.test(name)) return 'automatic';
  if (name.startsWith(PRE_UPGRADE_BACKUP_PREFIX)) return 'beforeUpgrade';
  if (name.startsWith('justera-säkerhetskopia-')) return 'manual';
  return 'other';
}

export const backupKindLabels: Record<BackupKind, string> = {
  automatic: 'Automatisk',
  beforeUpgrade: 'Före uppdatering',
  manual: 'Gjord av dig',
  other: 'Annan fil',
};

/**
 * The Swedish message of a failed file operation. The desktop shell's errors arrive wrapped by
 * Electron ("Error invoking remote method 'file:open': Error: Filen … är för stor …").
 */
export function fileErrorMessage(error: unknown): string | null {
  if (!(error instanceof Error)) return null;
  const inner = error.message.split(/Error: /).at(-1)?.trim();
  return inner && /[åäöÅÄÖ]/.test(inner) ? inner : null;
}
