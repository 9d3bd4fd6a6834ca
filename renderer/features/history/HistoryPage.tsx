/**
 * Looking back across meetings: the decision register of a body's year (to Word), the tasks of
 * every body and who owes what, and attendance over the years (to CSV).
 */
import { makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import { useLocation } from 'wouter';
import { routes } from '../../app/routes';
import { Page } from '../../ui/Page';
import { DecisionRegisterView } from './DecisionRegisterView';
import { ParticipationView } from './ParticipationView';
import { TaskOverview } from './TaskOverview';

export type HistoryTab = 'beslut' | 'uppdrag' | 'narvaro';

const tabLabels: Record<HistoryTab, string> = { beslut: 'Beslut', uppdrag: 'Uppdrag', narvaro: 'Närvaro' };

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, paddingTop: tokens.spacingVerticalS },
});

export function HistoryPage({ tab }: { tab: HistoryTab }) {
  const styles = useStyles();
  const [, navigate] = useLocation();
  return (
    <Page title="Historik" windowTitle={`Historik: ${tabLabels[tab]}`} subtitle="Vad som beslutats, vem som har uppdrag kvar, och hur närvaron har sett ut.">
      <TabList selectedValue={tab} onTabSelect={(_, d) => navigate(routes.historyTab(d.value as HistoryTab), { replace: true })} aria-label="Historikens delar">
        {(Object.keys(tabLabels) as HistoryTab[]).map((t) => (
          <Tab key={t} value={t}>
            {tabLabels[t]}
          </Tab>
        ))}
      </TabList>
      <div className={styles.panel} role="tabpanel" aria-label={tabLabels[tab]}>
        {tab === 'beslut' ? <DecisionRegisterView /> : null}
        {tab === 'uppdrag' ? <TaskOverview /> : null}
        {tab === 'narvaro' ? <ParticipationView /> : null}
      </div>
    </Page>
  );
}
