import { describe, expect, it } from 'vitest';
import type { Attendance } from '../../../shared/domain/attendance';
import type { Membership } from '../../../shared/domain/register';
import { csvBytes, swedishDecimal, toCsv } from '../../../shared/history/csv';
import { methodText } from '../../../shared/history/decisions';
import { countsForParticipation, formatShare, participation, participationRows } from '../../../shared/history/participation';
import { groupTasks, taskStatus, type TaskEntry } from '../../../shared/history/tasks';

describe('task status and groups', () => {
  it('is done when followed up, overdue after its date, and open otherwise', () => {
    expect(taskStatus({ dueDate: '2024-09-18' }, { doneAt: '2024-10-03T10:00:00Z' }, '2025-01-01')).toBe('done');
    expect(taskStatus({ dueDate: '2024-09-18' }, undefined, '2024-09-19')).toBe('overdue');
    expect(taskStatus({ dueDate: '2024-09-18' }, { doneAt: null }, '2024-09-18')).toBe('open');
    expect(taskStatus({ dueDate: null }, undefined, '2030-01-01')).toBe('open');
  });

  const entry = (taskId: string, ownerIds: string[], status: TaskEntry['status'], dueDate: string | null, bodyId = 'council'): TaskEntry => ({
    taskId,
    text: taskId,
    nextStep: '',
    ownerIds,
    convenerId: null,
    dueDate,
    status,
    doneAt: null,
    meetingId: 'm',
    meetingDate: '2024-08-28',
    itemId: 'i',
    itemTitle: 'Punkt',
    bodyId,
  });
  const names: Record<string, string> = { ellinor: 'Ellinor Wass', fredrika: 'Fredrika Alm', council: 'Rådet', group: 'Chefsgruppen' };

  it('puts a task with two owners under both, one with none last, overdue first within a group', () => {
    const groups = groupTasks(
      [entry('a', ['fredrika', 'ellinor'], 'open', '2024-12-01'), entry('b', ['fredrika'], 'overdue', '2024-09-18'), entry('c', [], 'open', null), entry('d', ['ellinor'], 'done', null)],
      'owner',
      (id) => names[id]!,
    );
    expect(groups.map((g) => [g.label, g.entries.map((e) => e.taskId), g.open, g.overdue])).toEqual([
      ['Ellinor Wass', ['a', 'd'], 1, 0],
      ['Fredrika Alm', ['b', 'a'], 2, 1],
      ['Ingen ansvarig', ['c'], 1, 0],
    ]);
  });

  it('groups by the body that gave the task', () => {
    const groups = groupTasks([entry('a', ['x'], 'open', null, 'group'), entry('b', [], 'open', null, 'council')], 'body', (id) => names[id]!);
    expect(groups.map((g) => [g.label, g.entries.map((e) => e.taskId)])).toEqual([
      ['Chefsgruppen', ['a']],
      ['Rådet', ['b']],
    ]);
  });
});

describe('attendance over time', () => {
  const m = (id: string, personId: string, role: Membership['role'], extra: Partial<Membership> = {}): Membership => ({
    id,
    bodyId: 'b',
    personId,
    role,
    organisationId: null,
    deputyFor: null,
    from: '2023-01-01',
    to: null,
    deletedAt: null,
    ...extra,
  });
  const memberships = [
    m('s0', 'chair', 'chair', { organisationId: 'region' }),
    m('s1', 'anna', 'member', { organisationId: 'kumla' }),
    m('d1', 'dora', 'deputy', { organisationId: 'kumla', deputyFor: 's1' }),
    m('s2', 'bo', 'member', { organisationId: 'nora' }),
    m('d2', 'erik', 'deputy', { organisationId: 'nora', deputyFor: 's2' }),
    m('s3', 'cia', 'member'),
    m('o1', 'olle', 'official', { organisationId: 'region' }),
  ];
  const present = (personId: string, extra: Partial<Attendance> = {}): Attendance => ({
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
  const meeting = (id: string, date: string, status: 'planned' | 'held' | 'cancelled' = 'held') => ({ id, date, status, deletedAt: null });

  it('counts held meetings with recorded attendance only', () => {
    expect(countsForParticipation(meeting('a', '2024-05-17'), [present('anna')], '2024-06-01')).toBe(true);
    expect(countsForParticipation(meeting('a', '2024-05-17', 'planned'), [present('anna')], '2024-06-01')).toBe(true);
    expect(countsForParticipation(meeting('a', '2024-07-17', 'planned'), [present('anna')], '2024-06-01')).toBe(false);
    expect(countsForParticipation(meeting('a', '2024-05-17', 'cancelled'), [present('anna')], '2024-06-01')).toBe(false);
    expect(countsForParticipation(meeting('a', '2024-05-17'), [], '2024-06-01')).toBe(false);
    expect(countsForParticipation(meeting('a', '2024-05-17'), [present('anna', { status: null })], '2024-06-01')).toBe(false);
  });

  it('fills a seat by its holder or its ersättare, and counts an organisation there when any of its seats is filled', () => {
    const result = participation(
      [
        // 2023: everyone there except Nora's seat.
        { meeting: meeting('m1', '2023-10-01'), records: [present('chair'), present('anna'), present('cia'), present('bo', { status: 'absent' })] },
        // 2024: Kumla's ersättare instead of its ledamot; Nora's ledamot for part of the meeting; nobody else.
        { meeting: meeting('m2', '2024-05-17'), records: [present('dora'), present('bo', { fromItemId: 'i5' }), present('olle')] },
        // Attendance never taken: not counted.
        { meeting: meeting('m3', '2024-09-20'), records: [] },
      ],
      memberships,
      (personId) => (personId === 'cia' ? 'rfsisu' : null),
      '2025-01-01',
    );
    expect(result.years).toEqual([2023, 2024]);
    expect(result.perYear).toEqual([
      { year: 2023, meetings: 1, seats: 4, filled: 3, share: 0.75 },
      { year: 2024, meetings: 1, seats: 4, filled: 2, share: 0.5 },
    ]);
    const org = (id: string | null) => result.perOrganisation.find((o) => o.organisationId === id)!;
    expect(org('nora').years.get(2023)).toEqual({ meetings: 1, present: 0, share: 0 });
    expect(org('nora').years.get(2024)).toEqual({ meetings: 1, present: 1, share: 1 });
    expect(org('kumla').years.get(2024)).toMatchObject({ present: 1 });
    expect(org('region').years.get(2024)).toMatchObject({ present: 0 }); // an official does not fill the chair's seat
    expect(org('rfsisu').years.get(2023)).toMatchObject({ present: 1 });
    expect(formatShare(2 / 3)).toBe('67 %');
    expect(formatShare(null)).toBe('–');

    const rows = participationRows(result, 'Rådet', (id) => ({ kumla: 'Kumla kommun', nora: 'Nora kommun', region: 'Region Örebro län', rfsisu: 'RF-SISU' })[id ?? ''] ?? 'Utan organisation');
    expect(rows[0]).toEqual(['Organ', 'År', 'Organisation', 'Möten', 'Närvarande', 'Andel (%)']);
    expect(rows.filter((r) => r[1] === 2024).map((r) => [r[2], r[5]])).toEqual([
      ['Kumla kommun', 100],
      ['Nora kommun', 100],
      ['Region Örebro län', 0],
      ['RF-SISU', 0],
      ['Alla ledamotsplatser', 50],
    ]);
  });
});

describe('CSV for Swedish Excel', () => {
  it('uses semicolons, decimal commas, quotes when needed and a BOM', () => {
    expect(swedishDecimal(66.6666)).toBe('66,7');
    expect(swedishDecimal(50)).toBe('50');
    expect(toCsv([['Organisation', 'Andel (%)'], ['Örebro; kommun', 66.6666], ['Säg "hej"', null]])).toBe(
      'Organisation;Andel (%)\r\n"Örebro; kommun";66,7\r\n"Säg ""hej""";\r\n',
    );
    const bytes = csvBytes([['å']]);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe('å\r\n');
  });
});

describe('decision method text', () => {
  it('says how the decision was reached', () => {
    expect(methodText({ method: 'none', proposals: [], votes: null, reservations: [] })).toBe('');
    expect(methodText({ method: 'acclamation', proposals: [], votes: null, reservations: [] })).toBe('Med acklamation');
    expect(methodText({ method: 'vote', proposals: [], votes: { yes: 7, no: 2, abstain: 1 }, reservations: [] })).toBe(
      'Efter omröstning (ja 7, nej 2, avstår 1)',
    );
  });
});
