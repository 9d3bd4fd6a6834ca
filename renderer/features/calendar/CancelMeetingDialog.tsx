/**
 * Cancelling a meeting: a reason, and the offer to move the meeting's own agenda items (not its
 * standard ones) to another meeting of the same body, all in one transaction. "Ångra" brings the
 * meeting and its items back. Reusable wherever a meeting is shown.
 */
import { Checkbox, Field, makeStyles, Select, Text, Textarea, tokens } from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { formatDayMonth, formatLongDate, formatTimeRange } from '../../../shared/domain/dates';
import type { CancelResult } from '../../../shared/ydoc/calendar';
import { cancelMeeting, listMovableItems, listMoveTargets, undoCancelMeeting, type CancelInput } from '../../db/calendar';
import { getMeeting } from '../../db/meetings';
import { useFeedback } from '../../app/feedback';
import { useStore } from '../../app/store-context';
import { FormDialog } from '../../ui/FormDialog';

const useStyles = makeStyles({
  fieldset: { border: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0, marginBottom: tokens.spacingVerticalXS },
  checks: { display: 'flex', flexDirection: 'column' },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface CancelMeetingDialogProps {
  open: boolean;
  meetingId: string;
  onClose: () => void;
  onCancelled?: (result: CancelResult) => void;
}

export function CancelMeetingDialog(props: CancelMeetingDialogProps) {
  const store = useStore();
  const feedback = useFeedback();
  const styles = useStyles();
  const data = useLiveQuery(async () => {
    if (!props.open) return null;
    const [meeting, items, targets] = await Promise.all([
      getMeeting(store, props.meetingId),
      listMovableItems(store, props.meetingId),
      listMoveTargets(store, props.meetingId),
    ]);
    return { meeting, items, targets };
  }, [store, props.meetingId, props.open]);

  const initial = useMemo<CancelInput | null>(
    () => (data?.meeting ? { reason: '', toMeetingId: data.targets[0]?.id ?? null, itemIds: data.items.map((i) => i.id) } : null),
    // Start afresh each time the dialog opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [props.open, !!data],
  );

  if (!props.open || !data?.meeting || !initial) return null;
  const { meeting, items, targets } = data;
  const targetLabel = (id: string | null) => {
    const target = targets.find((t) => t.id === id);
    return target ? formatDayMonth(target.date) : '';
  };

  return (
    <FormDialog<CancelInput>
      open={props.open}
      title={`Ställ in mötet ${formatLongDate(meeting.date)}`}
      submitLabel="Ställ in mötet"
      initial={initial}
      onClose={props.onClose}
      onSubmit={async (values) => {
        const moving = values.toMeetingId ? values.itemIds : [];
        const result = await cancelMeeting(store, props.meetingId, { ...values, itemIds: moving });
        const moved = result.moved.length
          ? ` ${result.moved.length === 1 ? 'En punkt flyttades' : `${result.moved.length} punkter flyttades`} till mötet ${targetLabel(result.toMeetingId)}.`
          : '';
        feedback.undoable(`Mötet ${formatDayMonth(meeting.date)} är inställt.${moved}`, () => undoCancelMeeting(store, result));
        props.onCancelled?.(result);
      }}
    >
      {({ values, set, errors }) => (
        <>
          <Text>
            {formatTimeRange(meeting.startTime, meeting.endTime)}
            {meeting.place ? `, ${meeting.place}` : ''}. Mötet finns kvar i kalendern som inställt, och i kalenderfiler exporteras det som inställt.
          </Text>
          <Field label="Anledning" hint="Frivillig; visas i kalendern och i kalenderfilen" validationMessage={errors.reason} data-field="reason">
            <Textarea value={values.reason} onChange={(_, d) => set('reason', d.value)} resize="vertical" autoFocus />
          </Field>
          {items.length === 0 ? (
            <Text className={styles.muted}>Dagordningen har inga egna punkter att flytta, bara organets standardpunkter.</Text>
          ) : (
            <>
              <Field
                label="Flytta punkterna till"
                hint={targets.length === 0 ? 'Det finns inget senare möte för organet. Skapa ett först om punkterna ska flyttas.' : undefined}
                validationMessage={errors.toMeetingId}
                data-field="toMeetingId"
              >
                <Select value={values.toMeetingId ?? ''} onChange={(_, d) => set('toMeetingId', d.value || null)}>
                  <option value="">Flytta inte punkterna</option>
                  {targets.map((t) => (
                    <option key={t.id} value={t.id}>
                      {formatLongDate(t.date)} {formatTimeRange(t.startTime, t.endTime)}
                      {t.title ? ` – ${t.title}` : ''}
                    </option>
                  ))}
                </Select>
              </Field>
              <fieldset className={styles.fieldset} disabled={!values.toMeetingId} data-field="itemIds">
                <legend className={styles.legend}>Punkter att flytta</legend>
                <div className={styles.checks}>
                  {items.map((item) => (
                    <Checkbox
                      key={item.id}
                      label={item.title}
                      disabled={!values.toMeetingId}
                      checked={values.itemIds.includes(item.id)}
                      onChange={(_, d) => set('itemIds', d.checked ? [...values.itemIds, item.id] : values.itemIds.filter((id) => id !== item.id))}
                    />
                  ))}
                </div>
                {errors.itemIds ? <Text role="alert">{errors.itemIds}</Text> : null}
              </fieldset>
            </>
          )}
        </>
      )}
    </FormDialog>
  );
}
