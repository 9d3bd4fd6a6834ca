import { expect, test } from './fixtures';
import { MeetingScreen } from './pages/meeting-pages';
import { BodyScreen } from './pages/register-pages';

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
  await page.keyboard.type('Samverkansplanen nämndes.');
  await page.getByRole('textbox', { name: 'Beslut' }).fill('Till justerare utsågs Åsa Wennberg.');
  await page.getByRole('button', { name: 'Nytt uppdrag' }).click();
  await app.dialog('Nytt uppdrag').getByRole('textbox', { name: 'Uppdrag' }).fill('Skicka protokollet');
  await app.dialog('Nytt uppdrag').getByLabel('Klart senast').fill('2024-05-24');
  await app.dialog('Nytt uppdrag').getByRole('button', { name: 'Spara' }).click();
  await expect(app.dialog()).toHaveCount(0);

  await minutes.press('Control+Shift+F');
  await page.keyboard.type('samverkansplan');
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
  await expect(app.table('Beslut 2024, Specifika samverkansrådet för folkhälsa')).toBeVisible();
  await expectNoAxeViolations('beslutsregistret');
  await page.getByRole('tab', { name: 'Uppdrag' }).click();
  await expect(page.getByText('Försenat', { exact: true })).toBeVisible();
  await expectNoAxeViolations('uppdragsöversikten');
  await page.getByRole('tab', { name: 'Närvaro' }).click();
  await expect(page.getByRole('img', { name: /Andel av ledamotsplatserna/ })).toBeVisible();
  await expectNoAxeViolations('närvaro över tid');
});
