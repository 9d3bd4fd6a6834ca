import { expect, test } from './fixtures';
import { BodyScreen } from './pages/register-pages';
import { SettingsScreen } from './pages/settings-page';

test('every screen and dialog passes axe (WCAG 2.1 AA)', async ({ app, page, expectNoAxeViolations }) => {
  await app.open('/');
  await expectNoAxeViolations('välkomstsidan');
  await app.loadExampleData();
  await expectNoAxeViolations('översikten');

  for (const screen of ['Personer', 'Organisationer', 'Organ', 'Inställningar']) {
    await app.goTo(screen);
    await expectNoAxeViolations(screen);
  }

  await app.goTo('Personer');
  await page.getByRole('button', { name: 'Ny person' }).click();
  await expectNoAxeViolations('dialogen Ny person');
  await page.keyboard.press('Escape');

  await app.goTo('Organisationer');
  await page.getByRole('button', { name: 'Ny organisation' }).click();
  await expectNoAxeViolations('dialogen Ny organisation');
  await page.keyboard.press('Escape');

  const body = new BodyScreen(app);
  await body.open('Specifika samverkansrådet för folkhälsa');
  await expectNoAxeViolations('organets ledamöter');
  await body.tab('Alla medlemskap');
  await expectNoAxeViolations('organets medlemskap');
  await page.getByRole('button', { name: 'Nytt medlemskap' }).click();
  await expectNoAxeViolations('dialogen Nytt medlemskap');
  await page.keyboard.press('Escape');
  await expect(app.dialog()).toHaveCount(0);
  await body.tab('Inställningar');
  await expectNoAxeViolations('organets inställningar');
  await page.getByRole('button', { name: 'Ändra inställningar' }).click();
  await expectNoAxeViolations('dialogen Inställningar');
  await page.keyboard.press('Escape');
  await expect(app.dialog()).toHaveCount(0);

  await page.keyboard.press('?');
  await expect(app.dialog('Kortkommandon')).toBeVisible();
  await expectNoAxeViolations('kortkommandon');
});

test('backups: the section after a backup and the restore confirmation pass axe', async ({ app, expectNoAxeViolations }) => {
  await app.loadExampleData();
  const settings = new SettingsScreen(app);
  await settings.open();
  const backup = await settings.backUpToDownload();
  await expectNoAxeViolations('säkerhetskopior efter en säkerhetskopia');
  await settings.chooseRestoreFile(backup.path);
  await expect(settings.confirmDialog()).toBeVisible();
  await expectNoAxeViolations('bekräftelsen före återställning');
});
