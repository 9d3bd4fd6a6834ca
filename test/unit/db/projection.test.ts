/**
 * The derived rows and how `reproject` finds them again (schema version 2: the large tables have no
 * docId index; their rows are found by the document's entity id, see projection.ts `locate`).
 */
import { afterEach, describe, expect, it } from 'vitest';
import * as agenda from '../../../renderer/db/agenda';
import { JusteraDatabase } from '../../../renderer/db/database';
import { allProjectionTables, locatorOf, projectDocument, projectionTables } from '../../../renderer/db/projection';
import * as minutes from '../../../renderer/db/minutes';
import { createMeeting, listItems } from '../../../renderer/db/meetings';
import { listBodies, listPeople } from '../../../renderer/db/queries';
import { closeStore, type Store } from '../../../renderer/db/store';
import { parseDocId, type DocumentKind } from '../../../shared/ydoc/documents';
import { dumpDatabase, projectedRows, sortedById } from '../../helpers/store';
import { storeWithMeeting } from '../../helpers/exampleMeeting';

let store: Store | null = null;
afterEach(() => {
  if (store) closeStore(store);
  store = null;
});

/** A meeting with attendance, minutes, tasks, and an item moved to a second meeting. */
async function busyStore() {
  const made = await storeWithMeeting('2026-05-12');
  store = made.store;
  const { meetingId, items } = made;
  const [first, second] = items;
  const people = (await listPeople(store)).slice(0, 3);
  for (const [i, person] of people.entries()) {
    await minutes.setAttendance(store, meetingId, person.id, { status: i === 2 ? 'apologies' : 'present' });
  }
  await minutes.openMinutes(store, meetingId, first!.id);
  await minutes.addTask(store, meetingId, first!.id, { text: 'Skicka underlaget', ownerIds: [people[0]!.id], convenerId: null, dueDate: null, nextStep: '' });
  await minutes.addTask(store, meetingId, first!.id, { text: 'Boka lokal', ownerIds: [people[1]!.id], convenerId: null, dueDate: null, nextStep: '' });
  await minutes.closeMinutes(store, first!.id);
  const body = (await listBodies(store)).find((b) => b.name === 'Chefsgrupp folkhälsa')!;
  const later = await createMeeting(store, { bodyIds: [body.id], date: '2026-06-09' });
  await minutes.setAttendance(store, later, people[0]!.id, { status: 'present' });
  await agenda.moveItemsToMeeting(store, meetingId, [second!.id], later);
  return { store, meetingId, later, first: first!, second: second!, people };
}

describe('projection', () => {
  it('puts the entity id where reproject looks for the rows of every document', async () => {
    const { store } = await busyStore();
    const dump = await dumpDatabase(store);
    const seen = new Set<string>();
    for (const { id: docId } of dump.documents as { id: string }[]) {
      const parsed = parseDocId(docId)!;
      for (const [table, rows] of Object.entries(projectDocument(docId, await store.docs.get(docId)))) {
        const locator = locatorOf(parsed.kind, table);
        if (rows.length > 0) seen.add(`${table}:${locator}`);
        const field = locator === 'primaryKey' ? 'id' : locator;
        const wanted = locator === 'docId' ? docId : parsed.entityId;
        for (const row of rows) expect((row as Record<string, unknown>)[field], `${table} of ${docId}`).toBe(wanted);
        if (locator === 'primaryKey') expect(rows.length, `${table} of ${docId}`).toBeLessThanOrEqual(1);
      }
    }
    // The data exercised every locator of the large tables.
    expect([...seen]).toEqual(expect.arrayContaining(['agendas:primaryKey', 'attendance:primaryKey', 'minutes:primaryKey', 'tasks:itemId']));
  });

  it('keeps the stored derived rows equal to what the documents say after edits, moves and removals', async () => {
    const { store, meetingId, later, first, people } = await busyStore();
    await minutes.removeAttendee(store, meetingId, people[2]!.id);
    const tasks = await minutes.listTasksOfMeeting(store, meetingId);
    await minutes.deleteTask(store, meetingId, first.id, tasks[0]!.id);
    await agenda.removeItem(store, later, (await listItems(store, later))[0]!.id);

    const dump = await dumpDatabase(store);
    const expected = await projectedRows(store);
    for (const table of allProjectionTables) expect(sortedById(dump[table]!), table).toEqual(expected[table]);

    // One agenda row per meeting, its items in id order.
    const agendas = await store.db.agendas.bulkGet([meetingId, later]);
    expect(agendas.map((row) => row?.items.every((item) => item.meetingId === row.id))).toEqual([true, true]);
    const itemIds = agendas[0]!.items.map((i) => i.id);
    expect(itemIds).toEqual([...itemIds].sort());
    expect(await listItems(store, later)).toEqual(agendas[1]!.items);

    // One attendance row per meeting, its records in person order.
    const rows = await store.db.attendance.where('id').anyOf([meetingId, later]).toArray();
    expect(rows.map((r) => [r.id, r.records.length])).toEqual([[meetingId, 3], [later, 1]].sort((a, b) => String(a[0]).localeCompare(String(b[0]))));
    const ids = rows.find((r) => r.id === meetingId)!.records.map((r) => r.personId);
    expect(ids).toEqual([...ids].sort());
    expect((await minutes.listAttendance(store, meetingId)).every((r) => r.meetingId === meetingId)).toBe(true);
  });

  it('writes no attendance row for a meeting where nothing is recorded', async () => {
    const made = await storeWithMeeting('2026-05-12');
    store = made.store;
    expect(await store.db.attendance.get(made.meetingId)).toBeUndefined();
    expect(await minutes.listAttendance(store, made.meetingId)).toEqual([]);
  });

  it('looks rows up only through indexes the schema has', () => {
    const db = new JusteraDatabase('justera-projection-schema');
    const kinds: DocumentKind[] = ['register', 'body', 'meeting', 'minutes', 'agreements'];
    for (const kind of kinds) {
      for (const table of projectionTables(kind)) {
        const locator = locatorOf(kind, table);
        const schema = db.table(table).schema;
        if (locator === 'primaryKey') expect(schema.primKey.keyPath, `${kind} → ${table}`).toBe('id');
        else expect(schema.indexes.map((i) => i.name), `${kind} → ${table}`).toContain(locator);
      }
    }
  });
});
