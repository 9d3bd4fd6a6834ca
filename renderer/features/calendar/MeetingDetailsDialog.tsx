/**
 * A meeting's details: which bodies (the host first, then any it meets jointly with), title, date,
 * time, place, status, and time slots for parts shared by some of the bodies ("Råd 1 kl. 9–11,
 * Råd 1 och 2 kl. 11–12 …"). Creates a new meeting or changes one; moving a meeting to another date
 * keeps its agenda and minutes. Warnings (holidays, overlaps) show live and never block.
 *
 * Self-contained: give it a meeting id to edit, or defaults for a new one.
 */
import { Button, Checkbox, Field, Input, makeStyles, Select, Text, tokens, Tooltip } from '@fluentui/react-components';
import { Add16Regular, Delete16Regular } from '@fluentui/react-icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { todayIso } from '../../../shared/domain/dates';
import { newId } from '../../../shared/domain/ids';
import { meetingStatusLabels } from '../../../shared/domain/labels';
import type { MeetingDetails, MeetingStatus, TimeSlot } from '../../../shared/domain/meeting';
import type { BodyRow } from '../../db/database';
import { createMeetings, saveMeeting } from '../../db/calendar';
import { getMeeting } from '../../db/meetings';
import { listBodies } from '../../db/queries';
import { useFeedback } from '../../app/feedback';
import { useStore } from '../../app/store-context';
import { FormDialog } from '../../ui/FormDialog';
import { MeetingWarningsBar } from './warnings';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'flex-start' },
  grow: { flexGrow: 1, minWidth: '220px' },
  fieldset: { border: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0, marginBottom: tokens.spacingVerticalXS },
  checks: { display: 'flex', flexDirection: 'column' },
  slot: {
    display: 'grid',
    gridTemplateColumns: '1fr 110px 110px auto',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
    paddingBlock: tokens.spacingVerticalXS,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  slotBodies: { gridColumn: '1 / -1', display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  hint: { color: tokens.colorNeutralForeground3 },
});

export interface MeetingDetailsValues extends MeetingDetails {
  status: MeetingStatus;
}

export interface MeetingDetailsDialogProps {
  open: boolean;
  /** The meeting to change; without it a new meeting is created. */
  meetingId?: string | null;
  /** For a new meeting: the host body and the date to start from. */
  defaults?: { bodyId?: string; date?: string };
  onClose: () => void;
  /** After a save, with the meeting's id (a new one's too). */
  onSaved?: (meetingId: string) => void;
}

function newValues(bodies: readonly BodyRow[], defaults: MeetingDetailsDialogProps['defaults']): MeetingDetailsValues {
  const host = bodies.find((b) => b.id === defaults?.bodyId) ?? bodies[0];
  return {
    bodyIds: host ? [host.id] : [],
    title: '',
    date: defaults?.date ?? todayIso(),
    startTime: host?.defaultStartTime ?? '09:00',
    endTime: host?.defaultEndTime ?? '12:00',
    place: host?.defaultPlace ?? '',
    timeSlots: [],
    status: 'planned',
  };
}

export function MeetingDetailsDialog(props: MeetingDetailsDialogProps) {
  const store = useStore();
  const feedback = useFeedback();
  const styles = useStyles();
  const editing = !!props.meetingId;
  const bodies = useLiveQuery(() => listBodies(store), [store]);
  const meeting = useLiveQuery(async () => (props.meetingId ? ((await getMeeting(store, props.meetingId)) ?? null) : null), [store, props.meetingId]);

  // When editing, wait for this meeting (a live query may still hold the previous one for a moment).
  const ready = bodies !== undefined && (props.meetingId ? meeting?.id === props.meetingId : meeting !== undefined);
  const initial = useMemo<MeetingDetailsValues | null>(() => {
    if (!ready) return null;
    if (meeting) {
      const { bodyIds, title, date, startTime, endTime, place, timeSlots, status } = meeting;
      return { bodyIds, title, date, startTime, endTime, place, timeSlots, status };
    }
    return newValues(bodies, props.defaults);
    // Only when the dialog opens (or the data first arrives), not on every live update while open.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready, props.open, props.meetingId]);

  if (!props.open || !initial || !bodies) return null;
  const bodyById = new Map(bodies.map((b) => [b.id, b]));
  const bodyName = (id: string) => bodyById.get(id)?.name ?? 'Okänt organ';

  return (
    <FormDialog<MeetingDetailsValues>
      open={props.open}
      title={editing ? 'Ändra mötet' : 'Nytt möte'}
      submitLabel={editing ? 'Spara' : 'Skapa mötet'}
      initial={initial}
      onClose={props.onClose}
      onSubmit={async (values) => {
        const { status, ...details } = values;
        if (props.meetingId) {
          await saveMeeting(store, props.meetingId, details, status === 'cancelled' ? undefined : status);
          feedback.success('Mötet är ändrat.');
          props.onSaved?.(props.meetingId);
        } else {
          const [id] = await createMeetings(store, [{ ...details, status: status === 'cancelled' ? 'planned' : status }]);
          feedback.success('Mötet är skapat med organets standardpunkter på dagordningen.');
          props.onSaved?.(id!);
        }
      }}
    >
      {({ values, set, errors }) => {
        const hostId = values.bodyIds[0] ?? '';
        const others = values.bodyIds.slice(1);
        const setHost = (id: string) => {
          const previous = bodyById.get(hostId);
          const next = bodyById.get(id);
          set('bodyIds', [id, ...others.filter((o) => o !== id)]);
          // A new meeting follows the host's defaults unless the user has changed them.
          if (!editing && next) {
            if (!values.place || values.place === previous?.defaultPlace) set('place', next.defaultPlace);
            if (values.startTime === previous?.defaultStartTime && values.endTime === previous?.defaultEndTime) {
              set('startTime', next.defaultStartTime);
              set('endTime', next.defaultEndTime);
            }
          }
        };
        const toggleOther = (id: string, checked: boolean) => {
          const nextOthers = checked ? [...others, id] : others.filter((o) => o !== id);
          set('bodyIds', [hostId, ...nextOthers]);
          if (!checked) set('timeSlots', values.timeSlots.map((s) => ({ ...s, bodyIds: s.bodyIds.filter((b) => b !== id) })));
        };
        const setSlot = (index: number, patch: Partial<TimeSlot>) =>
          set('timeSlots', values.timeSlots.map((s, i) => (i === index ? { ...s, ...patch } : s)));
        return (
          <>
            <Field label="Organ" hint="Organet som håller i mötet" required validationMessage={errors.bodyIds} data-field="bodyIds">
              <Select value={hostId} onChange={(_, d) => setHost(d.value)} autoFocus>
                {bodies.map((b) => (
                  <option key={b.id} value={b.id}>
                    {b.name}
                  </option>
                ))}
              </Select>
            </Field>
            {bodies.length > 1 ? (
              <fieldset className={styles.fieldset}>
                <legend className={styles.legend}>Gemensamt med</legend>
                <div className={styles.checks}>
                  {bodies
                    .filter((b) => b.id !== hostId)
                    .map((b) => (
                      <Checkbox key={b.id} label={b.name} checked={others.includes(b.id)} onChange={(_, d) => toggleOther(b.id, !!d.checked)} />
                    ))}
                </div>
              </fieldset>
            ) : null}
            <Field label="Rubrik" hint="Frivillig, till exempel ”Gemensamt med social välfärd”" validationMessage={errors.title} data-field="title">
              <Input value={values.title} onChange={(_, d) => set('title', d.value)} />
            </Field>
            <div className={styles.row}>
              <Field label="Datum" required validationMessage={errors.date} data-field="date">
                <Input type="date" value={values.date} onChange={(_, d) => set('date', d.value)} />
              </Field>
              <Field label="Börjar" required validationMessage={errors.startTime} data-field="startTime">
                <Input type="time" value={values.startTime} onChange={(_, d) => set('startTime', d.value)} />
              </Field>
              <Field label="Slutar" required validationMessage={errors.endTime} data-field="endTime">
                <Input type="time" value={values.endTime} onChange={(_, d) => set('endTime', d.value)} />
              </Field>
            </div>
            <Field label="Plats" validationMessage={errors.place} data-field="place">
              <Input value={values.place} onChange={(_, d) => set('place', d.value)} />
            </Field>
            {editing ? (
              <Field
                label="Status"
                hint={values.status === 'cancelled' ? 'Mötet är inställt. Välj en annan status för att ta upp det igen.' : 'Ställ in ett möte med knappen Ställ in på mötets sida.'}
                validationMessage={errors.status}
                data-field="status"
              >
                <Select value={values.status} onChange={(_, d) => set('status', d.value as MeetingStatus)}>
                  {(['planned', 'noticeSent', 'held'] as const).map((s) => (
                    <option key={s} value={s}>
                      {meetingStatusLabels[s]}
                    </option>
                  ))}
                  {values.status === 'cancelled' ? <option value="cancelled">{meetingStatusLabels.cancelled}</option> : null}
                </Select>
              </Field>
            ) : null}
            <MeetingWarningsBar
              slot={{ id: props.meetingId ?? undefined, bodyIds: values.bodyIds, date: values.date, startTime: values.startTime, endTime: values.endTime }}
            />
            <fieldset className={styles.fieldset} data-field="timeSlots">
              <legend className={styles.legend}>Delar av mötet</legend>
              <Text size={200} className={styles.hint}>
                För möten där organen har egna och gemensamma delar, till exempel ”Råd 1” kl. 9–11 och ”Råd 1 och 2, gemensamma punkter” kl. 11–12.
              </Text>
              {errors.timeSlots ? (
                <Text role="alert" size={200} style={{ color: tokens.colorPaletteRedForeground1 }}>
                  {errors.timeSlots}
                </Text>
              ) : null}
              {values.timeSlots.map((slot, index) => (
                <div key={slot.id} className={styles.slot}>
                  <Input aria-label={`Del ${index + 1}, namn`} placeholder="Namn på delen" value={slot.label} onChange={(_, d) => setSlot(index, { label: d.value })} />
                  <Input aria-label={`Del ${index + 1}, börjar`} type="time" value={slot.start} onChange={(_, d) => setSlot(index, { start: d.value })} />
                  <Input aria-label={`Del ${index + 1}, slutar`} type="time" value={slot.end} onChange={(_, d) => setSlot(index, { end: d.value })} />
                  <Tooltip content={`Ta bort del ${index + 1}`} relationship="label">
                    <Button appearance="subtle" icon={<Delete16Regular />} onClick={() => set('timeSlots', values.timeSlots.filter((_, i) => i !== index))} />
                  </Tooltip>
                  {values.bodyIds.length > 1 ? (
                    <div className={styles.slotBodies} role="group" aria-label={`Del ${index + 1} gäller`}>
                      {values.bodyIds.map((id) => (
                        <Checkbox
                          key={id}
                          label={bodyName(id)}
                          checked={slot.bodyIds.includes(id)}
                          onChange={(_, d) => setSlot(index, { bodyIds: d.checked ? values.bodyIds.filter((b) => b === id || slot.bodyIds.includes(b)) : slot.bodyIds.filter((b) => b !== id) })}
                        />
                      ))}
                    </div>
                  ) : null}
                </div>
              ))}
              <div>
                <Button
                  size="small"
                  icon={<Add16Regular />}
                  onClick={() => {
                    // A new part follows the last one, or starts with the meeting when the last one ends it.
                    const last = values.timeSlots[values.timeSlots.length - 1];
                    const start = last && last.end < values.endTime ? last.end : values.startTime;
                    set('timeSlots', [...values.timeSlots, { id: newId(), label: '', start, end: values.endTime, bodyIds: [...values.bodyIds] }]);
                  }}
                >
                  Lägg till del
                </Button>
              </div>
            </fieldset>
          </>
        );
      }}
    </FormDialog>
  );
}
