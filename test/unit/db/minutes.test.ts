import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { bullets, paragraph, writeRichText } from '../../../shared/document/richText';
import { orderItems } from '../../../shared/domain/agenda';
import { loadExampleData } from '../../../renderer/db/exampleData';
import { createMeeting, listItems } from '../../../renderer/db/meetings';
import * as minutes from '../../../renderer/db/minutes';
import { listBodies, listPeople } from '../../../renderer/db/queries';
import { closeStore, type Store } from '../../../renderer/db/store';
import { freshStore, reopen } from '../../helpers/store';

let store: Store;
afterEach(() => store && closeStore(store));

async function setup() {
  store = await freshStore();
  await loadExampleData(store);
  const group = (await listBodies(store)).find((b) => b.name === 'Chefsgrupp folkhälsa')!;
  const august = await createMeeting(store, { bodyIds: [group.id], date: '2024-08-28' });
  const october = await createMeeting(store, { bodyIds: [group.id], date: '2024-10-03' });
  const people = await listPeople(store);
  const person = (name: string) => people.find((p) => p.name === name)!.id;
  const firstItem = orderItems(await listItems(store, august))[0]!.id;
  return { group, august, october, person, firstItem };
}

describe('minutes', () => {
  it('keeps the running text, decision, round and forwarded point of an item across a restart', async () => {
    const { august, firstItem, person } = await setup();
    const doc = await minutes.openMinutes(store, august, firstItem);
    writeRichText(doc, [paragraph('Cathrine hälsades välkommen.'), bullets('Dagordningen godkändes.', 'Inga synpunkter.')]);
    minutes.minutesTyped(store, firstItem);
    await minutes.editDecisionText(store, august, firstItem, 'Gruppen beslutade att anta planen.');
    await minutes.editRoundText(store, august, firstItem, person('Jessica Norberg'), 'FH-konferens Degerfors 18/10');
    await minutes.setForward(store, august, firstItem, { group: 'Länsdelsgrupperna', text: 'Återrapportering av medel' });
    await minutes.setDecisionMeta(store, august, firstItem, { method: 'acclamation' });
    await store.projector.flush();

    store = await reopen(store);
    const row = await minutes.getMinutes(store, firstItem);
    expect(row?.blocks).toEqual([
      { type: 'paragraph', runs: [{ text: 'Cathrine hälsades välkommen.' }] },
      { type: 'bulletList', items: [[{ type: 'paragraph', runs: [{ text: 'Dagordningen godkändes.' }] }], [{ type: 'paragraph', runs: [{ text: 'Inga synpunkter.' }] }]] },
    ]);
    expect(row?.decision).toBe('Gruppen beslutade att anta planen.');
    expect(row?.round[person('Jessica Norberg')]).toBe('FH-konferens Degerfors 18/10');
    expect(row?.forward).toEqual({ group: 'Länsdelsgrupperna', text: 'Återrapportering av medel' });
    expect(row?.decisionMeta.method).toBe('acclamation');
    expect(row?.meetingId).toBe(august);
  });

  it('rebuilds minutes rows at start-up when typing was stored but not yet projected (a crash)', async () => {
    const { august, firstItem } = await setup();
    const doc = await minutes.openMinutes(store, august, firstItem);
    doc.getText('decision').insert(0, 'Skrivet strax före kraschen.');
    await store.writes.idle();
    // No projection happened (the projector was never told); the app is killed and restarted.
    expect((await minutes.getMinutes(store, firstItem))?.decision).toBe('');
    store = await reopen(store);
    expect((await minutes.getMinutes(store, firstItem))?.decision).toBe('Skrivet strax före kraschen.');
  });

  it('edits decision text by the smallest change, so a concurrent edit elsewhere survives', async () => {
    const { august, firstItem } = await setup();
    await minutes.editDecisionText(store, august, firstItem, 'Rådet beslutade att anta planen.');
    const doc = await minutes.openMinutes(store, august, firstItem);
    // Another window inserts at the end while this one changes the beginning.
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    other.getText('decision').insert(other.getText('decision').length, ' Uppföljning i mars.');
    await minutes.editDecisionText(store, august, firstItem, 'Chefsgruppen beslutade att anta planen.');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
    expect(doc.getText('decision').toString()).toBe('Chefsgruppen beslutade att anta planen. Uppföljning i mars.');
  });

  it('carries open tasks to the next meeting, where they can be marked done', async () => {
    const { group, august, october, person, firstItem } = await setup();
    const maria = person('Ellinor Wass');
    const jonas = person('Fredrika Alm');
    const task = await minutes.addTask(store, august, firstItem, {
      text: 'Arbetsgrupp för uppföljningsdagen',
      ownerIds: [maria, jonas],
      convenerId: maria,
      dueDate: '2024-09-18',
      nextStep: 'Möte 18/9 kl 10–11',
    });
    await expect(
      minutes.addTask(store, august, firstItem, { text: 'Fel', ownerIds: [jonas], convenerId: maria, dueDate: null, nextStep: '' }),
    ).rejects.toThrow('Den sammankallande måste vara en av de ansvariga.');

    const due = await minutes.tasksForFollowUp(store, group.id, october);
    expect(due.map((t) => [t.id, t.meetingDate, t.convenerId])).toEqual([[task, '2024-08-28', maria]]);
    // Tasks of the meeting itself are not "for follow-up" there.
    expect(await minutes.tasksForFollowUp(store, group.id, august)).toEqual([]);

    await minutes.markTaskDone(store, group.id, task, october);
    const atOctober = await minutes.tasksForFollowUp(store, group.id, october);
    expect(atOctober[0]?.followUp).toMatchObject({ doneAtMeetingId: october });
    // Done at October: no longer open at later meetings.
    const december = await createMeeting(store, { bodyIds: [group.id], date: '2024-12-05' });
    expect(await minutes.tasksForFollowUp(store, group.id, december)).toEqual([]);
    await minutes.reopenTask(store, group.id, task);
    expect(await minutes.tasksForFollowUp(store, group.id, december)).toHaveLength(1);
  });

  it('records attendance per person, adds a guest who is not in the register, and times items', async () => {
    const { august, person } = await setup();
    const items = orderItems(await listItems(store, august));
    await minutes.setAttendance(store, august, person('Hanna Stenberg'), { status: 'apologies' });
    await minutes.setAttendance(store, august, person('Oskar Brandt'), { status: 'present', fromItemId: items[2]!.id });
    const guest = await minutes.addAttendee(store, august, { newPerson: { name: 'Ada Forsman', title: 'Forskare', organisationId: null, email: '', phone: '' } }, 'guest');
    const records = await minutes.listAttendance(store, august);
    expect(records.map((r) => [r.personId, r.status, r.fromItemId, r.addedRole]).sort()).toEqual(
      [
        [person('Hanna Stenberg'), 'apologies', null, null],
        [person('Oskar Brandt'), 'present', items[2]!.id, null],
        [guest, 'present', null, 'guest'],
      ].sort(),
    );
    expect((await listPeople(store)).some((p) => p.name === 'Ada Forsman')).toBe(true);

    await minutes.takeUpItem(store, august, items[0]!.id, null, '2024-08-28T11:00:00.000Z');
    await minutes.takeUpItem(store, august, items[1]!.id, items[0]!.id, '2024-08-28T11:07:00.000Z');
    const timed = orderItems(await listItems(store, august));
    expect(timed[0]).toMatchObject({ startedAt: '2024-08-28T11:00:00.000Z', endedAt: '2024-08-28T11:07:00.000Z' });
    expect(timed[1]).toMatchObject({ startedAt: '2024-08-28T11:07:00.000Z', endedAt: null });
  });
});
