import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { orderItems } from '../../../shared/domain/agenda';
import { decisionRegisterFileName, renderDecisionRegister } from '../../../shared/word/decisionRegister';
import { addItem } from '../../../renderer/db/agenda';
import { loadExampleData } from '../../../renderer/db/exampleData';
import { decisionRegister, participationOfBody, taskOverview, yearsOfBody } from '../../../renderer/db/history';
import { createMeeting, listItems, setMeetingStatus } from '../../../renderer/db/meetings';
import * as minutes from '../../../renderer/db/minutes';
import { listBodies, listMembershipsOfBodies, listPeople } from '../../../renderer/db/queries';
import { closeStore, type Store } from '../../../renderer/db/store';
import { freshStore } from '../../helpers/store';
import { itemInput } from '../../helpers/agendaItem';

let store: Store;
afterEach(() => store && closeStore(store));

const item = (title: string, kind: 'information' | 'decision' = 'decision') => itemInput(title, 15, { kind });

async function setup() {
  store = await freshStore('history');
  await loadExampleData(store, { meetings: false }); // only this test's meetings
  const bodies = await listBodies(store);
  const council = bodies.find((b) => b.name === 'Specifika samverkansrådet för folkhälsa')!;
  const group = bodies.find((b) => b.name === 'Chefsgrupp folkhälsa')!;
  const people = await listPeople(store);
  const person = (name: string) => people.find((p) => p.name === name)!.id;
  return { council, group, person };
}

describe('the decision register', () => {
  it('lists a body’s decisions of one year in date order with their numbers, wording and method', async () => {
    const { council, group, person } = await setup();
    const september = await createMeeting(store, { bodyIds: [council.id], date: '2024-09-20' });
    const may = await createMeeting(store, { bodyIds: [council.id], date: '2024-05-17' });
    const next = await createMeeting(store, { bodyIds: [council.id], date: '2025-02-07' });
    const other = await createMeeting(store, { bodyIds: [group.id], date: '2024-08-28' });
    const vice = await addItem(store, may, item('Val av vice ordförande'));
    const plan = await addItem(store, september, item('Samverkansplan för god, jämlik och jämställd hälsa'));
    await addItem(store, september, item('Information utan beslut', 'information'));
    const later = await addItem(store, next, item('Arbetssätt i rådet'));
    const elsewhere = await addItem(store, other, item('Uppdragsbeskrivning samordnare'));

    await minutes.editDecisionText(store, may, vice, 'Siw Lunander valdes till ny vice ordförande.');
    await minutes.setDecisionMeta(store, may, vice, { method: 'acclamation' });
    await minutes.editDecisionText(store, september, plan, 'Rådet beslutade att anta samverkansplanen.');
    await minutes.setDecisionMeta(store, september, plan, {
      method: 'vote',
      votes: { yes: 12, no: 3, abstain: 1 },
      reservations: [{ id: 'r1', personId: person('Gunnar Holm'), kind: 'reservation', reason: 'Planen saknar finansiering' }],
    });
    await minutes.editDecisionText(store, next, later, 'Punkten skjuts.');
    await minutes.editDecisionText(store, other, elsewhere, 'Chefsgruppen godkände uppdragsbeskrivningen.');
    await store.projector.flush();

    expect(await yearsOfBody(store, council.id)).toEqual([2025, 2024]);
    const register = (await decisionRegister(store, council.id, 2024))!;
    const mayNumber = orderItems(await listItems(store, may)).findIndex((i) => i.id === vice) + 1;
    const planNumber = orderItems(await listItems(store, september)).findIndex((i) => i.id === plan) + 1;
    expect(register).toMatchObject({ bodyName: council.name, recordKind: 'protocol', year: 2024 });
    expect(register.entries).toEqual([
      {
        meetingId: may,
        itemId: vice,
        date: '2024-05-17',
        number: String(mayNumber),
        title: 'Val av vice ordförande',
        decision: 'Siw Lunander valdes till ny vice ordförande.',
        method: 'Med acklamation',
        notes: [],
      },
      {
        meetingId: september,
        itemId: plan,
        date: '2024-09-20',
        number: String(planNumber),
        title: 'Samverkansplan för god, jämlik och jämställd hälsa',
        decision: 'Rådet beslutade att anta samverkansplanen.',
        method: 'Efter omröstning (ja 12, nej 3, avstår 1)',
        notes: ['Reservation: Gunnar Holm (Planen saknar finansiering)'],
      },
    ]);

    // A cancelled meeting's decisions are not in the register.
    await setMeetingStatus(store, september, 'cancelled', 'Lågt deltagande');
    expect((await decisionRegister(store, council.id, 2024))!.entries.map((e) => e.itemId)).toEqual([vice]);
  });

  it('exports to Word: a heading, the header row repeated on each page, one row per decision', async () => {
    const register = {
      bodyName: 'Specifika samverkansrådet för folkhälsa',
      recordKind: 'protocol' as const,
      year: 2024,
      entries: [
        { meetingId: 'm', itemId: 'i', date: '2024-05-17', number: '§ 5', title: 'Val av vice ordförande', decision: 'Siw Lunander valdes.\nGäller från 1 juni.', method: 'Med acklamation', notes: [] },
        { meetingId: 'm', itemId: 'j', date: '2024-09-20', number: '§ 21', title: 'Samverkansplan & budget', decision: 'Rådet beslutade att anta planen.', method: '', notes: ['Reservation: Anna Holm'] },
      ],
    };
    const bytes = await renderDecisionRegister(register, '2025-01-15');
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = (xml.match(/<w:t(?: [^>]*)?>[^<]*<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')).join('|');
    expect(text).toContain('Beslutsregister 2024|Specifika samverkansrådet för folkhälsa');
    expect(text).toContain('Beslut ur organets protokoll 2024, i datumordning. Utskrivet 15 januari 2025.');
    expect(text).toContain('Möte|§|Ärende|Beslut|17 maj 2024|§ 5|Val av vice ordförande|Siw Lunander valdes.|Gäller från 1 juni.|Med acklamation');
    expect(text).toContain('20 september 2024|§ 21|Samverkansplan &amp; budget|Rådet beslutade att anta planen.|Reservation: Anna Holm');
    expect(xml).toContain('<w:tblHeader/>');
    expect((xml.match(/<w:tr>|<w:tr /g) ?? []).length).toBe(3);
    expect(decisionRegisterFileName(register)).toBe('Beslutsregister 2024 Specifika samverkansrådet för folkhälsa.docx');

    const empty = await JSZip.loadAsync(await renderDecisionRegister({ ...register, entries: [] }, '2025-01-15'));
    expect(await empty.file('word/document.xml')!.async('string')).toContain('Inga beslut är registrerade för året.');
  });
});

describe('the task overview', () => {
  it('shows every body’s tasks with their status from the follow-up and their due date', async () => {
    const { council, group, person } = await setup();
    const august = await createMeeting(store, { bodyIds: [group.id], date: '2024-08-28' });
    const october = await createMeeting(store, { bodyIds: [group.id], date: '2024-10-03' });
    const may = await createMeeting(store, { bodyIds: [council.id], date: '2024-05-17' });
    const follow = await addItem(store, august, item('Uppföljning av samverkansöverenskommelserna'));
    const plan = await addItem(store, may, item('Samverkansplan'));
    const group1 = await minutes.addTask(store, august, follow, {
      text: 'Arbetsgrupp för uppföljningsdagen',
      ownerIds: [person('Ellinor Wass'), person('Fredrika Alm')],
      convenerId: person('Ellinor Wass'),
      dueDate: '2024-09-18',
      nextStep: '',
    });
    const invite = await minutes.addTask(store, august, follow, { text: 'Bjuda in forskaren', ownerIds: [person('Fredrika Alm')], convenerId: null, dueDate: null, nextStep: '' });
    const council1 = await minutes.addTask(store, may, plan, { text: 'Sprid planen', ownerIds: [], convenerId: null, dueDate: '2025-06-30', nextStep: '' });
    const removed = await minutes.addTask(store, may, plan, { text: 'Borttaget', ownerIds: [], convenerId: null, dueDate: null, nextStep: '' });
    await minutes.deleteTask(store, may, plan, removed);
    await minutes.markTaskDone(store, group.id, invite, october);

    const tasks = await taskOverview(store, '2025-01-01');
    const byId = new Map(tasks.map((t) => [t.taskId, t]));
    expect(tasks).toHaveLength(3);
    expect(byId.get(group1)).toMatchObject({ status: 'overdue', bodyId: group.id, itemTitle: 'Uppföljning av samverkansöverenskommelserna', meetingDate: '2024-08-28' });
    expect(byId.get(invite)).toMatchObject({ status: 'done' });
    expect(byId.get(invite)!.doneAt).not.toBeNull();
    expect(byId.get(council1)).toMatchObject({ status: 'open', bodyId: council.id, meetingId: may, itemId: plan });
  });
});

describe('attendance over time', () => {
  it('counts a body’s held meetings with attendance taken, per year and per organisation', async () => {
    const { council } = await setup();
    const may = await createMeeting(store, { bodyIds: [council.id], date: '2024-05-17' });
    const september = await createMeeting(store, { bodyIds: [council.id], date: '2024-09-20' });
    await createMeeting(store, { bodyIds: [council.id], date: '2024-12-06' }); // attendance never taken
    const memberships = await listMembershipsOfBodies(store, [council.id]);
    const seats = memberships.filter((m) => ['chair', 'viceChair', 'member'].includes(m.role) && m.from <= '2024-05-17' && (!m.to || m.to >= '2024-05-17'));
    // May: every seat holder there. September: only the chair.
    for (const seat of seats) await minutes.setAttendance(store, may, seat.personId, { status: 'present' });
    const chair = seats.find((s) => s.role === 'chair')!;
    await minutes.setAttendance(store, september, chair.personId, { status: 'present' });
    await setMeetingStatus(store, september, 'held');

    const result = await participationOfBody(store, council.id, '2025-01-01');
    expect(result.years).toEqual([2024]);
    expect(result.perYear).toEqual([{ year: 2024, meetings: 2, seats: seats.length * 2, filled: seats.length + 1, share: (seats.length + 1) / (seats.length * 2) }]);
    const chairOrganisation = chair.organisationId ?? (await listPeople(store)).find((p) => p.id === chair.personId)!.organisationId;
    const others = result.perOrganisation.filter((o) => o.organisationId !== chairOrganisation);
    expect(others.length).toBeGreaterThan(5);
    for (const org of others) expect(org.years.get(2024)).toMatchObject({ meetings: 2, share: 0.5 });
  });
});
