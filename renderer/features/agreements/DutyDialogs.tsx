/** Moving one year's report deadline, and setting the date of a year's follow-up. */
import { Checkbox, Field, Input, Textarea } from '@fluentui/react-components';
import type { DeadlineOverride, FollowUp } from '../../../shared/domain/agreements';
import { formatDate } from '../../../shared/domain/dates';
import { FormDialog } from '../../ui/FormDialog';

export function DeadlineDialog(props: {
  open: boolean;
  initial: DeadlineOverride;
  usualDate: string;
  onClose: () => void;
  onSubmit: (values: DeadlineOverride) => Promise<void>;
}) {
  return (
    <FormDialog
      open={props.open}
      title={`Flytta sista dag för redovisningen ${props.initial.year}`}
      initial={props.initial}
      onClose={props.onClose}
      onSubmit={props.onSubmit}
    >
      {({ values, set, errors }) => (
        <>
          <Field label="Ny sista dag" required hint={`Annars gäller ${formatDate(props.usualDate)}.`} validationMessage={errors.date} data-field="date">
            <Input type="date" value={values.date} onChange={(_, d) => set('date', d.value)} autoFocus />
          </Field>
          <Field label="Skäl" hint="Till exempel: kompletterande redovisning efterfrågas" validationMessage={errors.reason} data-field="reason">
            <Textarea value={values.reason} onChange={(_, d) => set('reason', d.value)} rows={2} resize="vertical" />
          </Field>
        </>
      )}
    </FormDialog>
  );
}

export function FollowUpDialog(props: { open: boolean; initial: FollowUp; onClose: () => void; onSubmit: (values: FollowUp) => Promise<void> }) {
  return (
    <FormDialog
      open={props.open}
      title={`Årlig uppföljning av samverkansplanen ${props.initial.year}`}
      initial={props.initial}
      onClose={props.onClose}
      onSubmit={props.onSubmit}
    >
      {({ values, set, errors }) => (
        <>
          <Field label="Datum" required hint={`Under ${props.initial.year} eller året efter.`} validationMessage={errors.date} data-field="date">
            <Input type="date" value={values.date} onChange={(_, d) => set('date', d.value)} autoFocus />
          </Field>
          <Checkbox checked={values.done} onChange={(_, d) => set('done', d.checked === true)} label="Uppföljningen är genomförd" />
          <Field label="Anteckning" hint="Till exempel: länsgemensam konferens" validationMessage={errors.note} data-field="note">
            <Textarea value={values.note} onChange={(_, d) => set('note', d.value)} rows={2} resize="vertical" />
          </Field>
        </>
      )}
    </FormDialog>
  );
}
