/**
 * Attendance in the meeting's document: one record per person (so two people marking attendance
 * at the same time never overwrite each other), and the meeting's adopted agenda.
 */
import type * as Y from 'yjs';
import { attendanceSchema, type Attendance, type AttendanceRole } from '../domain/attendance';
import { DomainError } from '../domain/errors';
import { parseInput } from '../domain/validation';
import { LOCAL_ORIGIN } from './documents';
import { hasRecord, insertRecord, patchRecord, readCollection } from './entities';
import { assertUnlocked } from './justering';
import { readMeeting } from './meeting';

const ATTENDANCE = 'attendance';

export type AttendancePatch = Partial<Pick<Attendance, 'status' | 'substituteFor' | 'fromItemId' | 'toItemId' | 'note'>>;

export function readAttendance(doc: Y.Doc): Attendance[] {
  return readCollection(doc, ATTENDANCE, attendanceSchema.omit({ personId: true }).extend({ id: attendanceSchema.shape.personId }))
    .records.map(({ id, ...rest }) => ({ ...rest, personId: id }));
}

function requireOpen(doc: Y.Doc, meetingId: string): void {
  const meeting = readMeeting(doc, meetingId);
  if (!meeting || meeting.deletedAt) throw new DomainError('Mötet finns inte längre.');
  assertUnlocked(doc);
}

export function setAttendance(doc: Y.Doc, meetingId: string, personId: string, patch: AttendancePatch): void {
  requireOpen(doc, meetingId);
  const checked = parseInput(attendanceSchema.pick({ status: true, substituteFor: true, fromItemId: true, toItemId: true, note: true }).partial(), patch);
  if (checked.substituteFor === personId) throw new DomainError('En ersättare kan inte tjänstgöra för sig själv.', 'substituteFor');
  doc.transact(() => {
    if (hasRecord(doc, ATTENDANCE, personId)) patchRecord(doc, ATTENDANCE, personId, { ...checked, removedAt: null });
    else insertRecord(doc, ATTENDANCE, personId, { status: null, addedRole: null, substituteFor: null, fromItemId: null, toItemId: null, note: '', removedAt: null, ...checked });
  }, LOCAL_ORIGIN);
}

/** Someone not called to the meeting (a guest, an extra official) joins it, present. */
export function addAttendee(doc: Y.Doc, meetingId: string, personId: string, role: AttendanceRole, fromItemId: string | null = null): void {
  requireOpen(doc, meetingId);
  doc.transact(() => {
    const fields = { status: 'present', addedRole: role, substituteFor: null, fromItemId, toItemId: null, note: '', removedAt: null };
    if (hasRecord(doc, ATTENDANCE, personId)) patchRecord(doc, ATTENDANCE, personId, fields);
    else insertRecord(doc, ATTENDANCE, personId, fields);
  }, LOCAL_ORIGIN);
}

export function removeAttendee(doc: Y.Doc, meetingId: string, personId: string, now = new Date().toISOString()): void {
  requireOpen(doc, meetingId);
  if (!hasRecord(doc, ATTENDANCE, personId)) return;
  doc.transact(() => patchRecord(doc, ATTENDANCE, personId, { removedAt: now }), LOCAL_ORIGIN);
}
