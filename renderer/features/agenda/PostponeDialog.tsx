import { Field, Radio, RadioGroup, Select, Textarea } from '@fluentui/react-components';
import { formatDate } from '../../../shared/domain/dates';
import type { MeetingRow } from '../../db/database';
import { FormDialog } from '../../ui/FormDialog';

export interface PostponeValues {
  reason: string;
  target: 'backlog' | 'meeting';
  meetingId: string;
}

/** "Punkten skjuts till kommande möte …": to the body's list of coming topics, or to a chosen meeting. */
export function PostponeDialog(props: {
  open: boolean;
  itemTitle: string;
  laterMeetings: readonly MeetingRow[];
  onClose: () => void;
  onSubmit: (values: PostponeValues) => Promise<void>;
}) {
  const initial: PostponeValues = {
    reason: 'Punkten skjuts till kommande möte.',
    target: props.laterMeetings.length > 0 ? 'meeting' : 'backlog',
    meetingId: props.laterMeetings[0]?.id ?? '',
  };
  return (
    <FormDialog open={props.open} title={`Skjut upp ”${props.itemTitle}”`} initial={initial} submitLabel="Skjut upp" onClose={props.onClose} onSubmit={props.onSubmit}>
      {({ values, set, errors }) => (
        <>
          <Field label="Anteckning i protokollet" hint="Står kvar under punkten i det här mötets anteckningar." validationMessage={errors.reason} data-field="reason">
            <Textarea rows={2} value={values.reason} onChange={(_, d) => set('reason', d.value)} autoFocus />
          </Field>
          <Field label="Vart ska punkten?">
            <RadioGroup value={values.target} onChange={(_, d) => set('target', d.value as PostponeValues['target'])}>
              <Radio value="meeting" label="Till ett senare möte" disabled={props.laterMeetings.length === 0} />
              <Radio value="backlog" label="Till listan Till kommande möten" />
            </RadioGroup>
          </Field>
          {values.target === 'meeting' ? (
            <Field label="Möte" validationMessage={errors.meetingId} data-field="meetingId">
              <Select value={values.meetingId} onChange={(_, d) => set('meetingId', d.value)}>
                {props.laterMeetings.map((m) => (
                  <option key={m.id} value={m.id}>
                    {formatDate(m.date)}
                    {m.title ? ` – ${m.title}` : ''}
                  </option>
                ))}
              </Select>
            </Field>
          ) : null}
        </>
      )}
    </FormDialog>
  );
}
