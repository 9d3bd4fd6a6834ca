/**
 * Dates as the region writes them. Stored as ISO strings ('2024-05-17', '13:00',
 * '2024-05-17T09:12:00.000Z'); shown in Swedish ("fredag 17 maj 2024", "kl. 13.00").
 */
import { format, isValid, parse, parseISO } from 'date-fns';
import { sv } from 'date-fns/locale/sv';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** True for a real calendar date written YYYY-MM-DD (2024-02-30 is not one). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return false;
  const date = parse(value, 'yyyy-MM-dd', new Date(2000, 0, 1));
  return isValid(date) && format(date, 'yyyy-MM-dd') === value;
}

/** True for a time of day written HH:mm. */
export function isTime(value: unknown): value is string {
  return typeof value === 'string' && TIME.test(value);
}

export function toDate(isoDate: string): Date {
  return parse(isoDate, 'yyyy-MM-dd', new Date(2000, 0, 1));
}

export function toIsoDate(date: Date): string {
  return format(date, 'yyyy-MM-dd');
}

/** "fredag 17 maj 2024" */
export function formatLongDate(isoDate: string): string {
  return format(toDate(isoDate), 'EEEE d MMMM yyyy', { locale: sv });
}

/** "17 maj 2024" */
export function formatDate(isoDate: string): string {
  return format(toDate(isoDate), 'd MMMM yyyy', { locale: sv });
}

/** "17 maj" */
export function formatDayMonth(isoDate: string): string {
  return format(toDate(isoDate), 'd MMMM', { locale: sv });
}

/** "240828", as in the title line "Minnesanteckningar 240828 Chefsgrupp Folkhälsa". */
export function formatYyMmDd(isoDate: string): string {
  return format(toDate(isoDate), 'yyMMdd');
}

/** "13.00" (Swedish clock times use a point). */
export function formatTime(time: string): string {
  return time.replace(':', '.');
}

/** "kl. 13.00–16.30", or "kl. 13.00" without an end. */
export function formatTimeRange(start: string, end?: string | null): string {
  return end ? `kl. ${formatTime(start)}–${formatTime(end)}` : `kl. ${formatTime(start)}`;
}

/** "2024-05-17 09.12" for timestamps shown in logs. */
export function formatTimestamp(iso: string): string {
  const date = parseISO(iso);
  return isValid(date) ? format(date, 'yyyy-MM-dd HH.mm') : iso;
}

export function minutesOfDay(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

export function timeFromMinutes(total: number): string {
  const clamped = Math.max(0, Math.min(total, 24 * 60 - 1));
  const h = Math.floor(clamped / 60);
  const m = clamped % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** Today's date in the user's time zone, as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  return format(now, 'yyyy-MM-dd');
}
