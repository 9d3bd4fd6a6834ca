/**
 * A year-plan event other than a meeting: konferens, uppföljningsdag, workshop, samverkansmöte
 * (with the party and its contact person), a deadline ("Sista dag"), or something else.
 */
import { Field, Input, makeStyles, Select, Switch, Textarea, tokens } from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { todayIso } from '../../../shared/domain/dates';
import { yearPlanEventKindLabels } from '../../../shared/domain/labels';
import { yearPlanEventKinds, type YearPlanEventKind } from '../../../shared/domain/meeting';
import type { YearPlanEventInput } from '../../../shared/ydoc/body';
import { listBodies, listOrganisations, listPeople } from '../../db/queries';
import { useStore } from '../../app/store-context';
import { FormDialog } from '../../ui/FormDialog';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'flex-start' },
  grow: { flexGrow: 1, minWidth: '200px' },
});

export interface EventValues extends YearPlanEventInput {
  bodyId: string;
}

export function newEventValues(bodyId: string, date = todayIso(), kind: YearPlanEventKind = 'conference'): EventValues {
  return {
    bodyId,
    kind,
    title: '',
    date,
    endDate: null,
    startTime: null,
    endTime: null,
    place: '',
    organisationId: null,
    contactPersonId: null,
    preliminary: false,
    note: '',
  };
}

/** The suggested title when the user has not written one: "Konferens", "Sista dag" … */
const defaultTitles = new Set<string>(Object.values(yearPlanEventKindLabels));

export function EventDialog(props: {
  open: boolean;
  title: string;
  initial: EventValues;
  onClose: () => void;
  onSubmit: (values: EventValues) => Promise<void>;
}) {
  const store = useStore();
  const styles = useStyles();
  const bodies = useLiveQuery(() => listBodies(store), [store]);
  const organisations = useLiveQuery(() => listOrganisations(store), [store]);
  const people = useLiveQuery(() => listPeople(store), [store]);

  return (
    <FormDialog<EventValues> open={props.open} title={props.title} initial={props.initial} onClose={props.onClose} onSubmit={props.onSubmit}>
      {({ values, set, errors }) => (
        <>
          <div className={styles.row}>
            <Field label="Slag" className={styles.grow} validationMessage={errors.kind} data-field="kind">
              <Select
                value={values.kind}
                autoFocus
                onChange={(_, d) => {
                  const kind = d.value as YearPlanEventKind;
                  set('kind', kind);
                  if (!values.title.trim() || defaultTitles.has(values.title)) set('title', kind === 'partnerMeeting' ? '' : yearPlanEventKindLabels[kind]);
                }}
              >
                {yearPlanEventKinds.map((k) => (
                  <option key={k} value={k}>
                    {yearPlanEventKindLabels[k]}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label="Organ" className={styles.grow} validationMessage={errors.bodyId} data-field="bodyId">
              <Select value={values.bodyId} onChange={(_, d) => set('bodyId', d.value)}>
                {(bodies ?? []).map((b) => (
                  <option key={b.id} value={b.id}>
                    {b.name}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          <Field
            label={values.kind === 'partnerMeeting' ? 'Part' : 'Rubrik'}
            hint={values.kind === 'partnerMeeting' ? 'Till exempel Norr, Söder eller ÖLBF; väljer du en organisation nedan visas dess namn' : undefined}
            required
            validationMessage={errors.title}
            data-field="title"
          >
            <Input value={values.title} onChange={(_, d) => set('title', d.value)} />
          </Field>
          {values.kind === 'partnerMeeting' ? (
            <div className={styles.row}>
              <Field label="Organisation" className={styles.grow} validationMessage={errors.organisationId} data-field="organisationId">
                <Select value={values.organisationId ?? ''} onChange={(_, d) => set('organisationId', d.value || null)}>
                  <option value="">Ingen organisation (parten ovan)</option>
                  {(organisations ?? []).map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.name}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field label="Kontaktperson" className={styles.grow} validationMessage={errors.contactPersonId} data-field="contactPersonId">
                <Select value={values.contactPersonId ?? ''} onChange={(_, d) => set('contactPersonId', d.value || null)}>
                  <option value="">Ingen kontaktperson</option>
                  {(people ?? []).map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name}
                    </option>
                  ))}
                </Select>
              </Field>
            </div>
          ) : null}
          <div className={styles.row}>
            <Field label="Datum" required validationMessage={errors.date} data-field="date">
              <Input type="date" value={values.date} onChange={(_, d) => set('date', d.value)} />
            </Field>
            <Field label="Till och med" hint="Tomt: en dag" validationMessage={errors.endDate} data-field="endDate">
              <Input type="date" value={values.endDate ?? ''} onChange={(_, d) => set('endDate', d.value || null)} />
            </Field>
          </div>
          <div className={styles.row}>
            <Field label="Börjar" hint="Tomt: hela dagen" validationMessage={errors.startTime} data-field="startTime">
              <Input type="time" value={values.startTime ?? ''} onChange={(_, d) => set('startTime', d.value || null)} />
            </Field>
            <Field label="Slutar" validationMessage={errors.endTime} data-field="endTime">
              <Input type="time" value={values.endTime ?? ''} onChange={(_, d) => set('endTime', d.value || null)} />
            </Field>
          </div>
          <Field label="Plats" validationMessage={errors.place} data-field="place">
            <Input value={values.place} onChange={(_, d) => set('place', d.value)} />
          </Field>
          <Switch
            checked={values.preliminary}
            onChange={(_, d) => set('preliminary', d.checked)}
            label="Preliminärt datum (visas som ”prel.”)"
          />
          <Field label="Anteckning" validationMessage={errors.note} data-field="note">
            <Textarea value={values.note} onChange={(_, d) => set('note', d.value)} resize="vertical" />
          </Field>
        </>
      )}
    </FormDialog>
  );
}
