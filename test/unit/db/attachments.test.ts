import { afterEach, describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_BYTES } from '../../../shared/domain/files';
import { readMeetingFile } from '../../../shared/exchange/meetingFile';
import { meetingDocId } from '../../../shared/ydoc/documents';
import { readChanges } from '../../../shared/ydoc/meeting';
import * as agenda from '../../../renderer/db/agenda';
import { createBackup, readBackupFile } from '../../../renderer/db/backup';
import { loadExampleData } from '../../../renderer/db/exampleData';
import { exportMeetingFile, importMeetingFile } from '../../../renderer/db/exchange';
import { createMeeting, listItems, setMeetingStatus } from '../../../renderer/db/meetings';
import { listBodies } from '../../../renderer/db/queries';
import { closeStore, type Store } from '../../../renderer/db/store';
import { dumpDatabase, freshStore, reopen } from '../../helpers/store';
import { itemInput as newItem } from '../../helpers/agendaItem';

const open: Store[] = [];
afterEach(() => open.splice(0).forEach(closeStore));


const bytesOf = (text: string) => new TextEncoder().encode(text);

async function setup(label = 'attachments') {
  const store = await freshStore(label);
  open.push(store);
  await loadExampleData(store);
  const council = (await listBodies(store)).find((b) => b.name === 'Specifika samverkansrådet för folkhälsa')!;
  const meetingId = await createMeeting(store, { bodyIds: [council.id], date: '2023-05-17' });
  const itemId = await agenda.addItem(store, meetingId, newItem('Healthy cities'));
  return { store, meetingId, itemId };
}

const attachmentsOf = async (store: Store, meetingId: string, itemId: string) =>
  (await listItems(store, meetingId)).find((i) => i.id === itemId)!.attachments;

describe('attachments on agenda items', () => {
  it('attaches a file (bytes in the files table, reference on the item), removes it and undoes the removal', async () => {
    const first = await setup();
    const { meetingId, itemId } = first;
    let store = first.store;
    const [attached] = await agenda.attachFiles(store, meetingId, itemId, [{ name: 'Underlag Healthy cities.pdf', bytes: bytesOf('%PDF-1.4 underlag') }]);
    expect(attached).toMatchObject({ name: 'Underlag Healthy cities.pdf', type: 'application/pdf', size: 17 });
    expect(attached!.sha256).toMatch(/^[0-9a-f]{64}$/);
    store = await reopen(store);
    open.push(store);
    expect(await attachmentsOf(store, meetingId, itemId)).toEqual([attached]);
    const back = await agenda.readAttachment(store, attached!);
    expect(new TextDecoder().decode(back.bytes)).toBe('%PDF-1.4 underlag');

    const [second] = await agenda.attachFiles(store, meetingId, itemId, [{ name: 'Bilaga 2.docx', bytes: bytesOf('word') }]);
    const removed = await agenda.removeAttachment(store, meetingId, itemId, attached!.id);
    expect(removed.index).toBe(0);
    expect((await attachmentsOf(store, meetingId, itemId)).map((a) => a.name)).toEqual(['Bilaga 2.docx']);
    // The bytes stay (an undo, or another item with the same file, still finds them).
    expect(await store.db.files.get(attached!.fileId)).toBeDefined();
    await agenda.restoreAttachment(store, meetingId, itemId, removed.attachment, removed.index);
    expect((await attachmentsOf(store, meetingId, itemId)).map((a) => a.id)).toEqual([attached!.id, second!.id]);
  });

  it('refuses a file over the size limit with a Swedish message and leaves the database exactly as it was', async () => {
    const { store, meetingId, itemId } = await setup();
    const before = await dumpDatabase(store);
    const tooBig = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
    await expect(
      agenda.attachFiles(store, meetingId, itemId, [
        { name: 'liten.pdf', bytes: bytesOf('ok') },
        { name: 'Inskannat underlag.pdf', bytes: tooBig },
      ]),
    ).rejects.toThrow('Filen ”Inskannat underlag.pdf” är för stor (25,1 MB). Största tillåtna storlek är 25 MB.');
    await expect(agenda.attachFiles(store, meetingId, itemId, [{ name: 'tom.txt', bytes: new Uint8Array(0) }])).rejects.toThrow('Filen ”tom.txt” är tom.');
    expect(await dumpDatabase(store)).toEqual(before);
  });

  it('stores the same bytes once, and records the attachment in the change log after the notice', async () => {
    const { store, meetingId, itemId } = await setup();
    await setMeetingStatus(store, meetingId, 'noticeSent');
    const [a] = await agenda.attachFiles(store, meetingId, itemId, [{ name: 'a.pdf', bytes: bytesOf('samma') }]);
    const [b] = await agenda.attachFiles(store, meetingId, itemId, [{ name: 'b.pdf', bytes: bytesOf('samma') }]);
    expect(a!.fileId).toBe(b!.fileId);
    expect(await store.db.files.count()).toBe(1);
    const changes = readChanges(await store.docs.get(meetingDocId(meetingId)));
    expect(changes.filter((c) => c.field === 'attachments').map((c) => c.to)).toEqual([['a.pdf'], ['a.pdf', 'b.pdf']]);
  });

  it('travels in the meeting file: the chair gets the bytes and can open them', async () => {
    const secretary = await setup('secretary');
    const [attached] = await agenda.attachFiles(secretary.store, secretary.meetingId, secretary.itemId, [
      { name: 'Underlag.pdf', bytes: bytesOf('%PDF underlag för ordföranden') },
    ]);
    const file = await exportMeetingFile(secretary.store, secretary.meetingId);
    expect(file.omitted).toEqual([]);
    expect(readMeetingFile(file.bytes).files.map((f) => f.name)).toEqual(['Underlag.pdf']);

    const chair = await freshStore('chair');
    open.push(chair);
    const result = await importMeetingFile(chair, file.bytes);
    expect(result.filesAdded).toBe(1);
    const onChair = await attachmentsOf(chair, secretary.meetingId, secretary.itemId);
    expect(onChair).toEqual([attached]);
    expect(new TextDecoder().decode((await agenda.readAttachment(chair, onChair[0]!)).bytes)).toBe('%PDF underlag för ordföranden');
    // Importing the same file again adds nothing.
    expect((await importMeetingFile(chair, file.bytes)).filesAdded).toBe(0);
    expect(await chair.db.files.count()).toBe(1);
  });

  it('a meeting file whose attachment was tampered with is refused and changes nothing', async () => {
    const secretary = await setup('secretary');
    await agenda.attachFiles(secretary.store, secretary.meetingId, secretary.itemId, [{ name: 'Underlag.pdf', bytes: bytesOf('original') }]);
    const file = await exportMeetingFile(secretary.store, secretary.meetingId);
    const json = JSON.parse(new TextDecoder().decode(file.bytes)) as { files: { data: string }[] };
    json.files[0]!.data = btoa('manipula');
    const chair = await freshStore('chair');
    open.push(chair);
    const before = await dumpDatabase(chair);
    await expect(importMeetingFile(chair, new TextEncoder().encode(JSON.stringify(json)))).rejects.toThrow(
      'Filen ”Underlag.pdf” i mötesfilen är skadad (kontrollsumman stämmer inte). Ingenting har ändrats.',
    );
    expect(await dumpDatabase(chair)).toEqual(before);
  });

  it('says which attachments are not in the meeting file when they are not on this machine', async () => {
    const { store, meetingId, itemId } = await setup();
    const [attached] = await agenda.attachFiles(store, meetingId, itemId, [{ name: 'Borta.pdf', bytes: bytesOf('x') }]);
    await store.db.files.delete(attached!.fileId);
    const file = await exportMeetingFile(store, meetingId);
    expect(file.omitted).toEqual(['Borta.pdf']);
    await expect(agenda.readAttachment(store, attached!)).rejects.toThrow('Filen ”Borta.pdf” finns inte på den här datorn.');
  });

  it('a backup whose attachment names other bytes than the stored file is refused', async () => {
    const { store, meetingId, itemId } = await setup();
    await agenda.attachFiles(store, meetingId, itemId, [{ name: 'Underlag.pdf', bytes: bytesOf('original') }]);
    const good = await createBackup(store, { appVersion: 'test' });
    await expect(readBackupFile(store, good)).resolves.toBeDefined();
    const [row] = await store.db.files.toArray();
    // Replace the stored file (with a valid checksum of its own) behind the reference's back.
    const other = bytesOf('annat innehåll');
    const digest = [...new Uint8Array(await crypto.subtle.digest('SHA-256', other))].map((b) => b.toString(16).padStart(2, '0')).join('');
    await store.db.files.put({ ...row!, bytes: other, size: other.byteLength, sha256: digest });
    const bad = await createBackup(store, { appVersion: 'test' });
    await expect(readBackupFile(store, bad)).rejects.toThrow(/bifogade filen ”Underlag.pdf” på punkten ”Healthy cities” stämmer inte/);
  });
});
