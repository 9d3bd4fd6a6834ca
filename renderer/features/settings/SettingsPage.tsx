import { Button, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { getActor, setActor } from '../../db/actor';
import { platform } from '../../platform';
import { useFeedback } from '../../app/feedback';
import { useStore } from '../../app/store-context';
import { Page } from '../../ui/Page';
import { BackupSection } from './BackupSection';
import { StorageSection } from './StorageSection';
import { TemplatesSection } from './TemplatesSection';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '720px' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'flex-end', flexWrap: 'wrap' },
});

/** The name this installation writes into change logs and approvals. */
function ActorSection() {
  const store = useStore();
  const feedback = useFeedback();
  const styles = useStyles();
  const actor = useLiveQuery(() => getActor(store), [store]);
  const [name, setName] = useState<string | null>(null);
  if (!actor) return null;
  const value = name ?? actor.name;
  return (
    <section className={styles.section} aria-labelledby="actor-heading">
      <h2 id="actor-heading" className={styles.heading}>
        Du
      </h2>
      <Text>Ditt namn skrivs in när du ändrar en dagordning efter kallelsen, och när du justerar ett protokoll.</Text>
      <form
        className={styles.row}
        onSubmit={(event) => {
          event.preventDefault();
          void feedback.save(async () => {
            await setActor(store, { name: value, personId: actor.personId });
            setName(null);
            feedback.success('Ditt namn är sparat.');
          });
        }}
      >
        <Field label="Ditt namn">
          <Input value={value} onChange={(_, d) => setName(d.value)} placeholder="Förnamn Efternamn" />
        </Field>
        <Button type="submit" disabled={name === null || name.trim() === actor.name}>
          Spara namnet
        </Button>
      </form>
    </section>
  );
}

export function SettingsPage() {
  const styles = useStyles();
  const [version, setVersion] = useState<string>('');
  useEffect(() => {
    void platform.appVersion().then(setVersion);
  }, []);
  return (
    <Page title="Inställningar">
      <ActorSection />
      <section className={styles.section} aria-labelledby="about-heading">
        <h2 id="about-heading" className={styles.heading}>
          Om Justera
        </h2>
        <Text>
          Version {version || '…'} · {platform.kind === 'desktop' ? 'skrivbordsappen' : 'i webbläsaren'}
        </Text>
        <Text>All data sparas i en databas på den här datorn. Inget skickas över nätverket.</Text>
      </section>
      <TemplatesSection />
      <BackupSection />
      <StorageSection />
    </Page>
  );
}
