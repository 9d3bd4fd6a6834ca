/**
 * One month as a Swedish wall calendar: weeks from Monday with week numbers, holidays and days off
 * named in their day, each meeting and event in its day (a meeting links to its page).
 */
import { makeStyles, mergeClasses, Text, tokens, Tooltip } from '@fluentui/react-components';
import { Warning12Filled } from '@fluentui/react-icons';
import { format } from 'date-fns';
import { sv } from 'date-fns/locale/sv';
import { Link } from 'wouter';
import type { Names } from '../../../shared/calendar/ics';
import { monthWeeks } from '../../../shared/calendar/monthGrid';
import { formatLongDate, formatTime, toDate } from '../../../shared/domain/dates';
import { specialDaysOn } from '../../../shared/domain/holidays';
import { routes } from '../../app/routes';
import { bodyColour, entryTitle, type Entry } from './entries';

const useStyles = makeStyles({
  table: { width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed' },
  th: {
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    textAlign: 'start',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  weekHeader: { width: '44px' },
  week: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, verticalAlign: 'top', padding: tokens.spacingHorizontalS, textAlign: 'start' },
  cell: {
    verticalAlign: 'top',
    height: '96px',
    padding: tokens.spacingHorizontalXS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  weekend: { backgroundColor: tokens.colorNeutralBackground2 },
  holiday: { backgroundColor: tokens.colorPaletteRedBackground1 },
  outside: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground3 },
  today: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px' },
  dayNumber: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  holidayName: { display: 'block', fontSize: tokens.fontSizeBase100, lineHeight: tokens.lineHeightBase100, color: tokens.colorPaletteRedForeground1 },
  entries: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '2px', marginTop: tokens.spacingVerticalXXS },
  entry: {
    display: 'block',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    padding: `1px ${tokens.spacingHorizontalXS}`,
    borderInlineStartWidth: '3px',
    borderInlineStartStyle: 'solid',
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    textDecoration: 'none',
    overflowWrap: 'anywhere',
    ':hover': { backgroundColor: tokens.colorNeutralBackground3Hover, textDecoration: 'underline' },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  event: { fontStyle: 'italic', backgroundColor: tokens.colorNeutralBackground2 },
  cancelled: { textDecorationLine: 'line-through', color: tokens.colorNeutralForeground3 },
  warn: { color: tokens.colorPaletteDarkOrangeForeground1, marginInlineEnd: '2px', verticalAlign: 'middle' },
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
});

const weekdays = ['mån', 'tis', 'ons', 'tor', 'fre', 'lör', 'sön'];
const weekdayNames = ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'];

export function MonthGrid(props: { year: number; month: number; entries: readonly Entry[]; names: Names; bodyOrder: readonly string[]; today: string }) {
  const styles = useStyles();
  const prefix = `${props.year}-${String(props.month).padStart(2, '0')}`;
  const monthName = format(new Date(props.year, props.month - 1, 1), 'LLLL yyyy', { locale: sv });
  return (
    <table className={styles.table} data-testid="month-grid">
      {/* The toolbar above shows the month; the caption names the table for screen readers. */}
      <caption className={styles.hidden}>{monthName}</caption>
      <thead>
        <tr>
          <th scope="col" className={mergeClasses(styles.th, styles.weekHeader)}>
            <abbr title="Vecka">v.</abbr>
          </th>
          {weekdays.map((d, i) => (
            <th key={d} scope="col" className={styles.th}>
              <abbr title={weekdayNames[i]}>{d}</abbr>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {monthWeeks(props.year, props.month).map((week) => (
          <tr key={week.week}>
            <th scope="row" className={styles.week}>
              <span className={styles.hidden}>Vecka </span>
              {week.week}
            </th>
            {week.days.map((day, i) => {
              const inMonth = day.startsWith(prefix);
              const special = inMonth ? specialDaysOn(day) : [];
              const redDay = special.some((s) => s.kind === 'public' || s.kind === 'leave');
              const entries = inMonth ? props.entries.filter((e) => e.date <= day && e.endDate >= day) : [];
              return (
                <td
                  key={day}
                  className={mergeClasses(
                    styles.cell,
                    i >= 5 && styles.weekend,
                    redDay && styles.holiday,
                    !inMonth && styles.outside,
                    day === props.today && styles.today,
                  )}
                  aria-current={day === props.today ? 'date' : undefined}
                >
                  <span className={styles.hidden}>{formatLongDate(day)}</span>
                  <span className={styles.dayNumber} aria-hidden="true">
                    {toDate(day).getDate()}
                  </span>
                  {special.map((s) => (
                    <Text key={s.name} className={styles.holidayName}>
                      {s.name}
                    </Text>
                  ))}
                  {entries.length > 0 ? (
                    <ul className={styles.entries}>
                      {entries.map((entry) => {
                        const title = entryTitle(entry, props.names);
                        const firstBody = entry.kind === 'meeting' ? entry.meeting.bodyIds[0]! : entry.event.bodyId;
                        const colour = { borderInlineStartColor: bodyColour(props.bodyOrder, firstBody) };
                        const time = entry.startTime && entry.date === day ? `${formatTime(entry.startTime)} ` : '';
                        if (entry.kind === 'meeting') {
                          const cancelled = entry.meeting.status === 'cancelled';
                          const warning = entry.warnings.length ? (
                            <Tooltip content={entry.warnings.map((w) => w.message).join(' ')} relationship="description">
                              <Warning12Filled className={styles.warn} aria-label="Varning" />
                            </Tooltip>
                          ) : null;
                          return (
                            <li key={entry.id}>
                              <Link href={routes.meeting(entry.meeting.id)} className={mergeClasses(styles.entry, cancelled && styles.cancelled)} style={colour}>
                                {warning}
                                {time}
                                {title}
                                {cancelled ? ' (inställt)' : ''}
                                {entry.warnings.length ? <span className={styles.hidden}>. {entry.warnings.map((w) => w.message).join(' ')}</span> : null}
                              </Link>
                            </li>
                          );
                        }
                        return (
                          <li key={entry.id} className={mergeClasses(styles.entry, styles.event)} style={colour}>
                            {time}
                            {title}
                          </li>
                        );
                      })}
                    </ul>
                  ) : null}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
