import { afterEach, describe, expect, it } from 'vitest';
import { orderItems } from '../../../shared/domain/agenda';
import { meetingDocId } from '../../../shared/ydoc/documents';
import { readChanges } from '../../../shared/ydoc/meeting';
import { setActor } from '../../../renderer/db/actor';
import * as agenda from '../../../renderer/db/agenda';
import { loadExampleData } from '../../../renderer/db/exampleData';
import { exportMeetingFile, importMeetingFile } from '../../../renderer/db/exchange';
import { createMeeting, getMeeting, listItems, setMeetingStatus } from '../../../renderer/db/meetings';
import { listBodies, listPeople } from '../../../renderer/db/queries';
import { closeStore, type Store } from '../../../renderer/db/store';
import { dumpDatabase, freshStore } from '../../helpers/store';
import { itemInput as item } from '../../helpers/agendaItem';

const open: Store[] = [];
afterEach(() => open.splice(0).forEach(closeStore));


async function machine(label: string, name: string): Promise<Store> {
  const store = await freshStore(label);
  open.push(store);
  await setActor(store, { name, personId: null });
  return store;
}

const titles = async (store: Store, meetingId: string) => orderItems(await listItems(store, meetingId)).map((i) => i.title);

describe('meeting file exchange', () => {
  it('merges the chair’s and the secretary’s concurrent agenda edits; the change list says who did what', async () => {
    const secretary = await machine('secretary', 'Louise Hammar');
    await loadExampleData(secretary);
    const council = (await listBodies(secretary)).find((b) => b.name.startsWith('Specifika'))!;
    const meetingId = await createMeeting(secretary, { bodyIds: [council.id], date: '2024-05-17' });
    const healthy = await agenda.addItem(secretary, meetingId, item('Healthy cities', 20));
    await setMeetingStatus(secretary, meetingId, 'noticeSent');

    // The secretary sends the file; the chair opens it on a machine that has never seen the meeting.
    const outgoing = await exportMeetingFile(secretary, meetingId);
    expect(outgoing.name).toBe('Specifika samverkansrådet för folkhälsa 2024-05-17.justera-mote.json');
    const chair = await machine('chair', 'Helena Strand');
    const opened = await importMeetingFile(chair, outgoing.bytes);
    expect(opened).toMatchObject({ meetingId, created: true, exportedBy: 'Louise Hammar' });
    expect((await getMeeting(chair, meetingId))?.date).toBe('2024-05-17');
    expect(await listPeople(chair)).toHaveLength((await listPeople(secretary)).length);

    // Both work on the agenda at the same time.
    const chairBy = 'Helena Strand';
    await agenda.addItem(chair, meetingId, item('TABB 2.0', 30), { by: chairBy });
    await agenda.updateItem(chair, meetingId, healthy, item('Healthy cities', 15), chairBy);
    await agenda.addItem(secretary, meetingId, item('Rapport från chefsgrupp folkhälsa', 10), { by: 'Louise Hammar' });

    // The chair sends a file back; the secretary imports it into the open meeting.
    const reply = await exportMeetingFile(chair, meetingId);
    const merged = await importMeetingFile(secretary, reply.bytes, meetingId);
    expect(merged.created).toBe(false);
    const after = await titles(secretary, meetingId);
    expect(after).toEqual(expect.arrayContaining(['Healthy cities', 'TABB 2.0', 'Rapport från chefsgrupp folkhälsa']));
    expect((await listItems(secretary, meetingId)).find((i) => i.id === healthy)?.minutes).toBe(15);

    const changes = readChanges(await secretary.docs.get(meetingDocId(meetingId)));
    expect(changes.map((c) => `${c.by}: ${c.kind} ${c.title}`)).toEqual(
      expect.arrayContaining([
        'Helena Strand: added TABB 2.0',
        'Helena Strand: retimed Healthy cities',
        'Louise Hammar: added Rapport från chefsgrupp folkhälsa',
      ]),
    );

    // And back again: the chair gets the secretary's item too, nothing duplicated.
    await importMeetingFile(chair, (await exportMeetingFile(secretary, meetingId)).bytes, meetingId);
    expect(await titles(chair, meetingId)).toEqual(after);
  });

  it('refuses a file for another meeting, a broken file and a newer version, changing nothing', async () => {
    const secretary = await machine('secretary', 'Louise Hammar');
    await loadExampleData(secretary);
    const council = (await listBodies(secretary)).find((b) => b.name.startsWith('Specifika'))!;
    const may = await createMeeting(secretary, { bodyIds: [council.id], date: '2024-05-17' });
    const september = await createMeeting(secretary, { bodyIds: [council.id], date: '2024-09-20' });
    const file = await exportMeetingFile(secretary, september);
    const before = await dumpDatabase(secretary);

    await expect(importMeetingFile(secretary, file.bytes, may)).rejects.toThrow(
      'Filen gäller ett annat möte (Specifika samverkansrådet för folkhälsa 20 september 2024). Ingenting har ändrats.',
    );
    const broken = file.bytes.slice(0, file.bytes.length - 40);
    await expect(importMeetingFile(secretary, broken, september)).rejects.toThrow(/kunde inte läsas som en mötesfil/);
    const json = JSON.parse(new TextDecoder().decode(file.bytes));
    const newer = new TextEncoder().encode(JSON.stringify({ ...json, version: 2 }));
    await expect(importMeetingFile(secretary, newer, september)).rejects.toThrow(/nyare version av Justera/);
    const tampered = JSON.parse(new TextDecoder().decode(file.bytes));
    tampered.documents[0].update = tampered.documents[0].update.slice(0, 20) + 'AAAA' + tampered.documents[0].update.slice(24);
    await expect(importMeetingFile(secretary, new TextEncoder().encode(JSON.stringify(tampered)), september)).rejects.toThrow();
    await expect(importMeetingFile(secretary, new TextEncoder().encode('PK\u0003\u0004 not json'))).rejects.toThrow(/kunde inte läsas/);

    expect(await dumpDatabase(secretary)).toEqual(before);
  });
});
