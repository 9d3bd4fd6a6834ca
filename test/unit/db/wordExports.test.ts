import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { closeStore, type Store } from '../../../renderer/db/store';
import { chooseTemplate, getChosenTemplate, readChosenTemplate, restoreDefaultTemplate } from '../../../renderer/db/templates';
import { checkWordFile, listWordExports, protocolWordFile, recordWordExport, signedProtocolArchive } from '../../../renderer/db/wordExports';
import { isDomainError } from '../../../shared/domain/errors';
import { readSignedProtocolFile } from '../../../shared/exchange/signedProtocol';
import { templateSpecs } from '../../../shared/word/templates';
import { heldProtocolMeeting, signProtocol } from '../../helpers/protocolFixture';
import { dumpDatabase, freshStore } from '../../helpers/store';

const templateBytes = async (file: string) => new Uint8Array(await readFile(resolve(import.meta.dirname, '../../../templates', file)));
const template = async () => ({ bytes: await templateBytes(templateSpecs.protocol.fileName), name: 'Standard', version: 'V1' });

let store: Store | undefined;
afterEach(() => {
  if (store) closeStore(store);
  store = undefined;
});

async function refusedUnchanged(run: () => Promise<unknown>, message: RegExp) {
  const before = await dumpDatabase(store!);
  const error = await run().then(() => null, (e: unknown) => e);
  expect(isDomainError(error), String(error)).toBe(true);
  expect((error as Error).message).toMatch(message);
  expect(await dumpDatabase(store!)).toEqual(before);
}

describe('the region’s own templates', () => {
  it('stores a checked template in files with a setting, uses it, and restores the default', async () => {
    store = await freshStore('templates');
    expect(await getChosenTemplate(store, 'protocol')).toBeNull();
    const bytes = await templateBytes('protokoll.docx');
    const { chosen, check } = await chooseTemplate(store, 'protocol', { name: 'Regionens protokoll.docx', bytes });
    expect(check.ok).toBe(true);
    expect(chosen).toMatchObject({ name: 'Regionens protokoll.docx', version: expect.stringMatching(/^[0-9A-F]{8}$/) });
    expect(await store.db.files.get(chosen.fileId)).toMatchObject({ name: 'Regionens protokoll.docx', size: bytes.byteLength });
    expect(await readChosenTemplate(store, 'protocol')).toEqual({ bytes, name: 'Regionens protokoll.docx', version: chosen.version });
    expect(await readChosenTemplate(store, 'notes')).toBeNull();
    await restoreDefaultTemplate(store, 'protocol');
    expect(await readChosenTemplate(store, 'protocol')).toBeNull();
  });

  it('refuses a file that is not a .docx, or lacks required placeholders, in Swedish, changing nothing', async () => {
    const db = (store = await freshStore('templates-bad'));
    const doc = new Document({ sections: [{ children: [new Paragraph({ children: [new TextRun('Mötestider {{year}} {{body}}')] })] }] });
    const lacking = new Uint8Array(await Packer.toArrayBuffer(doc));
    await refusedUnchanged(() => chooseTemplate(db, 'protocol', { name: 'mall.pdf', bytes: new Uint8Array([1, 2, 3]) }), /Mallen används inte\. ”mall\.pdf” är inte ett Word-dokument \(\.docx\)/);
    await refusedUnchanged(() => chooseTemplate(db, 'protocol', { name: 'trasig.docx', bytes: new TextEncoder().encode('inte en zip') }), /går inte att läsa som ett Word-dokument/);
    await refusedUnchanged(
      () => chooseTemplate(db, 'meetingDates', { name: 'motestider.docx', bytes: lacking }),
      /^Mallen används inte\. Mallen saknar \{\{meetings\}\} \(mötena, en rad per möte\)\./,
    );
  });
});

describe('Word exports and the check of a .docx', () => {
  it('exports the signed version, records the export, and recognises the file — and a changed one', async () => {
    store = await freshStore('word-exports');
    const { meetingId } = await heldProtocolMeeting(store);
    await expect(protocolWordFile(store, meetingId, 'signed', await template())).rejects.toThrow('Protokollet är inte justerat ännu.');
    await signProtocol(store, meetingId);
    const file = await protocolWordFile(store, meetingId, 'signed', await template(), '2024-06-18T10:00:00.000Z');
    expect(file.fileName).toBe('Protokoll Specifika samverkansrådet för folkhälsa 17 maj 2024 version 1 justerat.docx');
    expect(file.record).toMatchObject({ version: 1, signed: true, templateName: 'Standard', templateVersion: 'V1', kind: 'protocol' });
    await recordWordExport(store, meetingId, file.record);
    expect(await listWordExports(store, meetingId)).toEqual([file.record]);

    const before = await dumpDatabase(store);
    expect(await checkWordFile(store, file.bytes)).toEqual({ outcome: 'match', message: expect.stringMatching(/^Filen stämmer med protokollet för Specifika samverkansrådet för folkhälsa 17 maj 2024, version 1, justerat den 17 juni 2024 \(kontrollkod [0-9A-F-]{14}\)\.$/) });
    const zip = await JSZip.loadAsync(file.bytes);
    const xml = await zip.file('word/document.xml')!.async('string');
    zip.file('word/document.xml', xml.replace('Rådet tackar för rapporten.', 'Rådet tackar inte.'));
    expect((await checkWordFile(store, await zip.generateAsync({ type: 'uint8array' }))).outcome).toBe('changed');
    const plain = new Uint8Array(await Packer.toArrayBuffer(new Document({ sections: [{ children: [new Paragraph('Hej')] }] })));
    expect(await checkWordFile(store, plain)).toEqual({ outcome: 'noCode', message: expect.stringContaining('ingen kontrollkod') });
    await expect(checkWordFile(store, new Uint8Array([1, 2]))).rejects.toThrow('Filen går inte att läsa som ett Word-dokument (.docx).');
    expect(await dumpDatabase(store)).toEqual(before);

    // The archive file for the command line carries the signed version and checks out.
    const archive = await signedProtocolArchive(store, meetingId);
    expect(archive.name).toMatch(/\.justera-protokoll\.json$/);
    const read = await readSignedProtocolFile(archive.bytes);
    expect(read.file.version).toBe(1);
  });

  it('a review version is recognised as not signed', async () => {
    store = await freshStore('word-review');
    const { meetingId } = await heldProtocolMeeting(store);
    await (await import('../../../renderer/db/justering')).sendForReview(store, meetingId);
    const file = await protocolWordFile(store, meetingId, 'review', await template());
    expect(file.fileName).toMatch(/version 1 för justering\.docx$/);
    expect(await checkWordFile(store, file.bytes)).toEqual({ outcome: 'notSigned', message: expect.stringMatching(/^Filen är gjord av version 1 .*som inte är justerad\.$/) });
  });
});
