import { afterEach, describe, expect, it } from 'vitest';
import { numberItems, orderItems } from '../../../shared/domain/agenda';
import { meetingDocId } from '../../../shared/ydoc/documents';
import { readChanges } from '../../../shared/ydoc/meeting';
import * as agenda from '../../../renderer/db/agenda';
import { loadExampleData } from '../../../renderer/db/exampleData';
import { createMeeting, listItems, loadMeetingScreen, setMeetingStatus } from '../../../renderer/db/meetings';
import { listBodies } from '../../../renderer/db/queries';
import { closeStore, type Store } from '../../../renderer/db/store';
import { dumpDatabase, freshStore, reopen } from '../../helpers/store';
import { itemInput as newItem } from '../../helpers/agendaItem';

let store: Store;
afterEach(() => store && closeStore(store));


async function setup() {
  store = await freshStore();
  await loadExampleData(store);
  const council = (await listBodies(store)).find((b) => b.name === 'Specifika samverkansrådet för folkhälsa')!;
  // 2023: the example data's calendar has meetings of its own in 2024 and from this year on.
  const may = await createMeeting(store, { bodyIds: [council.id], date: '2023-05-17' });
  const september = await createMeeting(store, { bodyIds: [council.id], date: '2023-09-20' });
  return { council, may, september };
}

const titles = async (meetingId: string) => orderItems(await listItems(store, meetingId)).map((i) => i.title);

describe('agenda', () => {
  it('adds items before the closing standard items and moves them by index', async () => {
    const { may } = await setup();
    const healthy = await agenda.addItem(store, may, newItem('Healthy cities'));
    await agenda.addItem(store, may, newItem('TABB 2.0'));
    expect(await titles(may)).toEqual([
      'Mötet öppnas', 'Val av justerare', 'Godkännande av dagordning', 'Föregående möte och protokoll',
      'Healthy cities', 'TABB 2.0', 'Övriga frågor', 'Mötet avslutas',
    ]);
    await agenda.moveItem(store, may, healthy, 5);
    expect((await titles(may)).slice(4, 6)).toEqual(['TABB 2.0', 'Healthy cities']);
    store = await reopen(store);
    expect((await titles(may)).slice(4, 6)).toEqual(['TABB 2.0', 'Healthy cities']);
  });

  it('postpones an item to the backlog, keeping where it came from; it stays in the record with its reason', async () => {
    const { council, may, september } = await setup();
    const item = await agenda.addItem(store, may, newItem('Arbetssätt i Specifika samverkansrådet', 20));
    const reason = 'Punkten och dialogen skjuts till kommande möte på grund av lågt deltagande i detta möte.';
    const { topicId } = await agenda.postponeItem(store, may, item, reason, { kind: 'backlog' });
    const stored = (await listItems(store, may)).find((i) => i.id === item)!;
    expect(stored.postponed).toMatchObject({ reason, toMeetingId: null, topicId });
    const topics = await agenda.listTopics(store, council.id);
    expect(topics).toHaveLength(1);
    expect(topics[0]).toMatchObject({ title: 'Arbetssätt i Specifika samverkansrådet', minutes: 20, status: 'open' });
    expect(topics[0]!.origin).toMatchObject({ kind: 'postponed', meetingId: may, itemId: item });

    // Pull it into September's agenda: the item remembers the topic and the meeting it came from.
    const pulled = await agenda.pullTopic(store, council.id, topicId!, september);
    const inSeptember = (await listItems(store, september)).find((i) => i.id === pulled)!;
    expect(inSeptember.origin).toMatchObject({ kind: 'topic', topicId, meetingId: may, itemId: item });
    expect((await agenda.listTopics(store, council.id))[0]).toMatchObject({ status: 'scheduled', scheduledMeetingId: september });
    await expect(agenda.pullTopic(store, council.id, topicId!, september)).rejects.toThrow('redan på en dagordning');
  });

  it('postpones straight into a chosen later meeting, and undoes that', async () => {
    const { may, september } = await setup();
    const item = await agenda.addItem(store, may, newItem('Healthy cities'));
    const { newItemId } = await agenda.postponeItem(store, may, item, 'Tiden räckte inte.', { kind: 'meeting', meetingId: september });
    const copy = (await listItems(store, september)).find((i) => i.id === newItemId)!;
    expect(copy).toMatchObject({ title: 'Healthy cities', origin: { kind: 'postponed', meetingId: may, itemId: item } });
    await agenda.undoPostpone(store, may, item);
    expect((await listItems(store, may)).find((i) => i.id === item)!.postponed).toBeNull();
    expect(await titles(september)).not.toContain('Healthy cities');
  });

  it('records every agenda change with who and when once the notice has gone out', async () => {
    const { may } = await setup();
    const before = await agenda.addItem(store, may, newItem('Före kallelsen'));
    const doc = await store.docs.get(meetingDocId(may));
    expect(readChanges(doc)).toEqual([]);
    await setMeetingStatus(store, may, 'noticeSent');
    const added = await agenda.addItem(store, may, newItem('Rapport från chefsgrupp folkhälsa'), { by: 'Helena Strand' });
    await agenda.updateItem(store, may, before, newItem('Före kallelsen', 30), 'Helena Strand');
    await agenda.moveItem(store, may, added, 0, 'Louise Hammar');
    await agenda.removeItem(store, may, before, 'Louise Hammar');
    const changes = readChanges(await store.docs.get(meetingDocId(may)));
    expect(changes.map((c) => [c.kind, c.by, c.title])).toEqual([
      ['added', 'Helena Strand', 'Rapport från chefsgrupp folkhälsa'],
      ['retimed', 'Helena Strand', 'Före kallelsen'],
      ['moved', 'Louise Hammar', 'Rapport från chefsgrupp folkhälsa'],
      ['removed', 'Louise Hammar', 'Före kallelsen'],
    ]);
    expect(changes[1]).toMatchObject({ from: 15, to: 30 });
    expect(changes.every((c) => !Number.isNaN(Date.parse(c.at)))).toBe(true);
  });

  it('numbers with § through the body’s year, continuing after earlier meetings', async () => {
    const { may, september } = await setup();
    expect(await agenda.firstSectionNumber(store, may)).toBe(1);
    // May has the six standard items, so September starts at § 7.
    expect(await agenda.firstSectionNumber(store, september)).toBe(7);
    const labels = numberItems(await listItems(store, september), 'section', 7);
    expect([...labels.values()][0]).toBe('§ 7');
    await setMeetingStatus(store, may, 'cancelled');
    expect(await agenda.firstSectionNumber(store, september)).toBe(1);
  });

  it('gives the meeting screen its meeting, items and justering in one read', async () => {
    const { september } = await setup();
    const screen = await loadMeetingScreen(store, september);
    expect(screen.meeting?.id).toBe(september);
    expect(screen.items.map((i) => i.id).sort()).toEqual((await listItems(store, september)).map((i) => i.id).sort());
    expect(screen.justering).toMatchObject({ id: september, status: 'draft', signedVersion: null });
    // A meeting that is not there: no meeting (the screen says so), no items.
    expect(await loadMeetingScreen(store, 'no-such-meeting')).toEqual({ meeting: undefined, items: [], justering: undefined });
  });

  it('moves items between meetings in one transaction, and refuses a missing target without changing anything', async () => {
    const { may, september } = await setup();
    const item = await agenda.addItem(store, may, newItem('Healthy cities'));
    const before = await dumpDatabase(store);
    await expect(agenda.moveItemsToMeeting(store, may, [item], 'no-such-meeting')).rejects.toThrow();
    expect(await dumpDatabase(store)).toEqual(before);
    await agenda.moveItemsToMeeting(store, may, [item], september);
    expect(await titles(may)).not.toContain('Healthy cities');
    expect(await titles(september)).toContain('Healthy cities');
  });
});
