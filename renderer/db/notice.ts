/**
 * The kallelse from the database: gathers the meeting, its agenda, the invited (the bodies'
 * memberships on the meeting's date, people added beforehand, presenters) and the changes no notice
 * has reported yet, and builds the model that the Word file and the e-mail text are made from
 * (shared/domain/notice.ts). Sending a notice is recorded in the meeting's document.
 */
import { invitedOn } from '../../shared/domain/attendance';
import { DomainError } from '../../shared/domain/errors';
import { buildNotice, type NoticeKind, type NoticeModel } from '../../shared/domain/notice';
import { latestNoticeAt, unreportedChanges } from '../../shared/ydoc/meeting';
import { actorName, getActor } from './actor';
import { firstSectionNumber } from './agenda';
import { getMeeting, listChanges, listItems, recordUpdatedNotice, setMeetingStatus } from './meetings';
import { listAttendance } from './minutes';
import { listMembershipsOfBodies, registerIndex } from './queries';
import type { Store } from './store';

export async function loadNotice(store: Store, meetingId: string, kind: NoticeKind): Promise<NoticeModel> {
  const meeting = await getMeeting(store, meetingId);
  if (!meeting || meeting.deletedAt) throw new DomainError('Mötet finns inte längre.');
  if (kind === 'update' && !meeting.noticeSentAt) throw new DomainError('Kallelsen är inte skickad än. Skicka kallelsen först.');
  const [items, index, memberships, changes, attendance, firstSection, sender] = await Promise.all([
    listItems(store, meetingId),
    registerIndex(store),
    listMembershipsOfBodies(store, meeting.bodyIds),
    listChanges(store, meetingId),
    listAttendance(store, meetingId),
    firstSectionNumber(store, meetingId),
    // The signature: the name set under Inställningar, or none (never "Okänd användare").
    getActor(store).then((a) => a.name),
  ]);
  const host = index.bodies.get(meeting.bodyIds[0]!);
  return buildNotice({
    kind,
    meeting,
    bodyNames: meeting.bodyIds.map((id) => index.bodies.get(id)?.name ?? 'Okänt organ'),
    items,
    numbering: host?.numbering ?? 'sequential',
    firstSection,
    invited: invitedOn(meeting.date, memberships),
    added: attendance.filter((a) => a.removedAt === null && a.addedRole !== null).map((a) => ({ personId: a.personId, role: a.addedRole! })),
    people: index.people,
    organisations: index.organisations,
    changes: unreportedChanges(changes),
    previousNoticeAt: latestNoticeAt(meeting, changes),
    sender,
  });
}

/**
 * Marks the notice as sent: the first time the meeting's status becomes "Kallelse skickad" (and the
 * change log starts); after that it records an updated notice, so the next one lists only what
 * changed after it.
 */
export async function markNoticeSent(store: Store, meetingId: string): Promise<NoticeKind> {
  const meeting = await getMeeting(store, meetingId);
  if (!meeting || meeting.deletedAt) throw new DomainError('Mötet finns inte längre.');
  const by = await actorName(store);
  if (meeting.status === 'cancelled') throw new DomainError('Mötet är inställt. Det går inte att skicka en kallelse till det.');
  if (!meeting.noticeSentAt) {
    if (meeting.status === 'held') throw new DomainError('Mötet är redan hållet.');
    await setMeetingStatus(store, meetingId, 'noticeSent', '', by);
    return 'notice';
  }
  await recordUpdatedNotice(store, meetingId, by);
  return 'update';
}
