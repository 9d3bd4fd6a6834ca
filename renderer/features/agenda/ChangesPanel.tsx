import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { describeChange, differenceSince, isEmptyDifference } from '../../../shared/domain/changes';
import { formatTimestamp } from '../../../shared/domain/dates';
import { latestNoticeAt, unreportedChanges } from '../../../shared/ydoc/meeting';
import type { MeetingRow } from '../../db/database';
import { listChanges } from '../../db/meetings';
import { useStore } from '../../app/store-context';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  when: { color: tokens.colorNeutralForeground3, fontVariantNumeric: 'tabular-nums' },
  summary: { padding: tokens.spacingVerticalM, backgroundColor: tokens.colorNeutralBackground2, borderRadius: tokens.borderRadiusMedium },
});

/** What changed on the agenda since the notice went out: the net difference, then every change with who and when. */
export function ChangesPanel({ meeting }: { meeting: MeetingRow }) {
  const store = useStore();
  const styles = useStyles();
  const changes = useLiveQuery(() => listChanges(store, meeting.id), [store, meeting.id]) ?? [];
  if (!meeting.noticeSentAt) return null;
  // Since the latest notice: an updated notice reports the changes before it.
  const diff = differenceSince(unreportedChanges(changes));
  const since = latestNoticeAt(meeting, changes) ?? meeting.noticeSentAt;
  const label = changes.some((c) => c.kind === 'notice') ? 'den uppdaterade kallelsen' : 'kallelsen';
  const lines = [
    ...diff.added.map((t) => `Tillagd: ${t}`),
    ...diff.removed.map((t) => `Borttagen: ${t}`),
    ...diff.moved.map((t) => `Flyttad: ${t}`),
    ...diff.retimed.map((r) => `Ny tid: ${r.title} (${r.from} → ${r.to} min)`),
    ...diff.postponed.map((t) => `Uppskjuten: ${t}`),
    ...diff.details.map((d) => `Mötet: ${d}`),
  ];
  return (
    <section className={styles.root} aria-labelledby="changes-heading">
      <h2 id="changes-heading" className={styles.heading}>
        Ändringar sedan {label} ({formatTimestamp(since)})
      </h2>
      {isEmptyDifference(diff) ? (
        <Text>Inga ändringar sedan {label} skickades.</Text>
      ) : (
        <div className={styles.summary}>
          <ul className={styles.list} aria-label="Skillnad mot kallelsen">
            {lines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      {changes.length > 0 ? (
        <ol className={styles.list} aria-label="Alla ändringar">
          {changes.map((change) => (
            <li key={change.id}>
              <span className={styles.when}>{formatTimestamp(change.at)}</span> {describeChange(change)}
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
