import { afterEach, describe, expect, it, vi } from 'vitest';
import { minutesDocId } from '../../../shared/ydoc/documents';
import * as minutes from '../../../renderer/db/minutes';
import { closeStore, type Store } from '../../../renderer/db/store';
import { storeWithMeeting } from '../../helpers/exampleMeeting';

let store: Store;
afterEach(() => store && closeStore(store));

async function setup() {
  const created = await storeWithMeeting('2024-08-28');
  store = created.store;
  const [first, second] = created.items;
  // The items' minutes documents exist once opened; then let them go, as leaving an item does.
  for (const item of [first!, second!]) {
    await minutes.openMinutes(store, created.meetingId, item.id);
    await minutes.closeMinutes(store, item.id);
  }
  return { meetingId: created.meetingId, itemId: first!.id, otherId: second!.id };
}

describe('the document cache: loading an item’s minutes before the meeting screen asks', () => {
  it('a prefetched document is in memory once loaded, and the screen takes it without waiting', async () => {
    const { meetingId, itemId } = await setup();
    const docId = minutesDocId(itemId);
    expect(minutes.minutesInMemory(store, itemId)).toBeUndefined();

    const release = store.docs.prefetch(docId);
    expect(store.docs.isLoaded(docId)).toBe(true);
    await vi.waitFor(() => expect(minutes.minutesInMemory(store, itemId)).toBeDefined());
    const taken = minutes.minutesInMemory(store, itemId)!;
    // The same live document that opening the minutes gives.
    expect(await minutes.openMinutes(store, meetingId, itemId)).toBe(taken);

    // Taken: leaving the route does not drop it from under the editor.
    release();
    expect(store.docs.isLoaded(docId)).toBe(true);
    expect(minutes.minutesInMemory(store, itemId)).toBe(taken);
  });

  it('a prefetch nobody took is let go when the route is left; a missing document is no error', async () => {
    const { otherId } = await setup();
    const docId = minutesDocId(otherId);
    // Left at once, while still loading.
    store.docs.prefetch(docId)();
    expect(store.docs.isLoaded(docId)).toBe(false);
    // Left after it has loaded (asking `minutesInMemory` would take it, so give it time instead).
    const release = store.docs.prefetch(docId);
    await new Promise((resolve) => setTimeout(resolve, 300));
    release();
    expect(store.docs.isLoaded(docId)).toBe(false);
    expect(minutes.minutesInMemory(store, otherId)).toBeUndefined();

    const missing = minutesDocId('no-such-item');
    const releaseMissing = store.docs.prefetch(missing);
    await vi.waitFor(() => expect(store.docs.isLoaded(missing)).toBe(false));
    releaseMissing();
    await expect(store.docs.get(missing)).rejects.toThrow('finns inte längre');
  });

  it('opening an item whose minutes were never created, while its prefetch fails, still creates them', async () => {
    const created = await storeWithMeeting('2024-09-25');
    store = created.store;
    const { meetingId } = created;
    const itemId = created.items[0]!.id;
    const release = store.docs.prefetch(minutesDocId(itemId));
    const doc = await minutes.openMinutes(store, meetingId, itemId);
    expect(minutes.minutesInMemory(store, itemId)).toBe(doc);
    release();
    expect(store.docs.isLoaded(minutesDocId(itemId))).toBe(true);
  });
});
