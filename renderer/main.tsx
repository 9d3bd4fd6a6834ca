/**
 * Start-up: open the local database, then show the app. If the database cannot be opened (another
 * version of the app holds it, the disk is full, the browser refuses storage), say so in Swedish.
 */
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { isDomainError } from '../shared/domain/errors';
import { compactDocuments } from './db/maintenance';
import { backupBeforeUpgrade, needsUpgrade } from './db/startup';
import { openStore } from './db/store';
import { platform } from './platform';
import './styles.css';

const root = createRoot(document.getElementById('root')!);

/**
 * Shown while an older database is backed up and upgraded (once per new schema version; with many
 * years of meetings it takes several seconds, and the window would otherwise stay blank).
 */
function UpgradeNotice() {
  return (
    <StartupMessage title="Justera uppdaterar sin databas">
      <p role="status">Det görs en gång efter en ny version och kan ta en stund när det finns många års möten. Inget av det du har sparat ändras.</p>
      <progress aria-label="Uppdaterar databasen" style={{ width: '100%' }} />
    </StartupMessage>
  );
}

/** A page of its own before the app can start (plain HTML: Fluent's provider is not mounted yet). */
function StartupMessage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main style={{ fontFamily: 'Segoe UI, sans-serif', padding: 32, maxWidth: 640 }}>
      <h1>{title}</h1>
      {children}
    </main>
  );
}

// Before an upgrade of the stored database, the desktop app backs it up as it is (renderer/db/startup.ts).
platform
  .appVersion()
  .catch(() => '')
  .then(async (appVersion) => {
    if (await needsUpgrade().catch(() => false)) root.render(<UpgradeNotice />);
    return backupBeforeUpgrade({ platform, appVersion });
  })
  .then(() => openStore())
  .then(async (store) => {
    // Merge each document's update rows while nothing is loaded yet (maintenance.ts).
    await compactDocuments(store).catch((error: unknown) => console.warn('[database] compaction failed', error));
    return store;
  })
  .then(
  (store) => {
    root.render(
      <StrictMode>
        <App store={store} />
      </StrictMode>,
    );
  },
  (error: unknown) => {
    console.error(error);
    const message = isDomainError(error)
      ? error.message
      : error instanceof Error && error.name === 'VersionError'
        ? 'Databasen har skapats av en nyare version av Justera. Installera den senaste versionen.'
        : 'Justera kunde inte öppna sin databas på den här datorn.';
    root.render(
      <StartupMessage title="Justera kan inte starta">
        <p>{message}</p>
        <p>Inga uppgifter har ändrats. Stäng andra fönster med Justera och försök igen.</p>
      </StartupMessage>,
    );
  },
);
