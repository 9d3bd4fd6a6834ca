import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { expect, test } from './fixtures';
import { MeetingScreen } from './pages/meeting-pages';

const COUNCIL = 'Specifika samverkansrådet för folkhälsa';

async function docxText(path: string): Promise<string> {
  const xml = await (await JSZip.loadAsync(await readFile(path))).file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''))
    .filter(Boolean)
    .join('\n');
}

test('attach a file by keyboard, send the kallelse (Word and e-mail), change the agenda, send the updated notice', async ({ app, page, context, expectNoAxeViolations }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await app.loadExampleData();
  const meeting = new MeetingScreen(app);
  await meeting.create(COUNCIL, '2026-12-11');
  await meeting.addItem('Healthy cities', 30);
  await meeting.addItem('TABB 2.0', 45);

  // An attachment, by keyboard, stored at once; shown in the agenda.
  const dialog = await meeting.openItem('Healthy cities');
  await meeting.attachByKeyboard(dialog, { name: 'Underlag Healthy cities.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 underlag') });
  await expect(dialog.getByRole('list', { name: 'Bifogade filer till Healthy cities' })).toContainText('Underlag Healthy cities.pdf');
  await expectNoAxeViolations('item dialog with an attachment');
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  await app.dialogsClosed();
  await expect(meeting.item('Healthy cities')).toContainText('1 bifogad fil');
  await expect(meeting.item('Healthy cities').getByRole('button', { name: /Spara Underlag Healthy cities.pdf/ })).toBeVisible();

  // The kallelse: Word file and e-mail text with the same content.
  let notice = await meeting.openNotice(/^Kallelse$/);
  const email = notice.getByRole('textbox', { name: 'E-posttext' });
  await expect(email).toHaveValue(/^Kallelse till Specifika samverkansrådet för folkhälsa\n\nDatum: fredag 11 december 2026\nTid: kl\. 09\.00–12\.00/);
  await expect(email).toHaveValue(/- Helena Strand, ordförande, Region Örebro län/);
  await expect(email).toHaveValue(/5\. Healthy cities\n {3}kl\. 09\.11–09\.41 · Information\n {3}Bifogade filer: Underlag Healthy cities\.pdf/);
  await expectNoAxeViolations('notice dialog');
  const word = await meeting.saveNoticeAsWord(notice);
  expect(word.suggestedFilename()).toBe('Kallelse Specifika samverkansrådet för folkhälsa 2026-12-11.docx');
  const text = await docxText((await word.path())!);
  expect(text).toMatch(/^Kallelse\nSpecifika samverkansrådet för folkhälsa\nDatumfredag 11 december 2026\nTidkl\. 09\.00–12\.00\nPlats/);
  expect(text).toContain('Helena Strand\nOrdförande\nRegion Örebro län');
  expect(text).toContain('5\n09.11–09.41\nHealthy cities\nInformation\n–');
  expect(text).toContain('5. Healthy cities: Underlag Healthy cities.pdf');
  expect(text.indexOf('Kallade')).toBeLessThan(text.indexOf('Dagordning'));

  await notice.getByRole('button', { name: 'Kopiera e-posttexten' }).click();
  await expect(app.toast('E-posttexten är kopierad. Klistra in den i Outlook.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^Kallelse: Specifika samverkansrådet för folkhälsa fredag 11 december 2026 kl\. 09\.00–12\.00\n\nKallelse till/);

  await notice.getByRole('button', { name: 'Markera kallelsen som skickad' }).click();
  await app.dialogsClosed();
  await expect(page.getByText('Kallelse skickad')).toBeVisible();

  // The chair changes the agenda after the notice.
  await meeting.addItem('Rapport från chefsgrupp folkhälsa', 10);
  await meeting.itemAction('TABB 2.0', 'Ta bort');

  notice = await meeting.openNotice(/Uppdaterad kallelse/);
  await expect(notice.getByText('2 ändringar sedan kallelsen')).toBeVisible();
  const updatedEmail = notice.getByRole('textbox', { name: 'E-posttext' });
  await expect(updatedEmail).toHaveValue(/^Uppdaterad kallelse till Specifika samverkansrådet för folkhälsa\n\nDagordningen har ändrats sedan kallelsen/);
  await expect(updatedEmail).toHaveValue(/- Tillagd: 6\. Rapport från chefsgrupp folkhälsa, kl\. 09\.41–09\.51\n- Borttagen: TABB 2\.0/);
  await expectNoAxeViolations('updated notice dialog');
  const updated = await meeting.saveNoticeAsWord(notice);
  expect(updated.suggestedFilename()).toBe('Uppdaterad kallelse Specifika samverkansrådet för folkhälsa 2026-12-11.docx');
  const updatedText = await docxText((await updated.path())!);
  expect(updatedText).toMatch(/^Uppdaterad kallelse\n/);
  expect(updatedText).toMatch(/Ändringar sedan kallelsen [^\n]*\nTillagd: 6\. Rapport från chefsgrupp folkhälsa, kl\. 09\.41–09\.51\nBorttagen: TABB 2\.0/);

  await notice.getByRole('button', { name: 'Markera den uppdaterade kallelsen som skickad' }).click();
  await app.dialogsClosed();
  await expect(page.getByText('Inga ändringar sedan den uppdaterade kallelsen skickades.')).toBeVisible();
  await page.getByRole('button', { name: 'Kallelse …' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/notice-meeting-page.png', fullPage: false });
});
