import { Field, Input, makeStyles, Select, Textarea, tokens } from '@fluentui/react-components';
import { formatDate } from '../../../shared/domain/dates';
import type { TopicInput } from '../../../shared/domain/meeting';
import type { Organisation, Person } from '../../../shared/domain/register';
import type { MeetingRow } from '../../db/database';
import { FormDialog } from '../../ui/FormDialog';
import { PresenterEditor } from './PresenterEditor';

const useStyles = makeStyles({ row: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'flex-end' } });

export const emptyTopic: TopicInput = { title: '', presenter: null, minutes: 15, wantedBy: { kind: 'none', value: '' }, note: '' };

/** A theme for coming meetings: who presents, how long, and when it is wanted (a date, a meeting or a term). */
export function TopicDialog(props: {
  open: boolean;
  title: string;
  initial: TopicInput;
  people: readonly Person[];
  organisations: readonly Organisation[];
  meetings: readonly MeetingRow[];
  onClose: () => void;
  onSubmit: (values: TopicInput) => Promise<void>;
}) {
  const styles = useStyles();
  return (
    <FormDialog
      open={props.open}
      title={props.title}
      initial={props.initial}
      onClose={props.onClose}
      onSubmit={(v) => props.onSubmit({ ...v, presenter: v.presenter && v.presenter.name.trim() ? v.presenter : null })}
    >
      {({ values, set, errors }) => (
        <>
          <Field label="Tema" required validationMessage={errors.title} data-field="title">
            <Input value={values.title} onChange={(_, d) => set('title', d.value)} autoFocus />
          </Field>
          <PresenterEditor
            legend="Föredragande"
            max={1}
            people={props.people}
            organisations={props.organisations}
            value={values.presenter ? [values.presenter] : []}
            onChange={(list) => set('presenter', list[0] ?? null)}
          />
          <div className={styles.row}>
            <Field label="Uppskattad tid" validationMessage={errors.minutes} data-field="minutes">
              <Input
                type="number"
                min={0}
                max={600}
                contentAfter="min"
                value={String(values.minutes)}
                onChange={(_, d) => set('minutes', Math.max(0, Math.min(600, Number.parseInt(d.value || '0', 10) || 0)))}
              />
            </Field>
            <Field label="Önskas" validationMessage={errors.wantedBy} data-field="wantedBy">
              <Select
                value={values.wantedBy.kind}
                onChange={(_, d) => set('wantedBy', { kind: d.value as TopicInput['wantedBy']['kind'], value: '' })}
              >
                <option value="none">När det passar</option>
                <option value="date">Ett visst datum</option>
                <option value="meeting">Ett visst möte</option>
                <option value="term">En termin</option>
              </Select>
            </Field>
            {values.wantedBy.kind === 'date' ? (
              <Field label="Datum">
                <Input type="date" value={values.wantedBy.value} onChange={(_, d) => set('wantedBy', { kind: 'date', value: d.value })} />
              </Field>
            ) : null}
            {values.wantedBy.kind === 'meeting' ? (
              <Field label="Möte">
                <Select value={values.wantedBy.value} onChange={(_, d) => set('wantedBy', { kind: 'meeting', value: d.value })}>
                  <option value="">Välj möte</option>
                  {props.meetings.map((m) => (
                    <option key={m.id} value={m.id}>
                      {formatDate(m.date)}
                    </option>
                  ))}
                </Select>
              </Field>
            ) : null}
            {values.wantedBy.kind === 'term' ? (
              <Field label="Termin">
                <Input placeholder="t.ex. hösten 2024" value={values.wantedBy.value} onChange={(_, d) => set('wantedBy', { kind: 'term', value: d.value })} />
              </Field>
            ) : null}
          </div>
          <Field label="Anteckning" validationMessage={errors.note} data-field="note">
            <Textarea rows={2} value={values.note} onChange={(_, d) => set('note', d.value)} />
          </Field>
        </>
      )}
    </FormDialog>
  );
}
