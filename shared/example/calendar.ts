/**
 * Example meetings and year-plan events, so the calendar is not empty after "Läs in exempeldata".
 * 2024 follows the seed notes ("Mötestider 2024", the joint meeting of 15 November, the
 * follow-up day "Prel mars 2025", the conferences and the "Samverkansmöten" per party). The current
 * year (and the start of the next) is planned with the app's own rule, relative to `today`, so
 * "Kommande möten" always shows something. Keys refer to shared/example/register.ts.
 */
import { addDays, getISODay, setISOWeek, startOfISOWeek } from 'date-fns';
import { toDate, toIsoDate } from '../domain/dates';
import { specialDaysOn } from '../domain/holidays';
import type { ItemKind } from '../domain/register';
import type { MeetingStatus, YearPlanEventKind } from '../domain/meeting';
import { defaultRule, proposeMeetings } from '../domain/planning';

export interface ExampleMeeting {
  /** Body keys, the host first. */
  bodies: string[];
  date: string;
  startTime: string;
  endTime: string;
  title?: string;
  status: MeetingStatus;
  cancelledReason?: string;
  timeSlots?: { label: string; start: string; end: string; bodies: string[] }[];
  /** The meeting's own agenda items (besides the host body's standard ones). */
  items?: { title: string; kind: ItemKind; minutes: number }[];
}

export interface ExampleEvent {
  body: string;
  kind: YearPlanEventKind;
  title: string;
  date: string;
  endDate?: string;
  startTime?: string;
  endTime?: string;
  place?: string;
  /** Organisation key (a samverkansmöte's party). */
  organisation?: string;
  /** Person key. */
  contact?: string;
  preliminary?: boolean;
  note?: string;
}

const held = (bodies: string[], date: string, startTime: string, endTime: string, extra: Partial<ExampleMeeting> = {}): ExampleMeeting => ({
  bodies,
  date,
  startTime,
  endTime,
  status: 'held',
  ...extra,
});

const JOINT_SLOTS = [
  { label: 'Rådets egna punkter', start: '09:00', end: '11:00', bodies: ['council'] },
  { label: 'Gemensamma punkter med rådet för social välfärd samt vård och omsorg', start: '11:00', end: '12:00', bodies: ['council'] },
];

/** The seed year: as "Mötestider 2024" and the notes of 28 August 2024 tell it. */
const meetings2024: ExampleMeeting[] = [
  held(['chefsgrupp'], '2024-02-14', '13:00', '16:30'),
  held(['chefsgrupp'], '2024-04-10', '13:00', '16:30'),
  held(['chefsgrupp'], '2024-08-28', '13:00', '16:30'),
  held(['chefsgrupp'], '2024-10-03', '13:00', '16:30'),
  held(['chefsgrupp'], '2024-11-15', '09:00', '12:00', { title: 'Gemensamt med social välfärd/vård och omsorgschefer och skolchefer' }),
  held(['chefsgrupp'], '2024-11-19', '13:00', '16:30'),
  held(['council'], '2024-02-16', '09:00', '12:00'),
  held(['council'], '2024-05-17', '09:00', '12:00'),
  held(['council'], '2024-09-20', '09:00', '12:00', { title: 'Gemensam träff med övriga specifika samverkansråd', timeSlots: JOINT_SLOTS }),
  held(['council'], '2024-11-29', '09:00', '12:00'),
];

const partner = (party: { organisation?: string; title: string }, date: string, preliminary = false, contact = 'wass'): ExampleEvent => ({
  body: 'chefsgrupp',
  kind: 'partnerMeeting',
  title: party.title,
  organisation: party.organisation,
  date,
  contact,
  preliminary,
});

const PARTIES = {
  norr: { title: 'Norr' },
  soder: { title: 'Söder' },
  vaster: { title: 'Väster' },
  orebro: { title: 'Örebro', organisation: 'orebro' },
  olbf: { title: 'ÖLBF', organisation: 'olbf' },
  rfsisu: { title: 'RF-SISU', organisation: 'rfsisu' },
};

const events2024: ExampleEvent[] = [
  { body: 'chefsgrupp', kind: 'deadline', title: 'Ekonomisk redovisning 2023 från parterna', date: '2024-02-15', note: 'Sista dag flyttad från 31 januari.' },
  { body: 'chefsgrupp', kind: 'conference', title: 'Folkhälsokonferens i Degerfors', date: '2024-10-18', place: 'Degerfors' },
  { body: 'chefsgrupp', kind: 'workshop', title: 'Workshop om gemensam samverkansplan med arbetsgruppen', date: '2024-11-19', startTime: '10:00', endTime: '12:00', place: 'Lokal Enen, Eklundavägen 1, Örebro' },
  { body: 'chefsgrupp', kind: 'conference', title: 'Brottsförebyggande konferens i söder', date: '2024-12-06' },
  {
    body: 'chefsgrupp',
    kind: 'followUpDay',
    title: 'Uppföljningsdag 2024',
    date: '2025-03-14',
    preliminary: true,
    note: 'Datumet kontrolleras så att det inte krockar med andra möten för chefer och politik.',
  },
  partner(PARTIES.norr, '2024-09-24'),
  partner(PARTIES.norr, '2024-12-02'),
  partner(PARTIES.soder, '2024-09-12', true),
  partner(PARTIES.vaster, '2024-09-17', true),
  partner(PARTIES.orebro, '2024-11-26', true),
  partner(PARTIES.olbf, '2024-11-28', true),
  partner(PARTIES.rfsisu, '2024-12-04', true, 'alm'),
];

/** The weekday (1 = måndag) of ISO week `week`, moved on past holidays. */
function dayOfWeek(year: number, week: number, weekday: number): string {
  let day = addDays(startOfISOWeek(setISOWeek(new Date(year, 0, 4), week)), weekday - 1);
  while (specialDaysOn(toIsoDate(day)).length > 0 || getISODay(day) > 5) day = addDays(day, 1);
  return toIsoDate(day);
}

function statusOn(date: string, today: string): MeetingStatus {
  if (date < today) return 'held';
  return toIsoDate(addDays(toDate(today), 14)) >= date ? 'noticeSent' : 'planned';
}

const SEED_TOPICS = [
  { title: 'Uppföljning av samverkansöverenskommelserna', kind: 'discussion' as const, minutes: 30 },
  { title: 'Gemensam samverkansplan, arbetsgruppens förslag', kind: 'discussion' as const, minutes: 45 },
  { title: 'Årsplan för samverkan kring god, jämlik och jämställd hälsa', kind: 'decision' as const, minutes: 20 },
];

/** A year planned by the rule, relative to today (past meetings held, the next fortnight's noticed). */
function plannedYear(year: number, today: string): { meetings: ExampleMeeting[]; events: ExampleEvent[] } {
  const chefsgrupp = proposeMeetings({ ...defaultRule(year, { startTime: '13:00', endTime: '16:30' }), weekday: 3 }).meetings;
  const council = proposeMeetings({
    ...defaultRule(year, { startTime: '09:00', endTime: '12:00' }),
    spring: { ...defaultRule(year, { startTime: '09:00', endTime: '12:00' }).spring, count: 2 },
    autumn: { ...defaultRule(year, { startTime: '09:00', endTime: '12:00' }).autumn, count: 3 },
  }).meetings;
  const meetings: ExampleMeeting[] = [
    ...chefsgrupp.map((m, i): ExampleMeeting => ({
      bodies: ['chefsgrupp'],
      date: m.date,
      startTime: m.startTime,
      endTime: m.endTime,
      status: i === 1 ? 'cancelled' : statusOn(m.date, today),
      cancelledReason: i === 1 ? 'För få hade möjlighet att delta.' : undefined,
    })),
    ...council.map((m, i): ExampleMeeting => ({
      bodies: ['council'],
      date: m.date,
      startTime: m.startTime,
      endTime: m.endTime,
      status: statusOn(m.date, today),
      ...(i === 2 ? { title: 'Gemensam träff med övriga specifika samverkansråd', timeSlots: JOINT_SLOTS } : {}),
    })),
    {
      bodies: ['chefsgrupp', 'council'],
      date: dayOfWeek(year, 41, 4),
      startTime: '09:00',
      endTime: '12:00',
      title: 'Gemensam workshop om samverkansplanen',
      status: statusOn(dayOfWeek(year, 41, 4), today),
    },
    {
      bodies: ['chefsgrupp'],
      date: dayOfWeek(year, 50, 3),
      startTime: '13:00',
      endTime: '16:30',
      title: `Årsplan och mötestider ${year + 1}`,
      status: statusOn(dayOfWeek(year, 50, 3), today),
    },
  ];
  // The next meeting of each body gets a few topics of its own, so cancelling one has something to move.
  for (const key of ['chefsgrupp', 'council']) {
    const next = meetings.filter((m) => m.bodies[0] === key && m.status !== 'cancelled' && m.date >= today).sort((a, b) => a.date.localeCompare(b.date))[0];
    if (next) next.items = SEED_TOPICS.slice(0, key === 'chefsgrupp' ? 3 : 2);
  }
  const events: ExampleEvent[] = [
    { body: 'chefsgrupp', kind: 'deadline', title: `Ekonomisk redovisning ${year - 1} från parterna`, date: `${year}-01-31` },
    // (The follow-up day of 2024 is in the seed year's events.)
    ...(year - 1 > 2024 ? [{ body: 'chefsgrupp', kind: 'followUpDay' as const, title: `Uppföljningsdag ${year - 1}`, date: dayOfWeek(year, 11, 5), place: 'Örebro' }] : []),
    { body: 'chefsgrupp', kind: 'conference', title: 'Folkhälsokonferens', date: dayOfWeek(year, 42, 5), place: 'Karlskoga' },
    partner(PARTIES.norr, dayOfWeek(year, 38, 2)),
    partner(PARTIES.norr, dayOfWeek(year, 49, 2)),
    partner(PARTIES.soder, dayOfWeek(year, 37, 3)),
    partner(PARTIES.vaster, dayOfWeek(year, 38, 4)),
    partner(PARTIES.orebro, dayOfWeek(year, 48, 2)),
    partner(PARTIES.olbf, dayOfWeek(year, 48, 4)),
    partner(PARTIES.rfsisu, dayOfWeek(year, 49, 3), false, 'alm'),
  ];
  return { meetings, events };
}

/** The start of the next year: the council's spring (already booked) and the deadlines. */
function nextYearStart(year: number, today: string): { meetings: ExampleMeeting[]; events: ExampleEvent[] } {
  const rule = defaultRule(year, { startTime: '09:00', endTime: '12:00' });
  const council = proposeMeetings({ ...rule, spring: { ...rule.spring, count: 2 }, autumn: { ...rule.autumn, count: 0 } }).meetings;
  return {
    meetings: council.map((m) => ({ bodies: ['council'], date: m.date, startTime: m.startTime, endTime: m.endTime, status: statusOn(m.date, today) })),
    events: [
      { body: 'chefsgrupp', kind: 'deadline', title: `Ekonomisk redovisning ${year - 1} från parterna`, date: `${year}-01-31` },
      { body: 'chefsgrupp', kind: 'followUpDay', title: `Uppföljningsdag ${year - 1}`, date: dayOfWeek(year, 11, 5), preliminary: true },
    ],
  };
}

export function exampleCalendar(today: string): { meetings: ExampleMeeting[]; events: ExampleEvent[] } {
  const year = Number(today.slice(0, 4));
  const parts = [{ meetings: meetings2024, events: events2024 }];
  if (year >= 2025) parts.push(plannedYear(year, today), nextYearStart(year + 1, today));
  return { meetings: parts.flatMap((p) => p.meetings), events: parts.flatMap((p) => p.events) };
}
