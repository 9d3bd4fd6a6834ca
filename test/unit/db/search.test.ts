import { afterEach, describe, expect, it, vi } from 'vitest';
import { bullets, paragraph, writeRichText } from '../../../shared/document/richText';
import { orderItems } from '../../../shared/domain/agenda';
import { addItem, removeItem } from '../../../renderer/db/agenda';
import { loadExampleData } from '../../../renderer/db/exampleData';
import { createMeeting, listItems, updateMeetingDetails } from '../../../renderer/db/meetings';
import * as minutes from '../../../renderer/db/minutes';
import { listBodies } from '../../../renderer/db/queries';
import {
  flushSearchIndex,
  meetingYears,
  searchIndexState,
  searchIndexStats,
  searchMeetings,
  startSearchIndex,
  stopSearchIndex,
  updateSearchIndexNow,
} from '../../../renderer/db/search';
import { closeStore, openStore, type Store } from '../../../renderer/db/store';
import { freshStore, reopen } from '../../helpers/store';
import { itemInput } from '../../helpers/agendaItem';

let store: Store;
afterEach(() => {
  if (!store) return;
  stopSearchIndex(store);
  closeStore(store);
});

const item = (title: string) => itemInput(title);

async function setup() {
  store = await freshStore('search');
  await loadExampleData(store, { meetings: false }); // only this test's meetings
  const bodies = await listBodies(store);
  const council = bodies.find((b) => b.name === 'Specifika samverkansrådet för folkhälsa')!;
  const group = bodies.find((b) => b.name === 'Chefsgrupp folkhälsa')!;
  const may = await createMeeting(store, { bodyIds: [council.id], date: '2024-05-17' });
  const plan = await addItem(store, may, item('Kommande samverkansplan för god, jämlik och jämställd hälsa'));
  const doc = await minutes.openMinutes(store, may, plan);
  writeRichText(doc, [paragraph('Johanna Ek presenterade arbetet med en gemensam samverkansplan.'), bullets('Politiker behöver stöd.')]);
  minutes.minutesTyped(store, plan);
  await minutes.editDecisionText(store, may, plan, 'Rådet beslutade att ta emot informationen.');
  const august = await createMeeting(store, { bodyIds: [group.id], date: '2024-08-28' });
  const follow = await addItem(store, august, item('Uppföljning av samverkansöverenskommelserna'));
  await minutes.addTask(store, august, follow, { text: 'Arbetsgrupp för uppföljningsdagen', ownerIds: [], convenerId: null, dueDate: '2024-09-18', nextStep: '' });
  await store.projector.flush();
  return { council, group, may, plan, august, follow };
}

describe('the search index in the database', () => {
  it('is built once from the rows, and answers with where the hit is and the words marked', async () => {
    const { may, plan, council } = await setup();
    // Nothing is loaded until something asks for the index.
    expect(searchIndexState(store).phase).toBe('idle');
    expect(searchIndexStats(store).source).toBeNull();
    await startSearchIndex(store);
    expect(searchIndexStats(store)).toMatchObject({ source: 'rebuilt', rebuilds: 1 });
    expect(searchIndexState(store).phase).toBe('ready');

    const found = await searchMeetings(store, 'samverkansplanen');
    expect(found.results).toHaveLength(1);
    const [hit] = found.results;
    expect(hit).toMatchObject({ itemId: plan, meetingId: may, date: '2024-05-17', bodyNames: [council.name], kinds: ['decision', 'note'] });
    // Opening items come first on the council's agenda: this is item 5.
    expect(hit!.number).toBe('5');
    expect(hit!.title.filter((p) => p.mark).map((p) => p.text)).toEqual(['samverkansplan']);
    expect(hit!.snippets[0]).toMatchObject({ field: 'minutes', label: 'Anteckningar' });
    expect(hit!.snippets[0]!.parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['samverkansplan']);

    const decided = await searchMeetings(store, 'beslutade', { kinds: ['decision'] });
    expect(decided.results.map((r) => r.itemId)).toEqual([plan]);
    expect(decided.results[0]!.snippets[0]!.label).toBe('Beslut');
    expect(await meetingYears(store)).toEqual([2024]);
  });

  it('follows an edit of the minutes, the decision, a task and the agenda without a rebuild', async () => {
    const { may, plan, august, follow } = await setup();
    await startSearchIndex(store);
    await flushSearchIndex(store);
    const saves = searchIndexStats(store).saves;
    expect((await searchMeetings(store, 'folkhälsoprofessionerna')).results).toEqual([]);

    // Typing in the minutes (straight into the Yjs document, projected after a pause).
    const doc = await minutes.openMinutes(store, may, plan);
    writeRichText(doc, [paragraph('Planen blir utgångspunkt för folkhälsoprofessionerna i länet.')]);
    minutes.minutesTyped(store, plan);
    await updateSearchIndexNow(store);
    expect((await searchMeetings(store, 'folkhälsoprofessionerna')).results.map((r) => r.itemId)).toEqual([plan]);

    await minutes.editDecisionText(store, may, plan, 'Rådet beslutade att anta samverkansplanen.');
    await minutes.addTask(store, august, follow, { text: 'Kontrollera datumet för konferensen', ownerIds: [], convenerId: null, dueDate: null, nextStep: '' });
    await updateSearchIndexNow(store);
    expect((await searchMeetings(store, 'anta', { kinds: ['decision'] })).results.map((r) => r.itemId)).toEqual([plan]);
    expect((await searchMeetings(store, 'konferensen', { kinds: ['task'] })).results.map((r) => r.itemId)).toEqual([follow]);

    // The meeting moves to another year; an item is removed from the agenda.
    const meeting = (await store.db.meetings.get(may))!;
    await updateMeetingDetails(store, may, { ...meeting, date: '2025-05-16' });
    await removeItem(store, august, follow);
    await updateSearchIndexNow(store);
    expect((await searchMeetings(store, 'samverkansplanen', { year: 2025 })).results.map((r) => r.itemId)).toEqual([plan]);
    expect((await searchMeetings(store, 'samverkansplanen', { year: 2024 })).results).toEqual([]);
    expect((await searchMeetings(store, 'konferensen')).results).toEqual([]);

    expect(searchIndexStats(store).rebuilds).toBe(1);
    expect(searchIndexStats(store).updated).toBeGreaterThanOrEqual(4);
    // Edits change the index in memory only; storing it is left to the next start's catch-up.
    expect(searchIndexStats(store).saves).toBe(saves);
  });

  it('is read from the database at the next start instead of being rebuilt', async () => {
    const { plan } = await setup();
    await startSearchIndex(store);
    await flushSearchIndex(store);
    stopSearchIndex(store);
    store = await reopen(store);

    await startSearchIndex(store);
    expect(searchIndexStats(store)).toMatchObject({ source: 'stored', rebuilds: 0, caughtUp: 0 });
    const found = (await searchMeetings(store, 'samverkansplan')).results;
    expect(found.map((r) => r.itemId)).toEqual([plan]);
    // The stored index still knows where the item is on its agenda.
    expect(found[0]!.number).toBe('5');
  });

  it('catches up at start with what was typed after the index was last stored (a crash)', async () => {
    const { may, plan } = await setup();
    await startSearchIndex(store);
    await flushSearchIndex(store);
    // Typed, stored in the document — but neither projected nor indexed before the app dies.
    const doc = await minutes.openMinutes(store, may, plan);
    doc.getText('decision').delete(0, doc.getText('decision').length);
    doc.getText('decision').insert(0, 'Rådet beslutade om uppföljningsdagen i Degerfors.');
    await store.writes.idle();
    stopSearchIndex(store);
    store = await reopen(store);

    await startSearchIndex(store);
    const stats = searchIndexStats(store);
    expect(stats).toMatchObject({ source: 'stored', rebuilds: 0 });
    expect(stats.caughtUp).toBe(1);
    expect((await searchMeetings(store, 'Degerfors')).results.map((r) => r.itemId)).toEqual([plan]);
    expect((await searchMeetings(store, 'informationen')).results).toEqual([]);
  });

  it('rebuilds a stored index of another version, and one newer than the database (restored backup)', async () => {
    const { plan } = await setup();
    await startSearchIndex(store);
    await flushSearchIndex(store);
    const row = (await store.db.searchIndex.get('index'))!;
    await store.db.searchIndex.put({ key: 'index', value: { ...(row.value as object), version: -1 } });
    stopSearchIndex(store);
    store = await reopen(store);
    await startSearchIndex(store);
    expect(searchIndexStats(store)).toMatchObject({ source: 'rebuilt', rebuilds: 1 });

    await flushSearchIndex(store);
    const again = (await store.db.searchIndex.get('index'))!;
    await store.db.searchIndex.put({ key: 'index', value: { ...(again.value as object), cursor: Number.MAX_SAFE_INTEGER } });
    stopSearchIndex(store);
    store = await reopen(store);
    await startSearchIndex(store);
    expect(searchIndexStats(store)).toMatchObject({ source: 'rebuilt', rebuilds: 1 });
    expect((await searchMeetings(store, 'samverkansplan')).results.map((r) => r.itemId)).toEqual([plan]);
  });

  it('rebuilds a stored index that cannot be read', async () => {
    const { plan } = await setup();
    await startSearchIndex(store);
    await flushSearchIndex(store);
    const row = (await store.db.searchIndex.get('index'))!;
    await store.db.searchIndex.put({ key: 'index', value: { ...(row.value as object), index: '{"broken' } });
    stopSearchIndex(store);
    store = await reopen(store);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      await startSearchIndex(store);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('could not be read'), expect.any(Error));
    } finally {
      warn.mockRestore();
    }
    expect(searchIndexStats(store)).toMatchObject({ source: 'rebuilt', rebuilds: 1 });
    expect((await searchMeetings(store, 'samverkansplan')).results.map((r) => r.itemId)).toEqual([plan]);
  });

  it('keeps the index in this thread when the search worker cannot be started', async () => {
    const { plan } = await setup();
    // A worker whose script cannot be loaded (as under a stricter Content-Security-Policy).
    class BrokenWorker extends EventTarget {
      constructor() {
        super();
        setTimeout(() => this.dispatchEvent(Object.assign(new Event('error', { cancelable: true }), { message: 'blocked' })), 0);
      }
      postMessage(): void {}
      terminate(): void {}
    }
    vi.stubGlobal('Worker', BrokenWorker);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      await startSearchIndex(store);
      expect(searchIndexState(store).phase).toBe('ready');
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('the search worker failed'), expect.any(Error));
      expect((await searchMeetings(store, 'samverkansplan')).results.map((r) => r.itemId)).toEqual([plan]);
    } finally {
      warn.mockRestore();
      vi.unstubAllGlobals();
    }
  });

  it('follows edits made in another window on the same database', async () => {
    const { may, plan } = await setup();
    const other = await openStore(store.db.name);
    try {
      await startSearchIndex(other);
      await minutes.editDecisionText(store, may, plan, 'Rådet beslutade om Kronobarnsmodellen.');
      await store.projector.flush();
      await updateSearchIndexNow(other);
      expect((await searchMeetings(other, 'kronobarnsmodellen')).results.map((r) => r.itemId)).toEqual([plan]);
      expect(searchIndexStats(other).rebuilds).toBe(1);
    } finally {
      stopSearchIndex(other);
      closeStore(other);
    }
  });

  it('numbers hits by § through the year when the body does', async () => {
    const { council } = await setup();
    const { updateBody } = await import('../../../renderer/db/register');
    await updateBody(store, council.id, { ...council, numbering: 'section' });
    const second = await createMeeting(store, { bodyIds: [council.id], date: '2024-09-20' });
    const healthy = await addItem(store, second, item('Healthy cities'));
    await startSearchIndex(store);
    const [hit] = (await searchMeetings(store, 'healthy')).results;
    const mayItems = orderItems(await listItems(store, (await store.db.meetings.where('date').equals('2024-05-17').first())!.id));
    const secondItems = orderItems(await listItems(store, second));
    expect(hit!.itemId).toBe(healthy);
    expect(hit!.number).toBe(`§ ${mayItems.length + secondItems.findIndex((i) => i.id === healthy) + 1}`);

    // The numbers come from the index, and follow a change of an earlier meeting's agenda.
    await addItem(store, mayItems[0]!.meetingId, item('Extra punkt i maj'));
    await updateSearchIndexNow(store);
    const [again] = (await searchMeetings(store, 'healthy')).results;
    expect(again!.number).toBe(`§ ${mayItems.length + 1 + secondItems.findIndex((i) => i.id === healthy) + 1}`);
  });

  it('builds the best 20 results unless asked for more, and counts every hit', async () => {
    const { may } = await setup();
    for (let i = 0; i < 25; i++) await addItem(store, may, item(`Länssammanställning del ${i + 1}`));
    await store.projector.flush();
    const first = await searchMeetings(store, 'länssammanställning');
    expect(first.total).toBe(25);
    expect(first.results).toHaveLength(20);
    const all = await searchMeetings(store, 'länssammanställning', {}, 40);
    expect(all.results).toHaveLength(25);
    expect(new Set(all.results.map((r) => r.number)).size).toBe(25);
  });
});
