/**
 * Who was at the meeting, and who took part in each decision. The invited come from the bodies'
 * memberships on the meeting's date; guests and extra officials are added at the meeting. Each
 * person's attendance is their own record (keyed by person), so two people marking attendance at
 * once never collide.
 *
 * Partial presence: `fromItemId` is the first item the person was present for ("från punkt 5"),
 * `toItemId` the last ("till punkt 9"). A serving ersättare (`substituteFor`) takes the place of an
 * absent ledamot, and so takes part in decisions while serving.
 */
import { z } from 'zod';
import type { Membership, MembershipRole } from './register';
import { votingRoles } from './register';
import { isActiveOn } from './registerRules';

export const attendanceStatuses = ['present', 'absent', 'apologies'] as const;
export type AttendanceStatus = (typeof attendanceStatuses)[number];

export const attendanceRoles = ['chair', 'viceChair', 'member', 'deputy', 'official', 'secretary', 'coopted', 'guest'] as const;
export type AttendanceRole = (typeof attendanceRoles)[number];

export const attendanceSchema = z.object({
  personId: z.string().min(1),
  status: z.enum(attendanceStatuses).nullable().default(null),
  /** Set for people added at the meeting (guests, officials); the invited get theirs from memberships. */
  addedRole: z.enum(attendanceRoles).nullable().default(null),
  substituteFor: z.string().nullable().default(null),
  fromItemId: z.string().nullable().default(null),
  toItemId: z.string().nullable().default(null),
  note: z.string().max(500).default(''),
  removedAt: z.string().nullable().default(null),
});
export type Attendance = z.infer<typeof attendanceSchema>;

export interface Invitee {
  personId: string;
  role: AttendanceRole;
  organisationId: string | null;
  /** For an ersättare: the person whose seat they are paired with. */
  deputyForPersonId: string | null;
  invited: boolean;
}

const roleRank: Record<AttendanceRole, number> = {
  chair: 0,
  viceChair: 1,
  member: 2,
  deputy: 3,
  official: 4,
  secretary: 5,
  coopted: 6,
  guest: 7,
};

/** Everyone called to the meeting: active members of its bodies on the date (one line per person, strongest role). */
export function invitedOn(date: string, memberships: readonly Membership[]): Invitee[] {
  const byPerson = new Map<string, Invitee>();
  for (const m of memberships) {
    if (!isActiveOn(m, date)) continue;
    const seat = m.deputyFor ? memberships.find((s) => s.id === m.deputyFor) : undefined;
    const candidate: Invitee = {
      personId: m.personId,
      role: m.role as MembershipRole,
      organisationId: m.organisationId,
      deputyForPersonId: seat?.personId ?? null,
      invited: true,
    };
    const existing = byPerson.get(m.personId);
    if (!existing || roleRank[candidate.role] < roleRank[existing.role]) byPerson.set(m.personId, candidate);
  }
  return [...byPerson.values()].sort((a, b) => roleRank[a.role] - roleRank[b.role]);
}

export interface AttendanceRow extends Invitee {
  status: AttendanceStatus | null;
  substituteFor: string | null;
  fromItemId: string | null;
  toItemId: string | null;
  note: string;
}

/** The invited with their recorded attendance, then those added at the meeting. */
export function attendanceRows(invited: readonly Invitee[], records: readonly Attendance[]): AttendanceRow[] {
  const recordOf = new Map(records.filter((r) => r.removedAt === null).map((r) => [r.personId, r]));
  const rows: AttendanceRow[] = invited.map((inv) => {
    const r = recordOf.get(inv.personId);
    return {
      ...inv,
      status: r?.status ?? null,
      substituteFor: r?.substituteFor ?? null,
      fromItemId: r?.fromItemId ?? null,
      toItemId: r?.toItemId ?? null,
      note: r?.note ?? '',
    };
  });
  for (const r of recordOf.values()) {
    if (invited.some((i) => i.personId === r.personId)) continue;
    rows.push({
      personId: r.personId,
      role: r.addedRole ?? 'guest',
      organisationId: null,
      deputyForPersonId: null,
      invited: false,
      status: r.status ?? 'present',
      substituteFor: null,
      fromItemId: r.fromItemId,
      toItemId: r.toItemId,
      note: r.note,
    });
  }
  return rows;
}

/** Was the person there for the item at `index` (0-based, in agenda order)? */
export function presentAt(row: Pick<AttendanceRow, 'status' | 'fromItemId' | 'toItemId'>, index: number, itemOrder: readonly string[]): boolean {
  if (row.status !== 'present') return false;
  const from = row.fromItemId ? itemOrder.indexOf(row.fromItemId) : 0;
  const to = row.toItemId ? itemOrder.indexOf(row.toItemId) : itemOrder.length - 1;
  return index >= (from < 0 ? 0 : from) && index <= (to < 0 ? itemOrder.length - 1 : to);
}

const isVoting = (role: AttendanceRole) => (votingRoles as readonly string[]).includes(role);

/**
 * Who took part in the decision of the item at `index`: the ledamöter present for it, and the
 * ersättare serving for a ledamot who is not (KL 5 kap. 67 § asks the protocol to say so).
 */
export function decisionParticipants(rows: readonly AttendanceRow[], index: number, itemOrder: readonly string[]): string[] {
  const participants: string[] = [];
  for (const row of rows) {
    if (isVoting(row.role) && presentAt(row, index, itemOrder)) participants.push(row.personId);
  }
  for (const row of rows) {
    if (row.role !== 'deputy' || !row.substituteFor || !presentAt(row, index, itemOrder)) continue;
    const member = rows.find((r) => r.personId === row.substituteFor);
    if (member && !presentAt(member, index, itemOrder) && !participants.includes(row.personId)) participants.push(row.personId);
  }
  return participants;
}

/** The participants for the whole meeting (present from start to end, serving ersättare included). */
export function meetingParticipants(rows: readonly AttendanceRow[], itemOrder: readonly string[]): string[] {
  const all = new Set<string>();
  itemOrder.forEach((_, index) => decisionParticipants(rows, index, itemOrder).forEach((p) => all.add(p)));
  return [...all];
}

/** Attendance problems worth telling the secretary about (not blocking). */
export function attendanceWarnings(rows: readonly AttendanceRow[], names: ReadonlyMap<string, string>): string[] {
  const warnings: string[] = [];
  const name = (id: string) => names.get(id) ?? 'okänd';
  for (const row of rows) {
    if (!row.substituteFor) continue;
    const member = rows.find((r) => r.personId === row.substituteFor);
    if (!member) warnings.push(`${name(row.personId)} tjänstgör för någon som inte är kallad.`);
    else if (member.status === 'present' && !member.fromItemId && !member.toItemId) {
      warnings.push(`${name(row.personId)} tjänstgör för ${name(member.personId)}, som är närvarande hela mötet.`);
    }
  }
  const served = new Map<string, string[]>();
  for (const row of rows) if (row.substituteFor) served.set(row.substituteFor, [...(served.get(row.substituteFor) ?? []), row.personId]);
  for (const [member, deputies] of served) {
    if (deputies.length > 1) warnings.push(`${deputies.map(name).join(' och ')} tjänstgör båda för ${name(member)}.`);
  }
  return warnings;
}
