/**
 * Backups and restore as a user does them, in the browser build (downloads and the file chooser)
 * and with a stand-in for the desktop shell's backup folder; the storage warning.
 */
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { PeopleScreen } from './pages/register-pages';
import { SettingsScreen } from './pages/settings-page';

/** Every object store of the app's database, as JSON (bytes as arrays): for "nothing changed". */
async function databaseSnapshot(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('justera');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const out: Record<string, unknown[]> = {};
    for (const name of [...db.objectStoreNames].sort()) {
      out[name] = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result as unknown[]);
        request.onerror = () => reject(request.error);
      });
    }
    db.close();
    return JSON.stringify(out, (_key, value: unknown) => (value instanceof Uint8Array ? Array.from(value) : value instanceof Date ? value.toISOString() : value));
  });
}

async function peopleNames(page: Page): Promise<string[]> {
  return page.getByRole('table', { name: 'Personer' }).getByRole('row').allInnerTexts();
}

test('backs up to a download, and restoring the file brings the old data back', async ({ app, page, expectNoAxeViolations }) => {
  await app.loadExampleData();
  const settings = new SettingsScreen(app);
  await settings.open();
  const backup = await settings.backUpToDownload();
  expect(backup.name).toMatch(/^justera-säkerhetskopia-\d{4}-\d{2}-\d{2}-\d{6}\.json$/);
  await expectNoAxeViolations('inställningar efter en säkerhetskopia');

  // Change something after the backup.
  await app.goTo('Personer');
  await new PeopleScreen(app).addPerson({ name: 'Efter Säkerhetskopian' });
  await expect(app.row('Personer', 'Efter Säkerhetskopian')).toBeVisible();
  const before = await peopleNames(page);

  // Restore: the confirmation says what will be replaced, and recommends a backup of what is there now.
  await settings.open();
  await settings.chooseRestoreFile(backup.path);
  const dialog = settings.confirmDialog();
  await expect(dialog).toContainText('Allt som finns i Justera nu ersätts');
  await expect(dialog).toContainText('och innehåller 2 organ');
  await expect(dialog.getByRole('checkbox', { name: /Gör först en säkerhetskopia av det som finns nu/ })).toBeChecked();
  await expectNoAxeViolations('bekräftelsen före återställning');
  const safetyCopy = page.waitForEvent('download');
  await settings.confirmRestore({ backupFirst: true });
  expect((await safetyCopy).suggestedFilename()).toMatch(/^justera-säkerhetskopia-/);

  await app.goTo('Personer');
  await expect(app.row('Personer', 'Efter Säkerhetskopian')).toHaveCount(0);
  const after = await peopleNames(page);
  expect(after).toEqual(before.filter((row) => !row.includes('Efter Säkerhetskopian')));

  // The restored data is what is stored: it is still there after a reload, and new changes land on it.
  await app.reload();
  await expect(app.row('Personer', 'Efter Säkerhetskopian')).toHaveCount(0);
  await new PeopleScreen(app).addPerson({ name: 'Efter Återställningen' });
  await expect(app.row('Personer', 'Efter Återställningen')).toBeVisible();
  await app.saved();
});

test('a broken, foreign or newer file is refused with a clear message and nothing changes', async ({ app, page, expectNoAxeViolations }) => {
  await app.loadExampleData();
  const settings = new SettingsScreen(app);
  await settings.open();
  const backup = await settings.backUpToDownload();
  const valid = await readFile(backup.path);
  await app.goTo('Personer');
  await new PeopleScreen(app).addPerson({ name: 'Ska Finnas Kvar' });
  await app.saved();
  await settings.open();
  const snapshot = await databaseSnapshot(page);

  const zip = new JSZip();
  zip.file('word/document.xml', '<w:document/>');
  const newer = JSON.parse(valid.toString('utf8')) as { formatVersion: number };
  newer.formatVersion = 99;
  const cases: { name: string; buffer: Buffer; message: RegExp }[] = [
    { name: 'halv.json', buffer: valid.subarray(0, Math.floor(valid.length / 2)), message: /ofullständig eller skadad/ },
    { name: 'protokoll.json', buffer: await zip.generateAsync({ type: 'nodebuffer' }), message: /Word-dokument eller en zip-fil/ },
    { name: 'annat.json', buffer: Buffer.from('{"hej": [1, 2, 3]}'), message: /inte en säkerhetskopia från Justera/ },
    { name: 'nyare.json', buffer: Buffer.from(JSON.stringify(newer)), message: /nyare version av Justera/ },
  ];
  for (const file of cases) {
    await settings.chooseRestoreFile({ name: file.name, mimeType: 'application/json', buffer: file.buffer });
    await expect(settings.notice()).toContainText(`${file.name} kan inte återställas.`);
    await expect(settings.notice()).toContainText(file.message);
    await expect(settings.notice()).toContainText('Inga uppgifter har ändrats.');
    await expect(settings.confirmDialog()).toHaveCount(0);
  }
  await expectNoAxeViolations('ett avvisat återställningsförsök');
  expect(await databaseSnapshot(page)).toBe(snapshot);
  await app.goTo('Personer');
  await expect(app.row('Personer', 'Ska Finnas Kvar')).toBeVisible();
});

test('cancelling the confirmation changes nothing', async ({ app, page }) => {
  await app.loadExampleData();
  const settings = new SettingsScreen(app);
  await settings.open();
  const backup = await settings.backUpToDownload();
  await app.goTo('Personer');
  await new PeopleScreen(app).addPerson({ name: 'Ska Finnas Kvar' });
  await app.saved();
  await settings.open();
  const snapshot = await databaseSnapshot(page);
  await settings.chooseRestoreFile(backup.path);
  await settings.confirmDialog().getByRole('button', { name: 'Avbryt' }).click();
  await expect(settings.confirmDialog()).toHaveCount(0);
  expect(await databaseSnapshot(page)).toBe(snapshot);
});

test('text that looks like markup or script comes back from a backup as text, and never runs', async ({ app, page }) => {
  await app.loadExampleData();
  const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  await app.goTo('Personer');
  await new PeopleScreen(app).addPerson({ name: hostile });
  await app.saved();
  const settings = new SettingsScreen(app);
  await settings.open();
  const backup = await settings.backUpToDownload();
  await settings.chooseRestoreFile(backup.path);
  await settings.confirmRestore({ backupFirst: false });
  await app.goTo('Personer');
  await expect(app.row('Personer', hostile)).toBeVisible();
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
});

test('another open window starts afresh after a restore, so it never edits the old data', async ({ app, page }) => {
  await app.loadExampleData();
  const settings = new SettingsScreen(app);
  await settings.open();
  const backup = await settings.backUpToDownload();
  await app.goTo('Personer');
  await new PeopleScreen(app).addPerson({ name: 'Efter Säkerhetskopian' });
  await app.saved();

  const other = new AppPage(await page.context().newPage());
  await other.open('/personer');
  await expect(other.row('Personer', 'Efter Säkerhetskopian')).toBeVisible();
  await other.page.evaluate(() => ((window as { __before?: boolean }).__before = true));

  await settings.open();
  await settings.chooseRestoreFile(backup.path);
  await settings.confirmRestore({ backupFirst: false });
  // The other window reloaded (its page state is gone) and shows the restored data. (Asked during
  // the reload itself, the page has no context to answer in: that counts as not yet.)
  await expect
    .poll(() =>
      other.page.evaluate(() => (window as { __before?: boolean }).__before ?? false).catch(() => true),
    )
    .toBe(false);
  await expect(other.heading()).toHaveText('Personer');
  await expect(other.row('Personer', 'Efter Säkerhetskopian')).toHaveCount(0);
  await new PeopleScreen(other).addPerson({ name: 'Från Andra Fönstret' });
  await expect(other.row('Personer', 'Från Andra Fönstret')).toBeVisible();
  await app.goTo('Personer');
  await expect(app.row('Personer', 'Från Andra Fönstret')).toBeVisible();
});

/** A stand-in for the desktop shell: backups live in a folder kept in memory. */
async function installDesktopShell(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const folder = 'C:\\Users\\anna\\Documents\\Justera\\Säkerhetskopior';
    const files = new Map<string, { bytes: Uint8Array; modifiedAt: string }>();
    const automatic = /^justera-automatisk-.*\.json$/;
    (window as unknown as { __backupFolder: typeof files }).__backupFolder = files;
    (window as unknown as { justera: unknown }).justera = {
      kind: 'desktop',
      appVersion: async () => '0.1.0',
      saveFile: async (request: { suggestedName: string }) => ({ saved: true, location: `C:\\Users\\anna\\Desktop\\${request.suggestedName}` }),
      openFile: async () => null,
      printToPdf: async () => ({ saved: false }),
      writeBackup: async (request: { name: string; bytes: Uint8Array; keep: number }) => {
        files.set(request.name, { bytes: request.bytes, modifiedAt: new Date(Date.now() + files.size).toISOString() });
        const old = [...files.keys()].filter((n) => automatic.test(n)).sort().reverse().slice(request.keep);
        for (const name of old) files.delete(name);
        return { location: `${folder}\\${request.name}` };
      },
      listBackups: async () =>
        [...files]
          .map(([name, file]) => ({ name, bytes: file.bytes.byteLength, modifiedAt: file.modifiedAt }))
          .sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt)),
      readBackup: async (name: string) => {
        const file = files.get(name);
        return file ? { name, bytes: file.bytes } : null;
      },
      backupFolder: async () => folder,
      openExternal: async () => undefined,
    };
  });
}

test('the desktop app backs up by itself each day, lists its backups and restores one of them', async ({ app, page, expectNoAxeViolations }) => {
  await installDesktopShell(page);
  await app.open('/');
  // The day's automatic backup is written at start.
  await expect.poll(() => page.evaluate(() => [...(window as unknown as { __backupFolder: Map<string, unknown> }).__backupFolder.keys()])).toEqual([
    expect.stringMatching(/^justera-automatisk-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.json$/),
  ]);
  await app.loadExampleData();

  const settings = new SettingsScreen(app);
  await settings.open();
  await expect(page.getByText('C:\\Users\\anna\\Documents\\Justera\\Säkerhetskopior', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Gör en säkerhetskopia nu' }).click();
  await expect(settings.notice()).toContainText('Säkerhetskopian är sparad.');
  await expect(settings.notice()).toContainText('Säkerhetskopior\\justera-säkerhetskopia-');
  const list = page.getByRole('table', { name: 'Säkerhetskopior i mappen' });
  await expect(list.getByRole('row')).toHaveCount(3);
  await expect(list.getByRole('row').nth(1)).toContainText('Gjord av dig');
  await expect(list.getByRole('row').nth(2)).toContainText('Automatisk');
  await expect(page.getByRole('spinbutton', { name: 'Antal automatiska säkerhetskopior som sparas' })).toHaveValue('14');
  await expectNoAxeViolations('inställningar i skrivbordsappen');

  await app.goTo('Personer');
  await new PeopleScreen(app).addPerson({ name: 'Efter Säkerhetskopian' });
  await app.saved();
  await settings.open();
  await list.getByRole('row').nth(1).getByRole('button', { name: /Återställ säkerhetskopian från/ }).click();
  await settings.confirmRestore({ backupFirst: true });
  // The recommended backup of what was there went into the folder too.
  await expect(list.getByRole('row')).toHaveCount(4);
  await app.goTo('Personer');
  await expect(app.row('Personer', 'Efter Säkerhetskopian')).toHaveCount(0);

  // The number of automatic backups to keep is a setting.
  await settings.open();
  const keep = page.getByRole('spinbutton', { name: 'Antal automatiska säkerhetskopior som sparas' });
  await keep.fill('5');
  await keep.press('Tab');
  await app.saved();
  await app.reload();
  await expect(page.getByRole('spinbutton', { name: 'Antal automatiska säkerhetskopior som sparas' })).toHaveValue('5');
});

test('warns early and calmly when storage runs low, and shows the storage state', async ({ app, page, expectNoAxeViolations }) => {
  await page.addInitScript(() => {
    const GB = 1024 ** 3;
    Object.defineProperty(navigator.storage, 'estimate', { value: async () => ({ usage: 9.8 * GB, quota: 10 * GB }) });
    Object.defineProperty(navigator.storage, 'persisted', { value: async () => false });
    Object.defineProperty(navigator.storage, 'persist', { value: async () => false });
  });
  await app.open('/');
  const warning = page.getByTestId('storage-warning');
  await expect(warning).toContainText('Lagringsutrymmet börjar ta slut');
  await expect(warning).toContainText('205\u00a0MB kvar');
  await expectNoAxeViolations('varningen om lagringsutrymme');

  await warning.getByRole('link', { name: 'säkerhetskopia under Inställningar' }).click();
  await expect(app.heading()).toHaveText('Inställningar');
  await expect(page.getByTestId('storage-persisted')).toContainText('Nej.');
  await expect(page.getByTestId('storage-free')).toHaveText('205\u00a0MB');
  await page.getByRole('button', { name: 'Begär beständig lagring' }).click();
  await expect(page.getByText('Det gick inte att få beständig lagring.', { exact: false })).toBeVisible();

  await page.getByRole('button', { name: 'Stäng varningen' }).click();
  await expect(warning).toHaveCount(0);
});
