import { describe, expect, it } from 'vitest';
import {
  attendanceRows,
  attendanceWarnings,
  decisionParticipants,
  invitedOn,
  meetingParticipants,
  presentAt,
  type Attendance,
} from '../../../shared/domain/attendance';
import type { Membership } from '../../../shared/domain/register';

const m = (id: string, personId: string, role: Membership['role'], extra: Partial<Membership> = {}): Membership => ({
  id,
  bodyId: 'b',
  personId,
  role,
  organisationId: null,
  deputyFor: null,
  from: '2024-01-01',
  to: null,
  deletedAt: null,
  ...extra,
});

const memberships = [
  m('s1', 'chair', 'chair'),
  m('s2', 'anna', 'member'),
  m('s3', 'bo', 'member'),
  m('d2', 'dora', 'deputy', { deputyFor: 's2' }),
  m('d3', 'erik', 'deputy', { deputyFor: 's3' }),
  m('o1', 'olle', 'official'),
  m('x', 'gone', 'member', { to: '2024-03-31' }),
  // Someone both official and member is listed once, in the stronger role.
  m('o2', 'bo', 'official'),
];
const record = (personId: string, extra: Partial<Attendance> = {}): Attendance => ({
  personId,
  status: 'present',
  addedRole: null,
  substituteFor: null,
  fromItemId: null,
  toItemId: null,
  note: '',
  removedAt: null,
  ...extra,
});
const items = ['i1', 'i2', 'i3', 'i4', 'i5'];

describe('attendance rules', () => {
  it('calls the active members of the body on the date, once each, in role order', () => {
    const invited = invitedOn('2024-05-17', memberships);
    expect(invited.map((i) => [i.personId, i.role])).toEqual([
      ['chair', 'chair'],
      ['anna', 'member'],
      ['bo', 'member'],
      ['dora', 'deputy'],
      ['erik', 'deputy'],
      ['olle', 'official'],
    ]);
    expect(invited.find((i) => i.personId === 'dora')?.deputyForPersonId).toBe('anna');
  });

  it('adds guests after the invited, and partial presence limits who is there for an item', () => {
    const invited = invitedOn('2024-05-17', memberships);
    const rows = attendanceRows(invited, [
      record('chair'),
      record('anna', { status: 'apologies' }),
      record('bo', { fromItemId: 'i3' }),
      record('guest', { addedRole: 'guest' }),
    ]);
    expect(rows.at(-1)).toMatchObject({ personId: 'guest', role: 'guest', invited: false, status: 'present' });
    const bo = rows.find((r) => r.personId === 'bo')!;
    expect(items.map((_, index) => presentAt(bo, index, items))).toEqual([false, false, true, true, true]);
    const leaver = { status: 'present' as const, fromItemId: null, toItemId: 'i2' };
    expect(items.map((_, index) => presentAt(leaver, index, items))).toEqual([true, true, false, false, false]);
  });

  it('lets a serving ersättare take part in decisions only while the ledamot is away', () => {
    const invited = invitedOn('2024-05-17', memberships);
    const rows = attendanceRows(invited, [
      record('chair'),
      record('anna', { status: 'absent' }),
      record('bo', { toItemId: 'i2' }),
      record('dora', { substituteFor: 'anna' }),
      record('erik', { substituteFor: 'bo' }),
      record('olle'),
    ]);
    expect(decisionParticipants(rows, 0, items).sort()).toEqual(['bo', 'chair', 'dora']);
    // Bo has left after item 2: his ersättare Erik serves for him from item 3.
    expect(decisionParticipants(rows, 3, items).sort()).toEqual(['chair', 'dora', 'erik']);
    // Officials never take part in decisions.
    expect(meetingParticipants(rows, items)).not.toContain('olle');
    expect(meetingParticipants(rows, items).sort()).toEqual(['bo', 'chair', 'dora', 'erik']);
  });

  it('warns about an ersättare serving for someone who is there, or two for one seat', () => {
    const invited = invitedOn('2024-05-17', memberships);
    const rows = attendanceRows(invited, [record('anna'), record('dora', { substituteFor: 'anna' }), record('erik', { substituteFor: 'anna' })]);
    const names = new Map([
      ['anna', 'Anna'],
      ['dora', 'Dora'],
      ['erik', 'Erik'],
    ]);
    expect(attendanceWarnings(rows, names)).toEqual([
      'Dora tjänstgör för Anna, som är närvarande hela mötet.',
      'Erik tjänstgör för Anna, som är närvarande hela mötet.',
      'Dora och Erik tjänstgör båda för Anna.',
    ]);
  });
});
