/**
 * The protocol (or minnesanteckningar) as a document: everything the Word file shows, as plain
 * data. Built from a meeting's documents (see `buildProtocolDocument`), frozen as canonical JSON
 * when sent for review, hashed, approved and signed; the Word export renders exactly this.
 */
import { z } from 'zod';
import { numberLabel, orderItems } from '../domain/agenda';
import { attendanceRows, decisionParticipants, invitedOn, meetingParticipants, type Attendance } from '../domain/attendance';
import { formatDate, formatYyMmDd } from '../domain/dates';
import { membershipRoleLabels } from '../domain/labels';
import type { AgendaItem, Meeting, Topic } from '../domain/meeting';
import { decisionMethodLabels } from '../domain/minutes';
import type { Body, Membership, Organisation, Person } from '../domain/register';
import { seatingOn } from '../domain/registerRules';
import type { MinutesContent } from '../ydoc/minutes';
import { blockSchema, plainText, type Block } from './richText';

const personRefSchema = z.object({ personId: z.string().nullable(), name: z.string(), title: z.string(), organisation: z.string() });
export type PersonRef = z.infer<typeof personRefSchema>;

const attendeeSchema = personRefSchema.extend({
  role: z.string(),
  absent: z.boolean(),
  /** "från punkt 5", "till punkt 9", "tjänstgörande för …" */
  note: z.string(),
});

const seatSchema = z.object({ member: attendeeSchema, deputy: attendeeSchema.nullable() });

const decisionSchema = z.object({
  text: z.string(),
  method: z.string(),
  proposals: z.array(z.object({ text: z.string(), by: z.string() })),
  votes: z.object({ yes: z.number(), no: z.number(), abstain: z.number() }).nullable(),
  reservations: z.array(z.object({ name: z.string(), kind: z.enum(['reservation', 'note']), reason: z.string() })),
  /** Set when who took part differs from the meeting's attendance (KL 5 kap. 67 §). */
  participants: z.array(z.string()).nullable(),
});

export const protocolItemSchema = z.object({
  id: z.string(),
  number: z.string(),
  title: z.string(),
  kind: z.string(),
  presenters: z.array(z.string()),
  /** "13.05–13.20" when the item was timed at the meeting. */
  time: z.string(),
  blocks: z.array(blockSchema),
  decision: decisionSchema.nullable(),
  tasks: z.array(z.object({ text: z.string(), owners: z.array(z.string()), convener: z.string(), dueDate: z.string(), nextStep: z.string() })),
  round: z.array(z.object({ name: z.string(), text: z.string() })),
  forward: z.object({ group: z.string(), text: z.string() }).nullable(),
  postponed: z.string(),
  /** "Paragrafen förklarades omedelbart justerad." */
  immediatelyApproved: z.boolean(),
});
export type ProtocolItem = z.infer<typeof protocolItemSchema>;

export const protocolDocumentSchema = z.object({
  format: z.literal('justera-protocol'),
  version: z.literal(1),
  kind: z.enum(['protocol', 'notes']),
  meetingId: z.string(),
  bodyNames: z.array(z.string()),
  /** "Protokoll" / "Minnesanteckningar 240828 Chefsgrupp folkhälsa" */
  title: z.string(),
  date: z.string(),
  dateText: z.string(),
  timeText: z.string(),
  place: z.string(),
  chair: attendeeSchema.nullable(),
  seats: z.array(seatSchema),
  invited: z.array(attendeeSchema),
  officials: z.array(attendeeSchema),
  guests: z.array(attendeeSchema),
  secretary: personRefSchema.nullable(),
  adjusters: z.array(personRefSchema),
  items: z.array(protocolItemSchema),
  forwarded: z.array(z.object({ group: z.string(), text: z.string(), itemNumber: z.string() })),
  upcomingTopics: z.array(z.object({ title: z.string(), presenter: z.string(), minutes: z.number(), wantedBy: z.string() })),
  meetingDates: z.object({ year: z.string(), lines: z.array(z.string()) }).nullable(),
});
export type ProtocolDocument = z.infer<typeof protocolDocumentSchema>;

export interface ProtocolSource {
  meeting: Meeting;
  bodies: Body[];
  people: Person[];
  organisations: Organisation[];
  memberships: Membership[];
  attendance: Attendance[];
  items: AgendaItem[];
  minutes: Map<string, MinutesContent>;
  firstSection: number;
  topics: Topic[];
  /** The host body's meetings of the year, for "Mötestider {år}". */
  yearMeetings: Meeting[];
  /** Items approved at the meeting ("omedelbart justerad"): their frozen content replaces the live one. */
  immediate: Map<string, ProtocolItem>;
}

function clock(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  return `${String(d.getHours()).padStart(2, '0')}.${String(d.getMinutes()).padStart(2, '0')}`;
}

export function buildProtocolDocument(source: ProtocolSource): ProtocolDocument {
  const { meeting } = source;
  const host = source.bodies.find((b) => b.id === meeting.bodyIds[0]);
  const kind = host?.recordKind ?? 'protocol';
  const bodyNames = meeting.bodyIds.map((id) => source.bodies.find((b) => b.id === id)?.name ?? '');
  const person = (id: string | null | undefined) => source.people.find((p) => p.id === id);
  const orgName = (id: string | null | undefined) => source.organisations.find((o) => o.id === id)?.name ?? '';
  const ref = (personId: string, organisationId?: string | null): PersonRef => {
    const p = person(personId);
    return { personId, name: p?.name ?? 'Okänd person', title: p?.title ?? '', organisation: orgName(organisationId ?? p?.organisationId) };
  };

  const ordered = orderItems(source.items);
  const order = ordered.map((i) => i.id);
  const numberOf = (id: string | null) => {
    const index = id ? order.indexOf(id) : -1;
    return index >= 0 ? numberLabel(index, host?.numbering ?? 'sequential', source.firstSection) : '';
  };
  const memberships = source.memberships.filter((m) => meeting.bodyIds.includes(m.bodyId));
  const rows = attendanceRows(invitedOn(meeting.date, memberships), source.attendance);
  const rowOf = new Map(rows.map((r) => [r.personId, r]));
  const attendee = (personId: string, organisationId?: string | null) => {
    const row = rowOf.get(personId);
    const notes: string[] = [];
    if (row?.substituteFor) notes.push(`tjänstgörande ersättare för ${person(row.substituteFor)?.name ?? ''}`);
    if (row?.fromItemId) notes.push(`från punkt ${numberOf(row.fromItemId)}`);
    if (row?.toItemId) notes.push(`till och med punkt ${numberOf(row.toItemId)}`);
    if (row?.status === 'apologies') notes.push('anmält förhinder');
    return {
      ...ref(personId, organisationId),
      role: row ? (row.role === 'guest' ? 'Gäst' : membershipRoleLabels[row.role]) : '',
      absent: row?.status !== 'present',
      note: notes.join(', '),
    };
  };

  const seating = seatingOn(meeting.date, memberships, source.organisations);
  const chairRow = seating.chair[0];
  const secretaryRow = rows.find((r) => r.role === 'secretary' && r.status !== 'absent' && r.status !== 'apologies') ?? rows.find((r) => r.role === 'secretary');
  const everyone = new Set(meetingParticipants(rows, order));
  const name = (id: string) => person(id)?.name ?? 'Okänd person';

  const items: ProtocolItem[] = ordered.map((item, index) => {
    const frozen = source.immediate.get(item.id);
    if (frozen) return { ...frozen, number: numberOf(item.id) };
    const content = source.minutes.get(item.id);
    const meta = content?.decisionMeta;
    const hasDecision = !!content && (content.decision.trim() !== '' || (meta?.method ?? 'none') !== 'none' || (meta?.proposals.length ?? 0) > 0);
    const participants = decisionParticipants(rows, index, order);
    const differs = participants.length !== everyone.size || participants.some((p) => !everyone.has(p));
    return {
      id: item.id,
      number: numberOf(item.id),
      title: item.title,
      kind: item.kind,
      presenters: item.presenters.map((p) => (p.organisation ? `${p.name}, ${p.organisation}` : p.name)),
      time: item.startedAt ? `${clock(item.startedAt)}–${clock(item.endedAt)}`.replace(/–$/, '') : '',
      blocks: content?.blocks ?? [],
      decision: hasDecision
        ? {
            text: content!.decision.trim(),
            method: meta && meta.method !== 'none' ? decisionMethodLabels[meta.method] : '',
            proposals: (meta?.proposals ?? []).map((p) => ({ text: p.text, by: p.byPersonId ? name(p.byPersonId) : p.byText || 'Ordföranden' })),
            votes: meta?.method === 'vote' ? (meta.votes ?? { yes: 0, no: 0, abstain: 0 }) : null,
            reservations: (meta?.reservations ?? []).map((r) => ({ name: name(r.personId), kind: r.kind, reason: r.reason })),
            participants: differs ? participants.map(name) : null,
          }
        : null,
      tasks: (content?.tasks ?? [])
        .filter((t) => t.deletedAt === null)
        .map((t) => ({
          text: t.text,
          owners: t.ownerIds.map(name),
          convener: t.convenerId ? name(t.convenerId) : '',
          dueDate: t.dueDate ? formatDate(t.dueDate) : '',
          nextStep: t.nextStep,
        })),
      round: Object.entries(content?.round ?? {})
        .filter(([, text]) => text.trim())
        .map(([personId, text]) => ({ personId, text: text.trim() }))
        .sort((a, b) => (rows.findIndex((r) => r.personId === a.personId) - rows.findIndex((r) => r.personId === b.personId)))
        .map(({ personId, text }) => ({ name: name(personId).split(' ')[0] ?? name(personId), text })),
      forward: content?.forward.group || content?.forward.text ? { group: content.forward.group, text: content.forward.text || item.title } : null,
      postponed: item.postponed ? item.postponed.reason || 'Punkten skjuts till kommande möte.' : '',
      immediatelyApproved: false,
    };
  });

  const year = meeting.date.slice(0, 4);
  const hostName = host?.name ?? bodyNames[0] ?? '';
  return {
    format: 'justera-protocol',
    version: 1,
    kind,
    meetingId: meeting.id,
    bodyNames,
    title: kind === 'notes' ? `Minnesanteckningar ${formatYyMmDd(meeting.date)} ${hostName}` : 'Protokoll',
    date: meeting.date,
    dateText: formatDate(meeting.date),
    timeText: `${meeting.startTime.replace(':', '.')}–${meeting.endTime.replace(':', '.')}`,
    place: meeting.place,
    chair: chairRow ? attendee(chairRow.member.personId, chairRow.member.organisationId) : null,
    seats: seating.seats.map((seat) => ({
      member: attendee(seat.member.personId, seat.member.organisationId),
      deputy: seat.deputies[0] ? attendee(seat.deputies[0].personId, seat.deputies[0].organisationId) : null,
    })),
    invited: rows
      .filter((r) => r.invited && r.role !== 'official' && r.role !== 'deputy')
      .map((r) => attendee(r.personId, r.organisationId)),
    officials: rows.filter((r) => r.role === 'official' || (r.role === 'coopted' && r.invited)).map((r) => attendee(r.personId, r.organisationId)),
    guests: rows.filter((r) => !r.invited && r.status === 'present').map((r) => attendee(r.personId)),
    secretary: secretaryRow ? ref(secretaryRow.personId, secretaryRow.organisationId) : null,
    adjusters: meeting.adjusterIds.map((id) => ref(id, rowOf.get(id)?.organisationId)),
    items,
    forwarded: items.filter((i) => i.forward).map((i) => ({ group: i.forward!.group, text: i.forward!.text, itemNumber: i.number })),
    upcomingTopics: source.topics
      .filter((t) => t.deletedAt === null && t.status === 'open')
      .map((t) => ({
        title: t.title,
        presenter: t.presenter ? (t.presenter.organisation ? `${t.presenter.name}, ${t.presenter.organisation}` : t.presenter.name) : '',
        minutes: t.minutes,
        wantedBy: t.wantedBy.kind === 'none' ? '' : t.wantedBy.kind === 'date' ? formatDate(t.wantedBy.value) : t.wantedBy.value,
      })),
    meetingDates:
      source.yearMeetings.length > 0
        ? {
            year,
            lines: source.yearMeetings
              .filter((m) => m.deletedAt === null && m.status !== 'cancelled' && m.date.startsWith(year))
              .sort((a, b) => a.date.localeCompare(b.date))
              .map((m) => `${formatDate(m.date).replace(` ${year}`, '')} kl. ${m.startTime.replace(':', '.')}–${m.endTime.replace(':', '.')}${m.title ? ` ${m.title}` : ''}`),
          }
        : null,
  };
}

/** The searchable, comparable text of one item (for "what changed since the version you read"). */
export function itemText(item: ProtocolItem): string {
  const parts = [
    `${item.number}. ${item.title}`,
    plainText(item.blocks),
    ...item.round.map((r) => `${r.name}: ${r.text}`),
    item.decision ? `Beslut: ${item.decision.text}` : '',
    ...(item.decision?.reservations ?? []).map((r) => `${r.kind === 'reservation' ? 'Reservation' : 'Protokollsanteckning'}: ${r.name}. ${r.reason}`),
    ...item.tasks.map((t) => `Uppdrag: ${t.text} (${t.owners.join(', ')})`),
    item.postponed,
  ];
  return parts.filter(Boolean).join('\n');
}

export type { Block };
