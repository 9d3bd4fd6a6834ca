/**
 * The year plan as a list: one table per month with meetings and other events, their bodies,
 * status and warnings, and a menu of actions on each.
 */
import { makeStyles, mergeClasses, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from '@fluentui/react-components';
import { format } from 'date-fns';
import { sv } from 'date-fns/locale/sv';
import { Link } from 'wouter';
import type { Names } from '../../../shared/calendar/ics';
import { formatTimeRange, toDate } from '../../../shared/domain/dates';
import { routes } from '../../app/routes';
import { useTableStyles } from '../../ui/tableStyles';
import { bodyColour, EntryBadge, entryTitle, EntryMenu, type Entry, type EntryActions } from './entries';
import { WarningLines } from './warnings';

const useStyles = makeStyles({
  month: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, textTransform: 'capitalize' },
  table: { tableLayout: 'fixed' },
  dateCell: { width: '130px', whiteSpace: 'nowrap' },
  timeCell: { width: '130px', whiteSpace: 'nowrap' },
  bodiesCell: { width: '28%' },
  statusCell: { width: '140px' },
  actionsCell: { width: '48px', textAlign: 'end' },
  cancelled: { textDecorationLine: 'line-through', color: tokens.colorNeutralForeground3 },
  dot: { display: 'inline-block', width: '8px', height: '8px', borderRadius: '50%', marginInlineEnd: tokens.spacingHorizontalXS },
  bodies: { display: 'flex', flexDirection: 'column' },
  eventTitle: { fontWeight: tokens.fontWeightRegular },
  place: { color: tokens.colorNeutralForeground2 },
  slots: { display: 'block', margin: 0 },
});

const months = Array.from({ length: 12 }, (_, i) => i + 1);

export function YearList(props: { year: number; entries: readonly Entry[]; names: Names; bodyOrder: readonly string[]; actions: EntryActions }) {
  const styles = useStyles();
  const tableStyles = useTableStyles();
  return (
    <>
      {months.map((month) => {
        const prefix = `${props.year}-${String(month).padStart(2, '0')}`;
        const inMonth = props.entries.filter((e) => e.date.startsWith(prefix));
        if (inMonth.length === 0) return null;
        const monthName = format(new Date(props.year, month - 1, 1), 'LLLL', { locale: sv });
        return (
          <section key={month} className={styles.month} aria-labelledby={`month-${month}`}>
            <h2 id={`month-${month}`} className={styles.heading}>
              {monthName}
            </h2>
            <Table aria-label={`${monthName} ${props.year}`} size="small" className={styles.table}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell className={styles.dateCell}>Datum</TableHeaderCell>
                  <TableHeaderCell className={styles.timeCell}>Tid</TableHeaderCell>
                  <TableHeaderCell>Vad</TableHeaderCell>
                  <TableHeaderCell className={styles.bodiesCell}>Organ</TableHeaderCell>
                  <TableHeaderCell className={styles.statusCell}>Status</TableHeaderCell>
                  <TableHeaderCell className={styles.actionsCell}>
                    <span className={tableStyles.visuallyHidden}>Åtgärder</span>
                  </TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {inMonth.map((entry) => {
                  const title = entryTitle(entry, props.names);
                  const cancelled = entry.kind === 'meeting' && entry.meeting.status === 'cancelled';
                  const bodyIds = entry.kind === 'meeting' ? entry.meeting.bodyIds : [entry.event.bodyId];
                  const date = format(toDate(entry.date), 'EEE d MMM', { locale: sv }) + (entry.endDate !== entry.date ? ` – ${format(toDate(entry.endDate), 'd MMM', { locale: sv })}` : '');
                  const place = entry.kind === 'meeting' ? entry.meeting.place : entry.event.place;
                  return (
                    <TableRow key={`${entry.kind}-${entry.id}`} data-entry={entry.kind}>
                      <TableCell className={mergeClasses(styles.dateCell, cancelled && styles.cancelled)}>{date}</TableCell>
                      <TableCell className={mergeClasses(styles.timeCell, cancelled && styles.cancelled)}>
                        {entry.startTime ? formatTimeRange(entry.startTime, entry.endTime) : 'Hela dagen'}
                      </TableCell>
                      <TableCell>
                        {entry.kind === 'meeting' ? (
                          <Link href={routes.meeting(entry.meeting.id)} className={mergeClasses(tableStyles.nameButton, cancelled && styles.cancelled)}>
                            {title}
                          </Link>
                        ) : (
                          <Text className={styles.eventTitle}>{title}</Text>
                        )}
                        {place ? (
                          <Text as="span" size={200} className={styles.place}>
                            {' '}
                            · {place}
                          </Text>
                        ) : null}
                        {cancelled && entry.kind === 'meeting' && entry.meeting.cancelledReason ? (
                          <Text as="span" size={200} className={styles.place}>
                            {' '}
                            · {entry.meeting.cancelledReason}
                          </Text>
                        ) : null}
                        {entry.kind === 'meeting' && entry.meeting.timeSlots.length ? (
                          <Text as="p" size={200} className={mergeClasses(styles.place, styles.slots)}>
                            {entry.meeting.timeSlots.map((slot) => `${slot.label || 'Del av mötet'} ${formatTimeRange(slot.start, slot.end)}`).join(' · ')}
                          </Text>
                        ) : null}
                        <WarningLines warnings={entry.warnings} />
                      </TableCell>
                      <TableCell className={styles.bodiesCell}>
                        <span className={styles.bodies}>
                          {bodyIds.map((id) => (
                            <span key={id}>
                              <span className={styles.dot} style={{ backgroundColor: bodyColour(props.bodyOrder, id) }} aria-hidden="true" />
                              {props.names.body(id)}
                            </span>
                          ))}
                        </span>
                      </TableCell>
                      <TableCell className={styles.statusCell}>
                        <EntryBadge entry={entry} />
                      </TableCell>
                      <TableCell className={styles.actionsCell}>
                        <EntryMenu entry={entry} label={`${title} ${date}`} actions={props.actions} />
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </section>
        );
      })}
    </>
  );
}
