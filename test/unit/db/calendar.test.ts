import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { orderItems } from '../../../shared/domain/agenda';
import { meetingWarnings } from '../../../shared/domain/meetingWarnings';
import {
  addEvent,
  cancelMeeting,
  createMeetings,
  deleteEvent,
  deleteMeetings,
  restoreMeetings,
  listEvents,
  listMovableItems,
  listMoveTargets,
  listUpcomingMeetings,
  listYear,
  loadMeetingDates,
  loadWarningContext,
  meetingCalendarFile,
  restoreEvent,
  saveMeeting,
  undoCancelMeeting,
  updateEvent,
  yearCalendarFile,
} from '../../../renderer/db/calendar';
import { loadExampleData } from '../../../renderer/db/exampleData';
import { createMeeting, getMeeting, listItems, setMeetingStatus } from '../../../renderer/db/meetings';
import { listBodies, listOrganisations, listPeople } from '../../../renderer/db/queries';
import { closeStore, type Store } from '../../../renderer/db/store';
import { addItem } from '../../../renderer/db/agenda';
import { dumpDatabase, freshStore, reopen } from '../../helpers/store';

let store: Store;
afterEach(() => store && closeStore(store));

const TODAY = '2026-11-23';

async function setUp() {
  store = await freshStore('calendar');
  await loadExampleData(store, { today: TODAY });
  const bodies = await listBodies(store);
  return {
    chefs: bodies.find((b) => b.name === 'Chefsgrupp folkhälsa')!,
    council: bodies.find((b) => b.name === 'Specifika samverkansrådet för folkhälsa')!,
  };
}

const details = (m: NonNullable<Awaited<ReturnType<typeof getMeeting>>>) => ({
  bodyIds: m.bodyIds,
  title: m.title,
  date: m.date,
  startTime: m.startTime,
  endTime: m.endTime,
  place: m.place,
  timeSlots: m.timeSlots,
});

const event = (fields: Record<string, unknown> = {}) => ({
  kind: 'conference' as const,
  title: 'Folkhälsokonferens',
  date: '2027-10-15',
  endDate: null,
  startTime: null,
  endTime: null,
  place: 'Karlskoga',
  organisationId: null,
  contactPersonId: null,
  preliminary: false,
  note: '',
  ...fields,
});

describe('the example calendar', () => {
  it('has the seed year: "Mötestider 2024" of Chefsgrupp folkhälsa as the notes end', async () => {
    const { chefs } = await setUp();
    const model = (await loadMeetingDates(store, chefs.id, 2024))!;
    expect(model.title).toBe('Mötestider 2024');
    expect(model.meetings.map((m) => m.text)).toEqual([
      '14 februari kl. 13.00–16.30',
      '10 april kl. 13.00–16.30',
      '28 augusti kl. 13.00–16.30',
      '3 oktober kl. 13.00–16.30',
      '15 november kl. 09.00–12.00, gemensamt med social välfärd/vård och omsorgschefer och skolchefer',
      '19 november kl. 13.00–16.30',
    ]);
    expect(model.sections.map((s) => [s.heading, s.lines.map((l) => l.text)])).toEqual([
      ['Konferenser 2024', ['18 oktober – Folkhälsokonferens i Degerfors, Degerfors', '6 december – Brottsförebyggande konferens i söder']],
      ['Workshop 2024', ['19 november kl. 10.00–12.00 – Workshop om gemensam samverkansplan med arbetsgruppen, Lokal Enen, Eklundavägen 1, Örebro']],
      ['Sista dag 2024', ['15 februari – Ekonomisk redovisning 2023 från parterna']],
    ]);
    expect(model.partners).toEqual([
      { party: 'Norr', dates: '24/9, 2/12', contact: 'Ellinor Wass' },
      { party: 'RF-SISU', dates: '4/12 (prel.)', contact: 'Fredrika Alm' },
      { party: 'Söder', dates: '12/9 (prel.)', contact: 'Ellinor Wass' },
      { party: 'Väster', dates: '17/9 (prel.)', contact: 'Ellinor Wass' },
      { party: 'ÖLBF', dates: '28/11 (prel.)', contact: 'Ellinor Wass' },
      { party: 'Örebro kommun', dates: '26/11 (prel.)', contact: 'Ellinor Wass' },
    ]);
    // The follow-up day of 2024 is preliminary in March 2025.
    const followUp = (await loadMeetingDates(store, chefs.id, 2025))!.sections.find((s) => s.kind === 'followUpDay')!;
    expect(followUp.lines.map((l) => l.text)).toEqual(['14 mars (prel.) – Uppföljningsdag 2024']);
  });

  it('has meetings this year and next, so "Kommande möten" shows something, and a joint meeting with time slots', async () => {
    const { chefs, council } = await setUp();
    const upcoming = await listUpcomingMeetings(store, { today: TODAY, limit: 5 });
    expect(upcoming.length).toBeGreaterThanOrEqual(3);
    expect(upcoming[0]!.date).toBe('2026-11-25');
    expect(upcoming.some((m) => m.date.startsWith('2026-12'))).toBe(true);
    expect(upcoming.every((m) => m.date >= TODAY)).toBe(true);
    expect(upcoming.map((m) => m.date)).toEqual([...upcoming.map((m) => m.date)].sort());
    const year = await listYear(store, 2026);
    expect(year.meetings.filter((m) => m.bodyIds.includes(chefs.id)).length).toBe(10);
    expect(year.meetings.filter((m) => m.bodyIds.includes(council.id)).length).toBe(6);
    expect(year.meetings.some((m) => m.bodyIds.length === 2 && m.bodyIds[0] === chefs.id && m.bodyIds[1] === council.id)).toBe(true);
    expect(year.meetings.filter((m) => m.status === 'cancelled')).toHaveLength(1);
    expect(year.meetings.filter((m) => m.date < TODAY && m.status !== 'cancelled').every((m) => m.status === 'held')).toBe(true);
    const seed2024 = (await listYear(store, 2024, [council.id])).meetings.find((m) => m.date === '2024-09-20')!;
    expect(seed2024.timeSlots.map((s) => [s.label, s.start, s.end])).toEqual([
      ['Rådets egna punkter', '09:00', '11:00'],
      ['Gemensamma punkter med rådet för social välfärd samt vård och omsorg', '11:00', '12:00'],
    ]);
    // Next year: only the council's spring is booked; Chefsgrupp folkhälsa is left to plan.
    const next = await listYear(store, 2027);
    expect(next.meetings.map((m) => m.bodyIds)).toEqual([[council.id], [council.id]]);
  });
});

describe('meetings in the calendar', () => {
  it('creates a planned year in one transaction: all of it, or nothing when one date is wrong', async () => {
    const { chefs } = await setUp();
    const before = await dumpDatabase(store);
    await expect(
      createMeetings(store, [
        { bodyIds: [chefs.id], date: '2027-02-05', startTime: '09:00', endTime: '12:00' },
        { bodyIds: [chefs.id], date: '2027-03-05', startTime: '12:00', endTime: '09:00' },
      ]),
    ).rejects.toThrow('Mötet måste sluta efter att det börjat.');
    expect(await dumpDatabase(store)).toEqual(before);

    const ids = await createMeetings(store, [
      { bodyIds: [chefs.id], date: '2027-02-05', startTime: '09:00', endTime: '12:00' },
      { bodyIds: [chefs.id], date: '2027-03-05', startTime: '09:00', endTime: '12:00', place: 'Digitalt' },
    ]);
    store = await reopen(store);
    const stored = await Promise.all(ids.map((id) => getMeeting(store, id)));
    expect(stored.map((m) => [m!.date, m!.place, m!.status])).toEqual([
      ['2027-02-05', 'Lokal Enen, Eklundavägen 1, Örebro', 'planned'],
      ['2027-03-05', 'Digitalt', 'planned'],
    ]);
    expect(orderItems(await listItems(store, ids[0]!)).map((i) => i.title)[0]).toBe('Inledning');
  });

  it('undoes a planned year by deleting its meetings (softly), and restores them', async () => {
    const { chefs } = await setUp();
    const ids = await createMeetings(store, [
      { bodyIds: [chefs.id], date: '2027-02-05' },
      { bodyIds: [chefs.id], date: '2027-03-05' },
    ]);
    await deleteMeetings(store, ids);
    expect((await listYear(store, 2027, [chefs.id])).meetings.map((m) => m.id)).toEqual([]);
    await restoreMeetings(store, ids);
    expect((await listYear(store, 2027, [chefs.id])).meetings.map((m) => m.id)).toEqual(ids);
    const held = (await listYear(store, 2024, [chefs.id])).meetings[0]!;
    await expect(deleteMeetings(store, [held.id])).rejects.toThrow('Ett genomfört möte kan inte tas bort.');
  });

  it('moves a meeting keeping its agenda (same items, same ids), raises its calendar revision and saves the status with it', async () => {
    const { chefs } = await setUp();
    const [id] = await createMeetings(store, [{ bodyIds: [chefs.id], date: '2027-02-05' }]);
    await addItem(store, id!, { title: 'Samverkansplanen', kind: 'discussion', minutes: 30, description: '', presenters: [], subPoints: [], links: [], timeSlotId: null });
    const itemsBefore = orderItems(await listItems(store, id!)).map((i) => [i.id, i.title]);
    const meeting = (await getMeeting(store, id!))!;
    await saveMeeting(store, id!, { ...details(meeting), date: '2027-02-12', startTime: '09:00', endTime: '12:00' }, 'noticeSent');
    store = await reopen(store);
    const moved = (await getMeeting(store, id!))!;
    expect([moved.date, moved.startTime, moved.status]).toEqual(['2027-02-12', '09:00', 'noticeSent']);
    expect(moved.sequence).toBeGreaterThan(meeting.sequence);
    expect(orderItems(await listItems(store, id!)).map((i) => [i.id, i.title])).toEqual(itemsBefore);
    // Saving without a change leaves the revision alone.
    await saveMeeting(store, id!, details(moved), 'noticeSent');
    expect((await getMeeting(store, id!))!.sequence).toBe(moved.sequence);
  });

  it('refuses a time slot outside the meeting or for a body the meeting does not have', async () => {
    const { chefs, council } = await setUp();
    const [id] = await createMeetings(store, [{ bodyIds: [council.id], date: '2027-02-05' }]);
    const meeting = (await getMeeting(store, id!))!;
    const slot = { id: 's', label: 'Råd 1', start: '09:00', end: '11:00', bodyIds: [council.id] };
    await expect(saveMeeting(store, id!, { ...details(meeting), timeSlots: [{ ...slot, end: '13:00' }] })).rejects.toThrow('Tiden ”Råd 1” måste ligga inom mötets tid.');
    await expect(saveMeeting(store, id!, { ...details(meeting), timeSlots: [{ ...slot, bodyIds: [chefs.id] }] })).rejects.toThrow(/bara gälla organ som mötet hör till/);
    await saveMeeting(store, id!, { ...details(meeting), bodyIds: [council.id, chefs.id], timeSlots: [slot, { ...slot, id: 't', label: 'Gemensamt', start: '11:00', end: '12:00', bodyIds: [council.id, chefs.id] }] });
    expect((await getMeeting(store, id!))!.timeSlots).toHaveLength(2);
  });

  it('cancels a meeting and moves its own items to another meeting in one transaction, and undoes it', async () => {
    const { chefs } = await setUp();
    const [first, second] = await createMeetings(store, [
      { bodyIds: [chefs.id], date: '2027-02-03' },
      { bodyIds: [chefs.id], date: '2027-03-03' },
    ]);
    const input = { kind: 'discussion' as const, minutes: 20, description: '', presenters: [], subPoints: [], links: [], timeSlotId: null };
    await addItem(store, first!, { ...input, title: 'Levnadsvanor' });
    await addItem(store, first!, { ...input, title: 'Föräldraskapsstöd' });
    const movable = await listMovableItems(store, first!);
    expect(movable.map((i) => i.title)).toEqual(['Levnadsvanor', 'Föräldraskapsstöd']);
    expect((await listMoveTargets(store, first!)).map((m) => m.id)).toEqual([second]);

    // A cancelled target is refused, and nothing changes.
    await setMeetingStatus(store, second!, 'cancelled');
    const before = await dumpDatabase(store);
    await expect(cancelMeeting(store, first!, { reason: 'Krock', toMeetingId: second!, itemIds: movable.map((i) => i.id) })).rejects.toThrow(/också inställt/);
    expect(await dumpDatabase(store)).toEqual(before);
    await setMeetingStatus(store, second!, 'planned');

    const result = await cancelMeeting(store, first!, { reason: 'För få kan delta', toMeetingId: second!, itemIds: [movable[0]!.id] });
    store = await reopen(store);
    const cancelled = (await getMeeting(store, first!))!;
    expect([cancelled.status, cancelled.cancelledReason]).toEqual(['cancelled', 'För få kan delta']);
    expect(orderItems(await listItems(store, first!)).map((i) => i.title)).not.toContain('Levnadsvanor');
    const target = orderItems(await listItems(store, second!));
    const arrived = target.find((i) => i.title === 'Levnadsvanor')!;
    expect(arrived.origin).toMatchObject({ kind: 'moved', meetingId: first, itemId: movable[0]!.id });
    expect(target.map((i) => i.title).indexOf('Levnadsvanor')).toBeLessThan(target.map((i) => i.title).indexOf('Övriga frågor'));
    await expect(cancelMeeting(store, first!, { reason: '', toMeetingId: null, itemIds: [] })).rejects.toThrow('Mötet är redan inställt.');

    await undoCancelMeeting(store, result);
    expect((await getMeeting(store, first!))!.status).toBe('planned');
    expect(orderItems(await listItems(store, first!)).map((i) => i.title)).toContain('Levnadsvanor');
    expect(orderItems(await listItems(store, second!)).map((i) => i.title)).not.toContain('Levnadsvanor');
  });

  it('will not cancel a meeting that has been held', async () => {
    const { chefs } = await setUp();
    const held = (await listYear(store, 2024, [chefs.id])).meetings[0]!;
    await expect(cancelMeeting(store, held.id, { reason: '', toMeetingId: null, itemIds: [] })).rejects.toThrow(/redan genomfört/);
  });
});

describe('year-plan events', () => {
  it('are added, changed, moved to another body, deleted and restored', async () => {
    const { chefs, council } = await setUp();
    const id = await addEvent(store, chefs.id, event());
    expect((await listEvents(store, { from: '2027-10-01', to: '2027-10-31' })).map((e) => e.title)).toEqual(['Folkhälsokonferens']);
    await updateEvent(store, chefs.id, id, event({ title: 'Folkhälsokonferens 2027', endDate: '2027-10-16' }));
    const changed = (await listEvents(store, { from: '2027-10-16', to: '2027-10-16' }))[0]!;
    expect([changed.title, changed.sequence]).toEqual(['Folkhälsokonferens 2027', 1]);

    const movedId = await updateEvent(store, chefs.id, id, event({ title: 'Folkhälsokonferens 2027' }), council.id);
    const afterMove = await listEvents(store, { from: '2027-10-01', to: '2027-10-31' });
    expect(afterMove.map((e) => [e.id, e.bodyId])).toEqual([[movedId, council.id]]);

    await deleteEvent(store, council.id, movedId);
    expect(await listEvents(store, { from: '2027-10-01', to: '2027-10-31' })).toEqual([]);
    await restoreEvent(store, council.id, movedId);
    store = await reopen(store);
    expect((await listEvents(store, { from: '2027-10-01', to: '2027-10-31', bodyIds: [council.id] })).map((e) => e.id)).toEqual([movedId]);
  });

  it('checks the rules and the references into the register, changing nothing when refused', async () => {
    const { chefs } = await setUp();
    const before = await dumpDatabase(store);
    await expect(addEvent(store, chefs.id, event({ title: '  ' }))).rejects.toThrow('Händelsen behöver en rubrik.');
    await expect(addEvent(store, chefs.id, event({ endDate: '2027-10-01' }))).rejects.toThrow('Slutdatum kan inte vara före startdatum.');
    await expect(addEvent(store, chefs.id, event({ kind: 'partnerMeeting', contactPersonId: 'nobody' }))).rejects.toThrow(
      expect.objectContaining({ field: 'contactPersonId' }),
    );
    expect(await dumpDatabase(store)).toEqual(before);
    const people = await listPeople(store);
    const organisations = await listOrganisations(store);
    const id = await addEvent(
      store,
      chefs.id,
      event({ kind: 'partnerMeeting', title: 'Samverkansmöte', organisationId: organisations.find((o) => o.name === 'Kumla kommun')!.id, contactPersonId: people.find((p) => p.name === 'Ellinor Wass')!.id }),
    );
    expect(id).toBeTruthy();
  });
});

describe('warnings and exports from the database', () => {
  it('warns about an overlap with the council for a Chefsgrupp meeting at the same time', async () => {
    const { chefs, council } = await setUp();
    const councilMeeting = (await listYear(store, 2027, [council.id])).meetings[0]!;
    const context = await loadWarningContext(store, { from: '2027-01-01', to: '2027-12-31' });
    const warnings = meetingWarnings({ bodyIds: [chefs.id], date: councilMeeting.date, startTime: '10:00', endTime: '11:00' }, context);
    // Göran Bergsten (chair of Chefsgrupp, official of the council) and Anneli Borg are in both.
    expect(warnings.map((w) => w.message)).toEqual([`Samtidigt som Specifika samverkansrådet för folkhälsa kl. 09.00–12.00: Anneli Borg och Göran Bergsten är kallade till båda.`]);
  });

  it('writes one meeting and a whole year as calendar files', async () => {
    const { chefs } = await setUp();
    const meetingId = await createMeeting(store, { bodyIds: [chefs.id], date: '2027-02-03' });
    const one = await meetingCalendarFile(store, meetingId);
    expect(one.fileName).toBe('Chefsgrupp folkhälsa 2027-02-03.ics');
    const parsed = new ICAL.Component(ICAL.parse(one.text));
    expect(parsed.getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('uid'))).toEqual([`meeting-${meetingId}@justera`]);

    const year = await yearCalendarFile(store, 2024, [chefs.id]);
    expect(year.fileName).toBe('Chefsgrupp folkhälsa 2024.ics');
    const events = new ICAL.Component(ICAL.parse(year.text)).getAllSubcomponents('vevent');
    // 6 meetings and 11 events dated 2024 (the follow-up day of 2024 is in March 2025).
    expect(events).toHaveLength(6 + 11);
    expect(year.count).toBe(17);
    expect(new Set(events.map((v) => v.getFirstPropertyValue('uid'))).size).toBe(17);
    const all = await yearCalendarFile(store, 2024);
    expect(all.fileName).toBe('Folkhälsosamverkan 2024.ics');
    expect(all.count).toBe(10 + 11);
  });
});
