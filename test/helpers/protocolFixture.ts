/**
 * Held meetings with realistic content, for the Word export's tests and its preview script: a
 * council meeting (protokoll) with attendance, a deputy, justerare, rich text, a decision and a task,
 * and the example Chefsgrupp meeting of 28 August 2024 (minnesanteckningar) with an absentee, a
 * guest, a round, a forwarded point and topics for coming meetings.
 */
import { paragraph, writeRichText, type Block } from '../../shared/document/richText';
import * as agenda from '../../renderer/db/agenda';
import { loadExampleData } from '../../renderer/db/exampleData';
import * as justering from '../../renderer/db/justering';
import { createMeeting, listItems, listMeetingsOfBody, setAdjusters } from '../../renderer/db/meetings';
import * as minutes from '../../renderer/db/minutes';
import { listBodies, listPeople } from '../../renderer/db/queries';
import type { Store } from '../../renderer/db/store';

const richText: Block[] = [
  {
    type: 'paragraph',
    runs: [
      { text: 'Rapport från Healthy Cities årskonferens, se ' },
      { text: 'regionorebrolan.se', link: 'https://www.regionorebrolan.se/' },
      { text: '. ' },
      { text: 'Vägval för framtiden', italic: true },
      { text: ' diskuterades.' },
    ],
  },
  { type: 'bulletList', items: [[paragraph('Ställningstagande Folkhälsan och Framtiden')], [{ type: 'paragraph', runs: [{ text: 'Arbetsgrupp', bold: true }, { text: ' om den regionala rollen' }] }]] },
];

async function peopleIds(store: Store) {
  const people = await listPeople(store);
  return (name: string) => {
    const person = people.find((p) => p.name === name);
    if (!person) throw new Error(`no ${name}`);
    return person.id;
  };
}

/** A council meeting on 17 May 2024, held and ready for justering. */
export async function heldProtocolMeeting(store: Store, options: { loadExample?: boolean } = {}) {
  if (options.loadExample !== false) await loadExampleData(store);
  const council = (await listBodies(store)).find((b) => b.name.startsWith('Specifika'))!;
  const meetingId = await createMeeting(store, { bodyIds: [council.id], date: '2024-05-17' });
  const id = await peopleIds(store);
  for (const name of ['Helena Strand', 'Louise Hammar', 'Åsa Wennberg', 'Marie Ekdahl']) await minutes.setAttendance(store, meetingId, id(name), { status: 'present' });
  await setAdjusters(store, meetingId, [id('Åsa Wennberg')]);
  const healthy = await agenda.addItem(store, meetingId, { title: 'Healthy cities', kind: 'information', minutes: 20, description: '', presenters: [], subPoints: [], links: [], timeSlotId: null });
  const doc = await minutes.openMinutes(store, meetingId, healthy);
  writeRichText(doc, richText);
  await minutes.editDecisionText(store, meetingId, healthy, 'Rådet tackar för rapporten.');
  await minutes.addTask(store, meetingId, healthy, { text: 'Sprida materialet i länsdelarna', ownerIds: [id('Åsa Wennberg')], convenerId: null, dueDate: '2024-09-30', nextStep: '' });
  await store.projector.flush();
  return { meetingId, healthy, council, id };
}

/** Sends the meeting for review (unless it already is) and records every approval: the protocol is signed. */
export async function signProtocol(store: Store, meetingId: string, approvedOn = '2024-06-17') {
  const sent = (await justering.readState(store, meetingId)).versions.at(-1);
  const version = sent ? sent.version : (await justering.sendForReview(store, meetingId)).version;
  const state = await justering.readState(store, meetingId);
  const approvers = state.versions.find((v) => v.version === version)!.approvers;
  for (const approver of approvers) {
    await justering.recordApproval(store, meetingId, { approver, version, decision: 'approve', via: 'email', at: `${approvedOn}T12:00:00.000Z` });
  }
  return version;
}

/** The example Chefsgrupp meeting of 28 August 2024, with notes. */
export async function heldNotesMeeting(store: Store, options: { loadExample?: boolean } = {}) {
  if (options.loadExample !== false) await loadExampleData(store);
  const chefs = (await listBodies(store)).find((b) => b.name === 'Chefsgrupp folkhälsa')!;
  const meeting = (await listMeetingsOfBody(store, chefs.id)).find((m) => m.date === '2024-08-28')!;
  const before = await justering.buildProtocol(store, meeting.id);
  // Everyone came but the last one called, who is struck through; and a guest.
  for (const person of before.invited.slice(0, -1)) await minutes.setAttendance(store, meeting.id, person.personId!, { status: 'present' });
  await minutes.addAttendee(store, meeting.id, { newPerson: { name: 'Albin Algotson', title: 'forskare, Linköpings universitet', organisationId: null, email: '', phone: '' } }, 'guest');
  const items = await listItems(store, meeting.id);
  const first = items[0]!;
  const doc = await minutes.openMinutes(store, meeting.id, first.id);
  writeRichText(doc, richText);
  await minutes.editRoundText(store, meeting.id, first.id, before.invited[0]!.personId!, 'FH konferens Degerfors 18/10.');
  await minutes.setForward(store, meeting.id, first.id, { group: 'Länsdelsgrupperna', text: 'Återrapportering av medel' });
  await agenda.addTopic(store, chefs.id, { title: 'Levnadsvanor', presenter: { personId: null, name: 'Kerstin Angergård', organisation: 'Hälso- och sjukvård' }, minutes: 20, wantedBy: { kind: 'date', value: '2024-10-03' }, note: '' });
  await store.projector.flush();
  return { meetingId: meeting.id, chefs, items, absent: before.invited.at(-1)!, firstInvited: before.invited[0]! };
}
