/**
 * "Mötestider {år}" for one body, as the seed notes end: one line per meeting ("28 augusti kl.
 * 13.00–16.30", joint meetings noted), the year's other events by kind (Uppföljningsdag,
 * Konferenser …) and the "Samverkansmöten" per party with its contact person. The screen and the
 * Word document both show this model, so they cannot disagree.
 */
import { formatDayMonth, formatTimeRange, toDate } from '../domain/dates';
import { yearPlanEventKindLabels, yearPlanEventKindPluralLabels } from '../domain/labels';
import { yearPlanEventKinds, type Meeting, type YearPlanEvent, type YearPlanEventKind } from '../domain/meeting';
import { partyName, type Names } from './ics';

export interface MeetingDatesLine {
  id: string;
  date: string;
  /** "28 augusti kl. 13.00–16.30, gemensamt med …" */
  text: string;
  cancelled: boolean;
  preliminary: boolean;
}

export interface MeetingDatesSection {
  kind: YearPlanEventKind;
  /** "Konferenser 2024", "Uppföljningsdag 2024" */
  heading: string;
  lines: MeetingDatesLine[];
}

export interface PartnerRow {
  party: string;
  /** "24/9, 2/12 (prel.)" */
  dates: string;
  contact: string;
}

export interface MeetingDatesModel {
  bodyName: string;
  year: number;
  /** "Mötestider 2024" */
  title: string;
  meetings: MeetingDatesLine[];
  sections: MeetingDatesSection[];
  partners: PartnerRow[];
}

function lowerFirst(text: string): string {
  // "Gemensamt med …" → "gemensamt med …", but "RF-SISU …" stays.
  return /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLocaleLowerCase('sv-SE') + text.slice(1) : text;
}

/** One meeting as a line of the list, seen from `bodyId`. */
export function meetingLine(meeting: Meeting, bodyId: string, names: Pick<Names, 'body'>): string {
  const others = meeting.bodyIds.filter((id) => id !== bodyId).map(names.body);
  const slots = meeting.timeSlots
    .filter((s) => s.bodyIds.length === 0 || s.bodyIds.includes(bodyId))
    .map((s) => `${lowerFirst(s.label || 'del av mötet')} ${formatTimeRange(s.start, s.end)}`);
  const parts = [
    `${formatDayMonth(meeting.date)} ${formatTimeRange(meeting.startTime, meeting.endTime)}`,
    meeting.title ? lowerFirst(meeting.title) : null,
    others.length ? `gemensamt med ${others.join(' och ')}` : null,
  ].filter((p): p is string => !!p);
  let text = parts.join(', ');
  if (slots.length) text += ` (${slots.join(', ')})`;
  if (meeting.status === 'cancelled') text += ' – inställt';
  return text;
}

/** "14 mars", "6–7 december", "14 mars kl. 10.00–15.00" */
export function eventWhen(event: Pick<YearPlanEvent, 'date' | 'endDate' | 'startTime' | 'endTime'>): string {
  let when = formatDayMonth(event.date);
  if (event.endDate && event.endDate !== event.date) {
    const sameMonth = event.endDate.slice(0, 7) === event.date.slice(0, 7);
    when = sameMonth ? `${toDate(event.date).getDate()}–${formatDayMonth(event.endDate)}` : `${when}–${formatDayMonth(event.endDate)}`;
  }
  if (event.startTime) when += ` ${formatTimeRange(event.startTime, event.endTime)}`;
  return when;
}

export function eventLine(event: YearPlanEvent): string {
  const when = event.preliminary ? `${eventWhen(event)} (prel.)` : eventWhen(event);
  return `${when} – ${event.title}${event.place ? `, ${event.place}` : ''}`;
}

/** "24/9" */
const shortDate = (date: string) => `${Number(date.slice(8, 10))}/${Number(date.slice(5, 7))}`;

export function buildMeetingDates(input: {
  bodyId: string;
  bodyName: string;
  year: number;
  meetings: readonly Meeting[];
  events: readonly YearPlanEvent[];
  names: Names;
}): MeetingDatesModel {
  const inYear = (date: string) => date.startsWith(`${input.year}-`);
  const meetings = input.meetings
    .filter((m) => m.deletedAt === null && m.bodyIds.includes(input.bodyId) && inYear(m.date))
    .sort((a, b) => a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime))
    .map((m) => ({ id: m.id, date: m.date, text: meetingLine(m, input.bodyId, input.names), cancelled: m.status === 'cancelled', preliminary: false }));
  const events = input.events
    .filter((e) => e.deletedAt === null && e.bodyId === input.bodyId && inYear(e.date))
    .sort((a, b) => a.date.localeCompare(b.date) || (a.startTime ?? '').localeCompare(b.startTime ?? ''));

  const sections: MeetingDatesSection[] = [];
  for (const kind of yearPlanEventKinds) {
    if (kind === 'partnerMeeting') continue;
    const ofKind = events.filter((e) => e.kind === kind);
    if (ofKind.length === 0) continue;
    const label = ofKind.length === 1 ? yearPlanEventKindLabels[kind] : yearPlanEventKindPluralLabels[kind];
    sections.push({
      kind,
      heading: `${label} ${input.year}`,
      lines: ofKind.map((e) => ({ id: e.id, date: e.date, text: eventLine(e), cancelled: false, preliminary: e.preliminary })),
    });
  }

  const parties = new Map<string, { party: string; events: YearPlanEvent[] }>();
  for (const event of events.filter((e) => e.kind === 'partnerMeeting')) {
    const party = partyName(event, input.names);
    const key = event.organisationId ?? `title:${party.toLocaleLowerCase('sv-SE')}`;
    const group = parties.get(key) ?? { party, events: [] };
    group.events.push(event);
    parties.set(key, group);
  }
  const partners = [...parties.values()]
    .map(({ party, events: list }) => ({
      party,
      dates: list.map((e) => `${shortDate(e.date)}${e.preliminary ? ' (prel.)' : ''}`).join(', '),
      contact: [...new Set(list.flatMap((e) => (e.contactPersonId ? [input.names.person(e.contactPersonId)] : [])))].join(', '),
    }))
    .sort((a, b) => a.party.localeCompare(b.party, 'sv'));

  return { bodyName: input.bodyName, year: input.year, title: `Mötestider ${input.year}`, meetings, sections, partners };
}
