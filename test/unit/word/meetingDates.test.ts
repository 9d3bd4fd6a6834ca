import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { loadMeetingDates } from '../../../renderer/db/calendar';
import { loadExampleData } from '../../../renderer/db/exampleData';
import { listBodies } from '../../../renderer/db/queries';
import { closeStore, type Store } from '../../../renderer/db/store';
import { renderMeetingDates } from '../../../shared/word/meetingDates';
import { checkTemplate, templateKinds, templateSpecs } from '../../../shared/word/templates';
import { buildTemplate } from '../../../templates/defaults';
import { freshStore } from '../../helpers/store';

const templatePath = (file: string) => resolve(import.meta.dirname, '../../../templates', file);
const defaultTemplate = async () => new Uint8Array(await readFile(templatePath(templateSpecs.meetingDates.fileName)));

/** The text of a part, paragraph by paragraph (runs joined, tags dropped). */
async function paragraphs(docx: Uint8Array, part = 'word/document.xml'): Promise<string[]> {
  const xml = await (await JSZip.loadAsync(docx)).file(part)!.async('string');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''))
    .filter((text) => text.length > 0);
}

async function docxWith(lines: string[]): Promise<Uint8Array> {
  const doc = new Document({ sections: [{ children: lines.map((line) => new Paragraph({ children: [new TextRun(line)] })) }] });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

let store: Store | undefined;
afterEach(() => {
  if (store) closeStore(store);
  store = undefined;
});

describe('Word templates', () => {
  it('the committed default templates are what templates/build.ts makes (run `npm run templates`)', async () => {
    for (const kind of templateKinds) {
      const committed = await JSZip.loadAsync(await readFile(templatePath(templateSpecs[kind].fileName)));
      const built = await JSZip.loadAsync(await buildTemplate(kind));
      for (const part of ['word/document.xml', 'word/styles.xml']) {
        expect(await committed.file(part)!.async('string'), `${kind}: ${part}`).toBe(await built.file(part)!.async('string'));
      }
    }
  });

  it('checks a template: the default has every placeholder', async () => {
    const check = await checkTemplate(await defaultTemplate(), 'meetingDates');
    expect(check).toEqual({
      ok: true,
      found: expect.arrayContaining(['body', 'year', 'meetings', 'events', 'partners.party', 'partners.dates', 'partners.contact', 'printedOn']),
      missing: [],
      unknown: [],
      messages: [],
    });
  });

  it('says in Swedish what a region’s own template lacks or has too much of', async () => {
    const check = await checkTemplate(await docxWith(['Mötestider {{year}}', '{{ body }}', '{{motesdatum}}']), 'meetingDates');
    expect(check.ok).toBe(false);
    expect(check.missing).toEqual(['meetings']);
    expect(check.unknown).toEqual(['motesdatum']);
    expect(check.messages).toEqual([
      'Mallen saknar {{meetings}} (mötena, en rad per möte). Skriv in den där den ska stå.',
      '{{motesdatum}} känns inte igen i en mall för mötestider och lämnas som den står.',
    ]);
    const broken = await checkTemplate(new TextEncoder().encode('inte ett Word-dokument'), 'meetingDates');
    expect(broken.ok).toBe(false);
    expect(broken.messages[0]).toMatch(/går inte att läsa som ett Word-dokument/);
  });
});

describe('"Mötestider" in Word', () => {
  it('fills the default template with the seed year of Chefsgrupp folkhälsa', async () => {
    store = await freshStore('word');
    await loadExampleData(store, { today: '2026-11-23' });
    const chefs = (await listBodies(store)).find((b) => b.name === 'Chefsgrupp folkhälsa')!;
    const model = (await loadMeetingDates(store, chefs.id, 2024))!;
    const docx = await renderMeetingDates(await defaultTemplate(), model, '2026-11-23');

    const text = await paragraphs(docx);
    expect(text.slice(0, 8)).toEqual([
      'Mötestider 2024',
      'Chefsgrupp folkhälsa',
      '14 februari kl. 13.00–16.30',
      '10 april kl. 13.00–16.30',
      '28 augusti kl. 13.00–16.30',
      '3 oktober kl. 13.00–16.30',
      '15 november kl. 09.00–12.00, gemensamt med social välfärd/vård och omsorgschefer och skolchefer',
      '19 november kl. 13.00–16.30',
    ]);
    expect(text).toContain('Konferenser 2024');
    expect(text).toContain('6 december – Brottsförebyggande konferens i söder');
    const table = text.slice(text.indexOf('Samverkansmöten'));
    expect(table.slice(0, 7)).toEqual(['Samverkansmöten', 'Part', 'Datum', 'Kontaktperson', 'Norr', '24/9, 2/12', 'Ellinor Wass']);
    expect(table).toContain('RF-SISU');
    expect(text.join('\n')).not.toContain('{{');

    // Meetings are a bulleted list; the footer names the body and the day it was made.
    const zip = await JSZip.loadAsync(docx);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml.match(/<w:numPr>/g)?.length).toBeGreaterThanOrEqual(6);
    const footerPart = Object.keys(zip.files).find((name) => /^word\/footer\d*\.xml$/.test(name))!;
    expect((await paragraphs(docx, footerPart)).join(' ')).toContain('Chefsgrupp folkhälsa · 23 november 2026');
  });

  it('marks a cancelled meeting and says so when a year has nothing', async () => {
    const docx = await renderMeetingDates(
      await defaultTemplate(),
      {
        bodyName: 'Nytt råd',
        year: 2030,
        title: 'Mötestider 2030',
        meetings: [{ id: 'm', date: '2030-03-01', text: '1 mars kl. 09.00–12.00 – inställt', cancelled: true, preliminary: false }],
        sections: [],
        partners: [],
      },
      '2030-01-02',
    );
    const text = await paragraphs(docx);
    expect(text).toContain('1 mars kl. 09.00–12.00 – inställt');
    expect(await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string')).toContain('<w:strike/>');
    expect(text.slice(text.indexOf('Samverkansmöten'))).toEqual(['Samverkansmöten', 'Part', 'Datum', 'Kontaktperson', 'Inga inlagda', '–', '–']);
  });
});
