/**
 * "Mötestider {år}" for one body: the list the seed notes end with (the meetings, the year's other
 * events, the samverkansmöten per party with contact person), exactly as the Word document shows
 * it, with the export to Word and to Outlook, and the way to plan the next year.
 */
import {
  Button,
  Field,
  makeStyles,
  mergeClasses,
  Select,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
  Tooltip,
} from '@fluentui/react-components';
import { CalendarArrowDown20Regular, CalendarSettings20Regular, ChevronLeft20Regular, ChevronRight20Regular, DocumentArrowDown20Regular } from '@fluentui/react-icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { loadMeetingDates } from '../../db/calendar';
import { listBodies } from '../../db/queries';
import { useCommand } from '../../app/commands';
import { routes } from '../../app/routes';
import { useStore } from '../../app/store-context';
import { EmptyState } from '../../ui/EmptyState';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { useTableStyles } from '../../ui/tableStyles';
import { useCalendarExports } from './exports';
import { PlanYearDialog } from './PlanYearDialog';

const useStyles = makeStyles({
  toolbar: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalL, flexWrap: 'wrap' },
  period: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  sheet: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    maxWidth: '760px',
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXXL}`,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow4,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  h2: { margin: 0, marginTop: tokens.spacingVerticalM, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground2 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, lineHeight: tokens.lineHeightBase400 },
  cancelled: { textDecorationLine: 'line-through', color: tokens.colorNeutralForeground3 },
  muted: { color: tokens.colorNeutralForeground3, fontStyle: 'italic' },
});

export function MeetingDatesPage({ bodyId, year }: { bodyId: string; year: number }) {
  const store = useStore();
  const styles = useStyles();
  const tableStyles = useTableStyles();
  const [, navigate] = useLocation();
  const [planning, setPlanning] = useState(false);
  const exports = useCalendarExports();
  const bodies = useLiveQuery(() => listBodies(store), [store]);
  const model = useLiveQuery(async () => (await loadMeetingDates(store, bodyId, year)) ?? null, [store, bodyId, year]);

  useCommand({ id: 'dates:previous', label: 'Föregående år', keys: 'PageUp', group: 'Mötestider', run: () => navigate(routes.meetingDates(bodyId, year - 1)) });
  useCommand({ id: 'dates:next', label: 'Nästa år', keys: 'PageDown', group: 'Mötestider', run: () => navigate(routes.meetingDates(bodyId, year + 1)) });
  useCommand({ id: 'dates:word', label: 'Spara mötestiderna som Word-dokument', keys: 'Alt+W', group: 'Mötestider', run: () => void exports.exportMeetingDates(bodyId, year) });
  useCommand({ id: 'dates:plan', label: 'Planera nästa år', keys: 'Alt+P', group: 'Mötestider', run: () => setPlanning(true) });

  if (model === undefined || !bodies) return <Loading />;
  if (model === null || !Number.isInteger(year)) {
    return (
      <Page title="Mötestider">
        <EmptyState title="Organet finns inte" action={<Button onClick={() => navigate(routes.calendar)}>Till kalendern</Button>}>
          Organet kan ha tagits bort. Välj ett organ i kalendern.
        </EmptyState>
      </Page>
    );
  }
  const empty = model.meetings.length === 0 && model.sections.length === 0 && model.partners.length === 0;

  return (
    <Page
      title={model.title}
      windowTitle={`${model.title} ${model.bodyName}`}
      subtitle={model.bodyName}
      actions={
        <>
          <Button
            appearance="primary"
            icon={exports.busy === 'word' ? <Spinner size="tiny" /> : <DocumentArrowDown20Regular />}
            disabled={exports.busy !== null}
            onClick={() => void exports.exportMeetingDates(bodyId, year)}
          >
            Spara som Word
          </Button>
          <Button
            icon={exports.busy === 'year' ? <Spinner size="tiny" /> : <CalendarArrowDown20Regular />}
            disabled={exports.busy !== null}
            onClick={() => void exports.exportYear(year, [bodyId])}
          >
            Kalenderfil för Outlook
          </Button>
          <Button icon={<CalendarSettings20Regular />} onClick={() => setPlanning(true)}>
            Planera {year + 1} …
          </Button>
        </>
      }
    >
      <div className={styles.toolbar}>
        <Field label="Organ">
          <Select value={bodyId} onChange={(_, d) => navigate(routes.meetingDates(d.value, year))}>
            {bodies.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </Select>
        </Field>
        <div className={styles.period} role="group" aria-label="År">
          <Tooltip content="Föregående år (Page Up)" relationship="label">
            <Button appearance="subtle" icon={<ChevronLeft20Regular />} onClick={() => navigate(routes.meetingDates(bodyId, year - 1))} />
          </Tooltip>
          <Text weight="semibold">{year}</Text>
          <Tooltip content="Nästa år (Page Down)" relationship="label">
            <Button appearance="subtle" icon={<ChevronRight20Regular />} onClick={() => navigate(routes.meetingDates(bodyId, year + 1))} />
          </Tooltip>
        </div>
        <Link href={routes.calendar}>Till kalendern</Link>
      </div>

      {empty ? (
        <EmptyState
          title={`Inga möten eller händelser ${year}`}
          action={
            <Button appearance="primary" onClick={() => setPlanning(true)}>
              Planera {year}
            </Button>
          }
        >
          Planera årets möten efter en enkel regel, så fylls listan i.
        </EmptyState>
      ) : (
        <article className={styles.sheet} aria-label={`${model.title} ${model.bodyName}`}>
          <h2 className={styles.h2}>Möten</h2>
          {model.meetings.length ? (
            <ul className={styles.list}>
              {model.meetings.map((m) => (
                <li key={m.id}>
                  <Link href={routes.meeting(m.id)} className={mergeClasses(m.cancelled && styles.cancelled)}>
                    {m.text}
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            <Text className={styles.muted}>Inga möten är inlagda för året.</Text>
          )}
          {model.sections.map((section) => (
            <section key={section.kind} aria-label={section.heading}>
              <h2 className={styles.h2}>{section.heading}</h2>
              <ul className={styles.list}>
                {section.lines.map((line) => (
                  <li key={line.id}>{line.text}</li>
                ))}
              </ul>
            </section>
          ))}
          <h2 className={styles.h2}>Samverkansmöten</h2>
          {model.partners.length ? (
            <Table aria-label="Samverkansmöten" size="small" className={tableStyles.table}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>Part</TableHeaderCell>
                  <TableHeaderCell>Datum</TableHeaderCell>
                  <TableHeaderCell>Kontaktperson</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {model.partners.map((p) => (
                  <TableRow key={p.party}>
                    <TableCell>{p.party}</TableCell>
                    <TableCell>{p.dates}</TableCell>
                    <TableCell>{p.contact || '–'}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          ) : (
            <Text className={styles.muted}>Inga samverkansmöten är inlagda för året.</Text>
          )}
        </article>
      )}
      <PlanYearDialog
        open={planning}
        bodies={bodies}
        bodyId={bodyId}
        year={empty ? year : year + 1}
        onClose={() => setPlanning(false)}
        onPlanned={({ bodyId: planned, year: plannedYear }) => navigate(routes.meetingDates(planned, plannedYear))}
      />
    </Page>
  );
}
