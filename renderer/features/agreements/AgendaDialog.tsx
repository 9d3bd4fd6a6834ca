/**
 * "Lägg på dagordningen …": puts an agreement or a report on a coming meeting's agenda as an item
 * that links back to it, or creates the meeting first when it is not in the calendar yet.
 */
import { Field, Input, makeStyles, Radio, RadioGroup, Select, Text, tokens } from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { formatLongDate, todayIso } from '../../../shared/domain/dates';
import { DomainError } from '../../../shared/domain/errors';
import * as db from '../../db/agreements';
import { listBodies } from '../../db/queries';
import { useFeedback } from '../../app/feedback';
import { useStore } from '../../app/store-context';
import { FormDialog } from '../../ui/FormDialog';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  radios: { maxHeight: '240px', overflowY: 'auto' },
});

const NEW = 'new';

interface Values {
  meeting: string;
  bodyId: string;
  date: string;
  title: string;
  minutes: string;
}

export function AgendaDialog(props: { open: boolean; target: db.AgendaTarget; defaultTitle: string; onClose: () => void }) {
  const store = useStore();
  const feedback = useFeedback();
  const styles = useStyles();
  const today = todayIso();
  const upcoming = useLiveQuery(() => db.listUpcomingMeetings(store, today), [store, today]);
  const bodies = useLiveQuery(() => listBodies(store), [store]);
  const ready = upcoming !== undefined && bodies !== undefined;
  const initial = useMemo<Values>(
    () => ({
      meeting: upcoming?.[0]?.meeting.id ?? NEW,
      bodyId: bodies?.[0]?.id ?? '',
      date: '',
      title: props.defaultTitle,
      minutes: '15',
    }),
    // The first upcoming meeting is the suggestion when the dialog opens; later changes do not reset it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [ready, props.defaultTitle, props.open],
  );
  const label = (m: db.UpcomingMeeting) => `${m.bodyNames.join(' och ')}, ${formatLongDate(m.meeting.date)}${m.meeting.title ? ` (${m.meeting.title})` : ''}`;

  return (
    <FormDialog
      open={props.open && ready}
      title="Lägg på dagordningen"
      submitLabel="Lägg till punkten"
      initial={initial}
      onClose={props.onClose}
      onSubmit={async (values) => {
        const minutes = Number(values.minutes);
        if (!/^\d+$/.test(values.minutes.trim()) || minutes > 600) throw new DomainError('Ange en tid mellan 0 och 600 minuter.', 'minutes');
        const changes = { title: values.title, minutes };
        if (values.meeting === NEW) {
          await db.putOnNewMeeting(store, { bodyId: values.bodyId, date: values.date }, props.target, changes);
          const body = bodies?.find((b) => b.id === values.bodyId);
          feedback.success(`Ett möte för ${body?.name ?? 'organet'} ${formatLongDate(values.date)} är skapat med punkten på dagordningen.`);
        } else {
          await db.putOnAgenda(store, values.meeting, props.target, changes);
          const meeting = upcoming?.find((m) => m.meeting.id === values.meeting);
          feedback.success(`Punkten är tillagd på dagordningen för ${meeting ? label(meeting) : 'mötet'}.`);
        }
      }}
    >
      {({ values, set, errors }) => (
        <>
          <Field label="Möte" required validationMessage={errors.meeting} data-field="meeting">
            <RadioGroup className={styles.radios} value={values.meeting} onChange={(_, d) => set('meeting', d.value)}>
              {(upcoming ?? []).map((m) => (
                <Radio key={m.meeting.id} value={m.meeting.id} label={label(m)} autoFocus={values.meeting === m.meeting.id} />
              ))}
              <Radio value={NEW} label="Nytt möte …" autoFocus={values.meeting === NEW} />
            </RadioGroup>
          </Field>
          {upcoming && upcoming.length === 0 ? <Text size={200}>Det finns inga kommande möten i kalendern. Skapa mötet här.</Text> : null}
          {values.meeting === NEW ? (
            <div className={styles.row}>
              <Field label="Organ" required validationMessage={errors.bodyId} data-field="bodyId">
                <Select value={values.bodyId} onChange={(_, d) => set('bodyId', d.value)}>
                  <option value="">Välj organ</option>
                  {(bodies ?? []).map((b) => (
                    <option key={b.id} value={b.id}>
                      {b.name}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field label="Datum" required validationMessage={errors.date} data-field="date">
                <Input type="date" value={values.date} min={today} onChange={(_, d) => set('date', d.value)} />
              </Field>
            </div>
          ) : null}
          <Field label="Rubrik på dagordningen" required validationMessage={errors.title} data-field="title">
            <Input value={values.title} onChange={(_, d) => set('title', d.value)} />
          </Field>
          <Field label="Tid (minuter)" validationMessage={errors.minutes} data-field="minutes">
            <Input type="number" min={0} max={600} value={values.minutes} onChange={(_, d) => set('minutes', d.value)} />
          </Field>
        </>
      )}
    </FormDialog>
  );
}
