/**
 * Warnings about a meeting's date and time, never silent and never blocking: a holiday or a day
 * most people are off, a weekend, another year-plan event that day, and overlaps where someone
 * invited to this meeting is invited to another meeting at the same time.
 *
 * "Invited" = everyone with an active membership (any role) in any of the meeting's bodies on its
 * date, as the notice would list them.
 */
import { getISODay } from 'date-fns';
import { formatTimeRange, minutesOfDay, toDate } from './dates';
import { specialDayKindLabels, specialDaysOn } from './holidays';
import { yearPlanEventKindLabels } from './labels';
import type { Meeting, YearPlanEvent } from './meeting';
import { weekdayNames } from './planning';
import type { Membership } from './register';
import { isActiveOn } from './registerRules';

export const warningKinds = ['holiday', 'dayOff', 'halfDay', 'weekend', 'overlap', 'event'] as const;
export type WarningKind = (typeof warningKinds)[number];

export interface MeetingWarning {
  kind: WarningKind;
  message: string;
  /** The other meeting, for an overlap. */
  meetingId?: string;
}

/** What a warning needs to know about a meeting (a stored one or a proposed one). */
export type MeetingSlot = Pick<Meeting, 'date' | 'startTime' | 'endTime' | 'bodyIds'> & {
  id?: string;
  title?: string;
  status?: Meeting['status'];
  deletedAt?: string | null;
};

export interface WarningContext {
  /** Other meetings (any body) that may overlap; cancelled and deleted ones are ignored. */
  meetings: readonly MeetingSlot[];
  /** Memberships of every body involved. */
  memberships: readonly Pick<Membership, 'bodyId' | 'personId' | 'from' | 'to' | 'deletedAt'>[];
  /** Other year-plan events. */
  events?: readonly Pick<YearPlanEvent, 'id' | 'date' | 'endDate' | 'title' | 'kind' | 'deletedAt'>[];
  personName: (id: string) => string;
  bodyName: (id: string) => string;
}

/** Warnings about the day itself: holidays, days off, short days, weekends. */
export function dayWarnings(date: string, endTime?: string): MeetingWarning[] {
  const warnings: MeetingWarning[] = [];
  for (const day of specialDaysOn(date)) {
    if (day.kind === 'half' && endTime && minutesOfDay(endTime) <= 12 * 60) continue;
    const kind: WarningKind = day.kind === 'public' ? 'holiday' : day.kind === 'half' ? 'halfDay' : 'dayOff';
    warnings.push({ kind, message: `${day.name}: ${specialDayKindLabels[day.kind]}.` });
  }
  const weekday = getISODay(toDate(date));
  if (weekday >= 6 && !warnings.some((w) => w.kind === 'holiday')) {
    const name = weekdayNames[weekday - 1]!;
    warnings.push({ kind: 'weekend', message: `Dagen är en ${name}.` });
  }
  return warnings;
}

/** Person ids invited to a meeting of these bodies on `date`. */
export function invitedOn(bodyIds: readonly string[], date: string, memberships: WarningContext['memberships']): Set<string> {
  const bodies = new Set(bodyIds);
  return new Set(memberships.filter((m) => bodies.has(m.bodyId) && isActiveOn(m, date)).map((m) => m.personId));
}

function timesOverlap(a: MeetingSlot, b: MeetingSlot): boolean {
  return minutesOfDay(a.startTime) < minutesOfDay(b.endTime) && minutesOfDay(b.startTime) < minutesOfDay(a.endTime);
}

/** "Anna", "Anna och Bo", "Anna, Bo och 3 till" */
export function listNames(names: readonly string[], max = 3): string {
  const sorted = [...names].sort((a, b) => a.localeCompare(b, 'sv'));
  if (sorted.length <= 1) return sorted[0] ?? '';
  if (sorted.length <= max) return `${sorted.slice(0, -1).join(', ')} och ${sorted[sorted.length - 1]}`;
  return `${sorted.slice(0, max - 1).join(', ')} och ${sorted.length - (max - 1)} till`;
}

/** Other meetings at the same time with someone invited to both. */
export function overlapWarnings(meeting: MeetingSlot, context: WarningContext): MeetingWarning[] {
  const invited = invitedOn(meeting.bodyIds, meeting.date, context.memberships);
  const warnings: MeetingWarning[] = [];
  for (const other of context.meetings) {
    if (other.date !== meeting.date || (meeting.id && other.id === meeting.id)) continue;
    if (other.status === 'cancelled' || other.deletedAt) continue;
    if (!timesOverlap(meeting, other)) continue;
    const shared = [...invitedOn(other.bodyIds, other.date, context.memberships)].filter((id) => invited.has(id));
    if (shared.length === 0) continue;
    const what = other.title || other.bodyIds.map(context.bodyName).join(' och ');
    const names = listNames(shared.map(context.personName));
    warnings.push({
      kind: 'overlap',
      meetingId: other.id,
      message: `Samtidigt som ${what} ${formatTimeRange(other.startTime, other.endTime)}: ${names} är ${shared.length === 1 ? 'kallad' : 'kallade'} till båda.`,
    });
  }
  return warnings;
}

/** Year-plan events the same day (a conference, a follow-up day …): worth knowing when choosing a date. */
export function eventWarnings(date: string, events: WarningContext['events'] = []): MeetingWarning[] {
  return events
    .filter((e) => !e.deletedAt && e.date <= date && (e.endDate ?? e.date) >= date)
    .map((e) => ({ kind: 'event' as const, message: `Samma dag: ${e.title} (${yearPlanEventKindLabels[e.kind].toLocaleLowerCase('sv-SE')}).` }));
}

/** Every warning for a meeting, day warnings first. */
export function meetingWarnings(meeting: MeetingSlot, context: WarningContext): MeetingWarning[] {
  return [...dayWarnings(meeting.date, meeting.endTime), ...eventWarnings(meeting.date, context.events), ...overlapWarnings(meeting, context)];
}
