import { afterEach, expect, it } from 'vitest';
import { listPeople } from '../../../renderer/db/queries';
import { addPerson } from '../../../renderer/db/register';
import { closeStore, type Store } from '../../../renderer/db/store';
import { freshStore, reopen } from '../../helpers/store';

let store: Store;
afterEach(() => store && closeStore(store));

// Yjs stores strings as UTF-8, where a lone UTF-16 surrogate cannot exist: it comes back as U+FFFD.
// The document in memory and the rows derived from it must say the same as the stored document.
it('stores text with lone surrogates the same way in memory, in derived rows and on disk', async () => {
  store = await freshStore();
  await addPerson(store, { name: 'Anna \ud800 Berg', title: '\udfff', organisationId: null, email: '', phone: '' });
  const before = (await listPeople(store)).map((p) => [p.name, p.title]);
  expect(before).toEqual([['Anna \ufffd Berg', '\ufffd']]);
  store = await reopen(store);
  expect((await listPeople(store)).map((p) => [p.name, p.title])).toEqual(before);
});
