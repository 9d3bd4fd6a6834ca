/**
 * A database with something in every kind of document and table: the example register, a meeting
 * with an extra item, a year-plan event and a topic in a body's document, a removed person, and
 * settings. Used by the backup tests and by test/fixtures/make-db-fixture.ts.
 */
import { loadExampleData } from '../../renderer/db/exampleData';
import { addItem } from '../../renderer/db/agenda';
import { createMeeting, setAdjusters } from '../../renderer/db/meetings';
import { listBodies, listPeople } from '../../renderer/db/queries';
import { addPerson, deletePerson } from '../../renderer/db/register';
import { changeDocument, setSetting, type Store } from '../../renderer/db/store';
import { bodyDocId } from '../../shared/ydoc/documents';
import * as body from '../../shared/ydoc/body';

export interface Seeded {
  councilId: string;
  meetingId: string;
}

export async function seedDatabase(store: Store): Promise<Seeded> {
  await loadExampleData(store);
  const council = (await listBodies(store)).find((b) => b.name === 'Specifika samverkansrådet för folkhälsa')!;
  const meetingId = await createMeeting(store, { bodyIds: [council.id], date: '2024-05-17' });
  await addItem(store, meetingId, {
    title: 'Folkhälsoläget i länet',
    kind: 'information',
    minutes: 20,
    description: 'Rapport från Region Örebro län. ”Citat” & <tecken> som ska sparas som text.',
    presenters: [],
    subPoints: ['Barn och unga', 'Äldre'],
    links: [],
    timeSlotId: null,
  });
  const people = await listPeople(store);
  await setAdjusters(store, meetingId, [people[0]!.id]);
  await changeDocument(store, bodyDocId(council.id), (doc) => {
    body.addEvent(doc, {
      kind: 'conference',
      title: 'Folkhälsokonferens',
      date: '2024-10-03',
      endDate: null,
      startTime: '09:00',
      endTime: '16:00',
      place: 'Conventum',
      organisationId: null,
      contactPersonId: null,
      preliminary: true,
      note: '',
    });
    body.addTopic(doc, { title: 'ANDT-strategin', presenter: null, minutes: 30, wantedBy: { kind: 'term', value: 'hösten 2024' }, note: '' });
  });
  const temporary = await addPerson(store, { name: 'Tillfällig Person', title: '', organisationId: null, email: '', phone: '' });
  await deletePerson(store, temporary);
  await setSetting(store, 'backupKeep', 10);
  return { councilId: council.id, meetingId };
}
