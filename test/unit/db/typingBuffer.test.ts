import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { CONTENT_FIELD, paragraph, plainText, readRichText, writeRichText } from '../../../shared/document/richText';
import { minutesDocId } from '../../../shared/ydoc/documents';
import { UPDATES_TABLE } from '../../../renderer/db/database';
import * as minutes from '../../../renderer/db/minutes';
import { closeStore, type Store } from '../../../renderer/db/store';
import { TypingBuffers } from '../../../renderer/db/typingBuffer';
import { createBackup, readBackupFile } from '../../../renderer/db/backup';
import { storeWithMeeting } from '../../helpers/exampleMeeting';
import { reopen } from '../../helpers/store';

let store: Store;
afterEach(() => store && closeStore(store));

async function setup() {
  const created = await storeWithMeeting('2024-08-28');
  store = created.store;
  const { meetingId } = created;
  const itemId = created.items[0]!.id;
  const stored = await minutes.openMinutes(store, meetingId, itemId);
  return { meetingId, itemId, docId: minutesDocId(itemId), stored };
}

/** Types `text` one character per Yjs transaction at the end of the first paragraph, as Tiptap does. */
function type(doc: Y.Doc, text: string): void {
  const fragment = doc.getXmlFragment(CONTENT_FIELD);
  if (fragment.length === 0) writeRichText(doc, [paragraph('')]);
  const line = (fragment.get(0) as Y.XmlElement).get(0) as Y.XmlText;
  for (const char of text) line.insert(line.length, char);
}

const textOf = (doc: Y.Doc) => plainText(readRichText(doc));
const rowsOf = (docId: string) => store.db.table(UPDATES_TABLE).where('k').equals(docId).count();

/** Stored text after a restart: what survives a crash. */
async function textAfterRestart(itemId: string): Promise<string> {
  await store.writes.idle();
  store = await reopen(store);
  return plainText((await minutes.getMinutes(store, itemId))?.blocks ?? []);
}

describe('typing buffer (the minutes editor writes in batches)', () => {
  it('writes a run of keystrokes as one update row once the delay has passed, and the text survives a restart', async () => {
    const { itemId, docId, stored } = await setup();
    const editing = minutes.editMinutes(store, itemId, stored);
    const before = await rowsOf(docId);

    type(editing.doc, 'Gruppen diskuterade samverkansplanen.');
    expect(textOf(stored)).toBe('');
    expect(store.typing.waiting).toBe(1);

    await vi.waitFor(async () => expect(await rowsOf(docId)).toBe(before + 1), { timeout: 10_000 });
    expect(textOf(stored)).toBe('Gruppen diskuterade samverkansplanen.');
    expect(store.typing.waiting).toBe(0);
    expect(await textAfterRestart(itemId)).toBe('Gruppen diskuterade samverkansplanen.');
  });

  it('a backup made while typing is held back has every word typed before it', async () => {
    const { docId, stored } = await setup();
    // The store's own buffers (what the editor uses) are what createBackup flushes.
    const editing = store.typing.open(docId, stored);
    type(editing.doc, 'Skrivet strax före säkerhetskopian.');
    expect(store.typing.waiting).toBe(1);

    const bytes = await createBackup(store, { appVersion: 'test' });
    const preview = await readBackupFile(store, bytes);
    expect(textOf(preview.checked.documents.get(docId)!)).toBe('Skrivet strax före säkerhetskopian.');
    editing.release();
  });

  for (const event of ['pagehide', 'beforeunload', 'blur', 'visibilitychange'] as const) {
    it(`writes at once on the window's ${event}`, async () => {
      const { itemId, docId, stored } = await setup();
      const events = new EventTarget();
      // A delay that never passes during the test: only the event can write.
      const buffers = new TypingBuffers((id) => store.docs.get(id), (id) => store.projector.markDirty(id), { delayMs: 600_000, events, hidden: () => true });
      const editing = buffers.open(docId, stored);
      const before = await rowsOf(docId);

      type(editing.doc, 'Beslut enligt förslaget.');
      expect(buffers.waiting).toBe(1);
      events.dispatchEvent(new Event(event));

      expect(buffers.waiting).toBe(0);
      expect(textOf(stored)).toBe('Beslut enligt förslaget.');
      await store.writes.idle();
      expect(await rowsOf(docId)).toBe(before + 1);
      editing.release();
      expect(await textAfterRestart(itemId)).toBe('Beslut enligt förslaget.');
    });
  }

  it('keeps holding the typing when the window becomes visible again', async () => {
    const { docId, stored } = await setup();
    const events = new EventTarget();
    const buffers = new TypingBuffers((id) => store.docs.get(id), () => undefined, { delayMs: 600_000, events, hidden: () => false });
    const editing = buffers.open(docId, stored);
    type(editing.doc, 'Punkt');
    events.dispatchEvent(new Event('visibilitychange'));
    expect(buffers.waiting).toBe(1);
    editing.release();
    expect(textOf(stored)).toBe('Punkt');
  });

  it('writes on the editor losing the focus (flush) and on leaving the item (release)', async () => {
    const { itemId, docId, stored } = await setup();
    const buffers = new TypingBuffers((id) => store.docs.get(id), () => undefined, { delayMs: 600_000, events: null });
    const editing = buffers.open(docId, stored);
    type(editing.doc, 'Första');
    editing.flush();
    expect(textOf(stored)).toBe('Första');
    type(editing.doc, ' och andra.');
    editing.release();
    expect(editing.doc.isDestroyed).toBe(true);
    expect(textOf(stored)).toBe('Första och andra.');
    expect(await textAfterRestart(itemId)).toBe('Första och andra.');
  });

  it('hands what it holds to the projector before a protocol or a search reads the minutes', async () => {
    const { itemId, stored } = await setup();
    const editing = minutes.editMinutes(store, itemId, stored);
    type(editing.doc, 'Rådet tackade för informationen.');
    await store.projector.flush();
    expect(plainText((await minutes.getMinutes(store, itemId))?.blocks ?? [])).toBe('Rådet tackade för informationen.');
    editing.release();
  });

  it('shows changes made to the stored document in the editor, without writing them again', async () => {
    const { meetingId, itemId, docId, stored } = await setup();
    const editing = minutes.editMinutes(store, itemId, stored);
    type(editing.doc, 'Anteckning');
    editing.flush();
    await store.writes.idle();
    const before = await rowsOf(docId);

    await minutes.editDecisionText(store, meetingId, itemId, 'Gruppen beslutade att anta planen.');
    await store.writes.idle();
    expect(editing.doc.getText('decision').toString()).toBe('Gruppen beslutade att anta planen.');
    expect(store.typing.waiting).toBe(0);
    expect(await rowsOf(docId)).toBe(before + 1);

    // Another window's typing arrives in the stored document: the editor's copy has it too.
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(stored));
    type(other, ' från det andra fönstret.');
    Y.applyUpdate(stored, Y.encodeStateAsUpdate(other, Y.encodeStateVector(stored)));
    expect(textOf(editing.doc)).toBe('Anteckning från det andra fönstret.');
    editing.release();
  });

  it('loses nothing when the stored document was dropped from memory meanwhile', async () => {
    const { itemId, docId, stored } = await setup();
    const editing = minutes.editMinutes(store, itemId, stored);
    type(editing.doc, 'Skrivet medan dokumentet laddades om.');
    store.docs.forget(docId);
    await vi.waitFor(() => expect(stored.isDestroyed).toBe(true));

    editing.flush();
    await vi.waitFor(() => expect(store.typing.waiting).toBe(0));
    type(editing.doc, ' Och lite till.');
    editing.release();
    expect(textOf(await store.docs.get(docId))).toBe('Skrivet medan dokumentet laddades om. Och lite till.');
    expect(await textAfterRestart(itemId)).toBe('Skrivet medan dokumentet laddades om. Och lite till.');
  });
});
