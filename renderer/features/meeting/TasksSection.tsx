/**
 * Tasks (uppdrag) given under an item: what, who (among those at the meeting), who convenes a
 * working group, by when, and a first step ("möte 18/9 kl 10–11").
 */
import { Button, Checkbox, Field, Input, makeStyles, Select, Text, tokens, Tooltip } from '@fluentui/react-components';
import { Add20Regular, Delete16Regular } from '@fluentui/react-icons';
import { formatDate } from '../../../shared/domain/dates';
import type { TaskInput } from '../../../shared/domain/minutes';
import type { TaskRow } from '../../db/database';
import * as minutes from '../../db/minutes';
import { useFeedback } from '../../app/feedback';
import { useStore } from '../../app/store-context';
import { FormDialog } from '../../ui/FormDialog';
import { useState } from 'react';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  owners: { display: 'flex', flexWrap: 'wrap', gap: `0 ${tokens.spacingHorizontalM}` },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0 },
  fieldset: { border: 'none', margin: 0, padding: 0 },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
});

export function taskLine(task: Pick<TaskRow, 'text' | 'ownerIds' | 'convenerId' | 'dueDate' | 'nextStep'>, name: (id: string) => string): string {
  const owners = task.ownerIds.map((id) => (id === task.convenerId ? `${name(id)} (sammankallande)` : name(id))).join(', ');
  return [task.text, owners ? `Ansvariga: ${owners}` : '', task.dueDate ? `Klart senast ${formatDate(task.dueDate)}` : '', task.nextStep]
    .filter(Boolean)
    .join('. ');
}

const emptyTask: TaskInput = { text: '', ownerIds: [], convenerId: null, dueDate: null, nextStep: '' };

export function TasksSection(props: {
  meetingId: string;
  itemId: string;
  tasks: TaskRow[];
  attendees: { id: string; name: string }[];
  name: (id: string) => string;
  readOnly?: boolean;
}) {
  const store = useStore();
  const feedback = useFeedback();
  const styles = useStyles();
  const [editing, setEditing] = useState<{ id: string | null; initial: TaskInput } | null>(null);
  return (
    <div className={styles.root}>
      {props.tasks.length === 0 ? <Text>Inga uppdrag under den här punkten.</Text> : null}
      <ul className={styles.list} aria-label="Uppdrag">
        {props.tasks.map((task) => (
          <li key={task.id}>
            <Button
              appearance="transparent"
              size="small"
              disabled={props.readOnly}
              onClick={() => setEditing({ id: task.id, initial: { text: task.text, ownerIds: task.ownerIds, convenerId: task.convenerId, dueDate: task.dueDate, nextStep: task.nextStep } })}
            >
              {taskLine(task, props.name)}
            </Button>
            {!props.readOnly ? (
              <Tooltip content="Ta bort uppdraget" relationship="label">
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<Delete16Regular />}
                  onClick={async () => {
                    const done = await feedback.save(() => minutes.deleteTask(store, props.meetingId, props.itemId, task.id).then(() => true));
                    if (done) feedback.undoable('Uppdraget togs bort.', () => minutes.restoreTask(store, props.meetingId, props.itemId, task.id));
                  }}
                />
              </Tooltip>
            ) : null}
          </li>
        ))}
      </ul>
      {!props.readOnly ? (
        <div>
          <Button size="small" icon={<Add20Regular />} onClick={() => setEditing({ id: null, initial: emptyTask })}>
            Nytt uppdrag
          </Button>
        </div>
      ) : null}
      <FormDialog
        open={editing !== null}
        title={editing?.id ? 'Ändra uppdrag' : 'Nytt uppdrag'}
        initial={editing?.initial ?? emptyTask}
        onClose={() => setEditing(null)}
        onSubmit={async (values) => {
          if (editing?.id) await minutes.updateTask(store, props.meetingId, props.itemId, editing.id, values);
          else await minutes.addTask(store, props.meetingId, props.itemId, values);
        }}
      >
        {({ values, set, errors }) => (
          <>
            <Field label="Uppdrag" required validationMessage={errors.text} data-field="text">
              <Input value={values.text} onChange={(_, d) => set('text', d.value)} autoFocus />
            </Field>
            <fieldset className={styles.fieldset}>
              <legend className={styles.legend}>Ansvariga</legend>
              <div className={styles.owners}>
                {props.attendees.map((a) => (
                  <Checkbox
                    key={a.id}
                    label={a.name}
                    checked={values.ownerIds.includes(a.id)}
                    onChange={(_, d) => {
                      const ownerIds = d.checked ? [...values.ownerIds, a.id] : values.ownerIds.filter((id) => id !== a.id);
                      set('ownerIds', ownerIds);
                      if (!ownerIds.includes(values.convenerId ?? '')) set('convenerId', null);
                    }}
                  />
                ))}
              </div>
            </fieldset>
            <div className={styles.row}>
              <Field label="Sammankallande" hint="För en arbetsgrupp" validationMessage={errors.convenerId} data-field="convenerId">
                <Select value={values.convenerId ?? ''} onChange={(_, d) => set('convenerId', d.value || null)}>
                  <option value="">Ingen</option>
                  {values.ownerIds.map((id) => (
                    <option key={id} value={id}>
                      {props.name(id)}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field label="Klart senast" validationMessage={errors.dueDate} data-field="dueDate">
                <Input type="date" value={values.dueDate ?? ''} onChange={(_, d) => set('dueDate', d.value || null)} />
              </Field>
            </div>
            <Field label="Nästa steg" hint="T.ex. ”Möte 18/9 kl 10–11”" validationMessage={errors.nextStep} data-field="nextStep">
              <Input value={values.nextStep} onChange={(_, d) => set('nextStep', d.value)} />
            </Field>
          </>
        )}
      </FormDialog>
    </div>
  );
}
