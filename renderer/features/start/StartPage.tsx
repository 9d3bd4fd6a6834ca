import { Button, Card, CardHeader, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { isRegisterEmpty, listBodies, listOrganisations, listPeople } from '../../db/queries';
import { useFeedback } from '../../app/feedback';
import { routes } from '../../app/routes';
import { useStore } from '../../app/store-context';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { UpcomingMeetings } from '../calendar/UpcomingMeetings';

const useStyles = makeStyles({
  welcome: { maxWidth: '720px', padding: tokens.spacingVerticalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'center' },
  cards: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', gap: tokens.spacingHorizontalL },
  number: { fontSize: tokens.fontSizeHero800, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightHero800 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, lineHeight: tokens.lineHeightBase400 },
});

function Welcome() {
  const store = useStore();
  const feedback = useFeedback();
  const styles = useStyles();
  const [, navigate] = useLocation();
  const [loading, setLoading] = useState(false);
  // The example data (with the holiday tables its calendar needs) is its own chunk: fetch it while
  // the welcome text is read, so the button does not wait for it. A normal start never shows this.
  useEffect(() => {
    void import('../../db/exampleData');
  }, []);
  return (
    <Page title="Välkommen till Justera" windowTitle="Välkommen">
      <Card className={styles.welcome}>
        <Text>
          Justera håller ordning på organens möten: årsplan, dagordningar, närvaro, protokoll och minnesanteckningar, justering och
          export till Word i regionens mallar. Allt sparas direkt på den här datorn och fungerar utan nätverk.
        </Text>
        <Text>Registret är tomt. Vill du börja med exempeldata eller med ett tomt register?</Text>
        <ul className={styles.list}>
          <li>
            <strong>Exempeldata</strong>: Region Örebro län, länets tolv kommuner, RF-SISU Örebro län, ÖLBF och Länsstyrelsen, med
            Chefsgrupp folkhälsa och Specifika samverkansrådet för folkhälsa. Personerna är påhittade.
          </li>
          <li>
            <strong>Tomt register</strong>: du lägger själv in organisationer, personer och organ.
          </li>
        </ul>
        <div className={styles.buttons}>
          <Button
            appearance="primary"
            disabled={loading}
            onClick={async () => {
              setLoading(true);
              // Loaded on demand: the example calendar brings the holiday tables, which a start needs not.
              const done = await feedback.save(() => import('../../db/exampleData').then(({ loadExampleData }) => loadExampleData(store)).then(() => true));
              setLoading(false);
              if (done) feedback.success('Exempeldata är inläst.');
            }}
          >
            Läs in exempeldata
          </Button>
          <Button disabled={loading} onClick={() => navigate(routes.organisations)}>
            Börja med ett tomt register
          </Button>
          {loading ? <Spinner size="tiny" label="Läser in exempeldata …" /> : null}
        </div>
      </Card>
    </Page>
  );
}

function Overview() {
  const store = useStore();
  const styles = useStyles();
  const counts = useLiveQuery(async () => {
    const [bodies, people, organisations] = await Promise.all([listBodies(store), listPeople(store), listOrganisations(store)]);
    return { bodies, people: people.length, organisations: organisations.length };
  }, [store]);
  if (!counts) return <Loading />;
  return (
    <Page title="Översikt">
      <div className={styles.cards}>
        <UpcomingMeetings />
        <Card>
          <CardHeader header={<Text weight="semibold">Organ</Text>} />
          <Text className={styles.number}>{counts.bodies.length}</Text>
          <ul className={styles.list}>
            {counts.bodies.map((b) => (
              <li key={b.id}>
                <Link href={routes.body(b.id)}>{b.name}</Link>
              </li>
            ))}
          </ul>
        </Card>
        <Card>
          <CardHeader header={<Text weight="semibold">Personer</Text>} />
          <Text className={styles.number}>{counts.people}</Text>
          <Link href={routes.people}>Visa alla personer</Link>
        </Card>
        <Card>
          <CardHeader header={<Text weight="semibold">Organisationer</Text>} />
          <Text className={styles.number}>{counts.organisations}</Text>
          <Link href={routes.organisations}>Visa alla organisationer</Link>
        </Card>
      </div>
    </Page>
  );
}

export function StartPage() {
  const store = useStore();
  const empty = useLiveQuery(() => isRegisterEmpty(store), [store]);
  if (empty === undefined) return <Loading />;
  return empty ? <Welcome /> : <Overview />;
}
