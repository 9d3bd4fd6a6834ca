import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import type { Store } from '../db/store';
import { MeetingPage } from '../features/meeting/MeetingPage';
import { OpenMeetingFileCommand } from '../features/meeting/OpenMeetingFile';
import { BodiesPage } from '../features/register/BodiesPage';
import { BodyPage } from '../features/register/BodyPage';
import { OrganisationsPage } from '../features/register/OrganisationsPage';
import { PeoplePage } from '../features/register/PeoplePage';
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
              <Shell>
                <Switch>
                  <Route path={routes.start} component={StartPage} />
                  <Route path={routes.organisations} component={OrganisationsPage} />
                  <Route path={routes.people} component={PeoplePage} />
                  <Route path={routes.bodies} component={BodiesPage} />
                  <Route path="/organ/:id">{(params) => <BodyPage key={params.id} id={decodeURIComponent(params.id)} />}</Route>
                  <Route path={routes.settings} component={SettingsPage} />
                  <Route path="/moten/:id">{(params) => <MeetingPage key={params.id} id={decodeURIComponent(params.id)} tab="agenda" />}</Route>
                  <Route path="/moten/:id/motet">{(params) => <MeetingPage key={params.id} id={decodeURIComponent(params.id)} tab="meeting" />}</Route>
                  <Route path="/moten/:id/motet/:itemId">
                    {(params) => <MeetingPage key={params.id} id={decodeURIComponent(params.id)} tab="meeting" itemId={decodeURIComponent(params.itemId)} />}
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
