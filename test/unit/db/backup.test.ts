import JSZip from 'jszip';
import { compressYDocs } from 'y-dexie';
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, manualBackupName, parseBackupFile, preUpgradeBackupName } from '../../../shared/backup';
import { isDomainError } from '../../../shared/domain/errors';
import { newId } from '../../../shared/domain/ids';
import { bodyDocId, initDocument, meetingDocId, REGISTER_DOC_ID } from '../../../shared/ydoc/documents';
import { insertRecord } from '../../../shared/ydoc/entities';
import { readRegister } from '../../../shared/ydoc/register';
import {
  createBackup,
  currentSummary,
  getBackupKeep,
  readBackupFile,
  restoreBackup,
  restoreBackupFile,
  NOT_BACKED_UP,
  planTableWrite,
  REBUILT_AFTER_RESTORE,
  setBackupKeep,
  type BackupProgress,
} from '../../../renderer/db/backup';
import { SCHEMA_VERSION, UPDATES_TABLE } from '../../../renderer/db/database';
import { allProjectionTables, projectDocument } from '../../../renderer/db/projection';
import { listBodies, listPeople } from '../../../renderer/db/queries';
import { addPerson } from '../../../renderer/db/register';
import { closeStore, type Store } from '../../../renderer/db/store';
import { loadExampleData } from '../../../renderer/db/exampleData';
import * as justering from '../../../renderer/db/justering';
import { installationKey as getInstallationKey } from '../../../renderer/db/keys';
import { createMeeting, setAdjusters } from '../../../renderer/db/meetings';
import { seedDatabase } from '../../helpers/seed';
import { dumpDatabase, freshStore, reopen } from '../../helpers/store';
import { backupJson, sealed } from '../../helpers/backup-file';
import { expectRefusedWithoutChange, mutateBackupJson } from '../../helpers/hostile';

const open: Store[] = [];
afterEach(() => {
  while (open.length) closeStore(open.pop()!);
});

async function store(label = 'backup'): Promise<Store> {
  const s = await freshStore(label);
  open.push(s);
  return s;
}

const json = backupJson;
const encode = (value: unknown) => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));

/**
 * Everything a document says, as the app reads it, plus its Yjs state vector. (Rows are sorted by
 * id: a Y.Map's iteration order depends on how the document was loaded, not on what it holds.)
 */
function documentContent(docId: string, doc: Y.Doc) {
  const byId = (a: object, b: object) => String((a as { id: string }).id).localeCompare(String((b as { id: string }).id));
  const derived = Object.fromEntries(Object.entries(projectDocument(docId, doc)).map(([table, rows]) => [table, [...rows].sort(byId)]));
  return { derived, stateVector: [...Y.decodeStateVector(Y.encodeStateVector(doc))].sort(), changes: doc.getArray('changes').toJSON() };
}

describe('backup and restore', () => {
  it('restores into a fresh database an identical database, Yjs update rows included', async () => {
    const source = await store();
    await seedDatabase(source);
    // y-dexie's compression writes its bookmark row (with a Date) into the updates table.
    await compressYDocs(source.db);
    const before = await dumpDatabase(source);
    expect(before[UPDATES_TABLE]!.length).toBeGreaterThan(3);
    expect(before[UPDATES_TABLE]!.some((row) => (row as { i: number }).i === 0)).toBe(true);

    const bytes = await createBackup(source, { appVersion: '0.1.0' });
    const target = await store('restored');
    await restoreBackupFile(target, bytes);

    const after = await dumpDatabase(target);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const table of Object.keys(before)) {
      expect(after[table], `table ${table}`).toEqual(before[table]);
    }
    const updates = after[UPDATES_TABLE] as { i: number; u?: Uint8Array }[];
    expect(updates.filter((u) => u.u).every((u) => u.u instanceof Uint8Array)).toBe(true);

    // Exporting the restored database gives the same tables again.
    const again = json(await createBackup(target, { appVersion: '0.1.0' }));
    expect(again.tables).toEqual(json(bytes).tables);

    // Every Yjs document loads with the same content.
    const ids = (before.documents as { id: string }[]).map((d) => d.id);
    expect(ids.length).toBeGreaterThan(3);
    for (const id of ids) {
      expect(documentContent(id, await target.docs.get(id)), id).toEqual(documentContent(id, await source.docs.get(id)));
    }
  });

  it('keeps working after a restore: the data survives a restart and new changes land on it', async () => {
    const source = await store();
    await seedDatabase(source);
    const bytes = await createBackup(source, { appVersion: '0.1.0' });

    let target = await store('target');
    await addPerson(target, { name: 'Finns Bara Här', title: '', organisationId: null, email: '', phone: '' });
    // The target's register document is held in memory; the restore must drop it.
    await target.docs.get(REGISTER_DOC_ID);
    await restoreBackupFile(target, bytes);
    expect((await listPeople(target)).map((p) => p.name)).not.toContain('Finns Bara Här');
    expect(readRegister(await target.docs.get(REGISTER_DOC_ID)).people.map((p) => p.name)).not.toContain('Finns Bara Här');

    await addPerson(target, { name: 'Ny Efter Återställning', title: '', organisationId: null, email: '', phone: '' });
    open.splice(open.indexOf(target), 1);
    target = await reopen(target);
    open.push(target);
    const names = (await listPeople(target)).map((p) => p.name);
    expect(names).toContain('Ny Efter Återställning');
    expect(names).toEqual(expect.arrayContaining((await listPeople(source)).map((p) => p.name)));
  });

  it('restored over its own database after changes, brings back exactly the backup: changed, added and removed rows', async () => {
    const s = await store();
    await seedDatabase(s);
    await compressYDocs(s.db);
    await setBackupKeep(s, 7);
    const bytes = await createBackup(s, { appVersion: '0.1.0' });
    const before = await dumpDatabase(s);

    // After the backup: a new person (a new update row, a new derived row, a changed register
    // row), a changed setting, a new setting, a removed setting and a stored search index.
    await addPerson(s, { name: 'Efter Säkerhetskopian', title: '', organisationId: null, email: '', phone: '' });
    await setBackupKeep(s, 30);
    await s.db.settings.put({ key: 'onlyAfter', value: { nested: [1, 2, new Uint8Array([3])] } });
    await s.db.table('searchIndex').put({ key: 'index', value: 'stale' });
    const changed = await dumpDatabase(s);
    expect(changed).not.toEqual(before);

    await restoreBackupFile(s, bytes);
    const after = await dumpDatabase(s);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const table of Object.keys(before)) {
      expect(after[table], `table ${table}`).toEqual(REBUILT_AFTER_RESTORE.has(table) ? [] : before[table]);
    }
    expect((await listPeople(s)).map((p) => p.name)).not.toContain('Efter Säkerhetskopian');
    expect(await getBackupKeep(s)).toBe(7);
  });

  it('leaves the database exactly as it was when a write fails half-way through the restore', async () => {
    const s = await store();
    await seedDatabase(s);
    await setBackupKeep(s, 7);
    const bytes = await createBackup(s, { appVersion: '0.1.0' });
    await addPerson(s, { name: 'Efter Säkerhetskopian', title: '', organisationId: null, email: '', phone: '' });
    await setBackupKeep(s, 30);
    const before = await dumpDatabase(s);
    // The settings table comes after the people (and its changed rows) in the restore's order.
    // (A middleware takes effect when the database is opened.)
    let failing = true;
    s.db.close();
    s.db.use({
      stack: 'dbcore',
      name: 'test-failing-settings',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          return name !== 'settings' ? table : { ...table, mutate: (req) => (failing && req.type !== 'deleteRange' ? Promise.reject(new Error('disk')) : table.mutate(req)) };
        },
      }),
    });
    await s.db.open();
    const preview = await readBackupFile(s, bytes);
    const refused = await restoreBackup(s, preview).catch((error: unknown) => error);
    expect(isDomainError(refused) && refused.message).toBe('Säkerhetskopian kunde inte återställas. Inga uppgifter har ändrats.');
    expect(await dumpDatabase(s)).toEqual(before);
    failing = false;
    expect((await listPeople(s)).map((p) => p.name)).toContain('Efter Säkerhetskopian');
  });

  it('writes only the rows that differ, compared by their stored value', () => {
    const row = (id: string, value: unknown) => ({ key: id, value: { id, value } });
    const current = [row('a', 1), row('b', new Uint8Array([1, 2])), row('c', { x: [1] }), row('d', 'gone'), row('e', 'same'), row('f', 'same')];
    const wanted = [row('a', 1), row('b', new Uint8Array([1, 3])), row('c', { x: [1] }), row('e', 'same'), row('f', 'same'), row('g', 'new')];
    const plan = planTableWrite(current, wanted);
    expect(plan.clear).toBe(false);
    expect(plan.deletes).toEqual(['d']);
    expect(plan.puts.map((r) => r.key)).toEqual(['b', 'g']);

    // Same text, different types: written. A value compared only by reference (a Blob): written.
    expect(planTableWrite([row('a', 1), row('b', 2), row('c', 3)], [row('a', '1'), row('b', 2), row('c', 3)]).puts.map((r) => r.key)).toEqual(['a']);
    const blob = new Blob(['x']);
    expect(planTableWrite([row('a', blob), row('b', 2), row('c', 3)], [row('a', blob), row('b', 2), row('c', 3)]).puts.map((r) => r.key)).toEqual(['a']);
    const date = (ms: number) => row('a', { at: new Date(ms), list: [undefined, null, -0] });
    expect(planTableWrite([date(5), row('b', 2)], [date(5), row('b', 2)]).puts).toEqual([]);
    expect(planTableWrite([date(5), row('b', 2)], [date(6), row('b', 2)]).puts).toEqual([date(6)]);
    expect(planTableWrite([row('a', { x: 1 }), row('b', 2)], [row('a', { x: 1, y: undefined }), row('b', 2)]).puts.map((r) => r.key)).toEqual(['a']);
    // Numeric and string keys are different keys.
    expect(planTableWrite([{ key: 1, value: 'x' }], [{ key: '1', value: 'x' }])).toEqual({ clear: true, deletes: [], puts: [{ key: '1', value: 'x' }] });

    // Mostly different (another database, the search index): emptied and written whole.
    expect(planTableWrite([row('x', 1), row('y', 2)], [row('a', 1)])).toEqual({ clear: true, deletes: [], puts: [row('a', 1)] });
    expect(planTableWrite([row('x', 1)], [])).toEqual({ clear: true, deletes: [], puts: [] });
    expect(planTableWrite([], [row('a', 1)])).toEqual({ clear: false, deletes: [], puts: [row('a', 1)] });
  });

  it('reports progress from 0 to 1 for making, checking and restoring', async () => {
    const source = await store();
    await seedDatabase(source);
    const seen: BackupProgress[] = [];
    const bytes = await createBackup(source, { appVersion: '0.1.0', onProgress: (p) => seen.push(p) });
    const target = await store('target');
    await restoreBackupFile(target, bytes, { onProgress: (p) => seen.push(p) });
    for (const phase of ['reading', 'checking', 'restoring'] as const) {
      const fractions = seen.filter((p) => p.phase === phase).map((p) => p.fraction);
      expect(fractions[0], phase).toBe(0);
      expect(fractions.at(-1), phase).toBe(1);
      expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    }
  });

  it('previews what the backup holds and what the database holds now', async () => {
    const source = await store();
    await seedDatabase(source);
    const bytes = await createBackup(source, { appVersion: '0.1.0', now: new Date('2026-03-04T09:15:00Z') });
    const target = await store('target');
    const preview = await readBackupFile(target, bytes);
    expect(preview.createdAt).toBe('2026-03-04T09:15:00.000Z');
    expect(preview.appVersion).toBe('0.1.0');
    expect(preview.summary).toEqual(await currentSummary(source));
    expect(preview.summary.meetings).toBe(await source.db.meetings.count());
    expect(preview.summary.meetings).toBeGreaterThan(1);
    expect(await currentSummary(target)).toEqual({ bodies: 0, people: 0, organisations: 0, meetings: 0 });
    // Previewing changed nothing; restoring the preview does.
    await restoreBackup(target, preview);
    expect(await currentSummary(target)).toEqual(preview.summary);
  });

  it('keeps the number of automatic backups as a setting (default 14, 1–365)', async () => {
    const s = await store();
    expect(await getBackupKeep(s)).toBe(14);
    await setBackupKeep(s, 30);
    expect(await getBackupKeep(s)).toBe(30);
    for (const bad of [0, 366, 2.5, Number.NaN]) {
      await expect(setBackupKeep(s, bad)).rejects.toThrow('Ange ett antal mellan 1 och 365.');
    }
  });
});

describe('a refused restore changes nothing', () => {
  async function setUp() {
    const source = await store();
    const seeded = await seedDatabase(source);
    const bytes = await createBackup(source, { appVersion: '0.1.0' });
    const target = await store('target');
    await addPerson(target, { name: 'Ska Finnas Kvar', title: '', organisationId: null, email: '', phone: '' });
    return { source, seeded, bytes, target };
  }

  it('refuses a truncated file', async () => {
    const { bytes, target } = await setUp();
    for (const cut of [1, 100, Math.floor(bytes.length / 2), bytes.length - 3]) {
      await expectRefusedWithoutChange(target, () => restoreBackupFile(target, bytes.slice(0, cut)), /ofullständig eller skadad|inte en säkerhetskopia/);
    }
  });

  it('refuses an empty file, random JSON, another app’s Dexie export and a renamed .docx', async () => {
    const { target } = await setUp();
    await expectRefusedWithoutChange(target, () => restoreBackupFile(target, new Uint8Array()), /Filen är tom/);
    await expectRefusedWithoutChange(target, () => restoreBackupFile(target, encode({ hello: 'world' })), /inte en säkerhetskopia från Justera/);
    await expectRefusedWithoutChange(target, () => restoreBackupFile(target, encode('[1,2,3]')), /inte en säkerhetskopia från Justera/);
    await expectRefusedWithoutChange(target, () => restoreBackupFile(target, new Uint8Array([0xff, 0xfe, 0x00, 0x80])), /inte en säkerhetskopia från Justera/);
    const dexieExport = { formatName: 'dexie', formatVersion: 1, data: { databaseName: 'other', databaseVersion: 1, tables: [], data: [] } };
    await expectRefusedWithoutChange(target, () => restoreBackupFile(target, encode(dexieExport)), /databasexport från ett annat program/);
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('word/document.xml', '<w:document/>');
    const docx = await zip.generateAsync({ type: 'uint8array' });
    await expectRefusedWithoutChange(target, () => restoreBackupFile(target, docx), /Word-dokument eller en zip-fil/);
  });

  it('refuses a backup from a newer version of Justera', async () => {
    const { bytes, target } = await setUp();
    const newerFormat = { ...json(bytes), formatVersion: 2 };
    await expectRefusedWithoutChange(target, () => restoreBackupFile(target, encode(newerFormat)), /Säkerhetskopian kommer från en nyare version av Justera/);
    const file = json(bytes);
    const newerDatabase = { ...file, database: { name: 'justera', schemaVersion: SCHEMA_VERSION + 1 } };
    await expectRefusedWithoutChange(target, () => restoreBackupFile(target, encode(newerDatabase)), /Säkerhetskopian kommer från en nyare version av Justera/);
  });

  it('refuses unknown tables, rows of the wrong form, duplicates and miscounted tables', async () => {
    const { bytes, target } = await setUp();
    const withTable = json(bytes);
    withTable.tables.push({ name: 'minnesbilder', schema: 'id', inbound: true, rowCount: 0, sha256: '', rows: [] });
    await expectRefusedWithoutChange(target, async () => restoreBackupFile(target, await sealed(withTable)), /inte känner till \(tabellen ”minnesbilder”\)/);

    const badSetting = json(bytes);
    badSetting.tables.find((t) => t.name === 'settings')!.rows.push({ value: 1 });
    badSetting.tables.find((t) => t.name === 'settings')!.rowCount += 1;
    await expectRefusedWithoutChange(target, async () => restoreBackupFile(target, await sealed(badSetting)), /inställningarna saknar en giltig nyckel/);

    const badDocument = json(bytes);
    const docRow = badDocument.tables.find((t) => t.name === 'documents')!.rows[0] as { kind: string };
    docRow.kind = 'agreement';
    await expectRefusedWithoutChange(target, () => restoreBackupFile(target, encode(badDocument)), /innehållet i dokumenten har ändrats sedan säkerhetskopian gjordes/);
    await expectRefusedWithoutChange(target, async () => restoreBackupFile(target, await sealed(badDocument)), /dokumenten har fel form/);

    const duplicate = json(bytes);
    const people = duplicate.tables.find((t) => t.name === 'documents')!;
    people.rows.push(people.rows[0]);
    people.rowCount += 1;
    await expectRefusedWithoutChange(target, async () => restoreBackupFile(target, await sealed(duplicate)), /samma post finns två gånger/);

    const miscounted = json(bytes);
    miscounted.tables.find((t) => t.name === UPDATES_TABLE)!.rows.pop();
    await expectRefusedWithoutChange(target, () => restoreBackupFile(target, encode(miscounted)), /ofullständig: ändringarna i dokumenten ska ha/);
  });

  it('refuses damaged or missing Yjs updates', async () => {
    const { bytes, target, seeded } = await setUp();
    const garbage = json(bytes);
    const updates = garbage.tables.find((t) => t.name === UPDATES_TABLE)!.rows as { u: { base64: string } }[];
    updates[0]!.u.base64 = 'AAECAwQFBgc=';
    await expectRefusedWithoutChange(target, () => restoreBackupFile(target, encode(garbage)), /innehållet i ändringarna i dokumenten har ändrats/);
    await expectRefusedWithoutChange(target, async () => restoreBackupFile(target, await sealed(garbage)), /går inte att läsa/);

    // Dropping an early update of a document leaves later ones pointing at what is missing.
    const missing = json(bytes);
    const table = missing.tables.find((t) => t.name === UPDATES_TABLE)! as { rows: { k: string; i: number }[]; rowCount: number };
    const register = table.rows.filter((r) => r.k === REGISTER_DOC_ID).sort((a, b) => a.i - b.i);
    expect(register.length).toBeGreaterThan(1);
    table.rows = table.rows.filter((r) => r !== register[0]);
    table.rowCount -= 1;
    await expectRefusedWithoutChange(target, async () => restoreBackupFile(target, await sealed(missing)), /ändringar saknas i dokumentet ”register”/);

    // Dropping an update in the middle of one editor's changes leaves the later ones hanging.
    const gap = json(bytes);
    const gapTable = gap.tables.find((t) => t.name === UPDATES_TABLE)! as { rows: { k: string; i: number }[]; rowCount: number };
    const meeting = gapTable.rows.filter((r) => r.k === meetingDocId(seeded.meetingId)).sort((a, b) => a.i - b.i);
    expect(meeting.length).toBe(3); // created; an item added; justerare chosen
    gapTable.rows = gapTable.rows.filter((r) => r !== meeting[1]);
    gapTable.rowCount -= 1;
    await expectRefusedWithoutChange(target, async () => restoreBackupFile(target, await sealed(gap)), /ändringar saknas i dokumentet ”meeting\//);

    const orphan = json(bytes);
    const orphanTable = orphan.tables.find((t) => t.name === UPDATES_TABLE)! as { rows: { k: string }[] };
    orphanTable.rows[orphanTable.rows.length - 1]!.k = 'meeting/finns-inte';
    await expectRefusedWithoutChange(target, async () => restoreBackupFile(target, await sealed(orphan)), /ändringar i ett dokument som inte finns/);
  });

  it('refuses records that refer to what is not there', async () => {
    const { source, bytes, target } = await setUp();
    const file = json(bytes);
    const documents = file.tables.find((t) => t.name === 'documents')! as { rows: unknown[]; rowCount: number };
    const updates = file.tables.find((t) => t.name === UPDATES_TABLE)! as { rows: { i: number }[]; rowCount: number };
    const addDocument = (docId: string, build: (doc: Y.Doc) => void) => {
      const doc = new Y.Doc();
      build(doc);
      documents.rows.push({ id: docId, kind: 'body', createdAt: new Date().toISOString() });
      documents.rowCount += 1;
      const i = Math.max(...updates.rows.map((r) => r.i)) + 1;
      updates.rows.push({ i, k: docId, u: { $type: 'bytes', base64: Buffer.from(Y.encodeStateAsUpdateV2(doc)).toString('base64') }, f: 1 } as never);
      updates.rowCount += 1;
    };
    const bodyId = newId();
    addDocument(bodyDocId(bodyId), (doc) => initDocument(doc, 'body', bodyId));
    await expectRefusedWithoutChange(target, async () => restoreBackupFile(target, await sealed(file)), /hänger inte ihop: det finns uppgifter om ett organ som inte finns i registret/);

    // A membership of an existing body that names a person who is not in the register.
    const second = json(bytes);
    const council = (await listBodies(source)).find((b) => b.name.startsWith('Specifika'))!;
    const secondUpdates = second.tables.find((t) => t.name === UPDATES_TABLE)! as { rows: { i: number; k: string }[]; rowCount: number };
    const doc = new Y.Doc();
    doc.clientID = 987654;
    insertRecord(doc, 'memberships', newId(), { personId: 'ingen-sådan-person', role: 'member', organisationId: null, deputyFor: null, from: '2024-01-01', to: null, deletedAt: null });
    secondUpdates.rows.push({ i: 999999, k: bodyDocId(council.id), u: { $type: 'bytes', base64: Buffer.from(Y.encodeStateAsUpdateV2(doc)).toString('base64') } } as never);
    secondUpdates.rowCount += 1;
    await expectRefusedWithoutChange(target, async () => restoreBackupFile(target, await sealed(second)), /medlemskap i Specifika samverkansrådet för folkhälsa gäller en person som inte finns/);
  });

  it('survives random damage to a real backup: refused with nothing changed, or restored consistently', async () => {
    const { bytes, target } = await setUp();
    const file = json(bytes);
    let refusedRaw = 0;
    let refusedSealed = 0;
    for (let seed = 1; seed <= 20; seed += 1) {
      const damaged = mutateBackupJson(file, seed);
      for (const [variant, candidate] of [['raw', encode(damaged)], ['sealed', await sealed(damaged)]] as const) {
        const before = await dumpDatabase(target);
        try {
          await restoreBackupFile(target, candidate);
          // Accepted: the damage was harmless (a date in the header, a derived row that is rebuilt …).
          await restoreBackupFile(target, bytes);
        } catch (error) {
          expect(isDomainError(error), String(error)).toBe(true);
          expect(await dumpDatabase(target)).toEqual(before);
          if (variant === 'raw') refusedRaw += 1;
          else refusedSealed += 1;
        }
      }
    }
    // Without the checksum recomputed nearly every change is caught by it; with it, by the deeper checks.
    expect(refusedRaw).toBeGreaterThan(15);
    expect(refusedSealed).toBeGreaterThanOrEqual(3);
  }, 120_000);
});

describe('signed protocols and this installation\u2019s key', () => {
  /** A council meeting signed with the secretary's and the chair's approvals. */
  async function signedMeeting(s: Store) {
    await loadExampleData(s);
    const council = (await listBodies(s)).find((b) => b.name.startsWith('Specifika'))!;
    const meetingId = await createMeeting(s, { bodyIds: [council.id], date: '2024-05-17' });
    const people = await listPeople(s);
    const id = (name: string) => people.find((p) => p.name === name)!.id;
    await setAdjusters(s, meetingId, [id('Åsa Wennberg')]);
    await justering.sendForReview(s, meetingId);
    const state = await justering.readState(s, meetingId);
    let signed = false;
    for (const approver of state.versions[0]!.approvers) {
      ({ signed } = await justering.recordApproval(s, meetingId, { approver, version: 1, decision: 'approve', via: 'email' }));
    }
    expect(signed).toBe(true);
    return meetingId;
  }

  it('restores a signed protocol as it was signed, still frozen, and keeps this machine\u2019s key out of the file', async () => {
    const source = await store('signed-source');
    const meetingId = await signedMeeting(source);
    await getInstallationKey(source);
    const bytes = await createBackup(source, { appVersion: '0.1.0' });
    expect(json(bytes).tables.map((t) => t.name)).not.toContain('keys');

    const target = await store('signed-target');
    const targetKey = await getInstallationKey(target);
    await restoreBackupFile(target, bytes);
    expect(await justering.listSignedVersions(target, meetingId)).toEqual(await justering.listSignedVersions(source, meetingId));
    expect((await target.db.justering.get(meetingId))?.status).toBe('signed');
    // The key of the machine the backup is restored on is still there, unchanged.
    expect((await getInstallationKey(target)).publicJwk).toEqual(targetKey.publicJwk);
    // Frozen after the restore, too: the data layer refuses a change to the signed meeting.
    const error = await setAdjusters(target, meetingId, []).then(() => null, (e: unknown) => e);
    expect(isDomainError(error)).toBe(true);

    // A second restore replaces the signed rows again (only a restore may).
    await restoreBackupFile(target, bytes);
    expect(await justering.listSignedVersions(target, meetingId)).toHaveLength(1);
  });

  it('refuses a backup whose signed protocol does not match its checksum', async () => {
    const source = await store('tamper-source');
    await signedMeeting(source);
    const bytes = await createBackup(source, { appVersion: '0.1.0' });
    const target = await store('tamper-target');
    await addPerson(target, { name: 'Ska Finnas Kvar', title: '', organisationId: null, email: '', phone: '' });
    const tampered = json(bytes);
    const row = tampered.tables.find((t) => t.name === 'signedProtocols')!.rows[0] as { json: string };
    row.json = row.json.replace('Specifika', 'Ändrade');
    await expectRefusedWithoutChange(target, async () => restoreBackupFile(target, await sealed(tampered)), /justerade protokollet \(version 1\) stämmer inte med sin kontrollsumma/);
  });
});

describe('the file', () => {
  it('is our format, readable by people, with every table of the database but the derived ones', async () => {
    const s = await store();
    await seedDatabase(s);
    const bytes = await createBackup(s, { appVersion: '9.9.9' });
    const file = json(bytes);
    expect(file.format).toBe(BACKUP_FORMAT);
    expect(file.app).toEqual({ name: 'Justera', version: '9.9.9' });
    expect(file.database).toEqual({ name: s.db.name, schemaVersion: SCHEMA_VERSION });
    expect(file.tables.map((t) => t.name).sort()).toEqual(
      s.db.tables.map((t) => t.name).filter((name) => !NOT_BACKED_UP.has(name) && !REBUILT_AFTER_RESTORE.has(name) && !allProjectionTables.includes(name)).sort(),
    );
    expect(file.tables.map((t) => t.name)).not.toContain('keys');
    // The derived rows are rebuilt from the documents by every restore: the file does not carry them.
    expect(file.tables.map((t) => t.name)).not.toContain('agendas');
    expect(file.tables.map((t) => t.name)).not.toContain('minutes');
    const parsed = await parseBackupFile(bytes, { currentSchemaVersion: SCHEMA_VERSION });
    const updates = parsed.tables.find((t) => t.name === UPDATES_TABLE)!;
    expect((updates.rows[0] as { u: unknown }).u).toBeInstanceOf(Uint8Array);
    // One row per line, so two backups can be compared with a text diff.
    expect(new TextDecoder().decode(bytes).split('\n').length).toBeGreaterThan(updates.rows.length);
  });
});

describe('backup file names', () => {
  it('never gives a new backup the name of one already in the folder', () => {
    const at = new Date(2026, 2, 4, 10, 15, 30);
    expect(manualBackupName(at)).toBe('justera-säkerhetskopia-2026-03-04-101530.json');
    expect(manualBackupName(at, ['justera-säkerhetskopia-2026-03-04-101530.json'])).toBe('justera-säkerhetskopia-2026-03-04-101530-2.json');
    expect(manualBackupName(at, ['justera-säkerhetskopia-2026-03-04-101530.json', 'justera-säkerhetskopia-2026-03-04-101530-2.json'])).toBe(
      'justera-säkerhetskopia-2026-03-04-101530-3.json',
    );
    expect(preUpgradeBackupName(new Date('2026-03-04T10:15:30.123Z'), 1)).toBe('justera-innan-uppgradering-v1-2026-03-04T10-15-30-123Z.json');
  });
});
