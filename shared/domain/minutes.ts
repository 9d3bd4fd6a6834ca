/**
 * What is recorded under each item besides the running text: the decision as Swedish protocols
 * need it (KL 5 kap. 67 §: the proposals, how the decision was reached, reservations and notes by
 * named members), tasks (uppdrag) with owners and a convener, and points passed on to other groups.
 */
import { z } from 'zod';
import { isIsoDate } from './dates';

const text = (max: number) => z.string().max(max);
const isoDate = z.string().refine(isIsoDate, { message: 'Ogiltigt datum' });

export const decisionMethods = ['none', 'acclamation', 'vote'] as const;
export type DecisionMethod = (typeof decisionMethods)[number];

export const proposalSchema = z.object({
  id: z.string().min(1),
  text: text(2000).min(1),
  /** Who made the proposal (a person id) or free text such as "Ordföranden". */
  byPersonId: z.string().nullable().default(null),
  byText: text(200).default(''),
});
export type Proposal = z.infer<typeof proposalSchema>;

export const reservationSchema = z.object({
  id: z.string().min(1),
  personId: z.string().min(1),
  kind: z.enum(['reservation', 'note']),
  reason: text(2000).default(''),
});
export type Reservation = z.infer<typeof reservationSchema>;

export const voteSchema = z.object({
  yes: z.number().int().min(0).max(1000).default(0),
  no: z.number().int().min(0).max(1000).default(0),
  abstain: z.number().int().min(0).max(1000).default(0),
});

export const decisionMetaSchema = z.object({
  method: z.enum(decisionMethods).default('none'),
  proposals: z.array(proposalSchema).max(20).default([]),
  votes: voteSchema.nullable().default(null),
  reservations: z.array(reservationSchema).max(50).default([]),
});
export type DecisionMeta = z.infer<typeof decisionMetaSchema>;

export const taskSchema = z.object({
  id: z.string().min(1),
  text: text(2000).min(1),
  ownerIds: z.array(z.string()).max(20).default([]),
  /** For a working group: who calls it together ("Maria (sammankallande)"). */
  convenerId: z.string().nullable().default(null),
  dueDate: isoDate.nullable().default(null),
  /** A first meeting of the working group, "möte 18/9 kl 10–11", free text. */
  nextStep: text(300).default(''),
  createdAt: z.string().default(''),
  deletedAt: z.string().nullable().default(null),
});
export type Task = z.infer<typeof taskSchema>;
export type TaskInput = Pick<Task, 'text' | 'ownerIds' | 'convenerId' | 'dueDate' | 'nextStep'>;

/** A task's follow-up, kept in the body's document (a signed protocol never changes). */
export const taskFollowUpSchema = z.object({
  id: z.string().min(1),
  taskId: z.string().min(1),
  doneAt: z.string().nullable().default(null),
  doneAtMeetingId: z.string().nullable().default(null),
  note: text(1000).default(''),
});
export type TaskFollowUp = z.infer<typeof taskFollowUpSchema>;

export const forwardSchema = z.object({
  /** The group the point goes to, e.g. "Länsdelsgrupperna". */
  group: text(200).default(''),
  /** The point as it should read in the list, e.g. "Återrapportering av medel". */
  text: text(1000).default(''),
});
export type Forward = z.infer<typeof forwardSchema>;

/** Words used in the minutes for a decision's method. */
export const decisionMethodLabels: Record<DecisionMethod, string> = {
  none: 'Inget beslut',
  acclamation: 'Med acklamation',
  vote: 'Efter omröstning',
};
