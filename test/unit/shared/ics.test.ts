import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCalendar, eventEntry, foldLine, meetingEntry, type Names } from '../../../shared/calendar/ics';
import { meetingSchema, yearPlanEventSchema, type Meeting } from '../../../shared/domain/meeting';

const names: Names = {
  body: (id) => ({ chefs: 'Chefsgrupp folkhälsa', council: 'Specifika samverkansrådet för folkhälsa' })[id] ?? '?',
  person: (id) => ({ wass: 'Ellinor Wass' })[id] ?? '?',
  organisation: (id) => ({ rfsisu: 'RF-SISU' })[id] ?? '',
};

const meeting = (fields: Partial<Meeting>): Meeting =>
  meetingSchema.parse({ id: 'b7e0c2a4-0000-4000-8000-000000000001', bodyIds: ['chefs'], date: '2024-08-28', startTime: '13:00', endTime: '16:30', place: 'Lokal Enen, Eklundavägen 1, Örebro', ...fields });

/** Parses the file with ical.js and returns its events, with the file's VTIMEZONE registered. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

const utc = (time: ICAL.Time) => time.toJSDate().toISOString();

describe('calendar files (.ics)', () => {
  it('writes a meeting that a real parser reads back field by field, in Stockholm time', () => {
    const summer = meeting({});
    const winter = meeting({ id: 'b7e0c2a4-0000-4000-8000-000000000002', date: '2024-11-19', sequence: 3, status: 'noticeSent' });
    const text = buildCalendar([meetingEntry(summer, names), meetingEntry(winter, names)], { name: 'Chefsgrupp folkhälsa 2024', now: new Date('2024-08-01T10:00:00Z') });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);

    const { calendar, events } = parse(text);
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Chefsgrupp folkhälsa 2024');
    expect(events).toHaveLength(2);
    const [a, b] = events;
    expect(a!.uid).toBe('meeting-b7e0c2a4-0000-4000-8000-000000000001@justera');
    expect(a!.summary).toBe('Chefsgrupp folkhälsa');
    expect(a!.location).toBe('Lokal Enen, Eklundavägen 1, Örebro');
    expect(a!.description).toBe('Status: Planerat');
    expect(a!.component.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Stockholm');
    expect(a!.startDate.zone!.tzid).toBe('Europe/Stockholm');
    // 13.00 in Stockholm is 11.00 UTC in August (summer time) and 12.00 UTC in November.
    expect(utc(a!.startDate)).toBe('2024-08-28T11:00:00.000Z');
    expect(utc(a!.endDate)).toBe('2024-08-28T14:30:00.000Z');
    expect(utc(b!.startDate)).toBe('2024-11-19T12:00:00.000Z');
    expect(a!.sequence).toBe(0);
    expect(b!.sequence).toBe(3);
    expect(b!.description).toBe('Status: Kallelse skickad');
    expect(a!.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(a!.component.getFirstPropertyValue('transp')).toBe('OPAQUE');
    expect(a!.component.getFirstPropertyValue('dtstamp')!.toString()).toBe('2024-08-01T10:00:00Z');
  });

  it('keeps the UID across exports, so a re-import updates instead of duplicating', () => {
    const before = meetingEntry(meeting({}), names);
    const moved = meetingEntry(meeting({ date: '2024-08-29', sequence: 1 }), names);
    const [first] = parse(buildCalendar([before], { name: 'x' })).events;
    const [second] = parse(buildCalendar([moved], { name: 'x' })).events;
    expect(second!.uid).toBe(first!.uid);
    expect(second!.sequence).toBeGreaterThan(first!.sequence);
  });

  it('exports a cancelled meeting as cancelled, and a joint meeting with its bodies and time slots', () => {
    const cancelled = meeting({ status: 'cancelled', cancelledReason: 'För få kunde delta; vi ses i oktober.' });
    const joint = meeting({
      id: 'b7e0c2a4-0000-4000-8000-000000000003',
      bodyIds: ['council', 'chefs'],
      title: 'Gemensam träff, del 1',
      date: '2024-09-20',
      startTime: '09:00',
      endTime: '15:00',
      timeSlots: [
        { id: 's1', label: 'Råd 1', start: '09:00', end: '11:00', bodyIds: ['council'] },
        { id: 's2', label: 'Råd 1 och 2, gemensamma punkter', start: '11:00', end: '12:00', bodyIds: ['council', 'chefs'] },
      ],
    });
    const [c, j] = parse(buildCalendar([meetingEntry(cancelled, names), meetingEntry(joint, names)], { name: 'x' })).events;
    expect(c!.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(c!.summary).toBe('Inställt: Chefsgrupp folkhälsa');
    expect(c!.description).toBe('Status: Inställt\nAnledning: För få kunde delta; vi ses i oktober.');
    expect(c!.component.getFirstPropertyValue('x-microsoft-cdo-busystatus')).toBe('FREE');
    // Commas, semicolons and new lines survive escaping.
    expect(j!.summary).toBe('Gemensam träff, del 1');
    expect(j!.description).toBe(
      [
        'Specifika samverkansrådet för folkhälsa, Chefsgrupp folkhälsa',
        'Delar av mötet:',
        'kl. 09.00–11.00 Råd 1 (Specifika samverkansrådet för folkhälsa)',
        'kl. 11.00–12.00 Råd 1 och 2, gemensamma punkter (Specifika samverkansrådet för folkhälsa, Chefsgrupp folkhälsa)',
        'Status: Planerat',
      ].join('\n'),
    );
    expect(j!.component.getFirstProperty('categories')!.getValues()).toEqual(['Specifika samverkansrådet för folkhälsa', 'Chefsgrupp folkhälsa']);
  });

  it('writes year-plan events: all-day, several days, preliminary, a samverkansmöte with its contact person', () => {
    const event = (fields: Record<string, unknown>) =>
      yearPlanEventSchema.parse({ id: 'e1', bodyId: 'chefs', kind: 'conference', title: 'Brottsförebyggande konferens', date: '2024-12-06', ...fields });
    const entries = [
      eventEntry(event({}), names),
      eventEntry(event({ id: 'e2', kind: 'followUpDay', title: 'Uppföljningsdag 2024', date: '2025-03-13', endDate: '2025-03-14', preliminary: true }), names),
      eventEntry(event({ id: 'e3', kind: 'partnerMeeting', title: 'Samverkansmöte RF-SISU', organisationId: 'rfsisu', contactPersonId: 'wass', date: '2024-12-04', startTime: '10:00', endTime: '11:00', sequence: 2 }), names),
      eventEntry(event({ id: 'e4', kind: 'deadline', title: 'Ekonomisk redovisning 2024', date: '2025-01-31' }), names),
    ];
    const [conference, followUp, partner, deadline] = parse(buildCalendar(entries, { name: 'x' })).events;
    expect(conference!.uid).toBe('event-e1@justera');
    expect(conference!.summary).toBe('Konferens: Brottsförebyggande konferens');
    expect(conference!.startDate.isDate).toBe(true);
    expect(conference!.startDate.toString()).toBe('2024-12-06');
    expect(conference!.endDate.toString()).toBe('2024-12-07');
    expect(followUp!.summary).toBe('Uppföljningsdag 2024 (preliminärt)');
    expect(followUp!.component.getFirstPropertyValue('status')).toBe('TENTATIVE');
    expect(followUp!.endDate.toString()).toBe('2025-03-15');
    expect(partner!.summary).toBe('Samverkansmöte: RF-SISU');
    expect(partner!.description).toBe('Chefsgrupp folkhälsa\nSamverkansmöte RF-SISU\nKontaktperson: Ellinor Wass');
    expect(utc(partner!.startDate)).toBe('2024-12-04T09:00:00.000Z');
    expect(partner!.sequence).toBe(2);
    expect(deadline!.summary).toBe('Sista dag: Ekonomisk redovisning 2024');
    expect(deadline!.component.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const line = `DESCRIPTION:${'Å'.repeat(100)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(2);
    for (const part of parts) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
  });
});
