/**
 * Looking back: the decision register of a body's year, the tasks of every body with their status,
 * and attendance over the years. Read from the derived rows (the rules are in shared/history/).
 */
import { orderItems } from '../../shared/domain/agenda';
import { decisionsOfMeeting, type DecisionRegister } from '../../shared/history/decisions';
import { participation, type Participation } from '../../shared/history/participation';
import { taskStatus, type TaskEntry } from '../../shared/history/tasks';
import type { MeetingRow } from './database';
import { firstSectionNumber } from './agenda';
import { itemsOf, listItems } from './meetings';
import { minutesOfItems, recordsOf } from './minutes';
import type { Store } from './store';

const live = <T extends { deletedAt: string | null }>(rows: T[]) => rows.filter((r) => r.deletedAt === null);
const byDateTime = (a: MeetingRow, b: MeetingRow) => a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime);

async function meetingsOfBody(store: Store, bodyId: string): Promise<MeetingRow[]> {
  return live(await store.db.meetings.where('bodyIds').equals(bodyId).toArray()).sort(byDateTime);
}

/** The years in which the body has meetings, newest first. */
export async function yearsOfBody(store: Store, bodyId: string): Promise<number[]> {
  const years = (await meetingsOfBody(store, bodyId)).map((m) => Number(m.date.slice(0, 4)));
  return [...new Set(years)].sort((a, b) => b - a);
}

/** Every decision recorded at the body's meetings in `year` (cancelled meetings left out). */
export async function decisionRegister(store: Store, bodyId: string, year: number): Promise<DecisionRegister | undefined> {
  const body = await store.db.bodies.get(bodyId);
  if (!body) return undefined;
  const [people, bodies] = await Promise.all([store.db.people.toArray(), store.db.bodies.toArray()]);
  const name = new Map(people.map((p) => [p.id, p.name]));
  const meetings = (await meetingsOfBody(store, bodyId)).filter((m) => m.status !== 'cancelled' && m.date.startsWith(`${year}-`));
  const entries = [];
  for (const meeting of meetings) {
    const host = bodies.find((b) => b.id === meeting.bodyIds[0]) ?? body;
    const items = await listItems(store, meeting.id);
    const minutesById = await minutesOfItems(store, items);
    const first = host.numbering === 'section' ? await firstSectionNumber(store, meeting.id) : 1;
    entries.push(
      ...decisionsOfMeeting(meeting, orderItems(items), (id) => minutesById.get(id), host.numbering, first, (id) => name.get(id) ?? 'Okänd person'),
    );
  }
  return { bodyName: body.name, recordKind: body.recordKind, year, entries };
}

/** Every task of every meeting (deleted ones left out), with its status on `today`. */
export async function taskOverview(store: Store, today: string): Promise<TaskEntry[]> {
  const [tasks, meetings, followUps] = await Promise.all([
    store.db.tasks.toArray(),
    store.db.meetings.toArray(),
    store.db.taskFollowUps.toArray(),
  ]);
  const meetingById = new Map(meetings.map((m) => [m.id, m]));
  const followUpOf = new Map(followUps.map((f) => [f.taskId, f]));
  const liveTasks = tasks.filter((t) => t.deletedAt === null && meetingById.get(t.meetingId)?.deletedAt === null);
  const agendas = await store.db.agendas.bulkGet([...new Set(liveTasks.map((t) => t.meetingId))]);
  const itemById = new Map(agendas.flatMap((row) => itemsOf(row).map((i) => [i.id, i] as const)));
  return liveTasks
    .filter((t) => itemById.get(t.itemId)?.deletedAt === null)
    .map((task) => {
      const meeting = meetingById.get(task.meetingId)!;
      const followUp = followUpOf.get(task.id);
      return {
        taskId: task.id,
        text: task.text,
        nextStep: task.nextStep,
        ownerIds: task.ownerIds,
        convenerId: task.convenerId,
        dueDate: task.dueDate,
        status: taskStatus(task, followUp, today),
        doneAt: followUp?.doneAt ?? null,
        meetingId: meeting.id,
        meetingDate: meeting.date,
        itemId: task.itemId,
        itemTitle: itemById.get(task.itemId)?.title ?? '',
        bodyId: meeting.bodyIds[0]!,
      };
    });
}

/** Attendance at the body's meetings, year by year and per organisation with a seat. */
export async function participationOfBody(store: Store, bodyId: string, today: string): Promise<Participation> {
  const meetings = await meetingsOfBody(store, bodyId);
  const [records, memberships, people] = await Promise.all([
    store.db.attendance.bulkGet(meetings.map((m) => m.id)),
    store.db.memberships.where('bodyId').equals(bodyId).toArray(),
    store.db.people.toArray(),
  ]);
  const organisationOf = new Map(people.map((p) => [p.id, p.organisationId]));
  return participation(
    meetings.map((meeting, i) => ({ meeting, records: recordsOf(records[i]) })),
    memberships,
    (personId) => organisationOf.get(personId) ?? null,
    today,
  );
}
