/**
 * Storage space: when to warn, and how to say sizes in Swedish. Pure, so the thresholds are
 * tested without a browser.
 */

/** Warn when less than this is left for Justera's data … */
export const LOW_STORAGE_BYTES = 500 * 1024 * 1024;
/** … or less than this share of what the browser allows it. */
export const LOW_STORAGE_FRACTION = 0.1;

export interface StorageEstimate {
  /** Bytes used by this origin (the database, caches). */
  usage: number;
  /** Bytes this origin may use at most (the browser's share of the free disk). */
  quota: number;
}

/** Free space for Justera's data, or null when the browser cannot say. */
export function freeBytes(estimate: Partial<StorageEstimate> | null | undefined): number | null {
  if (!estimate || typeof estimate.usage !== 'number' || typeof estimate.quota !== 'number' || estimate.quota <= 0) return null;
  return Math.max(0, estimate.quota - estimate.usage);
}

/** True when space is running low: less than 500 MB, or less than 10 % of the quota, left. */
export function isStorageLow(estimate: Partial<StorageEstimate> | null | undefined): boolean {
  const free = freeBytes(estimate);
  if (free === null) return false;
  return free < LOW_STORAGE_BYTES || free < LOW_STORAGE_FRACTION * estimate!.quota!;
}

const units = ['byte', 'kB', 'MB', 'GB', 'TB'];

/** "0 byte", "12 kB", "1,5 MB", "120 GB" (Swedish decimal comma, non-breaking space). */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '–';
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  const number = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(value);
  return `${number}\u00a0${units[unit]}`;
}
