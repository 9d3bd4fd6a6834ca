/**
 * "Kommande möten" on the start screen: the next meetings of every body, with their status and
 * any warning, and the way into the calendar.
 */
import { Badge, Card, CardHeader, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'wouter';
import { meetingName } from '../../../shared/calendar/ics';
import { formatLongDate, formatTimeRange, todayIso } from '../../../shared/domain/dates';
import { meetingStatusLabels } from '../../../shared/domain/labels';
import { calendarNames, listUpcomingMeetings } from '../../db/calendar';
import { routes } from '../../app/routes';
import { useStore } from '../../app/store-context';
import { useTableStyles } from '../../ui/tableStyles';

const useStyles = makeStyles({
  card: { gridColumn: '1 / -1' },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  item: {
    display: 'grid',
    gridTemplateColumns: 'minmax(180px, 220px) minmax(110px, 130px) 1fr auto',
    gap: tokens.spacingHorizontalM,
    alignItems: 'baseline',
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  date: { fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
  cancelled: { textDecorationLine: 'line-through' },
});

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase('sv-SE') + text.slice(1);

const statusColour = { planned: 'informative', noticeSent: 'brand', held: 'success', cancelled: 'danger' } as const;

export function UpcomingMeetings({ limit = 5 }: { limit?: number }) {
  const store = useStore();
  const styles = useStyles();
  const tableStyles = useTableStyles();
  const data = useLiveQuery(async () => {
    const [meetings, names] = await Promise.all([listUpcomingMeetings(store, { today: todayIso(), limit }), calendarNames(store)]);
    return { meetings, names };
  }, [store, limit]);
  if (!data) return null;
  return (
    <Card className={styles.card}>
      <CardHeader header={<Text weight="semibold" as="h2">Kommande möten</Text>} action={<Link href={routes.calendar}>Visa kalendern</Link>} />
      {data.meetings.length === 0 ? (
        <Text className={styles.muted}>Inga möten är inlagda framåt. Planera året i Kalender (Alt + 2).</Text>
      ) : (
        <ul className={styles.list} aria-label="Kommande möten">
          {data.meetings.map((m) => (
            <li key={m.id} className={styles.item}>
              <span className={styles.date}>{capitalise(formatLongDate(m.date))}</span>
              <span className={styles.muted}>{formatTimeRange(m.startTime, m.endTime)}</span>
              <Link href={routes.meeting(m.id)} className={`${tableStyles.nameButton} ${m.status === 'cancelled' ? styles.cancelled : ''}`}>
                {meetingName(m, data.names)}
                {m.title && m.bodyIds.length ? ` (${m.bodyIds.map(data.names.body).join(', ')})` : ''}
              </Link>
              <Badge appearance="tint" color={statusColour[m.status]}>
                {meetingStatusLabels[m.status]}
              </Badge>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
