import type { Browser } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { MeetingScreen } from './pages/meeting-pages';

const COUNCIL = 'Specifika samverkansrådet för folkhälsa';

async function setName(app: AppPage, name: string): Promise<void> {
  await app.goTo('Inställningar');
  await app.page.getByRole('textbox', { name: 'Ditt namn' }).fill(name);
  await app.page.getByRole('button', { name: 'Spara namnet' }).click();
  await expect(app.toast('Ditt namn är sparat.')).toBeVisible();
}

test('the chair shapes the agenda by keyboard, postpones, pulls from the backlog, and sees what changed', async ({ app, page }) => {
  test.setTimeout(120_000);
  await app.loadExampleData();
  await setName(app, 'Helena Strand');
  const meeting = new MeetingScreen(app);
  await meeting.create(COUNCIL, '2026-12-11');
  const later = page.url();
  await meeting.create(COUNCIL, '2027-02-05');
  await page.goto(later);
  await expect(meeting.agenda()).toBeVisible();

  await meeting.addItem('Healthy cities', 30);
  await meeting.addItem('TABB 2.0', 45);
  await meeting.addItem('Arbetssätt i rådet', 20);
  expect(await meeting.titles()).toEqual([
    'Mötet öppnas', 'Val av justerare', 'Godkännande av dagordning', 'Föregående möte och protokoll',
    'Healthy cities', 'TABB 2.0', 'Arbetssätt i rådet', 'Övriga frågor', 'Mötet avslutas',
  ]);
  await expect(meeting.item('Healthy cities')).toContainText('09.11–09.41');

  await page.getByRole('button', { name: 'Markera kallelsen som skickad' }).click();
  await expect(page.getByText('Kallelse skickad')).toBeVisible();

  // Keyboard only: lift TABB 2.0 with Space, two steps up, drop with Space. Each step is announced
  // (dnd-kit's live region: on lifting, at once where the item is over); the next key waits for it,
  // as a person listening would (a key pressed before the lift has measured the list moves nothing).
  const announced = page.locator('[id^="DndLiveRegion"]');
  await meeting.item('TABB 2.0').getByRole('button', { name: /^Flytta punkt 6, TABB 2.0/ }).focus();
  await page.keyboard.press('Space');
  await expect(announced).toHaveText('Punkten TABB 2.0 är nu över plats 6 av 9.');
  await page.keyboard.press('ArrowUp');
  await expect(announced).toHaveText('Punkten TABB 2.0 är nu över plats 5 av 9.');
  await page.keyboard.press('ArrowUp');
  await expect(announced).toHaveText('Punkten TABB 2.0 är nu över plats 4 av 9.');
  await page.keyboard.press('Space');
  await expect.poll(() => meeting.titles()).toEqual([
    'Mötet öppnas', 'Val av justerare', 'Godkännande av dagordning', 'TABB 2.0', 'Föregående möte och protokoll',
    'Healthy cities', 'Arbetssätt i rådet', 'Övriga frågor', 'Mötet avslutas',
  ]);
  // Alt+Arrow moves directly; numbering and times follow at once.
  await meeting.item('TABB 2.0').getByRole('button', { name: /^Flytta punkt 4, TABB 2.0/ }).focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(meeting.item('TABB 2.0').getByRole('button', { name: /^Flytta punkt 5, TABB 2.0/ })).toBeVisible();
  await expect(meeting.item('TABB 2.0')).toContainText('09.11–09.56');

  // Too much on the plan: a warning, never silence.
  await meeting.addItem('Regional samverkan för familjecentral', 90);
  await expect(page.getByTestId('overrun')).toContainText('efter mötets sluttid kl. 12.00');

  // Postpone one item to the next meeting.
  await meeting.itemAction('Arbetssätt i rådet', 'Skjut upp …');
  const postpone = app.dialog(/Skjut upp/);
  await postpone.getByRole('textbox', { name: 'Anteckning i protokollet' }).fill('Punkten skjuts till kommande möte på grund av lågt deltagande.');
  await postpone.getByRole('button', { name: 'Skjut upp' }).click();
  await expect(meeting.item('Arbetssätt i rådet')).toContainText('Uppskjuten: mötet 5 februari 2027');

  // Changes since the notice, with who did them.
  const changes = page.getByRole('list', { name: 'Alla ändringar' });
  await expect(changes).toContainText('Helena Strand flyttade ”TABB 2.0”');
  await expect(changes).toContainText('Helena Strand lade till punkten ”Regional samverkan för familjecentral”');
  await expect(page.getByRole('list', { name: 'Skillnad mot kallelsen' })).toContainText('Tillagd: Regional samverkan för familjecentral');

  // Backlog: add a theme on the body, pull it into this meeting.
  await app.goTo('Organ');
  await page.getByRole('link', { name: COUNCIL }).click();
  await page.getByRole('tab', { name: 'Till kommande möten' }).click();
  await page.getByRole('button', { name: 'Nytt tema' }).click();
  const topic = app.dialog(/Nytt tema/);
  await topic.getByRole('textbox', { name: 'Tema' }).fill('Tema genus');
  await topic.getByRole('spinbutton', { name: 'Uppskattad tid' }).fill('25');
  await topic.getByRole('combobox', { name: 'Önskas' }).selectOption('term');
  await topic.getByRole('textbox', { name: 'Termin' }).fill('hösten 2026');
  await topic.getByRole('button', { name: 'Spara' }).click();
  await expect(app.row('Till kommande möten', 'Tema genus')).toContainText('hösten 2026');
  await page.goto(later);
  await page.getByRole('button', { name: 'Hämta från Till kommande möten' }).click();
  await app.dialog(/Till kommande möten/).getByRole('button', { name: 'Lägg Tema genus på dagordningen' }).click();
  await app.dialog(/Till kommande möten/).getByRole('button', { name: 'Klar' }).click();
  await expect(meeting.item('Tema genus')).toContainText('25 min');

  // Everything is still there after a reload.
  await app.reload();
  await expect(meeting.item('Tema genus')).toBeVisible();
  await expect(meeting.item('Arbetssätt i rådet')).toContainText('Uppskjuten');
});

async function chairContext(browser: Browser) {
  const context = await browser.newContext({ locale: 'sv-SE', timezoneId: 'Europe/Stockholm', acceptDownloads: true });
  const page = await context.newPage();
  return { context, app: new AppPage(page) };
}

test('the chair works on the agenda from a meeting file; both sides’ edits survive the merge', async ({ app, page, browser }, testInfo) => {
  await app.loadExampleData();
  await setName(app, 'Louise Hammar');
  const secretary = new MeetingScreen(app);
  await secretary.create(COUNCIL, '2026-12-11');
  await secretary.addItem('Healthy cities', 30);
  await page.getByRole('button', { name: 'Markera kallelsen som skickad' }).click();
  const outgoing = testInfo.outputPath('till-ordforande.json');
  await (await secretary.saveMeetingFile()).saveAs(outgoing);

  // The chair, on another machine that has never seen the meeting.
  const { context, app: chairApp } = await chairContext(browser);
  await chairApp.open('/');
  await setName(chairApp, 'Helena Strand');
  const chooser = chairApp.page.waitForEvent('filechooser');
  await chairApp.page.keyboard.press('Control+O');
  await (await chooser).setFiles(outgoing);
  const chair = new MeetingScreen(chairApp);
  await expect(chair.item('Healthy cities')).toBeVisible();
  await chair.addItem('TABB 2.0', 45);
  const reply = testInfo.outputPath('fran-ordforande.json');
  await (await chair.saveMeetingFile()).saveAs(reply);

  // Meanwhile the secretary added an item of her own.
  await secretary.addItem('Rapport från chefsgrupp folkhälsa', 15);
  await secretary.readMeetingFile(reply);
  await expect(app.toast(/Ändringarna från Helena Strand är inlästa/)).toBeVisible();
  await expect(secretary.item('TABB 2.0')).toBeVisible();
  await expect(secretary.item('Rapport från chefsgrupp folkhälsa')).toBeVisible();
  await expect(secretary.item('Healthy cities')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Alla ändringar' })).toContainText('Helena Strand lade till punkten ”TABB 2.0”');
  await expect(page.getByRole('list', { name: 'Alla ändringar' })).toContainText('Louise Hammar lade till punkten ”Rapport från chefsgrupp folkhälsa”');

  // A file for another meeting is refused with a clear message.
  await secretary.create(COUNCIL, '2027-02-05');
  await secretary.readMeetingFile(reply);
  await expect(app.toast(/Filen gäller ett annat möte/)).toBeVisible();
  await context.close();
});
