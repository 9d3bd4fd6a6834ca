/**
 * Kalender: every body's meetings and the year plan's other events, as a list per month or a month
 * grid, filtered by body; planning a year, new meetings and events, and the exports (a calendar
 * file for Outlook, each body's "Mötestider").
 */
import {
  Button,
  Checkbox,
  makeStyles,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Spinner,
  Switch,
  Tab,
  TabList,
  Text,
  tokens,
  Tooltip,
} from '@fluentui/react-components';
import {
  Add20Regular,
  CalendarAdd20Regular,
  CalendarArrowDown20Regular,
  CalendarSettings20Regular,
  ChevronLeft20Regular,
  ChevronRight20Regular,
  DocumentText20Regular,
} from '@fluentui/react-icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useLocation } from 'wouter';
import { eventName } from '../../../shared/calendar/ics';
import { formatDayMonth, todayIso } from '../../../shared/domain/dates';
import { meetingWarnings } from '../../../shared/domain/meetingWarnings';
import type { EventRow, MeetingRow } from '../../db/database';
import { calendarNames, deleteEvent, listYear, restoreEvent, updateEvent, addEvent } from '../../db/calendar';
import { listBodies } from '../../db/queries';
import { useCommand } from '../../app/commands';
import { useFeedback } from '../../app/feedback';
import { routes } from '../../app/routes';
import { useStore } from '../../app/store-context';
import { EmptyState } from '../../ui/EmptyState';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { CancelMeetingDialog } from './CancelMeetingDialog';
import { bodyColour, toEntries, type EntryActions } from './entries';
import { EventDialog, newEventValues, type EventValues } from './EventDialog';
import { useCalendarExports } from './exports';
import { MeetingDetailsDialog } from './MeetingDetailsDialog';
import { MonthGrid } from './MonthGrid';
import { PlanYearDialog } from './PlanYearDialog';
import { useWarningContext } from './warnings';
import { YearList } from './YearList';

const useStyles = makeStyles({
  toolbar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalL, flexWrap: 'wrap' },
  period: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  periodLabel: { minWidth: '168px', textAlign: 'center', fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  filters: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
    border: 'none',
    margin: 0,
    padding: 0,
  },
  legend: { float: 'left', fontWeight: tokens.fontWeightSemibold, paddingInlineEnd: tokens.spacingHorizontalS },
  dot: { display: 'inline-block', width: '10px', height: '10px', borderRadius: '50%', marginInlineEnd: tokens.spacingHorizontalXS },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
  spacer: { flexGrow: 1 },
});

type View = 'list' | 'month';

export function CalendarPage() {
  const store = useStore();
  const feedback = useFeedback();
  const styles = useStyles();
  const [, navigate] = useLocation();
  const today = todayIso();
  const [year, setYear] = useState(Number(today.slice(0, 4)));
  const [month, setMonth] = useState(Number(today.slice(5, 7)));
  const [view, setView] = useState<View>('list');
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const [showEvents, setShowEvents] = useState(true);
  const [meetingDialog, setMeetingDialog] = useState<{ meetingId: string | null; date?: string } | null>(null);
  const [cancelling, setCancelling] = useState<string | null>(null);
  const [eventDialog, setEventDialog] = useState<{ event: EventRow | null; initial: EventValues } | null>(null);
  const [planning, setPlanning] = useState(false);
  const exports = useCalendarExports();

  const bodies = useLiveQuery(() => listBodies(store), [store]);
  const data = useLiveQuery(() => listYear(store, year), [store, year]);
  const names = useLiveQuery(() => calendarNames(store), [store, bodies]);
  const context = useWarningContext({ from: `${year}-01-01`, to: `${year}-12-31` });

  const bodyOrder = useMemo(() => (bodies ?? []).map((b) => b.id), [bodies]);
  const shownBodies = bodyOrder.filter((id) => !hidden.has(id));
  const entries = useMemo(() => {
    if (!data) return [];
    const meetings = data.meetings.filter((m) => m.bodyIds.some((id) => !hidden.has(id)));
    const events = showEvents ? data.events.filter((e) => !hidden.has(e.bodyId)) : [];
    return toEntries(meetings, events, (m) => (context ? meetingWarnings(m, context) : []));
  }, [data, hidden, showEvents, context]);

  const defaultBody = shownBodies[0] ?? bodyOrder[0];
  const newDate = year === Number(today.slice(0, 4)) ? today : view === 'month' ? `${year}-${String(month).padStart(2, '0')}-01` : `${year}-01-01`;
  const openNewMeeting = () => setMeetingDialog({ meetingId: null, date: newDate });
  const openNewEvent = () => defaultBody && setEventDialog({ event: null, initial: newEventValues(defaultBody, newDate) });
  const step = (delta: number) => {
    if (view === 'list') return setYear((y) => y + delta);
    const next = month + delta;
    if (next < 1) {
      setMonth(12);
      setYear((y) => y - 1);
    } else if (next > 12) {
      setMonth(1);
      setYear((y) => y + 1);
    } else setMonth(next);
  };
  const goToday = () => {
    setYear(Number(today.slice(0, 4)));
    setMonth(Number(today.slice(5, 7)));
  };

  useCommand({ id: 'calendar:new-meeting', label: 'Nytt möte', keys: 'Alt+N', group: 'Kalender', run: openNewMeeting });
  useCommand({ id: 'calendar:new-event', label: 'Ny händelse i årsplanen', keys: 'Alt+H', group: 'Kalender', run: openNewEvent });
  useCommand({ id: 'calendar:plan', label: 'Planera ett år', keys: 'Alt+P', group: 'Kalender', run: () => setPlanning(true) });
  useCommand({ id: 'calendar:previous', label: 'Föregående år eller månad', keys: 'PageUp', group: 'Kalender', run: () => step(-1) });
  useCommand({ id: 'calendar:next', label: 'Nästa år eller månad', keys: 'PageDown', group: 'Kalender', run: () => step(1) });
  useCommand({ id: 'calendar:list', label: 'Visa som lista', keys: 'Alt+L', group: 'Kalender', run: () => setView('list') });
  useCommand({ id: 'calendar:month', label: 'Visa en månad', keys: 'Alt+M', group: 'Kalender', run: () => setView('month') });
  useCommand({ id: 'calendar:ics', label: 'Spara årets kalenderfil för Outlook', keys: 'Alt+K', group: 'Kalender', run: () => void exports.exportYear(year, shownBodies) });

  const actions: EntryActions = {
    openMeeting: (m: MeetingRow) => navigate(routes.meeting(m.id)),
    editMeeting: (m: MeetingRow) => setMeetingDialog({ meetingId: m.id }),
    cancelMeeting: (m: MeetingRow) => setCancelling(m.id),
    exportMeeting: (m: MeetingRow) => void exports.exportMeeting(m.id),
    editEvent: (e: EventRow) => {
      const { id: _id, docId: _d, deletedAt: _x, sequence: _s, ...input } = e;
      setEventDialog({ event: e, initial: input });
    },
    deleteEvent: async (e: EventRow) => {
      const done = await feedback.save(() => deleteEvent(store, e.bodyId, e.id).then(() => true));
      if (done && names) feedback.undoable(`${eventName(e, names)} ${formatDayMonth(e.date)} togs bort.`, () => restoreEvent(store, e.bodyId, e.id));
    },
  };

  if (!bodies || !data || !names) return <Loading />;

  if (bodies.length === 0) {
    return (
      <Page title="Kalender">
        <EmptyState title="Inga organ ännu" action={<Button onClick={() => navigate(routes.bodies)}>Gå till Organ</Button>}>
          Kalendern visar organens möten. Lägg först in ett organ, till exempel Chefsgrupp folkhälsa.
        </EmptyState>
      </Page>
    );
  }

  const periodLabel = view === 'list' ? String(year) : `${new Date(year, month - 1, 1).toLocaleDateString('sv-SE', { month: 'long' })} ${year}`;

  return (
    <Page
      title="Kalender"
      subtitle="Organens möten och årsplanens övriga händelser: konferenser, uppföljningsdagar, samverkansmöten och sista dagar."
      actions={
        <>
          <Button appearance="primary" icon={<Add20Regular />} onClick={openNewMeeting}>
            Nytt möte
          </Button>
          <Button icon={<CalendarAdd20Regular />} onClick={openNewEvent}>
            Ny händelse
          </Button>
          <Button icon={<CalendarSettings20Regular />} onClick={() => setPlanning(true)}>
            Planera år …
          </Button>
        </>
      }
    >
      <div className={styles.toolbar}>
        <div className={styles.period} role="group" aria-label="Period">
          <Tooltip content={view === 'list' ? 'Föregående år (Page Up)' : 'Föregående månad (Page Up)'} relationship="label">
            <Button appearance="subtle" icon={<ChevronLeft20Regular />} onClick={() => step(-1)} />
          </Tooltip>
          <Text className={styles.periodLabel} aria-live="polite" data-testid="calendar-period">
            {periodLabel}
          </Text>
          <Tooltip content={view === 'list' ? 'Nästa år (Page Down)' : 'Nästa månad (Page Down)'} relationship="label">
            <Button appearance="subtle" icon={<ChevronRight20Regular />} onClick={() => step(1)} />
          </Tooltip>
          <Button appearance="subtle" onClick={goToday}>
            I dag
          </Button>
        </div>
        <TabList selectedValue={view} onTabSelect={(_, d) => setView(d.value as View)} aria-label="Visa kalendern som">
          <Tab value="list">Lista</Tab>
          <Tab value="month">Månad</Tab>
        </TabList>
        <span className={styles.spacer} />
        <Button icon={exports.busy === 'year' ? <Spinner size="tiny" /> : <CalendarArrowDown20Regular />} disabled={exports.busy !== null} onClick={() => void exports.exportYear(year, shownBodies)}>
          Kalenderfil för {year}
        </Button>
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <Button icon={<DocumentText20Regular />}>Mötestider {year}</Button>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              {bodies.map((b) => (
                <MenuItem key={b.id} onClick={() => navigate(routes.meetingDates(b.id, year))}>
                  {b.name}
                </MenuItem>
              ))}
            </MenuList>
          </MenuPopover>
        </Menu>
      </div>

      <fieldset className={styles.filters}>
        <legend className={styles.legend}>Visa</legend>
        {bodies.map((b) => (
          <Checkbox
            key={b.id}
            checked={!hidden.has(b.id)}
            onChange={(_, d) =>
              setHidden((h) => {
                const next = new Set(h);
                if (d.checked) next.delete(b.id);
                else next.add(b.id);
                return next;
              })
            }
            label={
              <>
                <span className={styles.dot} style={{ backgroundColor: bodyColour(bodyOrder, b.id) }} aria-hidden="true" />
                {b.name}
              </>
            }
          />
        ))}
        <Switch checked={showEvents} onChange={(_, d) => setShowEvents(d.checked)} label="Övriga händelser" />
      </fieldset>

      <div className={styles.content} role="region" aria-label={view === 'list' ? `Årsplan ${year}` : `Månaden ${periodLabel}`}>
        {view === 'month' ? (
          <MonthGrid year={year} month={month} entries={entries} names={names} bodyOrder={bodyOrder} today={today} />
        ) : entries.length === 0 ? (
          <EmptyState
            title={shownBodies.length === 0 ? 'Inga organ valda' : `Inget inlagt för ${year}`}
            action={
              shownBodies.length === 0 ? undefined : (
                <div style={{ display: 'flex', gap: tokens.spacingHorizontalS }}>
                  <Button appearance="primary" onClick={() => setPlanning(true)}>
                    Planera {year}
                  </Button>
                  <Button onClick={openNewMeeting}>Nytt möte</Button>
                </div>
              )
            }
          >
            {shownBodies.length === 0
              ? 'Välj minst ett organ ovan för att se dess möten.'
              : 'Planera årets möten efter en enkel regel, eller lägg in ett möte i taget.'}
          </EmptyState>
        ) : (
          <YearList year={year} entries={entries} names={names} bodyOrder={bodyOrder} actions={actions} />
        )}
      </div>

      <MeetingDetailsDialog
        open={meetingDialog !== null}
        meetingId={meetingDialog?.meetingId ?? null}
        defaults={{ bodyId: defaultBody, date: meetingDialog?.date }}
        onClose={() => setMeetingDialog(null)}
        onSaved={(id) => {
          if (!meetingDialog?.meetingId) navigate(routes.meeting(id));
        }}
      />
      {cancelling ? <CancelMeetingDialog open meetingId={cancelling} onClose={() => setCancelling(null)} /> : null}
      <EventDialog
        open={eventDialog !== null}
        title={eventDialog?.event ? 'Ändra händelse' : 'Ny händelse i årsplanen'}
        initial={eventDialog?.initial ?? newEventValues(defaultBody ?? '')}
        onClose={() => setEventDialog(null)}
        onSubmit={async ({ bodyId, ...input }) => {
          const existing = eventDialog?.event;
          if (existing) {
            await updateEvent(store, existing.bodyId, existing.id, input, bodyId);
            feedback.success('Händelsen är ändrad.');
          } else {
            await addEvent(store, bodyId, input);
            feedback.success(`${input.title.trim()} är inlagd i årsplanen.`);
            const year = Number(input.date.slice(0, 4));
            if (Number.isInteger(year)) setYear(year);
          }
        }}
      />
      <PlanYearDialog
        open={planning}
        bodies={bodies}
        bodyId={shownBodies.length === 1 ? shownBodies[0] : undefined}
        year={year > Number(today.slice(0, 4)) ? year : Number(today.slice(0, 4)) + 1}
        onClose={() => setPlanning(false)}
        onPlanned={({ year: planned }) => {
          setYear(planned);
          setView('list');
        }}
      />
    </Page>
  );
}
