/**
 * Who still owes us what: every task given at any body's meeting, with its status (done when its
 * follow-up says so, overdue when its date has passed), grouped by owner or by body.
 */
import type { Task, TaskFollowUp } from '../domain/minutes';

export type TaskStatus = 'open' | 'overdue' | 'done';

export const taskStatusLabels: Record<TaskStatus, string> = {
  open: 'Pågår',
  overdue: 'Försenat',
  done: 'Klart',
};

export function taskStatus(task: Pick<Task, 'dueDate'>, followUp: Pick<TaskFollowUp, 'doneAt'> | undefined, today: string): TaskStatus {
  if (followUp?.doneAt) return 'done';
  return task.dueDate !== null && task.dueDate < today ? 'overdue' : 'open';
}

export interface TaskEntry {
  taskId: string;
  text: string;
  nextStep: string;
  ownerIds: string[];
  convenerId: string | null;
  dueDate: string | null;
  status: TaskStatus;
  doneAt: string | null;
  meetingId: string;
  meetingDate: string;
  itemId: string;
  itemTitle: string;
  /** The body whose meeting gave the task (the meeting's host). */
  bodyId: string;
}

export interface TaskGroup {
  key: string;
  label: string;
  entries: TaskEntry[];
  open: number;
  overdue: number;
}

const statusRank: Record<TaskStatus, number> = { overdue: 0, open: 1, done: 2 };

/** Overdue first, then by date due (none last), then oldest meeting first. */
export function compareTasks(a: TaskEntry, b: TaskEntry): number {
  return (
    statusRank[a.status] - statusRank[b.status] ||
    (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') ||
    a.meetingDate.localeCompare(b.meetingDate) ||
    a.text.localeCompare(b.text, 'sv')
  );
}

export const NO_OWNER = '';

/**
 * The tasks in groups: by owner (a task with several owners is in each of their groups; one with
 * none in "Ingen ansvarig", last) or by body. Groups in alphabetical order.
 */
export function groupTasks(entries: readonly TaskEntry[], by: 'owner' | 'body', labelOf: (key: string) => string): TaskGroup[] {
  const groups = new Map<string, TaskEntry[]>();
  for (const entry of entries) {
    const keys = by === 'body' ? [entry.bodyId] : entry.ownerIds.length > 0 ? entry.ownerIds : [NO_OWNER];
    for (const key of keys) groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  return [...groups.entries()]
    .map(([key, list]) => ({
      key,
      label: key === NO_OWNER && by === 'owner' ? 'Ingen ansvarig' : labelOf(key),
      entries: [...list].sort(compareTasks),
      open: list.filter((e) => e.status !== 'done').length,
      overdue: list.filter((e) => e.status === 'overdue').length,
    }))
    .sort((a, b) => Number(a.key === NO_OWNER) - Number(b.key === NO_OWNER) || a.label.localeCompare(b.label, 'sv'));
}
