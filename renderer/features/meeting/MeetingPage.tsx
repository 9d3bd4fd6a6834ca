/**
 * One meeting: its agenda now, and (with the meeting and justering issues) attendance, minutes and
 * review. The header says what, when and where; the actions reach the meeting file and the notice.
 */
import {
  Badge,
  Button,
  makeStyles,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Tab,
  TabList,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownload20Regular, ArrowUpload20Regular, DocumentArrowRight20Regular, Mail20Regular, MailCheckmark20Regular } from '@fluentui/react-icons';
import { CalendarArrowDown20Regular, DismissCircle20Regular, Edit20Regular } from '@fluentui/react-icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense, useState } from 'react';
import { useLocation } from 'wouter';
import { formatLongDate, formatTimeRange } from '../../../shared/domain/dates';
import { DomainError } from '../../../shared/domain/errors';
import { meetingStatusLabels, recordKindLabels } from '../../../shared/domain/labels';
import * as agenda from '../../db/agenda';
import { loadMeetingScreen, setMeetingStatus } from '../../db/meetings';
import { registerIndex } from '../../db/queries';
import { platform } from '../../platform';
import { useFeedback } from '../../app/feedback';
import { routes } from '../../app/routes';
import { useStore } from '../../app/store-context';
import { EmptyState } from '../../ui/EmptyState';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { SearchHighlight } from '../search/SearchHighlight';
import { MeetingMode } from './MeetingMode';
import { MEETING_FILE_FILTER } from './OpenMeetingFile';

/*
 * The meeting tab (the minutes) is what must open fast; the other tabs, the dialogs and the exports
 * are their own chunks, loaded when used: the details dialog's warnings bring the holiday tables
 * (1.4 MB), the exports and the protocol the Word library (docs/BENCHMARK.md).
 */
const AgendaEditor = lazy(() => import('../agenda/AgendaEditor').then((m) => ({ default: m.AgendaEditor })));
const ChangesPanel = lazy(() => import('../agenda/ChangesPanel').then((m) => ({ default: m.ChangesPanel })));
const JusteringPanel = lazy(() => import('../justering/JusteringPanel').then((m) => ({ default: m.JusteringPanel })));
const MeetingDetailsDialog = lazy(() => import('../calendar/MeetingDetailsDialog').then((m) => ({ default: m.MeetingDetailsDialog })));
const CancelMeetingDialog = lazy(() => import('../calendar/CancelMeetingDialog').then((m) => ({ default: m.CancelMeetingDialog })));
const NoticeDialog = lazy(() => import('./NoticeDialog').then((m) => ({ default: m.NoticeDialog })));

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL, paddingTop: tokens.spacingVerticalM },
});

const statusColor = { planned: 'informative', noticeSent: 'brand', held: 'success', cancelled: 'danger' } as const;

export { MEETING_FILE_FILTER };

export type MeetingTab = 'agenda' | 'meeting' | 'record';

export function MeetingPage({ id, tab, itemId }: { id: string; tab: MeetingTab; itemId?: string }) {
  const store = useStore();
  const feedback = useFeedback();
  const styles = useStyles();
  const [, navigate] = useLocation();
  const setTab = (next: MeetingTab) =>
    navigate(next === 'meeting' ? routes.meetingMode(id) : next === 'record' ? routes.meetingRecord(id) : routes.meeting(id), { replace: true });
  const [editingDetails, setEditingDetails] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const [noticeOpen, setNoticeOpen] = useState(false);
  const [calendarBusy, setCalendarBusy] = useState(false);
  const loaded = useLiveQuery(() => loadMeetingScreen(store, id), [store, id]);
  const index = useLiveQuery(() => registerIndex(store), [store]);
  const firstSection = useLiveQuery(() => agenda.firstSectionNumber(store, id), [store, id]);

  if (loaded === undefined || !index || firstSection === undefined) return <Loading />;
  const { meeting, items, justering: justeringRow } = loaded;
  if (!meeting || meeting.deletedAt) {
    return (
      <Page title="Mötet finns inte">
        <EmptyState title="Mötet finns inte längre">Det kan ha tagits bort.</EmptyState>
      </Page>
    );
  }
  const host = index.bodies.get(meeting.bodyIds[0]!);
  const bodyNames = meeting.bodyIds.map((b) => index.bodies.get(b)?.name ?? 'Okänt organ');
  const title = meeting.title || bodyNames.join(' och ');

  const exportFile = () =>
    feedback.save(async () => {
      const { exportMeetingFile } = await import('../../db/exchange');
      const file = await exportMeetingFile(store, meeting.id);
      const result = await platform.saveFile({ suggestedName: file.name, bytes: file.bytes, filters: MEETING_FILE_FILTER });
      if (!result.saved) return;
      if (file.omitted.length > 0) {
        feedback.error(
          new DomainError(
            `Mötesfilen är sparad, men utan ${file.omitted.length === 1 ? 'den bifogade filen' : 'de bifogade filerna'} ${file.omitted.map((n) => `”${n}”`).join(', ')} (för stora för mötesfilen, eller saknas på den här datorn). Skicka ${file.omitted.length === 1 ? 'den' : 'dem'} separat.`,
          ),
        );
      } else feedback.success('Mötesfilen är sparad med de bifogade filerna. Skicka den till den som ska arbeta med dagordningen.');
    });
  const importFile = () =>
    feedback.save(async () => {
      const file = await platform.openFile({ filters: MEETING_FILE_FILTER, maxBytes: 50 * 1024 * 1024 });
      if (!file) return;
      const { importMeetingFile } = await import('../../db/exchange');
      const result = await importMeetingFile(store, file.bytes, meeting.id);
      feedback.success(`Ändringarna från ${result.exportedBy || 'filen'} är inlästa och sammanfogade.`);
    });
  const exportCalendarFile = async () => {
    setCalendarBusy(true);
    try {
      await feedback.save(async () => (await import('../calendar/exports')).saveMeetingCalendarFile(store, feedback, meeting.id));
    } finally {
      setCalendarBusy(false);
    }
  };

  return (
    <Page
      title={title}
      windowTitle={`${title} ${meeting.date}`}
      subtitle={
        <>
          {formatLongDate(meeting.date)} · {formatTimeRange(meeting.startTime, meeting.endTime)}
          {meeting.place ? ` · ${meeting.place}` : ''}{' '}
          <Badge appearance="tint" color={statusColor[meeting.status]}>
            {meetingStatusLabels[meeting.status]}
          </Badge>
        </>
      }
      actions={
        <>
          {meeting.status === 'planned' ? (
            <Button
              icon={<MailCheckmark20Regular />}
              onClick={() =>
                void feedback.save(async () => {
                  await setMeetingStatus(store, meeting.id, 'noticeSent');
                  feedback.success('Kallelsen är markerad som skickad. Ändringar i dagordningen loggas från och med nu.');
                })
              }
            >
              Markera kallelsen som skickad
            </Button>
          ) : null}
          {meeting.status === 'planned' || meeting.status === 'noticeSent' ? (
            <Button icon={<Mail20Regular />} onClick={() => setNoticeOpen(true)}>
              Kallelse …
            </Button>
          ) : null}
          <Button icon={<Edit20Regular />} onClick={() => setEditingDetails(true)}>
            Ändra
          </Button>
          {meeting.status === 'planned' || meeting.status === 'noticeSent' ? (
            <Button icon={<DismissCircle20Regular />} onClick={() => setCancelling(true)}>
              Ställ in …
            </Button>
          ) : null}
          <Button icon={<CalendarArrowDown20Regular />} disabled={calendarBusy} onClick={() => void exportCalendarFile()}>
            Kalenderfil
          </Button>
          <Menu>
            <MenuTrigger disableButtonEnhancement>
              <Button icon={<DocumentArrowRight20Regular />}>Mötesfil</Button>
            </MenuTrigger>
            <MenuPopover>
              <MenuList>
                <MenuItem icon={<ArrowDownload20Regular />} onClick={() => void exportFile()}>
                  Spara mötesfil för att skicka …
                </MenuItem>
                <MenuItem icon={<ArrowUpload20Regular />} onClick={() => void importFile()}>
                  Läs in mötesfil med ändringar …
                </MenuItem>
              </MenuList>
            </MenuPopover>
          </Menu>
        </>
      }
    >
      <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as MeetingTab)} aria-label="Mötets delar">
        <Tab value="agenda">Dagordning</Tab>
        <Tab value="meeting">Mötet</Tab>
        <Tab value="record">{host ? recordKindLabels[host.recordKind] : 'Protokoll'}</Tab>
      </TabList>
      {tab === 'agenda' && host ? (
        <div className={styles.panel} role="tabpanel" aria-label="Dagordning">
          <Suspense fallback={<Loading />}>
            <AgendaEditor meeting={meeting} host={host} items={items} firstSection={firstSection} />
            <ChangesPanel meeting={meeting} />
          </Suspense>
        </div>
      ) : null}
      {tab === 'meeting' && host ? (
        <div className={styles.panel} role="tabpanel" aria-label="Mötet">
          <SearchHighlight itemId={itemId} />
          <MeetingMode
            meeting={meeting}
            host={host}
            items={items}
            firstSection={firstSection}
            people={index.people}
            organisations={index.organisations}
            initialItemId={itemId}
            readOnly={justeringRow?.status === 'signed'}
            frozenItemIds={justeringRow?.immediateItemIds ?? []}
          />
        </div>
      ) : null}
      {tab === 'record' && host ? (
        <div className={styles.panel} role="tabpanel" aria-label={recordKindLabels[host.recordKind]}>
          <Suspense fallback={<Loading />}>
            <JusteringPanel meeting={meeting} items={items} />
          </Suspense>
        </div>
      ) : null}
      <Suspense fallback={null}>
        {editingDetails ? <MeetingDetailsDialog open meetingId={meeting.id} onClose={() => setEditingDetails(false)} /> : null}
        {noticeOpen ? <NoticeDialog open meeting={meeting} onClose={() => setNoticeOpen(false)} /> : null}
        {cancelling ? <CancelMeetingDialog open meetingId={meeting.id} onClose={() => setCancelling(false)} /> : null}
      </Suspense>
    </Page>
  );
}
