/**
 * An item's minutes document (`minutes/<itemId>`): the running text (a Yjs XML fragment that Tiptap
 * edits), the decision's wording (Y.Text) and its particulars (proposals, method, votes,
 * reservations), tasks, the round's one text per member, and a point passed on to another group.
 */
import * as Y from 'yjs';
import { readRichText, type Block } from '../document/richText';
import { DomainError } from '../domain/errors';
import { newId } from '../domain/ids';
import {
  decisionMetaSchema,
  forwardSchema,
  proposalSchema,
  reservationSchema,
  taskSchema,
  type DecisionMeta,
  type Forward,
  type Task,
  type TaskInput,
} from '../domain/minutes';
import { parseInput } from '../domain/validation';
import { documentMeta, LOCAL_ORIGIN } from './documents';
import { hasRecord, insertRecord, patchRecord, readCollection } from './entities';

const DECISION = 'decision';
const META = 'decisionMeta';
const TASKS = 'tasks';
const ROUND = 'round';
const FORWARD = 'forward';

export interface MinutesContent {
  itemId: string;
  meetingId: string;
  blocks: Block[];
  decision: string;
  decisionMeta: DecisionMeta;
  tasks: Task[];
  /** The round's entries, person id → text. */
  round: Record<string, string>;
  forward: Forward;
}

export function setMinutesMeeting(doc: Y.Doc, meetingId: string): void {
  if (documentMeta(doc).get('meetingId') === undefined) documentMeta(doc).set('meetingId', meetingId);
}

export function decisionText(doc: Y.Doc): Y.Text {
  return doc.getText(DECISION);
}

export function roundText(doc: Y.Doc, personId: string): Y.Text {
  const round = doc.getMap<Y.Text>(ROUND);
  let text = round.get(personId);
  if (!(text instanceof Y.Text)) {
    text = new Y.Text();
    round.set(personId, text);
  }
  return text;
}

/** A member's round entry as text, without creating anything in the document. */
export function readRoundText(doc: Y.Doc, personId: string): string {
  const text = doc.getMap<unknown>(ROUND).get(personId);
  return text instanceof Y.Text ? text.toString() : '';
}

export function readDecisionMeta(doc: Y.Doc): DecisionMeta {
  const parsed = decisionMetaSchema.safeParse(doc.getMap(META).toJSON());
  return parsed.success ? parsed.data : decisionMetaSchema.parse({});
}

export function readForward(doc: Y.Doc): Forward {
  const parsed = forwardSchema.safeParse(doc.getMap(FORWARD).toJSON());
  return parsed.success ? parsed.data : forwardSchema.parse({});
}

export function readTasks(doc: Y.Doc): Task[] {
  return readCollection(doc, TASKS, taskSchema).records;
}

export function readMinutes(doc: Y.Doc, itemId: string): MinutesContent {
  const round: Record<string, string> = {};
  doc.getMap<unknown>(ROUND).forEach((value, personId) => {
    if (value instanceof Y.Text && value.length > 0) round[personId] = value.toString();
  });
  return {
    itemId,
    meetingId: String(documentMeta(doc).get('meetingId') ?? ''),
    blocks: readRichText(doc),
    decision: decisionText(doc).toString(),
    decisionMeta: readDecisionMeta(doc),
    tasks: readTasks(doc),
    round,
    forward: readForward(doc),
  };
}

/** Replaces a Y.Text's content with `next` by the smallest edit (keeps concurrent edits elsewhere). */
export function applyTextEdit(text: Y.Text, next: string): void {
  const current = text.toString();
  if (current === next) return;
  let start = 0;
  while (start < current.length && start < next.length && current[start] === next[start]) start++;
  let endCurrent = current.length;
  let endNext = next.length;
  while (endCurrent > start && endNext > start && current[endCurrent - 1] === next[endNext - 1]) {
    endCurrent--;
    endNext--;
  }
  text.doc!.transact(() => {
    if (endCurrent > start) text.delete(start, endCurrent - start);
    if (endNext > start) text.insert(start, next.slice(start, endNext));
  }, LOCAL_ORIGIN);
}

export function setDecisionMeta(doc: Y.Doc, patch: Partial<DecisionMeta>): void {
  const checked = parseInput(decisionMetaSchema.partial(), patch);
  if (checked.proposals) checked.proposals.forEach((p) => parseInput(proposalSchema, p));
  if (checked.reservations) checked.reservations.forEach((r) => parseInput(reservationSchema, r));
  const map = doc.getMap<unknown>(META);
  doc.transact(() => {
    for (const [key, value] of Object.entries(checked)) {
      if (value !== undefined) map.set(key, JSON.parse(JSON.stringify(value)));
    }
  }, LOCAL_ORIGIN);
}

export function setForward(doc: Y.Doc, forward: Forward): void {
  const checked = parseInput(forwardSchema, forward);
  const map = doc.getMap<unknown>(FORWARD);
  doc.transact(() => {
    map.set('group', checked.group.trim());
    map.set('text', checked.text.trim());
  }, LOCAL_ORIGIN);
}

const taskInput = taskSchema.pick({ text: true, ownerIds: true, convenerId: true, dueDate: true, nextStep: true });

function checkTask(input: TaskInput): TaskInput {
  const checked = parseInput(taskInput, input);
  const text = checked.text.trim();
  if (!text) throw new DomainError('Skriv vad uppdraget gäller.', 'text');
  if (checked.convenerId && !checked.ownerIds.includes(checked.convenerId)) {
    throw new DomainError('Den sammankallande måste vara en av de ansvariga.', 'convenerId');
  }
  return { ...checked, text };
}

export function addTask(doc: Y.Doc, input: TaskInput, now = new Date().toISOString()): string {
  const checked = checkTask(input);
  const id = newId();
  doc.transact(() => insertRecord(doc, TASKS, id, { ...checked, createdAt: now, deletedAt: null }), LOCAL_ORIGIN);
  return id;
}

export function updateTask(doc: Y.Doc, taskId: string, input: TaskInput): void {
  if (!hasRecord(doc, TASKS, taskId)) throw new DomainError('Uppdraget finns inte längre.');
  const checked = checkTask(input);
  doc.transact(() => patchRecord(doc, TASKS, taskId, checked), LOCAL_ORIGIN);
}

export function setTaskDeleted(doc: Y.Doc, taskId: string, deletedAt: string | null): void {
  if (!hasRecord(doc, TASKS, taskId)) throw new DomainError('Uppdraget finns inte längre.');
  doc.transact(() => patchRecord(doc, TASKS, taskId, { deletedAt }), LOCAL_ORIGIN);
}
