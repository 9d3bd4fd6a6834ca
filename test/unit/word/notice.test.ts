import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import type { Invitee } from '../../../shared/domain/attendance';
import { buildNotice, noticeEmail, type NoticeInput } from '../../../shared/domain/notice';
import type { AgendaItem } from '../../../shared/domain/meeting';
import { renderNotice } from '../../../shared/word/notice';
import { checkTemplate, templateSpecs } from '../../../shared/word/templates';
import * as agenda from '../../../renderer/db/agenda';
import { itemInput as input } from '../../helpers/agendaItem';
import { setActor } from '../../../renderer/db/actor';
import { loadExampleData } from '../../../renderer/db/exampleData';
import { createMeeting, getMeeting, listChanges, listItems, updateMeetingDetails } from '../../../renderer/db/meetings';
import { loadNotice, markNoticeSent } from '../../../renderer/db/notice';
import { listBodies } from '../../../renderer/db/queries';
import { closeStore, type Store } from '../../../renderer/db/store';
import { orderItems } from '../../../shared/domain/agenda';
import { freshStore } from '../../helpers/store';

const template = async () => new Uint8Array(await readFile(resolve(import.meta.dirname, '../../../templates', templateSpecs.notice.fileName)));

/** The text of a part, paragraph by paragraph (runs joined, tags dropped). */
async function paragraphs(docx: Uint8Array, part = 'word/document.xml'): Promise<string[]> {
  const xml = await (await JSZip.loadAsync(docx)).file(part)!.async('string');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)].map((t) => t[1] ?? '\t').join(''))
    .filter((text) => text.length > 0);
}

/** Table rows as arrays of cell texts. */
async function tableRows(docx: Uint8Array): Promise<string[][]> {
  const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) =>
    [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => [...c[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)].map((t) => t[1] ?? ' / ').join('')),
  );
}

let store: Store | undefined;
afterEach(() => {
  if (store) closeStore(store);
  store = undefined;
});


const stored = (id: string, position: string, fields: Partial<AgendaItem>): AgendaItem => ({
  id,
  meetingId: 'm1',
  title: '',
  kind: 'information',
  position,
  minutes: 10,
  description: '',
  presenters: [],
  subPoints: [],
  links: [],
  attachments: [],
  role: null,
  timeSlotId: null,
  origin: null,
  postponed: null,
  startedAt: null,
  endedAt: null,
  deletedAt: null,
  ...fields,
});

const invitee = (personId: string, role: Invitee['role'], organisationId: string | null): Invitee => ({ personId, role, organisationId, deputyForPersonId: null, invited: true });

/** A small meeting, made by hand, for the exact texts. */
const smallMeeting: NoticeInput = {
  kind: 'notice',
  meeting: { title: '', date: '2024-05-17', startTime: '09:00', endTime: '11:00', place: 'Eklundavägen 1, Örebro' },
  previousNoticeAt: null,
  bodyNames: ['Specifika samverkansrådet för folkhälsa'],
  items: [
    stored('i1', 'a0', { title: 'Mötet öppnas', minutes: 5 }),
    stored('i2', 'a1', {
      title: 'Healthy cities',
      kind: 'decision',
      minutes: 20,
      subPoints: ['Nätverkets årsmöte'],
      presenters: [{ personId: 'p9', name: 'Anna Berg', organisation: 'Örebro kommun' }],
      attachments: [{ id: 'a', fileId: 'f', name: 'Underlag.pdf', size: 10, type: 'application/pdf', sha256: '' }],
    }),
    stored('i3', 'a2', { title: 'Övriga frågor', kind: 'discussion', minutes: 15 }),
  ],
  numbering: 'sequential',
  firstSection: 1,
  invited: [invitee('p2', 'member', 'o2'), invitee('p1', 'chair', 'o1'), invitee('p3', 'deputy', 'o2'), invitee('p4', 'secretary', 'o1')],
  added: [{ personId: 'p5', role: 'guest' }],
  people: new Map([
    ['p1', { name: 'Helena Strand', organisationId: 'o1' }],
    ['p2', { name: 'Erik Sandell', organisationId: 'o2' }],
    ['p3', { name: 'Lena Carlberg', organisationId: 'o2' }],
    ['p4', { name: 'Louise Hammar', organisationId: 'o1' }],
    ['p5', { name: 'Maja Gäst', organisationId: null }],
    ['p9', { name: 'Anna Berg', organisationId: 'o2' }],
  ]),
  organisations: new Map([
    ['o1', { name: 'Region Örebro län' }],
    ['o2', { name: 'Örebro kommun' }],
  ]),
  changes: [],
  sender: 'Louise Hammar',
};

describe('the kallelse as e-mail text', () => {
  it('says exactly what the Word file says: subject, date, time, place, the invited with roles, the agenda', () => {
    const email = noticeEmail(buildNotice(smallMeeting));
    expect(email.subject).toBe('Kallelse: Specifika samverkansrådet för folkhälsa fredag 17 maj 2024 kl. 09.00–11.00');
    expect(email.body).toBe(
      [
        'Kallelse till Specifika samverkansrådet för folkhälsa',
        '',
        'Datum: fredag 17 maj 2024',
        'Tid: kl. 09.00–11.00',
        'Plats: Eklundavägen 1, Örebro',
        '',
        'Kallade:',
        '- Helena Strand, ordförande, Region Örebro län',
        '- Erik Sandell, ledamot, Örebro kommun',
        '- Lena Carlberg, ersättare, Örebro kommun',
        '- Louise Hammar, sekreterare, Region Örebro län',
        '- Maja Gäst, gäst',
        '- Anna Berg, föredragande, Örebro kommun',
        '',
        'Dagordning:',
        '1. Mötet öppnas',
        '   kl. 09.00–09.05 · Information',
        '2. Healthy cities',
        '   kl. 09.05–09.25 · Beslut · Föredragande: Anna Berg, Örebro kommun',
        '   – Nätverkets årsmöte',
        '   Bifogade filer: Underlag.pdf',
        '3. Övriga frågor',
        '   kl. 09.25–09.40 · Diskussion',
        '',
        'Välkomna!',
        '',
        'Louise Hammar',
      ].join('\n'),
    );
  });

  it('an updated notice lists each kind of change in plain Swedish', () => {
    const at = '2024-05-10T10:00:00.000Z';
    const change = (kind: string, itemId: string | null, title: string, extra: object = {}) => ({ id: `${kind}-${itemId}-${title}`, at, by: 'Helena Strand', kind, itemId, title, field: null, ...extra }) as never;
    const model = buildNotice({
      ...smallMeeting,
      kind: 'update',
      previousNoticeAt: '2024-05-03T08:00:00.000Z',
      items: [
        ...smallMeeting.items.filter((i) => i.id !== 'i3'),
        stored('i4', 'a15', { title: 'Rapport från chefsgruppen', minutes: 10 }),
        stored('i3', 'a2', { title: 'Övriga frågor', kind: 'discussion', minutes: 15 }),
      ],
      changes: [
        change('added', 'i4', 'Rapport från chefsgruppen'),
        change('removed', 'i8', 'TABB 2.0'),
        change('moved', 'i1', 'Mötet öppnas', { from: 2, to: 1 }),
        change('retimed', 'i2', 'Healthy cities', { field: 'minutes', from: 15, to: 20 }),
        change('details', null, '', { field: 'place', from: 'Rum 1', to: 'Eklundavägen 1, Örebro' }),
        change('added', 'i9', 'Tillagd och borttagen igen'),
        change('removed', 'i9', 'Tillagd och borttagen igen'),
      ],
    });
    const email = noticeEmail(model);
    expect(email.subject).toBe('Uppdaterad kallelse: Specifika samverkansrådet för folkhälsa fredag 17 maj 2024 kl. 09.00–11.00');
    expect(email.body.split('\n').slice(0, 10)).toEqual([
      'Uppdaterad kallelse till Specifika samverkansrådet för folkhälsa',
      '',
      'Dagordningen har ändrats sedan kallelsen 3 maj 2024.',
      '',
      'Ändringar:',
      '- Tillagd: 3. Rapport från chefsgruppen, kl. 09.25–09.35',
      '- Borttagen: TABB 2.0',
      '- Flyttad: Mötet öppnas (nu punkt 1)',
      '- Ny tid: 2. Healthy cities, kl. 09.05–09.25 (20 min i stället för 15)',
      '- Plats för mötet: Eklundavägen 1, Örebro (tidigare Rum 1)',
    ]);
  });
});

describe('the kallelse in Word', () => {
  it('the default template has every placeholder of a notice', async () => {
    const check = await checkTemplate(await template(), 'notice');
    expect(check.missing).toEqual([]);
    expect(check.unknown).toEqual([]);
    expect(check.ok).toBe(true);
  });

  it('fills the template from the database: body, date, time, place, the invited with roles, the agenda in order', async () => {
    store = await freshStore('notice');
    await loadExampleData(store, { today: '2026-11-23' });
    await setActor(store, { name: 'Louise Hammar', personId: null });
    const council = (await listBodies(store)).find((b) => b.name === 'Specifika samverkansrådet för folkhälsa')!;
    const meetingId = await createMeeting(store, { bodyIds: [council.id], date: '2023-05-17', startTime: '09:00', endTime: '12:00', place: 'Eklundavägen 1, Örebro' });
    const healthy = await agenda.addItem(store, meetingId, input('Healthy cities', 20, { kind: 'decision', presenters: [{ personId: null, name: 'Anna Berg', organisation: 'Örebro kommun' }] }));
    await agenda.attachFiles(store, meetingId, healthy, [{ name: 'Underlag Healthy cities.pdf', bytes: new TextEncoder().encode('%PDF') }]);

    const docx = await renderNotice(await template(), await loadNotice(store, meetingId, 'notice'), '2023-05-03');
    const text = await paragraphs(docx);
    const at = (s: string) => text.findIndex((t) => t === s);
    expect(text.slice(0, 5)).toEqual(['Kallelse', 'Specifika samverkansrådet för folkhälsa', 'Datum\tonsdag 17 maj 2023', 'Tid\tkl. 09.00–12.00', 'Plats\tEklundavägen 1, Örebro']);
    expect(at('Kallade')).toBeGreaterThan(4);
    expect(at('Dagordning')).toBeGreaterThan(at('Kallade'));
    expect(text).not.toContain('Ändringar sedan kallelsen');
    expect(text.join('\n')).not.toMatch(/\{\{/);

    const rows = await tableRows(docx);
    expect(rows).toContainEqual(['Namn', 'Roll', 'Organisation']);
    expect(rows).toContainEqual(['Helena Strand', 'Ordförande', 'Region Örebro län']);
    expect(rows).toContainEqual(['Lena Carlberg', 'Ersättare', 'Örebro kommun']);
    expect(rows).toContainEqual(['Anna Berg', 'Föredragande', 'Örebro kommun']);
    const chair = rows.findIndex((r) => r[0] === 'Helena Strand');
    const deputy = rows.findIndex((r) => r[1] === 'Ersättare');
    expect(chair).toBeLessThan(deputy);
    const agendaRows = rows.slice(rows.findIndex((r) => r[0] === 'Nr'));
    const ordered = orderItems(await listItems(store, meetingId));
    expect(agendaRows.slice(1).map((r) => r[2])).toEqual(ordered.map((i) => i.title));
    expect(agendaRows.find((r) => r[2] === 'Healthy cities')).toEqual(['5', '09.11–09.31', 'Healthy cities', 'Beslut', 'Anna Berg, Örebro kommun']);
    expect(agendaRows[1]![1]).toMatch(/^09\.00–09\.\d\d$/);
    expect(text).toContain('5. Healthy cities: Underlag Healthy cities.pdf');
    expect(await paragraphs(docx, 'word/footer1.xml')).toEqual([expect.stringContaining('Specifika samverkansrådet för folkhälsa · onsdag 17 maj 2023')]);
  });

  it('an updated notice names the changes since the notice; sending it starts a new notice point', async () => {
    store = await freshStore('notice');
    await loadExampleData(store, { today: '2026-11-23' });
    const council = (await listBodies(store)).find((b) => b.name === 'Specifika samverkansrådet för folkhälsa')!;
    const meetingId = await createMeeting(store, { bodyIds: [council.id], date: '2023-05-17', startTime: '09:00', endTime: '12:00', place: 'Eklundavägen 1' });
    const healthy = await agenda.addItem(store, meetingId, input('Healthy cities', 20));
    const tabb = await agenda.addItem(store, meetingId, input('TABB 2.0', 30));
    await expect(loadNotice(store, meetingId, 'update')).rejects.toThrow('Kallelsen är inte skickad än.');
    expect(await markNoticeSent(store, meetingId)).toBe('notice');
    expect((await getMeeting(store, meetingId))?.status).toBe('noticeSent');

    await agenda.addItem(store, meetingId, input('Rapport från chefsgrupp folkhälsa', 10));
    await agenda.removeItem(store, meetingId, tabb);
    await agenda.moveItem(store, meetingId, healthy, 2);
    await agenda.updateItem(store, meetingId, healthy, input('Healthy cities', 25));
    await updateMeetingDetails(store, meetingId, { bodyIds: [council.id], title: '', date: '2023-05-17', startTime: '09:00', endTime: '12:00', place: 'Kulturhuset', timeSlots: [] });

    const update = await loadNotice(store, meetingId, 'update');
    expect(update.changes).toEqual([
      'Tillagd: 6. Rapport från chefsgrupp folkhälsa, kl. 09.36–09.46',
      'Borttagen: TABB 2.0',
      'Flyttad: Healthy cities (nu punkt 3)',
      'Ny tid: 3. Healthy cities, kl. 09.04–09.29 (25 min i stället för 20)',
      'Plats för mötet: Kulturhuset (tidigare Eklundavägen 1)',
    ]);
    const docx = await renderNotice(await template(), update, '2023-05-10');
    const text = await paragraphs(docx);
    expect(text[0]).toBe('Uppdaterad kallelse');
    const heading = text.findIndex((t) => t.startsWith('Ändringar sedan kallelsen'));
    expect(heading).toBeGreaterThan(0);
    expect(text.slice(heading + 1, heading + 3)).toEqual(['Tillagd: 6. Rapport från chefsgrupp folkhälsa, kl. 09.36–09.46', 'Borttagen: TABB 2.0']);

    // Sent: the next update lists only what changes after it.
    expect(await markNoticeSent(store, meetingId)).toBe('update');
    expect((await listChanges(store, meetingId)).filter((c) => c.kind === 'notice')).toHaveLength(1);
    expect((await loadNotice(store, meetingId, 'update')).changes).toEqual([]);
    await agenda.updateItem(store, meetingId, healthy, input('Healthy cities', 30));
    expect((await loadNotice(store, meetingId, 'update')).changes).toEqual(['Ny tid: 3. Healthy cities, kl. 09.04–09.34 (30 min i stället för 25)']);
  });
});
