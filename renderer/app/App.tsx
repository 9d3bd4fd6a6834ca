import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { Suspense, useEffect } from 'react';
import { Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { minutesDocId } from '../../shared/ydoc/documents';
import type { Store } from '../db/store';
import { OpenMeetingFileCommand } from '../features/meeting/OpenMeetingFile';
import { OpenReviewFileCommand } from '../features/justering/OpenReviewFile';
import { StartPage } from '../features/start/StartPage';
import type { HistoryTab } from '../features/history/HistoryPage';
import { Loading } from '../ui/Loading';
import { Page } from '../ui/Page';
import { CommandProvider } from './commands';
import { FeedbackProvider } from './feedback';
import { routes } from './routes';
import { screen } from './screen';
import { Shell } from './Shell';
import { StoreProvider, useStore } from './store-context';

const MeetingPage = screen(() => import('../features/meeting/MeetingPage').then((m) => m.MeetingPage));
const CalendarPage = screen(() => import('../features/calendar/CalendarPage').then((m) => m.CalendarPage));
const MeetingDatesPage = screen(() => import('../features/calendar/MeetingDatesPage').then((m) => m.MeetingDatesPage));
const AgreementPage = screen(() => import('../features/agreements/AgreementPage').then((m) => m.AgreementPage));
const AgreementsPage = screen(() => import('../features/agreements/AgreementsPage').then((m) => m.AgreementsPage));
const ReportPage = screen(() => import('../features/agreements/ReportPage').then((m) => m.ReportPage));
const YearSummaryPage = screen(() => import('../features/agreements/YearSummaryPage').then((m) => m.YearSummaryPage));
const BodiesPage = screen(() => import('../features/register/BodiesPage').then((m) => m.BodiesPage));
const BodyPage = screen(() => import('../features/register/BodyPage').then((m) => m.BodyPage));
const OrganisationsPage = screen(() => import('../features/register/OrganisationsPage').then((m) => m.OrganisationsPage));
const PeoplePage = screen(() => import('../features/register/PeoplePage').then((m) => m.PeoplePage));
const ReviewListPage = screen(() => import('../features/justering/ReviewPage').then((m) => m.ReviewListPage));
const ReviewPage = screen(() => import('../features/justering/ReviewPage').then((m) => m.ReviewPage));
const SettingsPage = screen(() => import('../features/settings/SettingsPage').then((m) => m.SettingsPage));
const HistoryPage = screen(() => import('../features/history/HistoryPage').then((m) => m.HistoryPage));
const SearchPage = screen(() => import('../features/search/SearchPage').then((m) => m.SearchPage));

/**
 * Opening a meeting at an item (a link from search, the start screen): the item's minutes start
 * loading at once, while the meeting screen's code and rows still load, instead of after them.
 * Released when the route is left; the item panel has asked for the document by then.
 */
function PrefetchMinutes({ itemId }: { itemId: string }) {
  const store = useStore();
  useEffect(() => store.docs.prefetch(minutesDocId(itemId)), [store, itemId]);
  return null;
}

/**
 * The meeting screen's code starts loading when the pointer or the keyboard focus reaches a link
 * to a meeting (start screen, search, history …), so a click finds it loaded. Not at start: loading
 * it in idle time made the start slower (docs/BENCHMARK.md).
 */
function PreloadMeetingScreenOnIntent() {
  useEffect(() => {
    const onIntent = (event: Event) => {
      if (event.target instanceof Element && event.target.closest('a[href*="/moten/"]')) {
        MeetingPage.preload();
        document.removeEventListener('pointerover', onIntent);
        document.removeEventListener('focusin', onIntent);
      }
    };
    document.addEventListener('pointerover', onIntent);
    document.addEventListener('focusin', onIntent);
    return () => {
      document.removeEventListener('pointerover', onIntent);
      document.removeEventListener('focusin', onIntent);
    };
  }, []);
  return null;
}

function NotFound() {
  return <Page title="Sidan finns inte">Välj något i menyn till vänster.</Page>;
}

export function App({ store }: { store: Store }) {
  return (
    <FluentProvider theme={webLightTheme} style={{ height: '100%' }}>
      <StoreProvider store={store}>
        <CommandProvider>
          <FeedbackProvider>
            <Router hook={useHashLocation}>
              <PreloadMeetingScreenOnIntent />
              <OpenMeetingFileCommand />
              <OpenReviewFileCommand />
              <Shell>
                <Suspense fallback={<Loading />}>
                <Switch>
                  <Route path={routes.start} component={StartPage} />
                  <Route path={routes.organisations} component={OrganisationsPage} />
                  <Route path={routes.people} component={PeoplePage} />
                  <Route path={routes.bodies} component={BodiesPage} />
                  <Route path="/organ/:id">{(params) => <BodyPage key={params.id} id={decodeURIComponent(params.id)} />}</Route>
                  <Route path="/overenskommelser/sammanstallning/:year">{(params) => <YearSummaryPage key={params.year} year={Number(params.year)} />}</Route>
                  <Route path="/overenskommelser/:id/rapporter/:reportId">
                    {(params) => <ReportPage key={params.reportId} agreementId={decodeURIComponent(params.id)} reportId={decodeURIComponent(params.reportId)} />}
                  </Route>
                  <Route path="/overenskommelser/:id/aterrapportering/:year">
                    {(params) => <AgreementPage key={`${params.id}:${params.year}`} id={decodeURIComponent(params.id)} tab="reports" year={Number(params.year)} />}
                  </Route>
                  <Route path="/overenskommelser/:id">{(params) => <AgreementPage key={params.id} id={decodeURIComponent(params.id)} />}</Route>
                  <Route path={routes.agreements} component={AgreementsPage} />
                  <Route path={routes.settings} component={SettingsPage} />
                  <Route path={routes.reviews} component={ReviewListPage} />
                  <Route path="/justering/:id">{(params) => <ReviewPage key={params.id} id={decodeURIComponent(params.id)} />}</Route>
                  <Route path="/moten/:id">{(params) => <MeetingPage key={params.id} id={decodeURIComponent(params.id)} tab="agenda" />}</Route>
                  <Route path="/moten/:id/motet">{(params) => <MeetingPage key={params.id} id={decodeURIComponent(params.id)} tab="meeting" />}</Route>
                  <Route path="/moten/:id/protokoll">{(params) => <MeetingPage key={params.id} id={decodeURIComponent(params.id)} tab="record" />}</Route>
                  <Route path="/moten/:id/motet/:itemId">
                    {(params) => (
                      <>
                        <PrefetchMinutes itemId={decodeURIComponent(params.itemId)} />
                        <MeetingPage key={params.id} id={decodeURIComponent(params.id)} tab="meeting" itemId={decodeURIComponent(params.itemId)} />
                      </>
                    )}
                  </Route>
                  <Route path={routes.calendar} component={CalendarPage} />
                  <Route path="/kalender/motestider/:bodyId/:year">
                    {(params) => <MeetingDatesPage key={`${params.bodyId}/${params.year}`} bodyId={decodeURIComponent(params.bodyId)} year={Number(params.year)} />}
                  </Route>
                  <Route path={routes.search} component={SearchPage} />
                  <Route path={routes.history}>{() => <HistoryPage tab="beslut" />}</Route>
                  <Route path="/historik/:tab">
                    {(params) => (['uppdrag', 'narvaro'].includes(params.tab) ? <HistoryPage tab={params.tab as HistoryTab} /> : <NotFound />)}
                  </Route>
                  <Route component={NotFound} />
                </Switch>
                </Suspense>
              </Shell>
            </Router>
          </FeedbackProvider>
        </CommandProvider>
      </StoreProvider>
    </FluentProvider>
  );
}
