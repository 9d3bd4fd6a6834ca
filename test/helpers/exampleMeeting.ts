import { orderItems } from '../../shared/domain/agenda';
import { loadExampleData } from '../../renderer/db/exampleData';
import { createMeeting, listItems } from '../../renderer/db/meetings';
import { listBodies } from '../../renderer/db/queries';
import { freshStore } from './store';

/** A fresh database with the example data and a new meeting of `bodyName` on `date`; its items in agenda order. */
export async function storeWithMeeting(date: string, bodyName = 'Chefsgrupp folkhälsa') {
  const store = await freshStore();
  await loadExampleData(store);
  const body = (await listBodies(store)).find((b) => b.name === bodyName)!;
  const meetingId = await createMeeting(store, { bodyIds: [body.id], date });
  return { store, meetingId, items: orderItems(await listItems(store, meetingId)) };
}
