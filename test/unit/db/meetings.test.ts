import { afterEach, describe, expect, it } from 'vitest';
import { orderItems } from '../../../shared/domain/agenda';
import { loadExampleData } from '../../../renderer/db/exampleData';
import { createMeeting, listItems, listMeetings, updateMeetingDetails, getMeeting } from '../../../renderer/db/meetings';
import { listBodies } from '../../../renderer/db/queries';
import { closeStore, type Store } from '../../../renderer/db/store';
import { dumpDatabase, freshStore, reopen } from '../../helpers/store';

let store: Store;
afterEach(() => store && closeStore(store));

async function council(s: Store) {
  return (await listBodies(s)).find((b) => b.name === 'Specifika samverkansrådet för folkhälsa')!;
}

describe('meetings', () => {
  it('creates a meeting with the body’s defaults and standard items, kept across a restart', async () => {
    store = await freshStore();
    await loadExampleData(store);
    const body = await council(store);
    const id = await createMeeting(store, { bodyIds: [body.id], date: '2024-05-17' });
    store = await reopen(store);
    const meeting = await getMeeting(store, id);
    expect(meeting).toMatchObject({ date: '2024-05-17', startTime: '09:00', endTime: '12:00', place: 'Lokal Eken, Eklundavägen 1, Örebro', status: 'planned' });
    const items = orderItems(await listItems(store, id));
    expect(items.map((i) => i.title)).toEqual([
      'Mötet öppnas',
      'Val av justerare',
      'Godkännande av dagordning',
      'Föregående möte och protokoll',
      'Övriga frågor',
      'Mötet avslutas',
    ]);
    expect(items[1]!.role).toBe('adjusters');
    // (The example data has meetings of its own: look for this one.)
    expect((await listMeetings(store, { from: '2024-01-01', to: '2024-12-31', bodyIds: [body.id] })).map((m) => m.id)).toContain(id);
    expect((await listMeetings(store, { from: '2025-01-01', to: '2025-12-31' })).map((m) => m.id)).not.toContain(id);
  });

  it('refuses a meeting that ends before it starts, or an impossible date, and changes nothing', async () => {
    store = await freshStore();
    await loadExampleData(store);
    const body = await council(store);
    const id = await createMeeting(store, { bodyIds: [body.id], date: '2024-05-17' });
    const before = await dumpDatabase(store);
    await expect(createMeeting(store, { bodyIds: [body.id], date: '2024-02-30' })).rejects.toThrow('Ogiltigt datum');
    const meeting = (await getMeeting(store, id))!;
    await expect(
      updateMeetingDetails(store, id, { ...meeting, startTime: '12:00', endTime: '09:00' }),
    ).rejects.toThrow('Mötet måste sluta efter att det börjat.');
    expect(await dumpDatabase(store)).toEqual(before);
  });
});
