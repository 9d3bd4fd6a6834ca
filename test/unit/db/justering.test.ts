import { afterEach, describe, expect, it } from 'vitest';
import { paragraph, writeRichText } from '../../../shared/document/richText';
import { canonicalJson, sha256Hex } from '../../../shared/document/canonical';
import { orderItems } from '../../../shared/domain/agenda';
import { isDomainError } from '../../../shared/domain/errors';
import { meetingDocId, minutesDocId } from '../../../shared/ydoc/documents';
import * as agenda from '../../../renderer/db/agenda';
import { loadExampleData } from '../../../renderer/db/exampleData';
import { exportMeetingFile, importMeetingFile } from '../../../renderer/db/exchange';
import * as justering from '../../../renderer/db/justering';
import { createMeeting, listItems, setAdjusters, updateMeetingDetails, getMeeting } from '../../../renderer/db/meetings';
import * as minutes from '../../../renderer/db/minutes';
import { listBodies, listPeople } from '../../../renderer/db/queries';
import { closeStore, type Store } from '../../../renderer/db/store';
import { UPDATES_TABLE } from '../../../renderer/db/database';
import { freshStore } from '../../helpers/store';

const open: Store[] = [];
afterEach(() => open.splice(0).forEach(closeStore));

async function machine(label: string): Promise<Store> {
  const store = await freshStore(label);
  open.push(store);
  return store;
}

async function refused(promise: Promise<unknown>, message?: RegExp): Promise<void> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(isDomainError(error), `expected a refusal${message ? ` (${message})` : ''}, got ${String(error)}`).toBe(true);
  if (message) expect((error as Error).message).toMatch(message);
}

/** A held council meeting with attendance, justerare and some minutes. */
async function heldMeeting(store: Store) {
  await loadExampleData(store);
  const council = (await listBodies(store)).find((b) => b.name.startsWith('Specifika'))!;
  const meetingId = await createMeeting(store, { bodyIds: [council.id], date: '2024-05-17' });
  const people = await listPeople(store);
  const id = (name: string) => people.find((p) => p.name === name)!.id;
  for (const name of ['Helena Strand', 'Louise Hammar', 'Åsa Wennberg', 'Marie Ekdahl']) await minutes.setAttendance(store, meetingId, id(name), { status: 'present' });
  await setAdjusters(store, meetingId, [id('Åsa Wennberg')]);
  const healthy = await agenda.addItem(store, meetingId, { title: 'Healthy cities', kind: 'information', minutes: 20, description: '', presenters: [], subPoints: [], links: [], timeSlotId: null });
  const doc = await minutes.openMinutes(store, meetingId, healthy);
  writeRichText(doc, [paragraph('Rapport från årskonferensen.')]);
  await store.projector.flush();
  return { meetingId, healthy, id };
}

describe('justering', () => {
  it('freezes the protocol as canonical JSON with its SHA-256, and refuses to send it without justerare', async () => {
    const store = await machine('sec');
    const { meetingId, id } = await heldMeeting(store);
    const { version, hash } = await justering.sendForReview(store, meetingId);
    expect(version).toBe(1);
    const state = await justering.readState(store, meetingId);
    expect(await sha256Hex(state.versions[0]!.json)).toBe(hash);
    const document = JSON.parse(state.versions[0]!.json);
    expect(canonicalJson(document)).toBe(state.versions[0]!.json);
    expect(document.adjusters.map((a: { name: string }) => a.name)).toEqual(['Åsa Wennberg']);
    expect(state.versions[0]!.approvers.map((a) => a.role)).toEqual(['secretary', 'chair', 'adjuster']);
    await refused(justering.sendForReview(store, meetingId), /Inget har ändrats sedan version 1/);

    await setAdjusters(store, meetingId, []);
    await refused(justering.sendForReview(store, meetingId), /Välj justerare/);
    await setAdjusters(store, meetingId, [id('Åsa Wennberg')]);
  });

  it('draft → review package → approval file → signed, across two machines', async () => {
    const secretary = await machine('sec');
    const { meetingId } = await heldMeeting(secretary);
    await justering.sendForReview(secretary, meetingId);
    const pkg = await justering.exportReviewPackage(secretary, meetingId);

    // The justerare, at another organisation, with her own Justera.
    const adjuster = await machine('adj');
    const opened = await justering.openReviewPackage(adjuster, pkg.bytes);
    expect(opened.document.items.map((i) => i.title)).toContain('Healthy cities');
    const approver = opened.pkg.approvers.find((a) => a.role === 'adjuster')!;
    const approval = await justering.writeApprovalFile(adjuster, opened.id, { approver, decision: 'approve', comments: [] });

    await justering.recordApproval(secretary, meetingId, { approver: opened.pkg.approvers[0]!, version: 1, decision: 'approve', via: 'app' });
    expect((await justering.importApprovalFile(secretary, meetingId, approval.bytes)).signed).toBe(false);
    const chair = opened.pkg.approvers.find((a) => a.role === 'chair')!;
    const { signed } = await justering.recordApproval(secretary, meetingId, { approver: chair, version: 1, decision: 'approve', via: 'email', note: 'E-post 17 juni' });
    expect(signed).toBe(true);
    const row = await secretary.db.justering.get(meetingId);
    expect(row).toMatchObject({ status: 'signed', signedVersion: 1 });
    const archived = await justering.listSignedVersions(secretary, meetingId);
    expect(archived).toHaveLength(1);
    expect(archived[0]!.approvals.map((a) => a.via).sort()).toEqual(['app', 'email', 'file']);
  });

  it('refuses tampered packages and approvals, and approvals for another hash', async () => {
    const secretary = await machine('sec');
    const { meetingId } = await heldMeeting(secretary);
    await justering.sendForReview(secretary, meetingId);
    const pkg = await justering.exportReviewPackage(secretary, meetingId);
    const adjusterStore = await machine('adj');

    const tamperedPkg = JSON.parse(new TextDecoder().decode(pkg.bytes));
    tamperedPkg.current.json = tamperedPkg.current.json.replace('Rapport från årskonferensen.', 'Något helt annat.');
    await refused(justering.openReviewPackage(adjusterStore, new TextEncoder().encode(JSON.stringify(tamperedPkg))), /har ändrats efter att den skapades/);
    await refused(justering.openReviewPackage(adjusterStore, pkg.bytes.slice(0, 100)), /kunde inte läsas som en justeringsfil/);

    const opened = await justering.openReviewPackage(adjusterStore, pkg.bytes);
    const approver = opened.pkg.approvers.find((a) => a.role === 'adjuster')!;
    const file = await justering.writeApprovalFile(adjusterStore, opened.id, { approver, decision: 'approve', comments: [] });
    const before = await secretary.db.approvals.count();

    const forged = JSON.parse(new TextDecoder().decode(file.bytes));
    forged.decision = 'approve';
    forged.approver.name = 'Helena Strand';
    await refused(justering.importApprovalFile(secretary, meetingId, new TextEncoder().encode(JSON.stringify(forged))), /signaturen stämmer inte/);

    // The secretary revises: version 2. The old approval no longer matches what is to be signed.
    const doc = await minutes.openMinutes(secretary, meetingId, orderItems(await listItems(secretary, meetingId)).find((i) => i.title === 'Healthy cities')!.id);
    writeRichText(doc, [paragraph('Tillägg efter justerarens kommentar.')]);
    await justering.sendForReview(secretary, meetingId);
    await refused(justering.importApprovalFile(secretary, meetingId, file.bytes), /version 1, men version 2 är den som ska justeras nu/);
    expect(await secretary.db.approvals.count()).toBe(before);
  });

  it('no db function, import or direct write can change a signed protocol; a correction is a new version', async () => {
    const store = await machine('sec');
    const { meetingId, healthy, id } = await heldMeeting(store);
    // Before signing, the chair's machine makes a change and sends it back too late.
    const chairMachine = await machine('chair');
    await importMeetingFile(chairMachine, (await exportMeetingFile(store, meetingId)).bytes);
    await agenda.addItem(chairMachine, meetingId, { title: 'För sent från ordföranden', kind: 'information', minutes: 5, description: '', presenters: [], subPoints: [], links: [], timeSlotId: null });
    const late = await exportMeetingFile(chairMachine, meetingId);
    await justering.sendForReview(store, meetingId);
    const state = await justering.readState(store, meetingId);
    for (const approver of state.versions[0]!.approvers) {
      await justering.recordApproval(store, meetingId, { approver, version: 1, decision: 'approve', via: 'paper' });
    }
    const signedBefore = await store.db.signedProtocols.toArray();
    expect(signedBefore).toHaveLength(1);

    const attempts: [string, () => Promise<unknown>][] = [
      ['add an item', () => agenda.addItem(store, meetingId, { title: 'Sent tillägg', kind: 'information', minutes: 5, description: '', presenters: [], subPoints: [], links: [], timeSlotId: null })],
      ['edit an item', () => agenda.updateItem(store, meetingId, healthy, { title: 'Ändrad', kind: 'information', minutes: 5, description: '', presenters: [], subPoints: [], links: [], timeSlotId: null })],
      ['remove an item', () => agenda.removeItem(store, meetingId, healthy)],
      ['move an item', () => agenda.moveItem(store, meetingId, healthy, 0)],
      ['change attendance', () => minutes.setAttendance(store, meetingId, id('Helena Strand'), { status: 'absent' })],
      ['change justerare', () => setAdjusters(store, meetingId, [])],
      ['change the date', async () => updateMeetingDetails(store, meetingId, { ...(await getMeeting(store, meetingId))!, date: '2024-05-18' })],
      ['edit the decision', () => minutes.setDecisionMeta(store, meetingId, healthy, { method: 'vote' })],
      ['add a task', () => minutes.addTask(store, meetingId, healthy, { text: 'Sent uppdrag', ownerIds: [], convenerId: null, dueDate: null, nextStep: '' })],
      ['type in the minutes', async () => {
        const doc = await minutes.openMinutes(store, meetingId, healthy);
        doc.getText('decision').insert(0, 'Efterhandsändring');
        await store.writes.idle();
        if (store.writes.current.lastError) throw store.writes.current.lastError;
      }],
      ['write an update row directly', () => store.db.table(UPDATES_TABLE).add({ k: meetingDocId(meetingId), u: new Uint8Array([0, 0]), f: 1 })],
      ['overwrite the archived version', () => store.db.signedProtocols.put({ ...signedBefore[0]!, json: '{}' })],
      ['delete the archived version', () => store.db.signedProtocols.delete(signedBefore[0]!.id)],
      ['merge a meeting file with a late change', () => importMeetingFile(store, late.bytes, meetingId)],
    ];
    for (const [what, attempt] of attempts) {
      const error = await attempt().then(() => null, (e: unknown) => e);
      expect(error, `${what} should be refused`).not.toBeNull();
    }
    store.docs.forget(minutesDocId(healthy));
    expect(await store.db.signedProtocols.toArray()).toEqual(signedBefore);
    expect((await store.db.justering.get(meetingId))?.status).toBe('signed');
    const live = await justering.buildProtocol(store, meetingId);
    expect(canonicalJson(live)).toBe(signedBefore[0]!.json);

    // A correction reopens the content; the signed version stays exactly as it was.
    await justering.startCorrection(store, meetingId, 'Fel datum för uppföljningsdagen.');
    await minutes.setDecisionMeta(store, meetingId, healthy, { method: 'acclamation' });
    const { version } = await justering.sendForReview(store, meetingId);
    expect(version).toBe(2);
    expect(await store.db.signedProtocols.toArray()).toEqual(signedBefore);
  });

  it('freezes an item approved at the meeting while the rest stays editable', async () => {
    const store = await machine('sec');
    const { meetingId, healthy, id } = await heldMeeting(store);
    await justering.approveItemImmediately(store, meetingId, healthy, [id('Helena Strand'), id('Åsa Wennberg')]);
    await refused(agenda.updateItem(store, meetingId, healthy, { title: 'Ändrad', kind: 'information', minutes: 5, description: '', presenters: [], subPoints: [], links: [], timeSlotId: null }), /omedelbart justerad/);
    const doc = await minutes.openMinutes(store, meetingId, healthy);
    doc.getText('decision').insert(0, 'x');
    await store.writes.idle();
    expect(store.writes.current.lastError).toBeTruthy();
    store.docs.forget(minutesDocId(healthy));
    // Other items are still open.
    await agenda.addItem(store, meetingId, { title: 'Övrigt', kind: 'information', minutes: 5, description: '', presenters: [], subPoints: [], links: [], timeSlotId: null });
    const document = await justering.buildProtocol(store, meetingId);
    expect(document.items.find((i) => i.id === healthy)).toMatchObject({ immediatelyApproved: true, title: 'Healthy cities' });
  });
});
