/**
 * Search as a user meets it: write minutes, find them again with an inflected word and a typo,
 * narrow by kind, open the hit by keyboard and see the words marked in the item; an edit is found
 * at once, and after a restart of the app the index is still there.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { MeetingScreen } from './pages/meeting-pages';
import { SearchScreen } from './pages/search-pages';

function editor(page: Page, title: string) {
  return page.getByRole('textbox', { name: new RegExp(`^Anteckningar, punkt \\d+ ${title}`) });
}

async function openItem(page: Page, title: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Mötets punkter' }).getByRole('button', { name: new RegExp(`\\d+\\. ${title}`) }).click();
  await expect(editor(page, title)).toBeFocused();
}

test('find minutes again by an inflected word or a typo, open the hit and see the words marked', async ({ app, page }) => {
  test.setTimeout(120_000);
  await app.loadExampleData();
  const meeting = new MeetingScreen(app);
  const search = new SearchScreen(app);
  await meeting.create('Chefsgrupp folkhälsa', '2024-08-28');
  await meeting.addItem('Uppföljning av samverkansöverenskommelserna', 20);
  await meeting.addItem('Gemensam handlingsplan', 30);

  await page.getByRole('tab', { name: 'Mötet' }).click();
  await openItem(page, 'Uppföljning av samverkansöverenskommelserna');
  await page.keyboard.type('Förslag 14 mars 2025, datumet ska kontrolleras så att det inte krockar med andra möten.');
  await page.getByRole('button', { name: 'Nytt uppdrag' }).click();
  await app.dialog('Nytt uppdrag').getByRole('textbox', { name: 'Uppdrag' }).fill('Temagrupp för hälsodagen');
  await app.dialog('Nytt uppdrag').getByRole('button', { name: 'Spara' }).click();
  await expect(app.dialog()).toHaveCount(0);
  await openItem(page, 'Gemensam handlingsplan');
  await page.keyboard.type('Temagruppen presenterade sina slutsatser. Handlingsplanen ska hjälpa oss att prioritera, inte bli en bruttolista.');
  await app.saved();

  // An inflected form: "handlingsplan" finds "Handlingsplanen", marked in the snippet. (In the
  // minutes Ctrl+K makes a link, so the search is reached with Ctrl+Shift+F from there.)
  await search.search('handlingsplan', 'Control+Shift+F');
  await expect(search.status()).toHaveText('1 träff för ”handlingsplan”.');
  const hit = search.hit(/Gemensam handlingsplan/);
  await expect(hit).toContainText('Chefsgrupp folkhälsa · onsdag 28 augusti 2024');
  await expect(hit).toContainText('Anteckningar:');
  await expect.poll(() => search.marked(hit)).toEqual(['handlingsplan', 'Handlingsplanen']);
  await page.screenshot({ path: test.info().outputPath('results.png') });

  // A typo, and a word in a task; the kind filter keeps the task only.
  await search.box().fill('hälsodgen');
  await expect(search.hits()).toHaveCount(1);
  await expect(search.hit(/Uppföljning av samverkansöverenskommelserna/)).toContainText('Uppdrag:');
  await search.box().fill('temagrupp');
  await expect(search.hits()).toHaveCount(2);
  await page.screenshot({ path: test.info().outputPath('results-two.png') });
  await search.onlyKind('Uppdrag');
  await expect(search.hits()).toHaveCount(1);
  await expect(search.hits().first()).toContainText('Temagrupp för hälsodagen');
  await search.onlyKind('Anteckning');
  await expect(search.hits()).toHaveCount(2);
  // The years of the meetings (the example calendar's too), newest first, after "Alla år".
  const years = page.getByRole('group', { name: 'Avgränsa sökningen' }).getByRole('combobox', { name: 'År' }).getByRole('option');
  await expect(years.first()).toHaveText('Alla år');
  await expect(years.last()).toHaveText('2024');

  // Open a hit by keyboard: arrow down from the box, Enter.
  await search.box().fill('handlingsplanen');
  await expect(search.hits()).toHaveCount(1);
  await search.box().focus();
  await page.keyboard.press('ArrowDown');
  await expect(search.hits().first().getByRole('link')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: /Gemensam handlingsplan/ })).toBeVisible();
  await expect(editor(page, 'Gemensam handlingsplan')).toContainText('Handlingsplanen ska hjälpa oss');
  await expect(page.getByTestId('search-highlight')).toContainText('Orden du sökte på (”handlingsplanen”) är markerade i punkten.');
  await expect.poll(() => search.highlighted()).toEqual(['handlingsplan', 'Handlingsplanen']);
  await page.screenshot({ path: test.info().outputPath('highlight.png') });

  // Marks follow the typing; and they can be taken away.
  await editor(page, 'Gemensam handlingsplan').press('Control+End');
  await page.keyboard.type(' En reviderad handlingsplan i december.');
  await expect.poll(() => search.highlighted()).toEqual(['handlingsplan', 'Handlingsplanen', 'handlingsplan']);
  await page.getByRole('button', { name: 'Ta bort markeringen' }).click();
  await expect.poll(() => search.highlighted()).toEqual([]);

  // What was just typed is found at once, without rebuilding the index.
  await editor(page, 'Gemensam handlingsplan').press('Control+K');
  await expect(app.dialog('Länk')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('tab', { name: 'Mötet' }).focus();
  await search.search('reviderad');
  await expect(search.hits()).toHaveCount(1);
  await expect.poll(() => search.marked(search.hits().first())).toEqual(['reviderad']);

  // After a restart the stored index answers (and the new words are still in it).
  await app.reload();
  await expect(search.hits()).toHaveCount(1);
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await search.box().fill('bruttolistan');
  await expect(search.hits()).toHaveCount(1);
});

test('the search screen says what to do when there is nothing to show', async ({ app, page }) => {
  await app.loadExampleData();
  const search = new SearchScreen(app);
  await page.keyboard.press('Alt+7');
  await expect(app.heading()).toHaveText('Sök');
  await expect(page.getByRole('heading', { name: 'Sök i alla möten' })).toBeVisible();
  await search.search('giraff');
  await expect(search.status()).toHaveText('Inga träffar för ”giraff”.');
  await expect(page.getByRole('heading', { name: 'Inga träffar för ”giraff”' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('no-hits.png') });
  await search.box().fill('och att');
  await expect(search.status()).toContainText('bara små ord');
});

test('what is typed in one window is found in another', async ({ app, page, context }) => {
  test.setTimeout(120_000);
  await app.loadExampleData();
  const meeting = new MeetingScreen(app);
  await meeting.create('Chefsgrupp folkhälsa', '2024-10-03');
  await meeting.addItem('Backa barnet', 20);
  await page.getByRole('tab', { name: 'Mötet' }).click();

  // A second window, already open on the search screen (its index loaded before the typing).
  const second = await context.newPage();
  await second.goto('/#/sok');
  const otherSearch = new SearchScreen(app, second);
  await otherSearch.box().fill('kronobarnsmodellen');
  await otherSearch.box().press('Enter');
  await expect(otherSearch.status()).toHaveText('Inga träffar för ”kronobarnsmodellen”.');

  await openItem(page, 'Backa barnet');
  await page.keyboard.type('I Kronoberg har samverkan inom Kronobarnsmodellen halverat placeringarna.');
  await expect(otherSearch.hits()).toHaveCount(1);
  await expect(otherSearch.hits().first()).toContainText('Backa barnet');
});
