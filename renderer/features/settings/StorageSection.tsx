/**
 * Inställningar › Lagring: whether the browser keeps Justera's data persistently (never evicted
 * under disk pressure), and how much space it uses and has left.
 */
import { Button, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { freeBytes, formatBytes, isStorageLow } from '../../../shared/storage';
import { useStorageState } from '../../app/storage';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '820px' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  facts: { display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXS, margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold },
  detail: { margin: 0 },
});

export function StorageSection() {
  const styles = useStyles();
  const [refresh, setRefresh] = useState(0);
  const [asked, setAsked] = useState(false);
  const state = useStorageState(60_000, refresh);
  const estimate = { usage: state?.usage ?? undefined, quota: state?.quota ?? undefined };
  const free = freeBytes(estimate);

  return (
    <section className={styles.section} aria-labelledby="storage-heading">
      <h2 id="storage-heading" className={styles.heading}>
        Lagring
      </h2>
      {!state ? (
        <Text>Läser in …</Text>
      ) : !state.supported ? (
        <Text>Den här webbläsaren kan inte visa hur mycket utrymme Justera använder.</Text>
      ) : (
        <>
          <dl className={styles.facts}>
            <dt className={styles.term}>Beständig lagring</dt>
            <dd className={styles.detail} data-testid="storage-persisted">
              {state.persisted === true
                ? 'Ja. Uppgifterna tas inte bort automatiskt, inte ens när disken blir full.'
                : state.persisted === false
                  ? 'Nej. Om disken blir full kan uppgifterna tas bort automatiskt.'
                  : 'Okänt.'}
            </dd>
            <dt className={styles.term}>Använt</dt>
            <dd className={styles.detail} data-testid="storage-usage">
              {state.usage === null ? 'Okänt' : formatBytes(state.usage)}
            </dd>
            <dt className={styles.term}>Ledigt för Justera</dt>
            <dd className={styles.detail} data-testid="storage-free">
              {free === null ? 'Okänt' : formatBytes(free)}
            </dd>
          </dl>
          {state.persisted === false ? (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                {asked
                  ? 'Det gick inte att få beständig lagring. Gör säkerhetskopior ofta, så att inget går förlorat.'
                  : 'Be om beständig lagring, så att uppgifterna aldrig tas bort för att ge plats åt annat.'}
              </MessageBarBody>
            </MessageBar>
          ) : null}
          {state.persisted === false && !asked ? (
            <div>
              <Button
                onClick={() => {
                  setAsked(true);
                  void navigator.storage.persist().finally(() => setRefresh((n) => n + 1));
                }}
              >
                Begär beständig lagring
              </Button>
            </div>
          ) : null}
          {isStorageLow(estimate) ? (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                Lagringsutrymmet börjar ta slut. Frigör utrymme på datorn och gör en säkerhetskopia.
              </MessageBarBody>
            </MessageBar>
          ) : null}
        </>
      )}
    </section>
  );
}
