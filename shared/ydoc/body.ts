/**
 * A body's document beyond its memberships: the year plan's other events (konferens,
 * uppföljningsdag, samverkansmöte, deadlines …) and the topic backlog ("Teman till kommande möten").
 */
import type * as Y from 'yjs';
import { DomainError } from '../domain/errors';
import { newId } from '../domain/ids';
import {
  topicSchema,
  yearPlanEventSchema,
  type ItemOrigin,
  type Topic,
  type TopicInput,
  type YearPlanEvent,
} from '../domain/meeting';
import { taskFollowUpSchema, type TaskFollowUp } from '../domain/minutes';
import { parseInput } from '../domain/validation';
import { LOCAL_ORIGIN } from './documents';
import { insertRecord, patchRecord, readCollection } from './entities';

const EVENTS = 'events';
const TOPICS = 'topics';

export type YearPlanEventInput = Omit<YearPlanEvent, 'id' | 'bodyId' | 'deletedAt' | 'sequence'>;

const eventInput = yearPlanEventSchema.omit({ id: true, bodyId: true, deletedAt: true, sequence: true });
const topicInput = topicSchema.pick({ title: true, presenter: true, minutes: true, wantedBy: true, note: true });

export function readEvents(doc: Y.Doc, bodyId: string): YearPlanEvent[] {
  return readCollection(doc, EVENTS, yearPlanEventSchema, { bodyId }).records;
}

function checkEvent(input: YearPlanEventInput): YearPlanEventInput {
  const checked = parseInput(eventInput, input);
  const title = checked.title.trim();
  if (!title) throw new DomainError('Händelsen behöver en rubrik.', 'title');
  if (checked.endDate && checked.endDate < checked.date) throw new DomainError('Slutdatum kan inte vara före startdatum.', 'endDate');
  if (checked.startTime && checked.endTime && checked.endTime <= checked.startTime) {
    throw new DomainError('Sluttiden måste vara efter starttiden.', 'endTime');
  }
  return { ...checked, title };
}

export function addEvent(doc: Y.Doc, input: YearPlanEventInput, id: string = newId()): string {
  const checked = checkEvent(input);
  doc.transact(() => insertRecord(doc, EVENTS, id, { ...checked, sequence: 0, deletedAt: null }), LOCAL_ORIGIN);
  return id;
}

export function updateEvent(doc: Y.Doc, bodyId: string, id: string, input: YearPlanEventInput): void {
  const event = readEvents(doc, bodyId).find((e) => e.id === id);
  if (!event) throw new DomainError('Händelsen finns inte längre.');
  const checked = checkEvent(input);
  doc.transact(() => {
    if (patchRecord(doc, EVENTS, id, checked)) patchRecord(doc, EVENTS, id, { sequence: event.sequence + 1 });
  }, LOCAL_ORIGIN);
}

export function setEventDeleted(doc: Y.Doc, bodyId: string, id: string, deletedAt: string | null): void {
  if (!readEvents(doc, bodyId).some((e) => e.id === id)) throw new DomainError('Händelsen finns inte längre.');
  doc.transact(() => patchRecord(doc, EVENTS, id, { deletedAt }), LOCAL_ORIGIN);
}

export function readTopics(doc: Y.Doc, bodyId: string): Topic[] {
  return readCollection(doc, TOPICS, topicSchema, { bodyId }).records;
}

function requireTopic(doc: Y.Doc, bodyId: string, id: string): Topic {
  const topic = readTopics(doc, bodyId).find((t) => t.id === id && t.deletedAt === null);
  if (!topic) throw new DomainError('Temat finns inte längre i listan.');
  return topic;
}

function checkTopic(input: TopicInput): TopicInput {
  const checked = parseInput(topicInput, input);
  const title = checked.title.trim();
  if (!title) throw new DomainError('Temat behöver en rubrik.', 'title');
  return { ...checked, title };
}

export function addTopic(
  doc: Y.Doc,
  input: TopicInput,
  options: { id?: string; origin?: ItemOrigin | null; now?: string } = {},
): string {
  const checked = checkTopic(input);
  const id = options.id ?? newId();
  doc.transact(
    () =>
      insertRecord(doc, TOPICS, id, {
        ...checked,
        status: 'open',
        scheduledMeetingId: null,
        scheduledItemId: null,
        origin: options.origin ?? null,
        createdAt: options.now ?? new Date().toISOString(),
        deletedAt: null,
      }),
    LOCAL_ORIGIN,
  );
  return id;
}

export function updateTopic(doc: Y.Doc, bodyId: string, id: string, input: TopicInput): void {
  requireTopic(doc, bodyId, id);
  const checked = checkTopic(input);
  doc.transact(() => patchRecord(doc, TOPICS, id, checked), LOCAL_ORIGIN);
}

export function setTopicDeleted(doc: Y.Doc, bodyId: string, id: string, deletedAt: string | null): void {
  if (!readTopics(doc, bodyId).some((t) => t.id === id)) throw new DomainError('Temat finns inte längre i listan.');
  doc.transact(() => patchRecord(doc, TOPICS, id, { deletedAt }), LOCAL_ORIGIN);
}

/** The topic has become an item on a meeting's agenda (or goes back to open when that is undone). */
export function setTopicScheduled(doc: Y.Doc, bodyId: string, id: string, scheduled: { meetingId: string; itemId: string } | null): void {
  if (!readTopics(doc, bodyId).some((t) => t.id === id)) throw new DomainError('Temat finns inte längre i listan.');
  doc.transact(
    () =>
      patchRecord(doc, TOPICS, id, {
        status: scheduled ? 'scheduled' : 'open',
        scheduledMeetingId: scheduled?.meetingId ?? null,
        scheduledItemId: scheduled?.itemId ?? null,
      }),
    LOCAL_ORIGIN,
  );
}

// --- task follow-up (a task is written in one meeting's minutes and followed up in later ones) ---

const FOLLOW_UPS = 'taskFollowUps';

export function readTaskFollowUps(doc: Y.Doc): TaskFollowUp[] {
  return readCollection(doc, FOLLOW_UPS, taskFollowUpSchema).records;
}

/** Marks a task done at a meeting (or, with `done` false, open again). Keyed by the task's id. */
export function setTaskDone(doc: Y.Doc, taskId: string, done: { meetingId: string | null; at: string; note?: string } | null): void {
  const existing = readTaskFollowUps(doc).find((f) => f.taskId === taskId);
  const fields = { taskId, doneAt: done?.at ?? null, doneAtMeetingId: done?.meetingId ?? null, note: done?.note ?? '' };
  doc.transact(() => {
    if (existing) patchRecord(doc, FOLLOW_UPS, existing.id, fields);
    else insertRecord(doc, FOLLOW_UPS, taskId, fields);
  }, LOCAL_ORIGIN);
}
