/**
 * Inställningar › Säkerhetskopior and Lagring, as a user works them: make a backup (a download in
 * the browser), restore from a file (the file chooser), confirm, and read the messages.
 */
import { expect, type Download, type Locator } from '@playwright/test';
import type { AppPage } from './app-page';

export class SettingsScreen {
  constructor(readonly app: AppPage) {}

  get page() {
    return this.app.page;
  }

  async open(): Promise<void> {
    await this.app.goTo('Inställningar');
    await expect(this.page.getByRole('heading', { name: 'Säkerhetskopior', level: 2 })).toBeVisible();
  }

  notice(): Locator {
    return this.page.getByTestId('backup-notice');
  }

  /** "Gör en säkerhetskopia nu" in the browser: returns the downloaded file's path. */
  async backUpToDownload(): Promise<{ path: string; name: string }> {
    const download: Promise<Download> = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Gör en säkerhetskopia nu' }).click();
    const file = await download;
    const path = await file.path();
    await expect(this.notice()).toContainText('Säkerhetskopian har laddats ned.');
    return { path, name: file.suggestedFilename() };
  }

  /** "Återställ från fil …" with the given file; stops where the app answers (dialog or message). */
  async chooseRestoreFile(file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Återställ från fil …' }).click();
    await (await chooser).setFiles(file);
  }

  /** The confirmation is an alert dialog: it asks before replacing everything. */
  confirmDialog(): Locator {
    return this.page.getByRole('alertdialog', { name: 'Återställa säkerhetskopian?' });
  }

  /** Confirms the restore (optionally without the recommended backup first) and waits for it to finish. */
  async confirmRestore(options: { backupFirst: boolean }): Promise<void> {
    const dialog = this.confirmDialog();
    await expect(dialog).toBeVisible();
    const checkbox = dialog.getByRole('checkbox', { name: /Gör först en säkerhetskopia/ });
    if (!options.backupFirst) await checkbox.uncheck();
    await dialog.getByRole('button', { name: 'Återställ', exact: true }).click();
    await expect(dialog).toHaveCount(0);
    await expect(this.notice()).toContainText('Säkerhetskopian är återställd.');
  }
}
