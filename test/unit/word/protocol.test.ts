import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import * as justering from '../../../renderer/db/justering';
import { closeStore, type Store } from '../../../renderer/db/store';
import { canonicalJson, sha256Hex, verificationCode } from '../../../shared/document/canonical';
import type { ProtocolDocument } from '../../../shared/document/protocol';
import { renderProtocolWord, wordSafe, type ProtocolExport } from '../../../shared/word/protocol';
import { readWordStamp } from '../../../shared/word/stamp';
import { checkTemplate, templateSpecs, type TemplateKind } from '../../../shared/word/templates';
import { paragraphsOf, part, runsWith, tableRows } from '../../helpers/docx';
import { heldNotesMeeting, heldProtocolMeeting, signProtocol } from '../../helpers/protocolFixture';
import { freshStore } from '../../helpers/store';

const template = async (kind: TemplateKind) => new Uint8Array(await readFile(resolve(import.meta.dirname, '../../../templates', templateSpecs[kind].fileName)));
const identity = { name: 'Justeras standardmall', version: 'TEST1234' };

let store: Store | undefined;
afterEach(() => {
  if (store) closeStore(store);
  store = undefined;
});

async function signedExport(): Promise<{ input: ProtocolExport; docx: Uint8Array }> {
  store = await freshStore('word-protocol');
  const { meetingId } = await heldProtocolMeeting(store);
  await signProtocol(store, meetingId, '2024-06-17');
  const [signed] = await justering.listSignedVersions(store, meetingId);
  const input: ProtocolExport = {
    document: JSON.parse(signed!.json) as ProtocolDocument,
    hash: signed!.hash,
    version: signed!.version,
    signing: { approvedOn: signed!.approvedOn, approvals: signed!.approvals },
    template: await template('protocol'),
    templateIdentity: identity,
    exportedAt: '2024-06-18T08:00:00.000Z',
  };
  return { input, docx: await renderProtocolWord(input) };
}

describe('protokoll in Word', () => {
  it('has the seed protocol’s header, members table, officials, items and signature block, in order', async () => {
    const { input, docx } = await signedExport();
    const xml = await part(docx, 'word/document.xml');
    const text = paragraphsOf(xml);
    const at = (line: string) => {
      const index = text.findIndex((t) => t.includes(line));
      expect(index, `”${line}” in the document`).toBeGreaterThanOrEqual(0);
      return index;
    };
    expect(text[0]).toBe('Protokoll');
    expect(text[1]).toBe('Specifika samverkansrådet för folkhälsa');
    expect(text).toContain('Tid:Fredag 17 maj 2024 kl. 09.00–12.00');
    expect(text.some((t) => t.startsWith('Plats:'))).toBe(true);
    const order = [
      'Vid protokollet',
      'Justerat den: 17 juni 2024',
      'Ordförande: Helena Strand, Region Örebro län',
      'Ledamöter:',
      'Tjänstepersoner:',
      '1. Mötet öppnas',
      '2. Val av justerare',
      '5. Healthy cities',
      'Beslut: Rådet tackar för rapporten.',
      'Uppdrag: Sprida materialet i länsdelarna. Ansvariga: Åsa Wennberg. Klart senast 30 september 2024.',
      '7. Mötet avslutas',
    ].map(at);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(text).not.toContain('{{items}}');
    expect(xml).not.toMatch(/\{\{/);

    // The Ledamöter/Ersättare table: one row per seat, member and deputy of the same organisation.
    const rows = tableRows(xml);
    const header = rows.findIndex((r) => r[0] === 'Ledamöter:' && r[1] === 'Ersättare:');
    expect(header).toBeGreaterThanOrEqual(0);
    const seats = rows.slice(header + 1, header + 1 + input.document.seats.length);
    expect(seats.map((r) => r[0])).toEqual(input.document.seats.map((s) => `${s.member.name}, ${s.member.organisation}${s.member.note ? ` (${s.member.note})` : ''}`));
    expect(seats).toContainEqual(['Marie Ekdahl, Hallsbergs kommun', expect.stringContaining('Hallsbergs kommun')]);
    expect(seats).toContainEqual(['Åsa Wennberg, Nora kommun', expect.stringContaining('Nora kommun')]);
    // Present members are plain; absent ones are struck through.
    expect(runsWith(xml, 'Marie Ekdahl, Hallsbergs kommun')[0]).not.toContain('<w:strike/>');
    const absent = input.document.seats.find((s) => s.member.absent)!.member;
    expect(runsWith(xml, `${absent.name}, ${absent.organisation}`)[0]).toContain('<w:strike/>');

    // The signature block: names, roles and the dates of a signed version.
    const signatureRows = rows.filter((r) => r.some((c) => c.includes('Sekreterare') || c.includes('Justerare')));
    expect(signatureRows[0]).toEqual(['Vid protokollet\nLouise Hammar\nSekreterare\nGodkänt 17 juni 2024 (e-post)', 'Justerat den: 17 juni 2024']);
    expect(signatureRows[1]).toEqual(['Helena Strand\nOrdförande\nGodkänt 17 juni 2024 (e-post)', 'Åsa Wennberg\nNora kommun\nJusterare\nGodkänt 17 juni 2024 (e-post)']);
  });

  it('keeps the rich text: bullets, italics, bold and links', async () => {
    const { docx } = await signedExport();
    const xml = await part(docx, 'word/document.xml');
    expect(runsWith(xml, 'Vägval för framtiden')[0]).toMatch(/<w:i\/>/);
    expect(runsWith(xml, 'Arbetsgrupp')[0]).toMatch(/<w:b\/>/);
    const bullet = xml.split('</w:p>').find((p) => p.includes('Ställningstagande Folkhälsan och Framtiden'))!;
    expect(bullet).toMatch(/<w:numPr>/);
    expect(xml).toMatch(/<w:hyperlink [^>]*r:id="([^"]+)"[\s\S]*?regionorebrolan\.se/);
    const rels = await part(docx, 'word/_rels/document.xml.rels');
    expect(rels).toContain('Target="https://www.regionorebrolan.se/"');
  });

  it('carries the verification code in the footer and the version, hash and template in the properties', async () => {
    const { input, docx } = await signedExport();
    const code = verificationCode(input.hash);
    const footers = await Promise.all(
      Object.keys((await JSZip.loadAsync(docx)).files)
        .filter((n) => /^word\/footer\d*\.xml$/.test(n))
        .map((n) => part(docx, n)),
    );
    expect(footers.flatMap(paragraphsOf)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Specifika samverkansrådet för folkhälsa · 17 maj 2024'),
        `Version 1, justerat den 17 juni 2024Kontrollkod ${code}`,
      ]),
    );
    const { stamp, textHash, recordedTextHash } = await readWordStamp(docx);
    expect(stamp).toEqual({
      hash: input.hash,
      verificationCode: code,
      meetingId: input.document.meetingId,
      kind: 'protocol',
      version: 1,
      signed: true,
      approvedOn: '2024-06-17',
      templateName: identity.name,
      templateVersion: identity.version,
      exportedAt: '2024-06-18T08:00:00.000Z',
    });
    expect(recordedTextHash).toBe(textHash);
    const core = await part(docx, 'docProps/core.xml');
    expect(core).toContain(`Justera kontrollkod ${code}`);
    expect(core).toContain(input.hash);
    expect(await part(docx, '[Content_Types].xml')).toContain('/docProps/custom.xml');
    expect(await part(docx, '_rels/.rels')).toContain('custom-properties');
  });

  it('is a pure function of the signed JSON and the template (apart from the export time)', async () => {
    const { input, docx } = await signedExport();
    const again = await renderProtocolWord({ ...input, exportedAt: '2030-01-01T00:00:00.000Z' });
    // Only the ids docx gives hyperlink relationships are random.
    const normalised = async (file: Uint8Array) => (await part(file, 'word/document.xml')).replace(/r:id="rId[^"]+"/g, 'r:id=""');
    expect(await normalised(again)).toBe(await normalised(docx));
  });

  it('a review version says it is not signed, with an empty "Justerat den"', async () => {
    const { input } = await signedExport();
    const docx = await renderProtocolWord({ ...input, signing: null });
    const xml = await part(docx, 'word/document.xml');
    expect(paragraphsOf(xml)).toContain('Justerat den: …………………………');
    expect(xml).not.toContain('Godkänt');
    const footer = paragraphsOf(await part(docx, 'word/footer1.xml'));
    expect(footer.some((t) => t.startsWith('Version 1 för justering, ej justerad'))).toBe(true);
    expect((await readWordStamp(docx)).stamp).toMatchObject({ signed: false, approvedOn: '', version: 1 });
  });

  it('notices when the text is changed after export', async () => {
    const { docx } = await signedExport();
    const zip = await JSZip.loadAsync(docx);
    const xml = await zip.file('word/document.xml')!.async('string');
    zip.file('word/document.xml', xml.replace('Rådet tackar för rapporten.', 'Rådet avslår rapporten.'));
    const changed = await readWordStamp(await zip.generateAsync({ type: 'uint8array' }));
    expect(changed.stamp).not.toBeNull();
    expect(changed.textHash).not.toBe(changed.recordedTextHash);
  });

  it('keeps hostile text as text: control characters and lone surrogates cannot break the XML', async () => {
    const { input } = await signedExport();
    const nasty = 'a\u0001b\u0008c\uD800d <w:p>&amp; ]]> {{items}} \u202Eevil';
    const document = structuredClone(input.document);
    document.items[0]!.title = nasty;
    document.place = nasty;
    const docx = await renderProtocolWord({ ...input, document, hash: await sha256Hex(canonicalJson(document)) });
    const xml = await part(docx, 'word/document.xml');
    expect(paragraphsOf(xml)).toContain(`1. ${wordSafe(nasty)}`);
    expect(wordSafe(nasty)).toBe('abc\uFFFDd <w:p>&amp; ]]> {{items}} \u202Eevil');
  });
});

describe('minnesanteckningar in Word', () => {
  it('has När/Var, the Kallade list with the absentee struck through, the guest, the title line and the items', async () => {
    store = await freshStore('word-notes');
    const { meetingId, absent } = await heldNotesMeeting(store);
    const document = await justering.buildProtocol(store, meetingId);
    const hash = await sha256Hex(canonicalJson(document));
    const docx = await renderProtocolWord({ document, hash, version: null, signing: null, template: await template('notes'), templateIdentity: identity, exportedAt: '2024-08-29T08:00:00.000Z' });
    const xml = await part(docx, 'word/document.xml');
    const text = paragraphsOf(xml);
    expect(text[0]).toBe('Chefsgrupp folkhälsa');
    expect(text[1]).toBe('När:Onsdag 28 augusti 2024 kl. 13.00–16.30');
    expect(text[2]).toMatch(/^Var:/);
    expect(text[3]).toBe('Kallade:');
    const invited = text.slice(4, 4 + document.invited.length);
    expect(invited[0]).toMatch(/, ordförande$/);
    expect(invited).toContain(`${absent.name}, ${absent.title}, ${absent.organisation}${absent.role && absent.role !== 'Ledamot' ? `, ${absent.role.toLocaleLowerCase('sv-SE')}` : ''}`);
    expect(runsWith(xml, absent.name)[0]).toContain('<w:strike/>');
    expect(runsWith(xml, invited[0]!.split(',')[0]!)[0]).not.toContain('<w:strike/>');
    const guest = text.indexOf('Gäst:');
    expect(text[guest + 1]).toBe('Albin Algotson, forskare, Linköpings universitet');
    expect(text[guest + 2]).toBe('Minnesanteckningar 240828 Chefsgrupp folkhälsa');
    // The items: a two-column table of number and text.
    const rows = tableRows(xml);
    expect(rows[0]![0]).toBe('1.');
    expect(rows[1]![0]).toBe('2.');
    expect(rows[0]![1]).toMatch(/^Inledning|^Dagordning/);
    expect(rows.some((r) => r[1]!.includes('Göran: FH konferens Degerfors 18/10.'))).toBe(true);
    const tail = text.slice(text.indexOf('Punkter till länsdelsgrupperna'));
    expect(tail).toEqual([
      'Punkter till länsdelsgrupperna',
      expect.stringMatching(/^Återrapportering av medel \(punkt \d+\)$/),
      'Till kommande möten:',
      '3 oktober 2024 – Levnadsvanor – Kerstin Angergård, Hälso- och sjukvård – ca 20 min',
      'Mötestider 2024',
      ...document.meetingDates!.lines,
    ]);
    const { stamp } = await readWordStamp(docx);
    expect(stamp).toMatchObject({ kind: 'notes', version: 0, signed: false, hash });
  });
});

describe('protocol and notes templates', () => {
  it('the defaults have every placeholder', async () => {
    for (const kind of ['protocol', 'notes'] as const) {
      const check = await checkTemplate(await template(kind), kind);
      expect(check.messages, kind).toEqual([]);
      expect(check.ok).toBe(true);
    }
  });

  it('says in Swedish what a protocol template lacks', async () => {
    const doc = new Document({ sections: [{ children: ['Protokoll {{body}}', 'Tid: {{dateTime}}', 'Plats: {{place}}', '{{items}}', '{{justerare}}'].map((t) => new Paragraph({ children: [new TextRun(t)] })) }] });
    const check = await checkTemplate(new Uint8Array(await Packer.toArrayBuffer(doc)), 'protocol');
    expect(check.ok).toBe(false);
    expect(check.missing).toEqual(['seats', 'signatures', 'verificationCode']);
    expect(check.messages).toEqual([
      'Mallen saknar {{seats.member}} och {{seats.deputy}} (ledamöter och ersättare, en tabellrad per plats). Skriv in dem i en tabellrad.',
      'Mallen saknar {{signatures}} (underskrifterna (Vid protokollet, Justerat den, Ordförande, Justerare)). Skriv in den där den ska stå.',
      'Mallen saknar {{verificationCode}} (kontrollkoden som visar vilken version filen gjordes av). Skriv in den där den ska stå.',
      '{{justerare}} känns inte igen i en mall för protokoll och lämnas som den står.',
    ]);
  });
});
