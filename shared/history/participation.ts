/**
 * Attendance over time (the seed council worried about low participation): for one body, year by
 * year, how many of the ledamöter's seats were filled at its meetings, and how often each
 * organisation with a seat was there.
 *
 * What counts:
 * - a meeting of the body that was held (marked so, or its date has passed), was not cancelled, and
 *   where attendance was recorded for at least one person — a meeting nobody ticked says nothing;
 * - the seats: ordförande, vice ordförande and ledamöter called to it (memberships on its date);
 * - a seat is filled when its holder was present (for the whole meeting or part of it), or an
 *   ersättare present for it (paired with the seat, or serving for its holder);
 * - an organisation was there when at least one of its seats was filled.
 */
import { attendanceRows, invitedOn, type Attendance } from '../domain/attendance';
import type { Meeting } from '../domain/meeting';
import type { Membership } from '../domain/register';

const SEAT_ROLES = new Set(['chair', 'viceChair', 'member']);

export interface MeetingAttendance {
  meeting: Pick<Meeting, 'id' | 'date' | 'status' | 'deletedAt'>;
  records: readonly Attendance[];
}

export interface YearParticipation {
  year: number;
  meetings: number;
  seats: number;
  filled: number;
  /** filled / seats, 0…1 (null when there were no seats). */
  share: number | null;
}

export interface OrganisationYear {
  /** Meetings where the organisation had a seat. */
  meetings: number;
  /** … and at least one of its seats was filled. */
  present: number;
  share: number | null;
}

export interface OrganisationParticipation {
  /** Null: seats held by people without an organisation. */
  organisationId: string | null;
  years: Map<number, OrganisationYear>;
}

export interface Participation {
  years: number[];
  perYear: YearParticipation[];
  perOrganisation: OrganisationParticipation[];
}

export function countsForParticipation(meeting: MeetingAttendance['meeting'], records: readonly Attendance[], today: string): boolean {
  if (meeting.deletedAt !== null || meeting.status === 'cancelled') return false;
  if (meeting.status !== 'held' && meeting.date >= today) return false;
  return records.some((r) => r.removedAt === null && r.status !== null);
}

const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);

export function participation(
  meetings: readonly MeetingAttendance[],
  memberships: readonly Membership[],
  organisationOfPerson: (personId: string) => string | null,
  today: string,
): Participation {
  const perYear = new Map<number, YearParticipation>();
  const perOrganisation = new Map<string | null, Map<number, OrganisationYear>>();
  const live = memberships.filter((m) => m.deletedAt === null);
  for (const { meeting, records } of [...meetings].sort((a, b) => a.meeting.date.localeCompare(b.meeting.date))) {
    if (!countsForParticipation(meeting, records, today)) continue;
    const year = Number(meeting.date.slice(0, 4));
    const rows = attendanceRows(invitedOn(meeting.date, live), records);
    const present = (personId: string) => rows.some((r) => r.personId === personId && r.status === 'present');
    const deputyPresentFor = (personId: string) =>
      rows.some((r) => r.status === 'present' && r.role === 'deputy' && (r.deputyForPersonId === personId || r.substituteFor === personId));
    const seats = rows.filter((r) => r.invited && SEAT_ROLES.has(r.role));
    const yearRow = perYear.get(year) ?? { year, meetings: 0, seats: 0, filled: 0, share: null };
    yearRow.meetings += 1;
    const organisationsHere = new Map<string | null, boolean>();
    for (const seat of seats) {
      const filled = present(seat.personId) || deputyPresentFor(seat.personId);
      yearRow.seats += 1;
      if (filled) yearRow.filled += 1;
      const organisationId = seat.organisationId ?? organisationOfPerson(seat.personId);
      organisationsHere.set(organisationId, (organisationsHere.get(organisationId) ?? false) || filled);
    }
    yearRow.share = share(yearRow.filled, yearRow.seats);
    perYear.set(year, yearRow);
    for (const [organisationId, wasThere] of organisationsHere) {
      const years = perOrganisation.get(organisationId) ?? new Map<number, OrganisationYear>();
      const entry = years.get(year) ?? { meetings: 0, present: 0, share: null };
      entry.meetings += 1;
      if (wasThere) entry.present += 1;
      entry.share = share(entry.present, entry.meetings);
      years.set(year, entry);
      perOrganisation.set(organisationId, years);
    }
  }
  return {
    years: [...perYear.keys()].sort((a, b) => a - b),
    perYear: [...perYear.values()].sort((a, b) => a.year - b.year),
    perOrganisation: [...perOrganisation.entries()].map(([organisationId, years]) => ({ organisationId, years })),
  };
}

/** "67 %" (Swedish: a space before the sign), or "–" when there is nothing to divide. */
export function formatShare(value: number | null): string {
  return value === null ? '–' : `${Math.round(value * 100)} %`;
}

/**
 * The table for a CSV export, one row per organisation and year, then the body's whole year
 * ("Alla ledamotsplatser": the share of seats filled). Shares in per cent with a decimal comma.
 */
export function participationRows(
  result: Participation,
  bodyName: string,
  organisationName: (organisationId: string | null) => string,
): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [['Organ', 'År', 'Organisation', 'Möten', 'Närvarande', 'Andel (%)']];
  const organisations = [...result.perOrganisation].sort((a, b) => organisationName(a.organisationId).localeCompare(organisationName(b.organisationId), 'sv'));
  for (const year of result.years) {
    for (const org of organisations) {
      const entry = org.years.get(year);
      if (!entry) continue;
      rows.push([bodyName, year, organisationName(org.organisationId), entry.meetings, entry.present, entry.share === null ? null : entry.share * 100]);
    }
    const total = result.perYear.find((y) => y.year === year)!;
    rows.push([bodyName, year, 'Alla ledamotsplatser', total.seats, total.filled, total.share === null ? null : total.share * 100]);
  }
  return rows;
}
