import { Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import type { BodyRow } from '../../db/database';
import { FormDialog } from '../../ui/FormDialog';

const useStyles = makeStyles({ row: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' } });

export interface NewMeetingValues {
  date: string;
  startTime: string;
  endTime: string;
  place: string;
}

/** A new meeting for one body, with the body's default time and place filled in. */
export function NewMeetingDialog(props: { open: boolean; body: BodyRow; date: string; onClose: () => void; onSubmit: (values: NewMeetingValues) => Promise<void> }) {
  const styles = useStyles();
  const initial: NewMeetingValues = {
    date: props.date,
    startTime: props.body.defaultStartTime,
    endTime: props.body.defaultEndTime,
    place: props.body.defaultPlace,
  };
  return (
    <FormDialog open={props.open} title={`Nytt möte – ${props.body.name}`} initial={initial} onClose={props.onClose} onSubmit={props.onSubmit}>
      {({ values, set, errors }) => (
        <>
          <Field label="Datum" required validationMessage={errors.date} data-field="date">
            <Input type="date" value={values.date} onChange={(_, d) => set('date', d.value)} autoFocus />
          </Field>
          <div className={styles.row}>
            <Field label="Börjar" validationMessage={errors.startTime} data-field="startTime">
              <Input type="time" value={values.startTime} onChange={(_, d) => set('startTime', d.value)} />
            </Field>
            <Field label="Slutar" validationMessage={errors.endTime} data-field="endTime">
              <Input type="time" value={values.endTime} onChange={(_, d) => set('endTime', d.value)} />
            </Field>
          </div>
          <Field label="Plats" validationMessage={errors.place} data-field="place">
            <Input value={values.place} onChange={(_, d) => set('place', d.value)} />
          </Field>
        </>
      )}
    </FormDialog>
  );
}
