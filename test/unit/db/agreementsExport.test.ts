import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { yearSummaryCsv } from '../../../shared/exchange/agreementsCsv';
import { toCsv } from '../../../shared/exchange/csv';
import { buildReportTemplate, buildYearSummary, reportTemplateFileName, yearSummaryFileName } from '../../../shared/word/agreements';
import * as agreements from '../../../renderer/db/agreements';
import { loadExampleData } from '../../../renderer/db/exampleData';
import { registerIndex } from '../../../renderer/db/queries';
import { closeStore, type Store } from '../../../renderer/db/store';
import { freshStore } from '../../helpers/store';

let store: Store;
afterEach(() => store && closeStore(store));

/** The text of a .docx's body, paragraph by paragraph (runs joined), as Word would show it. */
async function docxParagraphs(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''))
    .map((t) => t.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/\u00a0/g, ' '))
    .filter((t) => t.length > 0);
}

function parseCsv(bytes: Uint8Array): { bom: boolean; rows: string[][] } {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes); // drops the BOM
  const rows = text
    .split('\r\n')
    .filter((line) => line.length > 0)
    .map((line) => {
      const cells: string[] = [];
      let current = '';
      let quoted = false;
      for (let i = 0; i < line.length; i += 1) {
        const c = line[i]!;
        if (quoted) {
          if (c === '"' && line[i + 1] === '"') {
            current += '"';
            i += 1;
          } else if (c === '"') quoted = false;
          else current += c;
        } else if (c === '"') quoted = true;
        else if (c === ';') {
          cells.push(current);
          current = '';
        } else current += c;
      }
      cells.push(current);
      return cells;
    });
  return { bom, rows };
}

describe('the year summary to Word and CSV', () => {
  it('writes 2023 across all parties: payments, own contributions, what to check', async () => {
    store = await freshStore('export');
    await loadExampleData(store);
    const summary = await agreements.yearSummary(store, 2023, '2026-11-23');
    const index = await registerIndex(store);
    const csv = parseCsv(yearSummaryCsv(summary, (id) => index.organisations.get(id)?.name ?? ''));
    expect(csv.bom).toBe(true);
    expect(csv.rows[0]).toEqual([
      'År',
      'Part eller länsdel',
      'Ingående organisationer',
      'Överenskommelse',
      'Status',
      'Sista dag',
      'Sista dag flyttad',
      'Inkom',
      'Regionens ersättning (kr)',
      'Egen insats (kr)',
      'Intäkter (kr)',
      'Kostnader (kr)',
      'Resultat (kr)',
      'Egen insats per krona ersättning',
      'Att kontrollera',
    ]);
    const vaster = csv.rows.find((r) => r[1] === 'Västra länsdelen')!;
    expect(vaster.slice(0, 13)).toEqual([
      '2023',
      'Västra länsdelen',
      'Degerfors kommun, Karlskoga kommun',
      'Västra länsdelen 2018–2023',
      'Komplett',
      '2024-02-15',
      'ja',
      '2024-01-15',
      '1005262',
      '6438558',
      '8362082',
      '8362082',
      '0',
    ]);
    expect(vaster[13]).toBe('6,4');
    expect(vaster[14]).toBe('Kostnadsraderna summerar till 8 362 083 kr, men redovisningen anger 8 362 082 kr (skillnad 1 kr).');
    const orebro = csv.rows.find((r) => r[1] === 'Örebro kommun')!;
    expect([orebro[4], orebro[8], orebro[9], orebro[13]]).toEqual(['Saknar underlag', '1005000', '2632000', '2,62']);
    expect(orebro[14]).toBe('Saknar underlag. Underlag från Örebro kommun kring fakturering på 3 miljoner har inte kommit in.');
    expect(csv.rows.at(-1)!.slice(0, 10)).toEqual(['2023', 'Summa', '', '2 av 2 inkomna', '', '', '', '', '2010262', '9070558']);

    const word = await docxParagraphs(await buildYearSummary(summary));
    expect(word[0]).toBe('Ekonomisk redovisning 2023 – sammanställning');
    expect(word).toContain('Inkomna redovisningar: 2 av 2. Regionens ersättning enligt redovisningarna: 2 010 262 kr. Parternas egen insats: 9 070 558 kr.');
    // The table: one row per party with its figures, then the totals.
    const i = word.indexOf('Västra länsdelen (2 kommuner)');
    expect(word.slice(i, i + 10)).toEqual([
      'Västra länsdelen (2 kommuner)',
      'Västra länsdelen 2018–2023',
      'Komplett',
      '15 februari 2024 (flyttad)',
      '15 januari 2024',
      '1 005 262',
      '6 438 558',
      '8 362 082',
      '8 362 082',
      '0',
    ]);
    expect(word).toContain('Alla redovisningar för 2023 har kommit in.');
    expect(word).toContain(
      'Västra länsdelen (Västra länsdelen 2018–2023): Kostnadsraderna summerar till 8 362 083 kr, men redovisningen anger 8 362 082 kr (skillnad 1 kr).',
    );
    expect(word).toContain('Örebro kommun (Örebro kommun 2018–2023): Saknar underlag. Underlag från Örebro kommun kring fakturering på 3 miljoner har inte kommit in.');
  });

  it('names who is missing in a year with overdue reports', async () => {
    store = await freshStore('export');
    await loadExampleData(store);
    const summary = await agreements.yearSummary(store, 2025, '2026-11-23');
    const word = await docxParagraphs(await buildYearSummary(summary));
    expect(word).toContain('Södra länsdelen (Södra länsdelen 2024–2029): sista dag 31 januari 2026, försenad.');
    const index = await registerIndex(store);
    const csv = parseCsv(yearSummaryCsv(summary, (id) => index.organisations.get(id)?.name ?? ''));
    expect(csv.rows[1]!.slice(1, 9)).toEqual([
      'Södra länsdelen',
      'Askersunds kommun, Hallsbergs kommun, Kumla kommun, Laxå kommun, Lekebergs kommun',
      'Södra länsdelen 2024–2029',
      'Försenad',
      '2026-01-31',
      'nej',
      '',
      '',
    ]);
    expect(yearSummaryFileName(2025, 'csv')).toBe('Ekonomisk redovisning 2025 – sammanställning.csv');
  });

  it('quotes what needs quoting and keeps formulas out', () => {
    expect(toCsv([['a;b', 'sa "hej"', '=SUMMA(A1)', -5, 2.5, null]])).toBe('"a;b";"sa ""hej""";\'=SUMMA(A1);-5;2,5;\r\n');
  });
});

describe('the common report template', () => {
  it('has the sections the agreement asks for, the year and the deadline', async () => {
    const bytes = await buildReportTemplate({
      year: 2024,
      agreementTitle: 'Överenskommelse om samverkan för god, jämlik och jämställd hälsa i Örebro län 2024–2029',
      deadline: '2025-01-31',
      unit: { label: 'Södra länsdelen', organisationNames: ['Askersunds kommun', 'Kumla kommun'] },
    });
    const word = await docxParagraphs(bytes);
    expect(word[0]).toBe('Ekonomisk redovisning 2024');
    expect(word.some((p) => p.includes('Redovisningen för 2024 ska vara inne senast den 31 januari 2025.'))).toBe(true);
    for (const section of ['1. Uppgiftslämnare', '2. Ekonomisk redovisning 2024', '3. De tre viktigaste händelserna', '4. Personal', '5. Övrigt', 'Underskrift']) {
      expect(word).toContain(section);
    }
    for (const row of ['Ersättning från Region Örebro län', 'Summa intäkter', 'Personalkostnader', 'Lokalkostnader', 'Summa kostnader', 'Resultat (summa intäkter − summa kostnader)']) {
      expect(word).toContain(row);
    }
    expect(word).toContain('Södra länsdelen');
    expect(word).toContain('Askersunds kommun, Kumla kommun');
    expect(reportTemplateFileName(2024, 'Södra länsdelen')).toBe('Mall ekonomisk redovisning 2024 – Södra länsdelen.docx');
  });
});
