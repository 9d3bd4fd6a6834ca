import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import type { Store } from '../db/store';
import { MeetingPage } from '../features/meeting/MeetingPage';
import { CalendarPage } from '../features/calendar/CalendarPage';
import { MeetingDatesPage } from '../features/calendar/MeetingDatesPage';
import { OpenMeetingFileCommand } from '../features/meeting/OpenMeetingFile';
import { AgreementPage } from '../features/agreements/AgreementPage';
import { AgreementsPage } from '../features/agreements/AgreementsPage';
import { ReportPage } from '../features/agreements/ReportPage';
import { YearSummaryPage } from '../features/agreements/YearSummaryPage';
import { BodiesPage } from '../features/register/BodiesPage';
import { BodyPage } from '../features/register/BodyPage';
import { OrganisationsPage } from '../features/register/OrganisationsPage';
import { PeoplePage } from '../features/register/PeoplePage';
import { OpenReviewFileCommand, ReviewListPage, ReviewPage } from '../features/justering/ReviewPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { StartPage } from '../features/start/StartPage';
import { HistoryPage, type HistoryTab } from '../features/history/HistoryPage';
import { SearchPage } from '../features/search/SearchPage';
import { Page } from '../ui/Page';
import { CommandProvider } from './commands';
import { FeedbackProvider } from './feedback';
import { routes } from './routes';
import { Shell } from './Shell';
import { StoreProvider } from './store-context';

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
              <OpenMeetingFileCommand />
              <OpenReviewFileCommand />
              <Shell>
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
                    {(params) => <MeetingPage key={params.id} id={decodeURIComponent(params.id)} tab="meeting" itemId={decodeURIComponent(params.itemId)} />}
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
              </Shell>
            </Router>
          </FeedbackProvider>
        </CommandProvider>
      </StoreProvider>
    </FluentProvider>
  );
}
