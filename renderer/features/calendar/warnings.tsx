/**
 * Warnings about a meeting's date as the calendar screens show them: never silent, never blocking.
 */
import { makeStyles, mergeClasses, MessageBar, MessageBarBody, MessageBarTitle, Text, tokens } from '@fluentui/react-components';
import { Warning16Regular } from '@fluentui/react-icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { meetingWarnings, type MeetingSlot, type MeetingWarning, type WarningContext } from '../../../shared/domain/meetingWarnings';
import { loadWarningContext } from '../../db/calendar';
import { useStore } from '../../app/store-context';

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  inline: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, marginTop: tokens.spacingVerticalXXS },
  line: {
    display: 'flex',
    gap: tokens.spacingHorizontalXS,
    alignItems: 'flex-start',
    color: tokens.colorPaletteDarkOrangeForeground1,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  icon: { flexShrink: 0, marginTop: '1px' },
});

/** The context for warnings in a date range, kept live. */
export function useWarningContext(range: { from: string; to: string } | null): WarningContext | undefined {
  const store = useStore();
  return useLiveQuery(async () => (range ? loadWarningContext(store, range) : undefined), [store, range?.from, range?.to]);
}

/** Warnings as small lines beside an entry (lists, the plan's table). */
export function WarningLines({ warnings, className }: { warnings: readonly MeetingWarning[]; className?: string }) {
  const styles = useStyles();
  if (warnings.length === 0) return null;
  return (
    <span className={mergeClasses(styles.inline, className)}>
      {warnings.map((w, i) => (
        <Text key={i} className={styles.line} data-warning={w.kind}>
          <Warning16Regular className={styles.icon} aria-hidden="true" />
          <span>{w.message}</span>
        </Text>
      ))}
    </span>
  );
}

/** Live warnings for a meeting being edited, as a message bar (announced politely when they change). */
export function MeetingWarningsBar({ slot }: { slot: MeetingSlot | null }) {
  const styles = useStyles();
  const valid = slot && /^\d{4}-\d{2}-\d{2}$/.test(slot.date) && slot.startTime && slot.endTime && slot.bodyIds.length > 0;
  const context = useWarningContext(valid ? { from: slot.date, to: slot.date } : null);
  const warnings = valid && context ? meetingWarnings(slot, context) : [];
  return (
    <div aria-live="polite">
      {warnings.length > 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{warnings.length === 1 ? 'Kontrollera datumet' : `${warnings.length} saker att kontrollera`}</MessageBarTitle>
            <ul className={styles.list}>
              {warnings.map((w, i) => (
                <li key={i} data-warning={w.kind}>
                  {w.message}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
