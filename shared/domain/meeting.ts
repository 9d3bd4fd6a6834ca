/**
 * Meetings, their agenda items, a body's year-plan events and its topic backlog. The meeting and
 * its items live in the meeting's own document (`meeting/<id>`); events and topics in the body's
 * document (`body/<id>`).
 */
import { z } from 'zod';
import { isIsoDate, isTime } from './dates';
import { itemKinds, standardItemRoles } from './register';

const isoDate = z.string().refine(isIsoDate, { message: 'Ogiltigt datum' });
const time = z.string().refine(isTime, { message: 'Ogiltig tid' });
const text = (max: number) => z.string().max(max);
const deletedAt = z.string().nullable().default(null);

export const meetingStatuses = ['planned', 'noticeSent', 'held', 'cancelled'] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];

/** A part of a meeting shared by some of its bodies ("Råd 1 och 2, gemensamma punkter kl. 11–12"). */
export const timeSlotSchema = z.object({
  id: z.string().min(1),
  label: text(200).default(''),
  start: time,
  end: time,
  bodyIds: z.array(z.string()).max(20).default([]),
});
export type TimeSlot = z.infer<typeof timeSlotSchema>;

export const meetingSchema = z.object({
  id: z.string().min(1),
  /** The bodies the meeting belongs to; the first is the host (its settings and standard items apply). */
  bodyIds: z.array(z.string().min(1)).min(1).max(20),
  /** Optional name, e.g. "Gemensamt möte med social välfärd". */
  title: text(300).default(''),
  date: isoDate,
  startTime: time,
  endTime: time,
  place: text(300).default(''),
  status: z.enum(meetingStatuses).default('planned'),
  cancelledReason: text(1000).default(''),
  timeSlots: z.array(timeSlotSchema).max(20).default([]),
  /** Justerare, chosen at the meeting (person ids). */
  adjusterIds: z.array(z.string()).max(10).default([]),
  noticeSentAt: z.string().nullable().default(null),
  /** "Godkännande av dagordning": when the agenda was adopted, and what was added at the meeting. */
  agendaAdoptedAt: z.string().nullable().default(null),
  agendaAdditions: text(2000).default(''),
  createdAt: z.string().default(''),
  /** Revision for calendar files (.ics SEQUENCE): raised when the date, time, place or status changes. */
  sequence: z.number().int().min(0).default(0),
  deletedAt,
});
export type Meeting = z.infer<typeof meetingSchema>;
export type MeetingDetails = Pick<Meeting, 'bodyIds' | 'title' | 'date' | 'startTime' | 'endTime' | 'place' | 'timeSlots'>;

export const presenterSchema = z.object({
  personId: z.string().nullable().default(null),
  /** Free text when the presenter is not in the register (or as shown at the time). */
  name: text(200).default(''),
  organisation: text(200).default(''),
});
export type Presenter = z.infer<typeof presenterSchema>;

/** Links may point to the web (https, http), to an e-mail address, or inside Justera ("#/…"). */
export function isAllowedLink(url: string): boolean {
  if (url.startsWith('#/')) return true;
  try {
    const parsed = new URL(url);
    return ['https:', 'http:', 'mailto:'].includes(parsed.protocol) && !parsed.username && !parsed.password;
  } catch {
    return false;
  }
}

export const linkSchema = z.object({
  id: z.string().min(1),
  label: text(300).default(''),
  url: text(2048).refine(isAllowedLink, { message: 'Länken måste börja med https:// (eller vara en e-postadress).' }),
});
export type ItemLink = z.infer<typeof linkSchema>;

export const attachmentSchema = z.object({
  id: z.string().min(1),
  /** Key of the file's bytes in the files table. */
  fileId: z.string().min(1),
  name: text(255),
  size: z.number().int().min(0),
  type: text(200).default('application/octet-stream'),
  /** SHA-256 of the bytes (hex), so a copy received from elsewhere can be checked. */
  sha256: text(64).default(''),
});
export type Attachment = z.infer<typeof attachmentSchema>;

/** Where an item came from, kept when it is postponed or pulled from the backlog. */
export const itemOriginSchema = z.object({
  kind: z.enum(['standard', 'topic', 'postponed', 'moved']),
  topicId: z.string().nullable().default(null),
  meetingId: z.string().nullable().default(null),
  itemId: z.string().nullable().default(null),
  note: text(500).default(''),
});
export type ItemOrigin = z.infer<typeof itemOriginSchema>;

/** An item not reached, or moved on: to the backlog (toMeetingId null) or to a later meeting. */
export const postponementSchema = z.object({
  reason: text(1000).default(''),
  toMeetingId: z.string().nullable().default(null),
  topicId: z.string().nullable().default(null),
  at: z.string(),
});
export type Postponement = z.infer<typeof postponementSchema>;

export const agendaItemSchema = z.object({
  id: z.string().min(1),
  meetingId: z.string().min(1),
  title: text(500).min(1),
  kind: z.enum(itemKinds).default('information'),
  /** Fractional index (fractional-indexing): ordering survives concurrent moves. */
  position: z.string().min(1),
  /** Planned minutes. */
  minutes: z.number().int().min(0).max(600).default(10),
  description: text(10_000).default(''),
  presenters: z.array(presenterSchema).max(20).default([]),
  subPoints: z.array(text(500)).max(50).default([]),
  links: z.array(linkSchema).max(50).default([]),
  attachments: z.array(attachmentSchema).max(50).default([]),
  role: z.enum(standardItemRoles).nullable().default(null),
  /** The part of the meeting the item belongs to, for joint meetings. */
  timeSlotId: z.string().nullable().default(null),
  origin: itemOriginSchema.nullable().default(null),
  postponed: postponementSchema.nullable().default(null),
  /** When the secretary took the item up and left it during the meeting. */
  startedAt: z.string().nullable().default(null),
  endedAt: z.string().nullable().default(null),
  deletedAt,
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;
export type AgendaItemInput = Pick<
  AgendaItem,
  'title' | 'kind' | 'minutes' | 'description' | 'presenters' | 'subPoints' | 'links' | 'timeSlotId'
>;

export const yearPlanEventKinds = ['conference', 'followUpDay', 'workshop', 'partnerMeeting', 'deadline', 'other'] as const;
export type YearPlanEventKind = (typeof yearPlanEventKinds)[number];

export const yearPlanEventSchema = z.object({
  id: z.string().min(1),
  bodyId: z.string().min(1),
  kind: z.enum(yearPlanEventKinds),
  title: text(300).min(1),
  date: isoDate,
  endDate: isoDate.nullable().default(null),
  startTime: time.nullable().default(null),
  endTime: time.nullable().default(null),
  place: text(300).default(''),
  /** For a samverkansmöte: the party met and its contact person. */
  organisationId: z.string().nullable().default(null),
  contactPersonId: z.string().nullable().default(null),
  /** "Prel." dates are shown as preliminary. */
  preliminary: z.boolean().default(false),
  note: text(2000).default(''),
  /** Revision for calendar files (.ics SEQUENCE): raised by every change. */
  sequence: z.number().int().min(0).default(0),
  deletedAt,
});
export type YearPlanEvent = z.infer<typeof yearPlanEventSchema>;

export const wantedBySchema = z.object({
  kind: z.enum(['none', 'date', 'meeting', 'term']),
  /** ISO date, a meeting id, or a term such as "hösten 2024". */
  value: text(100).default(''),
});
export type WantedBy = z.infer<typeof wantedBySchema>;

export const topicStatuses = ['open', 'scheduled', 'done'] as const;

export const topicSchema = z.object({
  id: z.string().min(1),
  bodyId: z.string().min(1),
  title: text(500).min(1),
  presenter: presenterSchema.nullable().default(null),
  minutes: z.number().int().min(0).max(600).default(15),
  wantedBy: wantedBySchema.default({ kind: 'none', value: '' }),
  note: text(2000).default(''),
  status: z.enum(topicStatuses).default('open'),
  /** The meeting the topic was pulled into, and the item it became. */
  scheduledMeetingId: z.string().nullable().default(null),
  scheduledItemId: z.string().nullable().default(null),
  origin: itemOriginSchema.nullable().default(null),
  createdAt: z.string().default(''),
  deletedAt,
});
export type Topic = z.infer<typeof topicSchema>;
export type TopicInput = Pick<Topic, 'title' | 'presenter' | 'minutes' | 'wantedBy' | 'note'>;
