import { expect, test } from './fixtures';
import { MeetingScreen } from './pages/meeting-pages';
import { BodyScreen } from './pages/register-pages';
import { SettingsScreen } from './pages/settings-page';

// Each axe scan takes seconds on a busy machine, and these tests run many: give them room (nothing here measures time).
test.describe.configure({ timeout: 180_000 });

test('the start and register screens pass axe (WCAG 2.1 AA)', async ({ app, expectNoAxeViolations }) => {
  await app.open('/');
  await expectNoAxeViolations('välkomstsidan');
  await app.loadExampleData();
  await expectNoAxeViolations('översikten');

  for (const screen of ['Personer', 'Organisationer', 'Organ', 'Inställningar']) {
    await app.goTo(screen);
    await expectNoAxeViolations(screen);
  }
});

test('the register dialogs pass axe', async ({ app, page, expectNoAxeViolations }) => {
  await app.loadExampleData();
  await app.goTo('Personer');
  await page.getByRole('button', { name: 'Ny person' }).click();
  await expectNoAxeViolations('dialogen Ny person');
  await page.keyboard.press('Escape');

  await app.goTo('Organisationer');
  await page.getByRole('button', { name: 'Ny organisation' }).click();
  await expectNoAxeViolations('dialogen Ny organisation');
  await page.keyboard.press('Escape');
  await expect(app.dialog()).toHaveCount(0);

  await page.keyboard.press('?');
  await expect(app.dialog('Kortkommandon')).toBeVisible();
  await expectNoAxeViolations('kortkommandon');
});

test('a body’s screens and dialogs pass axe', async ({ app, page, expectNoAxeViolations }) => {
  await app.loadExampleData();
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
});

test('the meeting and agenda screens pass axe', async ({ app, page, expectNoAxeViolations }) => {
  await app.loadExampleData();
  const meeting = new MeetingScreen(app);
  await meeting.create('Specifika samverkansrådet för folkhälsa', '2026-12-11');
  await meeting.addItem('Healthy cities', 30);
  await expectNoAxeViolations('mötets dagordning');
  await page.getByRole('button', { name: 'Ny punkt', exact: true }).click();
  await page.getByRole('button', { name: 'Lägg till föredragande' }).click();
  await page.getByRole('button', { name: 'Lägg till underpunkt' }).click();
  await page.getByRole('button', { name: 'Lägg till länk' }).click();
  await expectNoAxeViolations('dialogen Ny punkt');
  await page.keyboard.press('Escape');
  await expect(app.dialog()).toHaveCount(0);
  await meeting.itemAction('Healthy cities', 'Skjut upp …');
  await expectNoAxeViolations('dialogen Skjut upp');
  await page.keyboard.press('Escape');
  await expect(app.dialog()).toHaveCount(0);
  await page.getByRole('button', { name: 'Markera kallelsen som skickad' }).click();
  await meeting.addItem('TABB 2.0', 30);
  await expectNoAxeViolations('ändringar sedan kallelsen');
  await page.getByRole('button', { name: 'Hämta från Till kommande möten' }).click();
  await expectNoAxeViolations('dialogen Till kommande möten');
  await page.keyboard.press('Escape');
  await expect(app.dialog()).toHaveCount(0);

  await app.goTo('Organ');
  await page.getByRole('link', { name: 'Specifika samverkansrådet för folkhälsa' }).click();
  await page.getByRole('tab', { name: 'Möten', exact: true }).click();
  await expectNoAxeViolations('organets möten');
  await page.getByRole('tab', { name: 'Till kommande möten' }).click();
  await page.getByRole('button', { name: 'Nytt tema' }).click();
  await expectNoAxeViolations('dialogen Nytt tema');
  await page.getByRole('textbox', { name: 'Tema' }).fill('Tema genus');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(app.dialog()).toHaveCount(0);
  await expectNoAxeViolations('listan Till kommande möten');
});

test('the meeting mode passes axe', async ({ app, page, expectNoAxeViolations }) => {
  await app.loadExampleData();
  const meeting = new MeetingScreen(app);
  await meeting.create('Specifika samverkansrådet för folkhälsa', '2026-12-11');
  await page.getByRole('tab', { name: 'Mötet' }).click();
  await page.getByRole('radiogroup').first().getByRole('radio', { name: 'Närvarande' }).check();
  await expectNoAxeViolations('närvaro');
  await page.getByRole('button', { name: 'Lägg till gäst eller tjänsteperson' }).click();
  await expectNoAxeViolations('dialogen Lägg till på mötet');
  await page.keyboard.press('Escape');
  await expect(app.dialog()).toHaveCount(0);
  const nav = page.getByRole('navigation', { name: 'Mötets punkter' });
  await nav.getByRole('button', { name: 'Uppföljning av uppdrag' }).click();
  await expectNoAxeViolations('uppföljning av uppdrag');
  await nav.getByRole('button', { name: /^2\. Val av justerare/ }).click();
  await expectNoAxeViolations('punkten Val av justerare');
  await nav.getByRole('button', { name: /^4\. / }).click();
  await expectNoAxeViolations('en beslutspunkt');
  await page.getByRole('button', { name: 'Lägg till förslag' }).click();
  await page.getByRole('button', { name: 'Lägg till reservation eller anteckning' }).click();
  await page.getByRole('radio', { name: 'Efter omröstning' }).check();
  await expectNoAxeViolations('beslut med förslag, omröstning och reservation');
  await page.getByRole('button', { name: 'Nytt uppdrag' }).click();
  await expectNoAxeViolations('dialogen Nytt uppdrag');
});

test('the agreements list, its dialog and the year summary pass axe (WCAG 2.1 AA)', async ({ app, page, expectNoAxeViolations }) => {
  test.setTimeout(120_000);
  await app.open('/overenskommelser');
  await expectNoAxeViolations('överenskommelser, tom');
  await app.loadExampleData();
  await app.goTo('Överenskommelser');
  await expectNoAxeViolations('överenskommelser');
  await page.getByRole('button', { name: 'Ny överenskommelse' }).click();
  await expectNoAxeViolations('dialogen Ny överenskommelse');
  await page.keyboard.press('Escape');
  await expect(app.dialog()).toHaveCount(0);
  await app.open('/overenskommelser/sammanstallning/2023');
  await expectNoAxeViolations('årssammanställningen');
  await app.open('/overenskommelser/sammanstallning/2016');
  await expectNoAxeViolations('årssammanställningen, ett år utan överenskommelse');
});

test('an agreement’s tabs and dialogs pass axe (WCAG 2.1 AA)', async ({ app, page, expectNoAxeViolations }) => {
  test.setTimeout(150_000);
  await app.loadExampleData();
  await app.goTo('Överenskommelser');
  await app.table('Överenskommelser').getByRole('link', { name: 'Västra länsdelen 2018–2023' }).click();
  await expectNoAxeViolations('överenskommelsens parter och underskrifter');
  for (const [button, name] of [
    ['Lägg till part', 'dialogen Lägg till part'],
    ['Lägg till undertecknare', 'dialogen Ny undertecknare'],
    ['Ändra', 'dialogen Ändra överenskommelse'],
    ['Lägg på dagordningen …', 'dialogen Lägg på dagordningen'],
  ] as const) {
    await page.getByRole('button', { name: button, exact: true }).first().click();
    await expectNoAxeViolations(name);
    await page.keyboard.press('Escape');
    await expect(app.dialog()).toHaveCount(0);
  }
  await page.getByRole('tab', { name: 'Återrapportering' }).click();
  await expectNoAxeViolations('överenskommelsens återrapportering');
  await page.getByRole('button', { name: 'Flytta sista dag …' }).click();
  await expectNoAxeViolations('dialogen Flytta sista dag');
  await page.keyboard.press('Escape');
  await page.getByRole('tab', { name: 'Åtaganden' }).click();
  await expectNoAxeViolations('överenskommelsens åtaganden');
  await page.getByRole('button', { name: 'Ange datum …' }).first().click();
  await expectNoAxeViolations('dialogen Årlig uppföljning');
  await page.keyboard.press('Escape');
  await page.getByRole('tab', { name: 'Möten' }).click();
  await expectNoAxeViolations('överenskommelsens möten');
});

test('a yearly report and its dialogs pass axe (WCAG 2.1 AA)', async ({ app, page, expectNoAxeViolations }) => {
  test.setTimeout(150_000);
  await app.loadExampleData();
  await app.goTo('Överenskommelser');
  await app.table('Överenskommelser').getByRole('link', { name: 'Södra länsdelen 2024–2029' }).click();
  await page.getByRole('tab', { name: 'Återrapportering' }).click();
  await page.getByRole('button', { name: 'Registrera redovisning' }).click();
  await expectNoAxeViolations('dialogen Registrera redovisning');
  await page.keyboard.press('Escape');
  await expect(app.dialog()).toHaveCount(0);

  await app.goTo('Överenskommelser');
  await app.table('Överenskommelser').getByRole('link', { name: 'Västra länsdelen 2018–2023' }).click();
  await page.getByRole('tab', { name: 'Återrapportering' }).click();
  await app.row('Redovisningar för 2023', 'Västra länsdelen').getByRole('link', { name: 'Västra länsdelen' }).click();
  await expect(app.heading()).toHaveText('Ekonomisk redovisning 2023: Västra länsdelen');
  await expectNoAxeViolations('en ekonomisk redovisning');
  for (const [button, name] of [
    ['Ändra status …', 'dialogen Status'],
    ['Ändra intäkter och kostnader …', 'dialogen Intäkter och kostnader'],
    ['Ändra händelser och personal …', 'dialogen Händelser och personal'],
  ] as const) {
    await page.getByRole('button', { name: button }).click();
    await expectNoAxeViolations(name);
    await page.keyboard.press('Escape');
    await expect(app.dialog()).toHaveCount(0);
  }
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

test('Word-mallar: a refused and an accepted template pass axe, by keyboard', async ({ app, page, expectNoAxeViolations }) => {
  await app.loadExampleData();
  const settings = new SettingsScreen(app);
  await settings.open();
  const protocol = page.getByRole('region', { name: 'Protokoll' });
  // The Mötestider template lacks the protocol's placeholders: refused, with the reasons listed.
  let chooser = page.waitForEvent('filechooser');
  await protocol.getByRole('button', { name: 'Välj egen mall …' }).focus();
  await page.keyboard.press('Enter');
  await (await chooser).setFiles('templates/motestider.docx');
  await expect(page.getByTestId('template-check-protocol')).toContainText('”motestider.docx” kan inte användas.');
  await expect(page.getByTestId('template-check-protocol')).toContainText('Mallen saknar {{seats.member}} och {{seats.deputy}}');
  await expectNoAxeViolations('en mall som inte kan användas');
  await protocol.getByRole('button', { name: 'Stäng' }).click();
  chooser = page.waitForEvent('filechooser');
  await protocol.getByRole('button', { name: 'Välj egen mall …' }).click();
  await (await chooser).setFiles('templates/protokoll.docx');
  await expect(page.getByTestId('template-check-protocol')).toContainText('”protokoll.docx” kan användas.');
  await expectNoAxeViolations('en mall som kan användas');
  await protocol.getByRole('button', { name: 'Använd mallen' }).click();
  await expect(page.getByTestId('template-in-use-protocol')).toContainText('Används: protokoll.docx (version');
  await protocol.getByRole('button', { name: 'Återställ standardmallen' }).click();
  await expect(page.getByTestId('template-in-use-protocol')).toHaveText('Används: Justeras standardmall (protokoll.docx).');
});

test('the calendar, year plan and their dialogs pass axe', async ({ app, page, expectNoAxeViolations }) => {
  // Many axe scans in one test: give it room on a busy machine.
  test.setTimeout(240_000);
  await app.loadExampleData();
  await expectNoAxeViolations('översikten med kommande möten');
  await page.keyboard.press('Alt+2');
  await expect(app.heading()).toHaveText('Kalender');
  await expectNoAxeViolations('kalendern som lista');
  await page.getByRole('tab', { name: 'Månad' }).click();
  await expectNoAxeViolations('kalendern som månad');
  await page.getByRole('tab', { name: 'Lista' }).click();

  await page.getByRole('button', { name: 'Nytt möte' }).click();
  await app.dialog('Nytt möte').getByRole('button', { name: 'Lägg till del' }).click();
  await expectNoAxeViolations('dialogen Nytt möte');
  await page.keyboard.press('Escape');
  await expect(app.dialog()).toHaveCount(0);

  await page.getByRole('button', { name: 'Ny händelse' }).click();
  await app.dialog('Ny händelse i årsplanen').getByRole('combobox', { name: 'Slag' }).selectOption({ label: 'Samverkansmöte' });
  await expectNoAxeViolations('dialogen Ny händelse');
  await page.keyboard.press('Escape');
  await expect(app.dialog()).toHaveCount(0);

  await page.getByRole('button', { name: 'Planera år …' }).click();
  await expect(app.dialog(/^Planera /).getByRole('button', { name: 'Föreslå datum' })).toBeEnabled();
  await expectNoAxeViolations('dialogen Planera år, regeln');
  await app.dialog(/^Planera /).getByRole('button', { name: 'Föreslå datum' }).click();
  await app.dialog(/^Planera /).getByLabel('Datum för möte 1').fill(`${new Date().getFullYear() + 1}-01-06`);
  await expectNoAxeViolations('dialogen Planera år, datumen med en varning');
  await app.dialog(/^Planera /).getByRole('button', { name: 'Avbryt' }).click();
  await expect(app.dialog()).toHaveCount(0);

  await page.getByRole('main').getByRole('row').filter({ hasText: 'Inställt' }).first().getByRole('button', { name: /^Åtgärder för/ }).click();
  await expectNoAxeViolations('menyn för ett möte');
  await page.getByRole('menuitem', { name: 'Ändra eller flytta …' }).click();
  await expectNoAxeViolations('dialogen Ändra mötet');
  await page.keyboard.press('Escape');
  await expect(app.dialog()).toHaveCount(0);

  await page.getByRole('button', { name: /^Mötestider/ }).click();
  await page.getByRole('menuitem', { name: 'Chefsgrupp folkhälsa' }).click();
  await expect(app.heading()).toHaveText(/^Mötestider/);
  await expectNoAxeViolations('mötestider för ett organ');
  await page.keyboard.press('PageUp');
  await page.keyboard.press('PageUp');
  await expectNoAxeViolations('mötestider 2024 med samverkansmöten');

  await page.keyboard.press('Alt+1');
  await page.getByRole('list', { name: 'Kommande möten' }).getByRole('link').first().click();
  await page.getByRole('button', { name: 'Ställ in …' }).click();
  await expectNoAxeViolations('dialogen Ställ in mötet');
  await page.keyboard.press('Escape');
  await expect(app.dialog()).toHaveCount(0);
});

test('search and history pass axe', async ({ app, page, expectNoAxeViolations }) => {
  test.setTimeout(120_000);
  await app.loadExampleData();
  await page.keyboard.press('Alt+7');
  await expect(app.heading()).toHaveText('Sök');
  await expectNoAxeViolations('sök utan sökord');
  await page.keyboard.press('Alt+8');
  await expect(app.heading()).toHaveText('Historik');
  await expectNoAxeViolations('beslutsregister utan beslut');

  const meeting = new MeetingScreen(app);
  await meeting.create('Specifika samverkansrådet för folkhälsa', '2024-05-17');
  await page.getByRole('tab', { name: 'Mötet' }).click();
  await page.getByRole('radiogroup', { name: 'Närvaro för Helena Strand' }).getByRole('radio', { name: 'Närvarande' }).check();
  await page.getByRole('navigation', { name: 'Mötets punkter' }).getByRole('button', { name: /^2\. Val av justerare/ }).click();
  const minutes = page.getByRole('textbox', { name: /^Anteckningar, punkt 2 / });
  await expect(minutes).toBeFocused();
  await page.keyboard.type('Kronobarnsmodellen nämndes.');
  await page.getByRole('textbox', { name: 'Beslut' }).fill('Till justerare utsågs Åsa Wennberg.');
  await page.getByRole('button', { name: 'Nytt uppdrag' }).click();
  await app.dialog('Nytt uppdrag').getByRole('textbox', { name: 'Uppdrag' }).fill('Skicka protokollet');
  await app.dialog('Nytt uppdrag').getByLabel('Klart senast').fill('2024-05-24');
  await app.dialog('Nytt uppdrag').getByRole('button', { name: 'Spara' }).click();
  await expect(app.dialog()).toHaveCount(0);

  await minutes.press('Control+Shift+F');
  await page.keyboard.type('kronobarnsmodell');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('list', { name: 'Sökträffar' }).getByRole('listitem')).toHaveCount(1);
  await expectNoAxeViolations('sökträffar');
  await page.getByRole('group', { name: 'Avgränsa sökningen' }).getByRole('checkbox', { name: 'Beslut' }).check();
  await expect(page.getByRole('heading', { name: /Inga träffar/ })).toBeVisible();
  await expectNoAxeViolations('inga träffar');
  await page.getByRole('group', { name: 'Avgränsa sökningen' }).getByRole('checkbox', { name: 'Beslut' }).uncheck();
  await page.getByRole('list', { name: 'Sökträffar' }).getByRole('link').click();
  await expect(page.getByTestId('search-highlight')).toBeVisible();
  await expectNoAxeViolations('punkten med markerade sökord');

  await page.keyboard.press('Alt+8');
  await page.getByRole('tabpanel').getByRole('combobox', { name: 'Organ' }).selectOption({ label: 'Specifika samverkansrådet för folkhälsa' });
  await page.getByRole('tabpanel').getByRole('combobox', { name: 'År' }).selectOption('2024');
  await expect(app.table('Beslut 2024, Specifika samverkansrådet för folkhälsa')).toBeVisible();
  await expectNoAxeViolations('beslutsregistret');
  await page.getByRole('tab', { name: 'Uppdrag' }).click();
  await expect(page.getByText('Försenat', { exact: true })).toBeVisible();
  await expectNoAxeViolations('uppdragsöversikten');
  await page.getByRole('tab', { name: 'Närvaro' }).click();
  await expect(page.getByRole('img', { name: /Andel av ledamotsplatserna/ })).toBeVisible();
  await expectNoAxeViolations('närvaro över tid');
});
