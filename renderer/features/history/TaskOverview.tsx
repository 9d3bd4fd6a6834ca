/**
 * Who still owes us what: the tasks of every body's meetings, open and overdue ones first,
 * grouped by owner or by body, each linked to the item that gave it.
 */
import {
  Badge,
  Field,
  makeStyles,
  Radio,
  RadioGroup,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link } from 'wouter';
import { formatDate, todayIso } from '../../../shared/domain/dates';
import { groupTasks, taskStatusLabels, type TaskEntry, type TaskStatus } from '../../../shared/history/tasks';
import { taskOverview } from '../../db/history';
import { registerIndex } from '../../db/queries';
import { routes } from '../../app/routes';
import { useStore } from '../../app/store-context';
import { EmptyState } from '../../ui/EmptyState';
import { Loading } from '../../ui/Loading';
import { useTableStyles } from '../../ui/tableStyles';

type Show = 'open' | 'overdue' | 'all';

const useStyles = makeStyles({
  controls: { display: 'flex', gap: tokens.spacingHorizontalXXL, flexWrap: 'wrap' },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  groupTitle: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  groupCounts: { fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2, marginLeft: tokens.spacingHorizontalS, fontSize: tokens.fontSizeBase300 },
  nextStep: { color: tokens.colorNeutralForeground2 },
  nowrap: { whiteSpace: 'nowrap' },
  meeting: { display: 'flex', flexDirection: 'column' },
});

const statusColor: Record<TaskStatus, 'danger' | 'informative' | 'success'> = { overdue: 'danger', open: 'informative', done: 'success' };

let rememberedGroup: 'owner' | 'body' = 'owner';
let rememberedShow: Show = 'open';

export function TaskOverview() {
  const store = useStore();
  const styles = useStyles();
  const table = useTableStyles();
  const today = todayIso();
  const tasks = useLiveQuery(() => taskOverview(store, today), [store, today]);
  const index = useLiveQuery(() => registerIndex(store), [store]);
  const [by, setBy] = useState(rememberedGroup);
  const [show, setShow] = useState(rememberedShow);
  if (!tasks || !index) return <Loading />;

  const person = (id: string) => index.people.get(id)?.name ?? 'Okänd person';
  const bodyName = (id: string) => index.bodies.get(id)?.name ?? 'Okänt organ';
  const shown = tasks.filter((t) => (show === 'all' ? true : show === 'overdue' ? t.status === 'overdue' : t.status !== 'done'));
  const groups = groupTasks(shown, by, by === 'owner' ? person : bodyName);
  const open = tasks.filter((t) => t.status !== 'done').length;
  const overdue = tasks.filter((t) => t.status === 'overdue').length;
  const owners = (task: TaskEntry) =>
    task.ownerIds.map((id) => (id === task.convenerId ? `${person(id)} (sammankallande)` : person(id))).join(', ') || '–';

  return (
    <>
      <div className={styles.controls}>
        <Field label="Gruppera efter">
          <RadioGroup
            layout="horizontal"
            value={by}
            onChange={(_, d) => {
              rememberedGroup = d.value as 'owner' | 'body';
              setBy(rememberedGroup);
            }}
          >
            <Radio value="owner" label="Ansvarig" />
            <Radio value="body" label="Organ" />
          </RadioGroup>
        </Field>
        <Field label="Visa">
          <RadioGroup
            layout="horizontal"
            value={show}
            onChange={(_, d) => {
              rememberedShow = d.value as Show;
              setShow(rememberedShow);
            }}
          >
            <Radio value="open" label="Ej klara" />
            <Radio value="overdue" label="Försenade" />
            <Radio value="all" label="Alla" />
          </RadioGroup>
        </Field>
      </div>
      <Text role="status">
        {tasks.length === 0
          ? 'Inga uppdrag har getts på något möte ännu.'
          : `${open === 1 ? '1 uppdrag är inte klart' : `${open} uppdrag är inte klara`}, varav ${overdue} ${overdue === 1 ? 'är försenat' : 'är försenade'}. Totalt ${tasks.length} uppdrag.`}
      </Text>
      {tasks.length === 0 ? (
        <EmptyState title="Inga uppdrag ännu">Uppdrag som ges under en punkt på mötet samlas här, per ansvarig och per organ.</EmptyState>
      ) : groups.length === 0 ? (
        <EmptyState title={show === 'overdue' ? 'Inga försenade uppdrag' : 'Alla uppdrag är klara'}>Välj Alla för att se också de klara.</EmptyState>
      ) : (
        groups.map((group) => (
          <section key={group.key} className={styles.group} aria-labelledby={`task-group-${group.key || 'none'}`}>
            <h2 id={`task-group-${group.key || 'none'}`} className={styles.groupTitle}>
              {group.label}
              <span className={styles.groupCounts}>
                {group.open} ej klara{group.overdue > 0 ? `, ${group.overdue} försenade` : ''}
              </span>
            </h2>
            <Table aria-label={`Uppdrag, ${group.label}`} size="small" className={table.table}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>Uppdrag</TableHeaderCell>
                  <TableHeaderCell>Ansvariga</TableHeaderCell>
                  <TableHeaderCell>Klart senast</TableHeaderCell>
                  <TableHeaderCell>Status</TableHeaderCell>
                  <TableHeaderCell>Från mötet</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {group.entries.map((task) => (
                  <TableRow key={task.taskId}>
                    <TableCell>
                      {task.text}
                      {task.nextStep ? <Text className={styles.nextStep}> · {task.nextStep}</Text> : null}
                    </TableCell>
                    <TableCell>{owners(task)}</TableCell>
                    <TableCell className={styles.nowrap}>{task.dueDate ? formatDate(task.dueDate) : '–'}</TableCell>
                    <TableCell>
                      <Badge appearance="tint" color={statusColor[task.status]}>
                        {task.status === 'done' && task.doneAt ? `${taskStatusLabels.done} ${formatDate(todayIso(new Date(task.doneAt)))}` : taskStatusLabels[task.status]}
                      </Badge>
                    </TableCell>
                    <TableCell>
                      <div className={styles.meeting}>
                        <Link href={routes.meetingItem(task.meetingId, task.itemId)} className={table.nameButton}>
                          {task.itemTitle}
                        </Link>
                        <Text size={200}>
                          {by === 'body' ? '' : `${bodyName(task.bodyId)}, `}
                          {formatDate(task.meetingDate)}
                        </Text>
                      </div>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </section>
        ))
      )}
    </>
  );
}
