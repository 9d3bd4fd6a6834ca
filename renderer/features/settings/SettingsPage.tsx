import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { platform } from '../../platform';
import { Page } from '../../ui/Page';
import { BackupSection } from './BackupSection';
import { StorageSection } from './StorageSection';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '720px' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

export function SettingsPage() {
  const styles = useStyles();
  const [version, setVersion] = useState<string>('');
  useEffect(() => {
    void platform.appVersion().then(setVersion);
  }, []);
  return (
    <Page title="Inställningar">
      <section className={styles.section} aria-labelledby="about-heading">
        <h2 id="about-heading" className={styles.heading}>
          Om Justera
        </h2>
        <Text>
          Version {version || '…'} · {platform.kind === 'desktop' ? 'skrivbordsappen' : 'i webbläsaren'}
        </Text>
        <Text>All data sparas i en databas på den här datorn. Inget skickas över nätverket.</Text>
      </section>
      <BackupSection />
      <StorageSection />
    </Page>
  );
}
