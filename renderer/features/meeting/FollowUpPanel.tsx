/** The body's open tasks from earlier meetings, for follow-up here: mark each done at this meeting. */
import { Checkbox, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { formatDate } from '../../../shared/domain/dates';
import type { MeetingRow } from '../../db/database';
import * as minutes from '../../db/minutes';
import { useFeedback } from '../../app/feedback';
import { useStore } from '../../app/store-context';
import { useOptimisticValue } from '../../ui/useOptimisticValue';
import { taskLine } from './TasksSection';

const useStyles = makeStyles({ list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS } });

function DoneBox(props: { done: boolean; label: string; readOnly?: boolean; onChange: (done: boolean) => void }) {
  const [done, setDone] = useOptimisticValue(props.done);
  return (
    <Checkbox
      disabled={props.readOnly}
      checked={done}
      label={props.label}
      onChange={(_, d) => {
        setDone(!!d.checked);
        props.onChange(!!d.checked);
      }}
    />
  );
}

export function FollowUpPanel(props: { meeting: MeetingRow; name: (id: string) => string; readOnly?: boolean }) {
  const store = useStore();
  const feedback = useFeedback();
  const styles = useStyles();
  const host = props.meeting.bodyIds[0]!;
  const tasks = useLiveQuery(() => minutes.tasksForFollowUp(store, host, props.meeting.id), [store, host, props.meeting.id]);
  if (!tasks) return null;
  if (tasks.length === 0) return <Text>Inga uppdrag från tidigare möten väntar på uppföljning.</Text>;
  return (
    <ul className={styles.list} aria-label="Uppdrag att följa upp">
      {tasks.map((task) => (
        <li key={task.id}>
          <DoneBox
            done={!!task.followUp?.doneAt}
            readOnly={props.readOnly}
            label={`${taskLine(task, props.name)} (från mötet ${formatDate(task.meetingDate)})`}
            onChange={(done) =>
              void feedback.save(() => (done ? minutes.markTaskDone(store, host, task.id, props.meeting.id) : minutes.reopenTask(store, host, task.id)))
            }
          />
        </li>
      ))}
    </ul>
  );
}
