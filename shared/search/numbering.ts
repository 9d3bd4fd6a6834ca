/**
 * Item numbers for search results from the search index itself: every item of every meeting that
 * is not deleted has a search document, and each holds its place on the agenda (`position`) and
 * its meeting's date, time, host body and whether it was cancelled. So a result's number ("5", or
 * "§ 16" through the host body's year) needs no database reads — the same rule as `numberItems`
 * and `firstSectionNumbers` (renderer/db/agenda.ts) apply to the rows: agenda order by position
 * (ties by id); a § number continues from the items of the host body's earlier meetings that year,
 * cancelled meetings not counted.
 */
import { numberLabel, orderItems } from '../domain/agenda';
import type { NumberingStyle } from '../domain/register';
import type { SearchDocument } from './searchIndex';

export type PlacedItem = Pick<SearchDocument, 'meetingId' | 'bodyIds' | 'date' | 'startTime' | 'cancelled' | 'position'>;

interface MeetingPlace {
  host: string;
  date: string;
  startTime: string;
  cancelled: boolean;
  /** The meeting's items: id → position. */
  items: Map<string, string>;
}

export class AgendaNumbers {
  private readonly meetingOf = new Map<string, string>();
  private readonly meetings = new Map<string, MeetingPlace>();

  clear(): void {
    this.meetingOf.clear();
    this.meetings.clear();
  }

  /** Records an item's place (null: the item is gone). */
  set(itemId: string, item: PlacedItem | null): void {
    const before = this.meetingOf.get(itemId);
    if (before !== undefined) {
      const meeting = this.meetings.get(before);
      meeting?.items.delete(itemId);
      if (meeting && meeting.items.size === 0) this.meetings.delete(before);
      this.meetingOf.delete(itemId);
    }
    if (!item) return;
    let meeting = this.meetings.get(item.meetingId);
    if (!meeting) {
      meeting = { host: item.bodyIds[0] ?? '', date: item.date, startTime: item.startTime, cancelled: item.cancelled, items: new Map() };
      this.meetings.set(item.meetingId, meeting);
    }
    // Every item of a meeting carries the meeting's details; the latest one written is the truth.
    Object.assign(meeting, { host: item.bodyIds[0] ?? '', date: item.date, startTime: item.startTime, cancelled: item.cancelled });
    meeting.items.set(itemId, item.position);
    this.meetingOf.set(itemId, item.meetingId);
  }

  /** The item's number as its meeting shows it, or '' for an unknown item. */
  label(itemId: string, numberingOf: (bodyId: string) => NumberingStyle): string {
    const meetingId = this.meetingOf.get(itemId);
    const meeting = meetingId === undefined ? undefined : this.meetings.get(meetingId);
    if (!meeting) return '';
    const ordered = orderItems([...meeting.items].map(([id, position]) => ({ id, position, deletedAt: null })));
    const index = ordered.findIndex((item) => item.id === itemId);
    const style = numberingOf(meeting.host);
    return numberLabel(index, style, style === 'section' ? this.firstSection(meetingId!, meeting) : 1);
  }

  private firstSection(meetingId: string, meeting: MeetingPlace): number {
    const year = meeting.date.slice(0, 4);
    let first = 1;
    for (const [id, other] of this.meetings) {
      if (id === meetingId || other.host !== meeting.host || other.cancelled || !other.date.startsWith(year)) continue;
      if (other.date < meeting.date || (other.date === meeting.date && other.startTime < meeting.startTime)) first += other.items.size;
    }
    return first;
  }
}
