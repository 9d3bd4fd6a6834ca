/**
 * Historik as a secretary uses it after a meeting: the decision register of the body's year (and
 * its Word file, read back), who still owes what, and attendance over time (and its CSV file).
 */
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { expect, test } from './fixtures';
import { MeetingScreen } from './pages/meeting-pages';
import { HistoryScreen } from './pages/search-pages';

const COUNCIL = 'Specifika samverkansrådet för folkhälsa';

test('the decision register, the task overview and attendance over time, with their exports', async ({ app, page }) => {
  test.setTimeout(150_000);
  await app.loadExampleData();
  const meeting = new MeetingScreen(app);
  const history = new HistoryScreen(app);
  await meeting.create(COUNCIL, '2024-05-17');

  // Attendance: the chair and Askersund's ledamot, and Degerfors' ersättare for its ledamot.
  await page.getByRole('tab', { name: 'Mötet' }).click();
  for (const name of ['Helena Strand', 'Gunnar Holm', 'Kent Åberg']) {
    await page.getByRole('radiogroup', { name: `Närvaro för ${name}` }).getByRole('radio', { name: 'Närvarande' }).check();
  }
  await page.getByRole('radiogroup', { name: 'Närvaro för Tomas Wiklund' }).getByRole('radio', { name: 'Anmält förhinder' }).check();

  // A decision under "Val av justerare", by acclamation, and a task with a date that has passed.
  const items = page.getByRole('navigation', { name: 'Mötets punkter' });
  await items.getByRole('button', { name: /^2\. Val av justerare/ }).click();
  // The item puts the cursor in its minutes once loaded; only then move to the decision.
  await expect(page.getByRole('textbox', { name: /^Anteckningar, punkt 2 / })).toBeFocused();
  await page.getByRole('textbox', { name: 'Beslut' }).fill('Till justerare utsågs Gunnar Holm, Askersunds kommun.');
  await page.getByRole('radio', { name: 'Med acklamation' }).check();
  await page.getByRole('button', { name: 'Nytt uppdrag' }).click();
  const task = app.dialog('Nytt uppdrag');
  await task.getByRole('textbox', { name: 'Uppdrag' }).fill('Skicka protokollet till justeraren');
  await task.getByRole('checkbox', { name: 'Gunnar Holm' }).check();
  await task.getByLabel('Klart senast').fill('2024-05-24');
  await task.getByRole('button', { name: 'Spara' }).click();
  await expect(app.dialog()).toHaveCount(0);
  await app.saved();

  // The decision register.
  await history.open('Beslut');
  await history.choose('Organ', COUNCIL);
  await history.choose('År', '2024');
  const register = app.table(`Beslut 2024, ${COUNCIL}`);
  await expect(register.getByRole('row')).toHaveCount(2);
  await expect(register.getByRole('row').nth(1)).toContainText('17 maj 20242Val av justerareTill justerare utsågs Gunnar Holm, Askersunds kommun.Med acklamation');
  await page.screenshot({ path: test.info().outputPath('register.png') });
  const word = await history.exportDownload('Exportera till Word');
  expect(word.suggestedFilename()).toBe(`Beslutsregister 2024 ${COUNCIL}.docx`);
  const zip = await JSZip.loadAsync(await readFile(await word.path()));
  const xml = await zip.file('word/document.xml')!.async('string');
  expect(xml).toContain('Beslutsregister 2024');
  expect(xml).toContain('Till justerare utsågs Gunnar Holm, Askersunds kommun.');
  expect(xml).toContain('Med acklamation');

  // The title links to the item in the meeting.
  await register.getByRole('link', { name: 'Val av justerare' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /Val av justerare/ })).toBeVisible();

  // Who owes what: the task is overdue, under its owner; by body it is under the council.
  await history.open('Uppdrag');
  await expect(page.getByRole('main').getByRole('status')).toHaveText('1 uppdrag är inte klart, varav 1 är försenat. Totalt 1 uppdrag.');
  const owned = app.table('Uppdrag, Gunnar Holm');
  await expect(owned.getByRole('row').nth(1)).toContainText('Skicka protokollet till justeraren');
  await expect(owned.getByRole('row').nth(1)).toContainText('Försenat');
  await page.getByRole('radio', { name: 'Organ' }).check();
  await expect(app.table(`Uppdrag, ${COUNCIL}`)).toContainText('Skicka protokollet till justeraren');
  await page.screenshot({ path: test.info().outputPath('tasks.png') });

  // Attendance over time: 3 of the 16 seats were filled (the ersättare fills Degerfors' seat).
  await history.open('Närvaro');
  await history.choose('Organ', COUNCIL);
  await expect(page.getByRole('img', { name: /Andel av ledamotsplatserna.*2024: 19 % \(3 av 16 platser, 1 möte\)/ })).toBeVisible();
  const perOrganisation = app.table(`Närvaro per organisation, ${COUNCIL}`);
  await expect(app.row(`Närvaro per organisation, ${COUNCIL}`, 'Degerfors kommun')).toContainText('100 %');
  await expect(app.row(`Närvaro per organisation, ${COUNCIL}`, 'Kumla kommun')).toContainText('0 %');
  await expect(perOrganisation.getByRole('row').last()).toContainText('Alla ledamotsplatser19 % (3 av 16 platser)');
  await page.setViewportSize({ width: 1280, height: 1500 });
  await page.screenshot({ path: test.info().outputPath('attendance.png') });
  await page.setViewportSize({ width: 1280, height: 720 });
  const csv = await history.exportDownload('Exportera till Excel (CSV)');
  expect(csv.suggestedFilename()).toBe(`Närvaro ${COUNCIL}.csv`);
  const bytes = await readFile(await csv.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').split('\r\n');
  expect(lines[0]).toBe('Organ;År;Organisation;Möten;Närvarande;Andel (%)');
  expect(lines).toContain(`${COUNCIL};2024;Degerfors kommun;1;1;100`);
  expect(lines).toContain(`${COUNCIL};2024;Alla ledamotsplatser;16;3;18,8`);
});
