/**
 * Hostile input against the justering files and the meeting file: a review package opened by a
 * justerare, an approval file read in by the secretary, a meeting file opened by the chair. Each
 * must be refused with a Swedish message and nothing changed, or accepted consistently; nothing
 * in them ever runs (test/helpers/hostile.ts).
 */
import { paragraph, writeRichText } from '../../../shared/document/richText';
import { loadExampleData } from '../../../renderer/db/exampleData';
import { exportMeetingFile, importMeetingFile } from '../../../renderer/db/exchange';
import * as justering from '../../../renderer/db/justering';
import { createMeeting, setAdjusters } from '../../../renderer/db/meetings';
import * as minutes from '../../../renderer/db/minutes';
import * as agenda from '../../../renderer/db/agenda';
import { listBodies, listPeople } from '../../../renderer/db/queries';
import { closeStore, type Store } from '../../../renderer/db/store';
import { describeHostileImport } from '../../helpers/hostile';
import { freshStore } from '../../helpers/store';

interface Files {
  meetingId: string;
  reviewPackage: Uint8Array;
  approval: Uint8Array;
  meetingFile: Uint8Array;
}

/** A council meeting sent for review, its review package, one justerare's approval, its meeting file. */
async function makeFiles(secretary: Store): Promise<Files> {
  await loadExampleData(secretary, { meetings: false });
  const council = (await listBodies(secretary)).find((b) => b.name.startsWith('Specifika'))!;
  const meetingId = await createMeeting(secretary, { bodyIds: [council.id], date: '2024-05-17' });
  const people = await listPeople(secretary);
  await setAdjusters(secretary, meetingId, [people.find((p) => p.name === 'Åsa Wennberg')!.id]);
  const itemId = await agenda.addItem(secretary, meetingId, { title: 'Healthy cities', kind: 'information', minutes: 20, description: '', presenters: [], subPoints: [], links: [], timeSlotId: null });
  writeRichText(await minutes.openMinutes(secretary, meetingId, itemId), [paragraph('Rapport från årskonferensen.')]);
  await secretary.projector.flush();
  const meetingFile = (await exportMeetingFile(secretary, meetingId)).bytes;
  await justering.sendForReview(secretary, meetingId);
  const reviewPackage = (await justering.exportReviewPackage(secretary, meetingId)).bytes;
  const adjuster = await freshStore('hostile-adjuster-key');
  try {
    const opened = await justering.openReviewPackage(adjuster, reviewPackage);
    const approver = opened.pkg.approvers.find((a) => a.role === 'adjuster')!;
    const approval = (await justering.writeApprovalFile(adjuster, opened.id, { approver, decision: 'approve', comments: [] })).bytes;
    return { meetingId, reviewPackage, approval, meetingFile };
  } finally {
    closeStore(adjuster);
  }
}

let files: Files | undefined;
/** The secretary's database the files come from (an approval file belongs to one of its meetings). */
let secretaryStore: Store | undefined;
async function secretary(): Promise<{ store: Store; files: Files }> {
  if (!secretaryStore || !files) {
    secretaryStore = await freshStore('hostile-secretary');
    files = await makeFiles(secretaryStore);
  }
  return { store: secretaryStore, files };
}

describeHostileImport({
  name: 'justeringsfil',
  json: true,
  target: () => freshStore('hostile-review-target'),
  validFile: async () => (await secretary()).files.reviewPackage,
  run: (store, bytes) => justering.openReviewPackage(store, bytes),
  close: closeStore,
  numRuns: 12,
});

describeHostileImport({
  name: 'godkännandefil',
  json: true,
  // The secretary's own database, with the meeting the approval belongs to.
  target: async () => (await secretary()).store,
  validFile: async () => (await secretary()).files.approval,
  run: async (store, bytes) => justering.importApprovalFile(store, (await secretary()).files.meetingId, bytes),
  // Shared with the other paths of this file: closed once, after all of them.
  close: () => undefined,
  // Each run compares the whole secretary's database before and after: fewer, heavier runs.
  numRuns: 8,
});

describeHostileImport({
  name: 'mötesfil',
  json: true,
  target: async () => {
    const store = await freshStore('hostile-meeting-target');
    await loadExampleData(store, { meetings: false });
    return store;
  },
  validFile: async () => (await secretary()).files.meetingFile,
  run: (store, bytes) => importMeetingFile(store, bytes),
  close: closeStore,
  numRuns: 8,
});
