/**
 * Calendar files (iCalendar, RFC 5545) that Outlook imports: one meeting, or a whole year plan.
 *
 * - Times are local times in Europe/Stockholm (`DTSTART;TZID=Europe/Stockholm:…`) with the zone's
 *   rules in a VTIMEZONE, so Outlook shows 13.00 as 13.00 in summer and winter alike.
 * - Each meeting and event has a stable UID (from its id) and a SEQUENCE that rises with each change,
 *   so importing the file again updates the entry instead of adding a second one.
 * - A cancelled meeting is exported with STATUS:CANCELLED (and "Inställt:" in its title).
 *
 * Written by hand rather than with the `ics` package: that package writes only UTC or floating
 * times, never a TZID with its VTIMEZONE.
 */
import { addDays } from 'date-fns';
import { formatTimeRange, minutesOfDay, timeFromMinutes, toDate, toIsoDate } from '../domain/dates';
import { meetingStatusLabels, yearPlanEventKindLabels } from '../domain/labels';
import type { Meeting, YearPlanEvent } from '../domain/meeting';

export const CALENDAR_TIME_ZONE = 'Europe/Stockholm';

export interface CalendarEntry {
  uid: string;
  sequence: number;
  summary: string;
  description: string;
  location: string;
  date: string;
  /** Last day (inclusive) of an all-day entry spanning several days. */
  endDate?: string | null;
  /** Without times the entry is all-day. */
  startTime?: string | null;
  endTime?: string | null;
  status: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
  /** Busy time (a meeting) or free (a deadline, an all-day reminder). */
  busy: boolean;
  categories?: string[];
}

/** The rules of Europe/Stockholm since 1996 (EU summer time: last Sunday of March to last Sunday of October). */
const STOCKHOLM = [
  'BEGIN:VTIMEZONE',
  `TZID:${CALENDAR_TIME_ZONE}`,
  `X-LIC-LOCATION:${CALENDAR_TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** Escapes a TEXT value (RFC 5545 3.3.11). */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets, never inside a UTF-8 character (RFC 5545 3.1). */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74; // a continuation line starts with a space
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compactDate = (date: string) => date.replace(/-/g, '');
const compactDateTime = (date: string, time: string) => `${compactDate(date)}T${time.replace(':', '')}00`;

function utcStamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function entryLines(entry: CalendarEntry, stamp: string): string[] {
  const lines = ['BEGIN:VEVENT', `UID:${entry.uid}`, `SEQUENCE:${entry.sequence}`, `DTSTAMP:${stamp}`];
  if (entry.startTime) {
    // A start without an end is shown as an hour.
    const endTime = entry.endTime ?? timeFromMinutes(minutesOfDay(entry.startTime) + 60);
    lines.push(`DTSTART;TZID=${CALENDAR_TIME_ZONE}:${compactDateTime(entry.date, entry.startTime)}`);
    lines.push(`DTEND;TZID=${CALENDAR_TIME_ZONE}:${compactDateTime(entry.endDate ?? entry.date, endTime)}`);
  } else {
    // All-day: DTEND is the day after the last day.
    lines.push(`DTSTART;VALUE=DATE:${compactDate(entry.date)}`);
    lines.push(`DTEND;VALUE=DATE:${compactDate(toIsoDate(addDays(toDate(entry.endDate ?? entry.date), 1)))}`);
  }
  lines.push(`SUMMARY:${escapeText(entry.summary)}`);
  if (entry.location) lines.push(`LOCATION:${escapeText(entry.location)}`);
  if (entry.description) lines.push(`DESCRIPTION:${escapeText(entry.description)}`);
  if (entry.categories?.length) lines.push(`CATEGORIES:${entry.categories.map(escapeText).join(',')}`);
  lines.push(`STATUS:${entry.status}`);
  lines.push(`TRANSP:${entry.busy ? 'OPAQUE' : 'TRANSPARENT'}`);
  // Outlook's own busy status, so a cancelled meeting no longer blocks the time.
  lines.push(`X-MICROSOFT-CDO-BUSYSTATUS:${entry.status === 'CANCELLED' || !entry.busy ? 'FREE' : entry.status === 'TENTATIVE' ? 'TENTATIVE' : 'BUSY'}`);
  lines.push('END:VEVENT');
  return lines;
}

/** The whole calendar file, CRLF line endings, UTF-8 text. */
export function buildCalendar(entries: readonly CalendarEntry[], options: { name: string; now?: Date }): string {
  const stamp = utcStamp(options.now ?? new Date());
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Region Örebro län//Justera//SV',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
    `X-WR-TIMEZONE:${CALENDAR_TIME_ZONE}`,
    ...STOCKHOLM,
    ...entries.flatMap((entry) => entryLines(entry, stamp)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

// --- from the domain ------------------------------------------------------------------------------

/** Stable ids: the same meeting gets the same UID in every file, on every machine. */
export const meetingUid = (meetingId: string) => `meeting-${meetingId}@justera`;
export const eventUid = (eventId: string) => `event-${eventId}@justera`;

export interface Names {
  body: (id: string) => string;
  person: (id: string) => string;
  organisation: (id: string) => string;
}

/** What a meeting is called in a calendar: its title, or its bodies' names. */
export function meetingName(meeting: Pick<Meeting, 'title' | 'bodyIds'>, names: Pick<Names, 'body'>): string {
  return meeting.title || meeting.bodyIds.map(names.body).join(' och ');
}

export function meetingEntry(meeting: Meeting, names: Names): CalendarEntry {
  const bodies = meeting.bodyIds.map(names.body);
  const cancelled = meeting.status === 'cancelled';
  const description = [
    meeting.title ? bodies.join(', ') : null,
    bodies.length > 1 && !meeting.title ? 'Gemensamt möte' : null,
    meeting.timeSlots.length
      ? ['Delar av mötet:', ...meeting.timeSlots.map((s) => `${formatTimeRange(s.start, s.end)} ${s.label}${s.bodyIds.length ? ` (${s.bodyIds.map(names.body).join(', ')})` : ''}`)].join('\n')
      : null,
    `Status: ${meetingStatusLabels[meeting.status]}`,
    cancelled && meeting.cancelledReason ? `Anledning: ${meeting.cancelledReason}` : null,
  ].filter((line): line is string => !!line);
  const summary = meetingName(meeting, names);
  return {
    uid: meetingUid(meeting.id),
    sequence: meeting.sequence,
    summary: cancelled ? `Inställt: ${summary}` : summary,
    description: description.join('\n'),
    location: meeting.place,
    date: meeting.date,
    startTime: meeting.startTime,
    endTime: meeting.endTime,
    status: cancelled ? 'CANCELLED' : 'CONFIRMED',
    busy: true,
    categories: bodies,
  };
}

/** "Samverkansmöte: Norr", "Konferens: Brottsförebyggande konferens" */
export function eventName(event: Pick<YearPlanEvent, 'kind' | 'title' | 'organisationId'>, names: Pick<Names, 'organisation'>): string {
  if (event.kind === 'partnerMeeting') return `${yearPlanEventKindLabels.partnerMeeting}: ${partyName(event, names)}`;
  const kind = yearPlanEventKindLabels[event.kind];
  return event.title.toLocaleLowerCase('sv-SE').startsWith(kind.toLocaleLowerCase('sv-SE')) ? event.title : `${kind}: ${event.title}`;
}

/** The party of a samverkansmöte: its organisation (short name), or the title ("Norr"). */
export function partyName(event: Pick<YearPlanEvent, 'title' | 'organisationId'>, names: Pick<Names, 'organisation'>): string {
  return event.organisationId ? names.organisation(event.organisationId) || event.title : event.title;
}

export function eventEntry(event: YearPlanEvent, names: Names): CalendarEntry {
  const description = [
    names.body(event.bodyId),
    event.kind === 'partnerMeeting' && event.organisationId && event.title !== partyName(event, names) ? event.title : null,
    event.contactPersonId ? `Kontaktperson: ${names.person(event.contactPersonId)}` : null,
    event.preliminary ? 'Preliminärt datum' : null,
    event.note || null,
  ].filter((line): line is string => !!line);
  const name = eventName(event, names);
  return {
    uid: eventUid(event.id),
    sequence: event.sequence,
    summary: event.preliminary ? `${name} (preliminärt)` : name,
    description: description.join('\n'),
    location: event.place,
    date: event.date,
    endDate: event.endDate,
    startTime: event.startTime,
    endTime: event.endTime,
    status: event.preliminary ? 'TENTATIVE' : 'CONFIRMED',
    busy: event.kind !== 'deadline' && !!event.startTime,
    categories: [yearPlanEventKindLabels[event.kind]],
  };
}
