/**
 * The benchmark's hook page (bench.html, built only for `npm run bench`, never shipped): runs in
 * the same origin as the app, so it writes into and reads from the app's own IndexedDB database
 * ('justera'), always through the app's own modules — the document operations of shared/ydoc, the
 * store's write path, the projection, the search index, backups. run.ts drives it with Playwright;
 * each measurement is a separate function on `window.justeraBench`.
 */
import type * as Y from 'yjs';
import { newId } from '../../shared/domain/ids';
import { bullets, paragraph, writeRichText, type Block } from '../../shared/document/richText';
import { exampleBodies, exampleOrganisations } from '../../shared/example/register';
import type { Body, MembershipRole } from '../../shared/domain/register';
import { bodyDocId, meetingDocId, minutesDocId, REGISTER_DOC_ID } from '../../shared/ydoc/documents';
import * as attendanceOps from '../../shared/ydoc/attendance';
import * as meetingOps from '../../shared/ydoc/meeting';
import * as minutesOps from '../../shared/ydoc/minutes';
import * as registerOps from '../../shared/ydoc/register';
import { createBackup, readBackupFile, restoreBackup } from '../../renderer/db/backup';
import { buildProtocol } from '../../renderer/db/justering';
import { protocolWordFile } from '../../renderer/db/wordExports';
import { activeTemplate } from '../../renderer/word/templates';
import { UPDATES_TABLE } from '../../renderer/db/database';
import { projectNewDocuments, reproject } from '../../renderer/db/projection';
import { searchMeetings, startSearchIndex, searchIndexStats } from '../../renderer/db/search';
import { addDocumentRow, addDocumentRows, changeDocument, closeStore, openStore, writeTables, type Store } from '../../renderer/db/store';
import { between, decisions, firstNames, lastNames, paragraphText, pick, places, random, taskTexts, titles, topics, type Fill, type Rng } from './text';

export interface DatasetSpec {
  seed: number;
  bodies: number;
  people: number;
  meetings: number;
  items: number;
  /** Characters of running minutes text in all (about; the generator aims at it). */
  minutesChars: number;
  /** The last year with meetings; the dataset spans ten years up to it. */
  lastYear: number;
  largeMeetingItems: number;
  mediumMeetingItems: number;
}

export interface DatasetStats {
  bodies: number;
  people: number;
  organisations: number;
  memberships: number;
  meetings: number;
  items: number;
  minutesDocuments: number;
  tasks: number;
  attendance: number;
  /** UTF-8 bytes of the text written (minutes, decisions, titles, tasks). */
  textBytes: number;
  updateRows: number;
  generateMs: number;
  largeMeeting: { id: string; itemId: string; items: number; date: string };
  mediumMeeting: { id: string; items: number; date: string };
}

declare global {
  interface Window {
    justeraBench: typeof api;
    benchProgress?: (message: string) => Promise<void>;
  }
}

const progress = (message: string) => void window.benchProgress?.(message);
const encoder = new TextEncoder();
const bytesOf = (text: string) => encoder.encode(text).length;

let opened: Promise<Store> | null = null;
const store = () => (opened ??= openStore());

const extraBodyNames = ['Regionala samverkansrådet', 'Länsdelsgrupp norr', 'Länsdelsgrupp söder', 'Länsdelsgrupp väster'];

/** How many items each meeting gets: varied, two of them fixed (the large and the medium meeting), summing to `total`. */
function itemCounts(rng: Rng, meetings: number, total: number, fixed: Map<number, number>, min: number): number[] {
  const counts = Array.from({ length: meetings }, (_, i) => fixed.get(i) ?? between(rng, min, 32));
  let sum = counts.reduce((a, b) => a + b, 0);
  while (sum !== total) {
    const i = Math.floor(rng() * meetings);
    if (fixed.has(i)) continue;
    if (sum < total && counts[i]! < 40) {
      counts[i]! += 1;
      sum += 1;
    } else if (sum > total && counts[i]! > min) {
      counts[i]! -= 1;
      sum -= 1;
    }
  }
  return counts;
}

function minutesBlocks(rng: Rng, chars: number, f: Fill): Block[] {
  const blocks: Block[] = [];
  let left = chars;
  while (left > 0) {
    if (blocks.length > 0 && rng() < 0.15) {
      const list = Array.from({ length: between(rng, 2, 5) }, () => paragraphText(rng, between(rng, 30, 90), f));
      blocks.push(bullets(...list));
      left -= list.reduce((n, t) => n + t.length, 0);
    } else {
      const text = paragraphText(rng, Math.min(left, between(rng, 120, 450)), f);
      blocks.push(paragraph(text));
      left -= text.length;
    }
  }
  return blocks;
}

function blockChars(blocks: readonly Block[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.type === 'paragraph' || b.type === 'heading') out.push(b.runs.map((r) => r.text).join(''));
    else b.items.forEach((item) => out.push(...blockChars(item)));
  }
  return out;
}

/** Builds the dataset in the app's database, through the app's document operations and write path. */
async function generate(spec: DatasetSpec): Promise<DatasetStats> {
  const started = performance.now();
  const s = await store();
  if ((await s.db.meetings.count()) > 0) throw new Error('The database is not empty: the benchmark needs a fresh browser profile.');
  const rng = random(spec.seed);
  let textBytes = 0;

  // --- the register: organisations, people, bodies; each body's memberships ---------------------
  progress(`register: ${exampleOrganisations.length} organisations, ${spec.people} people, ${spec.bodies} bodies`);
  const bodyIds: string[] = [];
  const seatsByBody = new Map<string, { personId: string; role: MembershipRole; from: string; to: string | null }[]>();
  let personIds: string[] = [];
  const orgNames: string[] = [];
  await changeDocument(
    s,
    REGISTER_DOC_ID,
    async (doc) => {
      const orgIds = exampleOrganisations.map((org) =>
        registerOps.addOrganisation(doc, { name: org.name, shortName: org.shortName ?? '', kind: org.kind, countyPart: org.countyPart }),
      );
      orgNames.push(...exampleOrganisations.map((o) => o.name));
      const used = new Set<string>();
      for (let i = 0; i < spec.people; i++) {
        let name = '';
        do name = `${pick(rng, firstNames)} ${pick(rng, lastNames)}`;
        while (used.has(name));
        used.add(name);
        const email = `${name.toLowerCase().normalize('NFD').replace(/[^a-z ]/g, '').replace(' ', '.')}@example.se`;
        personIds.push(registerOps.addPerson(doc, { name, title: pick(rng, titles), organisationId: orgIds[i % orgIds.length]!, email, phone: '' }));
      }
      const templates = [exampleBodies[0]!, exampleBodies[1]!];
      for (let b = 0; b < spec.bodies; b++) {
        const template = templates[b % 2]!;
        const name = b < 2 ? template.name : (extraBodyNames[b - 2] ?? `Arbetsgrupp ${b}`);
        const bodyId = registerOps.addBody(doc, {
          name,
          shortName: '',
          recordKind: template.recordKind,
          defaultPlace: template.defaultPlace,
          defaultStartTime: template.defaultStartTime,
          defaultEndTime: template.defaultEndTime,
          // The council numbers its items as sections (§), continuing through the year, like the seed protocol.
          numbering: b === 0 ? 'section' : 'sequential',
          openingItems: template.openingItems,
          closingItems: template.closingItems,
          textModules: template.textModules,
        });
        bodyIds.push(bodyId);
      }
      const register = registerOps.readRegister(doc);
      // Sixteen seats per body over ten years; about half change hands half-way.
      const roles: MembershipRole[] = ['chair', 'viceChair', ...Array<MembershipRole>(11).fill('member'), 'secretary', 'official', 'official'];
      let next = 0;
      const firstYear = spec.lastYear - 9;
      for (const bodyId of bodyIds) {
        const seats: { personId: string; role: MembershipRole; from: string; to: string | null }[] = [];
        for (const role of roles) {
          const first = personIds[next++ % personIds.length]!;
          if (rng() < 0.5) {
            const second = personIds[next++ % personIds.length]!;
            seats.push({ personId: first, role, from: `${firstYear - 1}-01-01`, to: `${firstYear + 4}-12-31` });
            seats.push({ personId: second, role, from: `${firstYear + 5}-01-01`, to: null });
          } else {
            seats.push({ personId: first, role, from: `${firstYear - 1}-01-01`, to: null });
          }
        }
        seatsByBody.set(bodyId, seats);
        const bodyDoc = await addDocumentRow(s, bodyDocId(bodyId), (created) => {
          for (const seat of seats) {
            registerOps.addMembership(created, bodyId, { personId: seat.personId, role: seat.role, organisationId: null, deputyFor: null, from: seat.from, to: seat.to }, register);
          }
        });
        await reproject(s.db, bodyDocId(bodyId), bodyDoc);
        bodyDoc.destroy();
      }
    },
    { alsoKinds: ['body'] },
  );
  const bodies = await s.db.bodies.toArray();
  const people = await s.db.people.toArray();
  const personName = new Map(people.map((p) => [p.id, p.name]));
  personIds = people.map((p) => p.id);

  // --- meetings: ten a year per body, ten years; the newest council meeting is the large one -----
  const perBody = Math.ceil(spec.meetings / spec.bodies);
  const perYear = Math.ceil(perBody / 10);
  const months = [2, 3, 4, 5, 6, 8, 9, 10, 11, 12];
  const plans: { body: Body; date: string }[] = [];
  for (let b = 0; b < spec.bodies; b++) {
    const body = bodies.find((row) => row.id === bodyIds[b])!;
    for (let m = 0; m < perBody && plans.length < spec.meetings; m++) {
      const year = spec.lastYear - 9 + Math.floor(m / perYear);
      const month = months[m % perYear % months.length]!;
      plans.push({ body, date: `${year}-${String(month).padStart(2, '0')}-${String(between(rng, 2, 27)).padStart(2, '0')}` });
    }
  }
  const councilMeetings = plans.map((p, i) => ({ p, i })).filter(({ p }) => p.body.id === bodyIds[0]);
  const largeIndex = councilMeetings.reduce((a, b) => (b.p.date > a.p.date ? b : a)).i;
  const mediumIndex = plans.findIndex((p, i) => p.body.id === bodyIds[1] && i !== largeIndex && p.date.startsWith(String(spec.lastYear)));
  const standardCount = (body: Body) => body.openingItems.length + body.closingItems.length;
  const minItems = Math.max(...bodies.map(standardCount)) + 2;
  const counts = itemCounts(rng, plans.length, spec.items, new Map([[largeIndex, spec.largeMeetingItems], [mediumIndex, spec.mediumMeetingItems]]), minItems);
  // Average running-text length of an ordinary item, so that the whole comes to about spec.minutesChars.
  const ordinaryItems = counts.reduce((n, c, i) => n + c - standardCount(plans[i]!.body), 0);
  const standardItems = spec.items - ordinaryItems;
  const ordinaryMean = Math.max(100, (spec.minutesChars - standardItems * 110) / ordinaryItems);

  let items = 0;
  let tasks = 0;
  let attendance = 0;
  let minutesDocuments = 0;
  let largeItemId = '';
  const ids: string[] = plans.map(() => newId());
  const chunk = 12;
  for (let start = 0; start < plans.length; start += chunk) {
    const entries: { docId: string; build: (doc: Y.Doc) => void }[] = [];
    for (let i = start; i < Math.min(plans.length, start + chunk); i++) {
      const { body, date } = plans[i]!;
      const meetingId = ids[i]!;
      const year = Number(date.slice(0, 4));
      const active = (seatsByBody.get(body.id) ?? []).filter((seat) => seat.from <= date && (seat.to === null || seat.to >= date));
      const f: Fill = { org: () => pick(rng, orgNames), person: () => personName.get(pick(rng, active).personId) ?? 'Anna', year };
      const itemPlans: { id: string; title: string; kind: 'information' | 'discussion' | 'decision'; standard: boolean; role: string | null }[] = [];
      entries.push({
        docId: meetingDocId(meetingId),
        build: (doc) => {
          meetingOps.initMeeting(
            doc,
            {
              id: meetingId,
              details: { bodyIds: [body.id], title: '', date, startTime: body.defaultStartTime, endTime: body.defaultEndTime, place: rng() < 0.8 ? body.defaultPlace : pick(rng, places), timeSlots: [] },
              openingItems: body.openingItems,
              closingItems: body.closingItems,
            },
            bodies,
          );
          for (let k = standardCount(body); k < counts[i]!; k++) {
            const kind = pick(rng, ['information', 'information', 'discussion', 'decision'] as const);
            const title = `${pick(rng, topics)}${rng() < 0.3 ? ` – ${pick(rng, orgNames)}` : ''}`;
            meetingOps.addItem(doc, meetingId, { title, kind, minutes: between(rng, 5, 45), description: rng() < 0.3 ? paragraphText(rng, 80, f) : '', presenters: [], subPoints: [], links: [], timeSlotId: null });
          }
          meetingOps.setStatus(doc, meetingId, 'noticeSent');
          meetingOps.setStatus(doc, meetingId, 'held');
          for (const seat of active) {
            const r = rng();
            attendanceOps.setAttendance(doc, meetingId, seat.personId, { status: r < 0.8 ? 'present' : r < 0.95 ? 'apologies' : 'absent' });
            attendance += 1;
          }
          for (const item of meetingOps.readItems(doc, meetingId)) {
            itemPlans.push({ id: item.id, title: item.title, kind: item.kind, standard: item.origin?.kind === 'standard', role: item.role });
            textBytes += bytesOf(item.title) + bytesOf(item.description);
          }
          items += itemPlans.length;
          if (i === largeIndex) {
            const ordered = itemPlans.filter((p) => !p.standard);
            largeItemId = ordered[Math.floor(ordered.length / 2)]!.id;
          }
        },
      });
    }
    // The meeting documents first, then one minutes document per item (they need the item ids).
    const meetingEntries = entries;
    const built: { docId: string; build: (doc: Y.Doc) => void }[] = [];
    await s.db.transaction('rw', writeTables(s, ['meeting', 'minutes']), async () => {
      const meetingDocs = await addDocumentRows(s, meetingEntries);
      for (const [docId, doc] of meetingDocs) {
        const meetingId = docId.slice('meeting/'.length);
        const planIndex = ids.indexOf(meetingId);
        const date = plans[planIndex]!.date;
        const active = (seatsByBody.get(plans[planIndex]!.body.id) ?? []).filter((seat) => seat.from <= date && (seat.to === null || seat.to >= date));
        const f: Fill = { org: () => pick(rng, orgNames), person: () => personName.get(pick(rng, active).personId) ?? 'Anna', year: Number(date.slice(0, 4)) };
        for (const item of meetingOps.readItems(doc, meetingId)) {
          const standard = item.origin?.kind === 'standard';
          built.push({
            docId: minutesDocId(item.id),
            build: (created) => {
              minutesOps.setMinutesMeeting(created, meetingId);
              const chars = standard ? between(rng, 30, 190) : Math.round(ordinaryMean * (0.35 + 1.3 * rng()));
              const blocks = minutesBlocks(rng, chars, f);
              writeRichText(created, blocks);
              textBytes += blockChars(blocks).reduce((n, t) => n + bytesOf(t), 0);
              if (item.kind === 'decision') {
                const text = pick(rng, decisions);
                minutesOps.decisionText(created).insert(0, text);
                textBytes += bytesOf(text);
              }
              if (!standard && rng() < 0.18) {
                for (let t = between(rng, 1, 2); t > 0; t--) {
                  const owner = pick(rng, active).personId;
                  const text = pick(rng, taskTexts);
                  minutesOps.addTask(created, { text, ownerIds: [owner], convenerId: owner, dueDate: `${date.slice(0, 4)}-12-31`, nextStep: '' }, `${date}T12:00:00.000Z`);
                  textBytes += bytesOf(text);
                  tasks += 1;
                }
              }
            },
          });
        }
      }
      const minutesDocs = await addDocumentRows(s, built);
      minutesDocuments += minutesDocs.length;
      await projectNewDocuments(s.db, [...meetingDocs, ...minutesDocs]);
      for (const [, doc] of [...meetingDocs, ...minutesDocs]) doc.destroy();
    });
    progress(`meetings ${Math.min(plans.length, start + chunk)}/${plans.length}, items ${items}, text ${(textBytes / 1e6).toFixed(1)} MB`);
  }

  // Every document is projected already: tell the projector so, as a previous session's start would
  // have (otherwise the app's first start would reproject all of them, which no real start does).
  const last = (await s.db.table(UPDATES_TABLE).orderBy('i').last()) as { i: number } | undefined;
  await s.db.settings.put({ key: 'projectionCursor', value: last?.i ?? 0 });
  // Likewise compaction: each new document is one update row already, which is what compaction
  // leaves; y-dexie's marker says so (row 0 of the update table, as compressYDocs writes it).
  await s.db.table(UPDATES_TABLE).put({ i: 0, lastCompressed: last?.i ?? 0, lastRun: new Date() });
  const large = plans[largeIndex]!;
  const medium = plans[mediumIndex]!;
  return {
    bodies: bodies.length,
    people: people.length,
    organisations: exampleOrganisations.length,
    memberships: await s.db.memberships.count(),
    meetings: await s.db.meetings.count(),
    items,
    minutesDocuments,
    tasks,
    attendance,
    textBytes,
    updateRows: await s.db.table(UPDATES_TABLE).count(),
    generateMs: Math.round(performance.now() - started),
    largeMeeting: { id: ids[largeIndex]!, itemId: largeItemId, items: counts[largeIndex]!, date: large.date },
    mediumMeeting: { id: ids[mediumIndex]!, items: counts[mediumIndex]!, date: medium.date },
  };
}

/** Full-text search as the search screen calls it: each query's time with the results it found. */
async function search(queries: readonly string[]): Promise<{ loadMs: number; source: string | null; timings: { query: string; ms: number; hits: number; indexMs: number }[] }> {
  const s = await store();
  const t0 = performance.now();
  await startSearchIndex(s);
  const loadMs = performance.now() - t0;
  for (const query of queries.slice(0, 3)) await searchMeetings(s, query); // warm-up, not counted
  const timings: { query: string; ms: number; hits: number; indexMs: number }[] = [];
  for (const query of queries) {
    const t = performance.now();
    const result = await searchMeetings(s, query);
    const ms = performance.now() - t;
    // The same query without building any result (limit 0): the index's own share of the time.
    const t2 = performance.now();
    await searchMeetings(s, query, {}, 0);
    timings.push({ query, ms, hits: result.total, indexMs: performance.now() - t2 });
  }
  return { loadMs, source: searchIndexStats(s).source, timings };
}

/**
 * The Word export of a meeting as it stands (the minnesanteckningar path: the protocol document
 * built from the database, rendered into the body's template, stamped), timed from the database
 * to the bytes of the .docx. The template is read once before timing, as the app caches nothing
 * else either.
 */
async function wordExport(meetingId: string): Promise<{ ms: number; bytes: number } | null> {
  const s = await store();
  const kind = (await buildProtocol(s, meetingId)).kind;
  const template = await activeTemplate(s, kind);
  const t0 = performance.now();
  const file = await protocolWordFile(s, meetingId, 'notes', template);
  return { ms: performance.now() - t0, bytes: file.bytes.byteLength };
}

/**
 * A backup of the whole database, then a restore of that backup (read, check, replace) over the
 * database it came from (the rows are all as they were: the best case, as for yesterday's backup),
 * and the same backup into an empty database (a new machine: every row written).
 */
async function backupAndRestore(): Promise<{ backupMs: number; restoreMs: number; readMs: number; restoreEmptyMs: number; readEmptyMs: number; bytes: number }> {
  const s = await store();
  const t0 = performance.now();
  const bytes = await createBackup(s, { appVersion: 'bench' });
  const backupMs = performance.now() - t0;
  const t1 = performance.now();
  const preview = await readBackupFile(s, bytes);
  const readMs = performance.now() - t1;
  await restoreBackup(s, preview);
  const restoreMs = performance.now() - t1;
  const emptyName = 'justera-bench-empty';
  await new Promise((ok) => Object.assign(indexedDB.deleteDatabase(emptyName), { onsuccess: ok, onerror: ok }));
  const empty = await openStore(emptyName);
  const t2 = performance.now();
  const emptyPreview = await readBackupFile(empty, bytes);
  const readEmptyMs = performance.now() - t2;
  await restoreBackup(empty, emptyPreview);
  const restoreEmptyMs = performance.now() - t2;
  closeStore(empty);
  await new Promise((ok) => Object.assign(indexedDB.deleteDatabase(emptyName), { onsuccess: ok, onerror: ok }));
  return { backupMs, restoreMs, readMs, restoreEmptyMs, readEmptyMs, bytes: bytes.byteLength };
}

async function close(): Promise<void> {
  if (opened) closeStore(await opened);
  opened = null;
}

const api = { generate, search, wordExport, backupAndRestore, close };
window.justeraBench = api;
