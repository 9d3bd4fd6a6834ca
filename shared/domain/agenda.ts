/**
 * Agenda rules: order, numbering (1, 2, 3 … per meeting, or § numbers through the body's year),
 * times computed from the meeting's start and each item's planned minutes, and where a new item goes.
 */
import { generateKeyBetween } from 'fractional-indexing';
import { minutesOfDay, timeFromMinutes } from './dates';
import type { AgendaItem } from './meeting';
import type { NumberingStyle } from './register';

type Ordered = Pick<AgendaItem, 'id' | 'position' | 'deletedAt'>;

/** The items in agenda order (deleted ones left out). Ties (concurrent inserts) break by id. */
export function orderItems<T extends Ordered>(items: readonly T[]): T[] {
  return items
    .filter((i) => i.deletedAt === null)
    .sort((a, b) => (a.position < b.position ? -1 : a.position > b.position ? 1 : a.id < b.id ? -1 : 1));
}

/** The label of the item at `index` (0-based) in agenda order: "3", or "§ 16" through the year. */
export function numberLabel(index: number, style: NumberingStyle, firstSection = 1): string {
  return style === 'section' ? `§ ${firstSection + index}` : String(index + 1);
}

/** "1", "2" … or "§ 14", "§ 15" … when the body numbers through its year (first = `firstSection`). */
export function numberItems<T extends Ordered>(items: readonly T[], style: NumberingStyle, firstSection = 1): Map<string, string> {
  const labels = new Map<string, string>();
  orderItems(items).forEach((item, index) => labels.set(item.id, numberLabel(index, style, firstSection)));
  return labels;
}

export interface ScheduledItem {
  id: string;
  start: string;
  end: string;
}

/** Each item's clock time from the meeting's start and the planned minutes before it. */
export function scheduleItems<T extends Ordered & Pick<AgendaItem, 'minutes'>>(items: readonly T[], startTime: string): ScheduledItem[] {
  return scheduleInOrder(orderItems(items), startTime);
}

/** The same for items already in the order to schedule them in. */
export function scheduleInOrder(items: readonly Pick<AgendaItem, 'id' | 'minutes'>[], startTime: string): ScheduledItem[] {
  let clock = minutesOfDay(startTime);
  return items.map((item) => {
    const start = clock;
    clock += item.minutes;
    return { id: item.id, start: timeFromMinutes(start), end: timeFromMinutes(clock) };
  });
}

/** Minutes the plan runs past the meeting's end (0 when it fits). */
export function overrunMinutes<T extends Ordered & Pick<AgendaItem, 'minutes'>>(items: readonly T[], startTime: string, endTime: string): number {
  const planned = orderItems(items).reduce((sum, item) => sum + item.minutes, 0);
  return Math.max(0, minutesOfDay(startTime) + planned - minutesOfDay(endTime));
}

/** A position between two neighbours (either may be missing: start or end of the list). */
export function positionBetween(before: string | null, after: string | null): string {
  return generateKeyBetween(before, after);
}

/** Positions for `count` new items appended after `last`. */
export function positionsAfter(last: string | null, count: number): string[] {
  const positions: string[] = [];
  let previous = last;
  for (let i = 0; i < count; i++) {
    previous = generateKeyBetween(previous, null);
    positions.push(previous);
  }
  return positions;
}

/**
 * Where a new item goes when the user does not say: before the closing standard items
 * ("Övriga frågor", "Mötet avslutas"), so those stay last.
 */
export function defaultInsertPosition<T extends Ordered & Pick<AgendaItem, 'origin'>>(items: readonly T[]): string {
  const ordered = orderItems(items);
  const firstClosing = ordered.findIndex((i) => i.origin?.kind === 'standard' && i.origin.note === 'closing');
  if (firstClosing === -1) return positionBetween(ordered.at(-1)?.position ?? null, null);
  return positionBetween(ordered[firstClosing - 1]?.position ?? null, ordered[firstClosing]!.position);
}

/** The position that puts `itemId` at `targetIndex` in the ordered list (for keyboard and drag moves). */
export function positionForMove<T extends Ordered>(items: readonly T[], itemId: string, targetIndex: number): string | null {
  const others = orderItems(items).filter((i) => i.id !== itemId);
  const index = Math.max(0, Math.min(targetIndex, others.length));
  const current = orderItems(items).findIndex((i) => i.id === itemId);
  if (current === index) return null;
  return positionBetween(others[index - 1]?.position ?? null, others[index]?.position ?? null);
}
