/**
 * Justering end to end: the secretary sends the protocol for review and saves a review package; a
 * justerare at another organisation opens it in their own Justera, comments and approves; the
 * secretary reads the approval file, records the chair's approval received by e-mail, and the
 * protocol is signed and locked.
 */
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { MeetingScreen } from './pages/meeting-pages';

const COUNCIL = 'Specifika samverkansrådet för folkhälsa';

test('draft → review package → approval file → signed', async ({ app, page, browser }, testInfo) => {
  test.setTimeout(180_000);
  await app.loadExampleData();
  const meeting = new MeetingScreen(app);
  await meeting.create(COUNCIL, '2024-05-17');
  await meeting.addItem('Healthy cities', 20);

  // At the meeting: attendance, justerare, a few words.
  await page.getByRole('tab', { name: 'Mötet' }).click();
  for (const name of ['Helena Strand', 'Louise Hammar', 'Åsa Wennberg', 'Marie Ekdahl']) {
    await page.getByRole('radiogroup', { name: `Närvaro för ${name}` }).getByRole('radio', { name: 'Närvarande' }).check();
  }
  const nav = page.getByRole('navigation', { name: 'Mötets punkter' });
  await nav.getByRole('button', { name: /^2\. Val av justerare/ }).click();
  await page.getByRole('group', { name: 'Justerare' }).getByRole('checkbox', { name: /Åsa Wennberg/ }).check();
  await page.getByRole('button', { name: /Skriv in: ”Till justerare utsågs Åsa Wennberg, Nora kommun\.”/ }).click();
  await nav.getByRole('button', { name: /Healthy cities/ }).click();
  await page.getByRole('textbox', { name: /^Anteckningar, punkt 5 / }).click();
  await page.keyboard.type('Rapport från Healthy Cities årskonferens.');
  await app.saved();

  // Send for review and save the package.
  await page.getByRole('tab', { name: 'Protokoll' }).click();
  await expect(page.getByRole('article', { name: /Protokoll/ })).toContainText('Till justerare utsågs Åsa Wennberg, Nora kommun.');
  await page.getByRole('button', { name: 'Skicka för justering' }).click();
  await expect(page.getByText('Version 1 för justering')).toBeVisible();
  await expect(page.getByTestId('pending')).toHaveText('Väntar på: Louise Hammar, Helena Strand, Åsa Wennberg.');
  const packagePath = testInfo.outputPath('justering.json');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Spara justeringsfil …' }).click();
  await (await download).saveAs(packagePath);

  // The justerare, on her own machine.
  const context = await browser.newContext({ locale: 'sv-SE', timezoneId: 'Europe/Stockholm', acceptDownloads: true });
  const adjuster = new AppPage(await context.newPage());
  await adjuster.open('/');
  const chooser = adjuster.page.waitForEvent('filechooser');
  await adjuster.page.keyboard.press('Control+Shift+O');
  await (await chooser).setFiles(packagePath);
  await expect(adjuster.heading()).toContainText('Protokoll Specifika samverkansrådet för folkhälsa');
  await expect(adjuster.page.getByRole('article')).toContainText('Rapport från Healthy Cities årskonferens.');
  await adjuster.page.getByRole('combobox', { name: 'Du svarar som' }).selectOption({ label: 'Åsa Wennberg' });
  await adjuster.page.getByRole('textbox', { name: /Kommentar till 5\. Healthy cities/ }).fill('Bra sammanfattning.');
  const approvalPath = testInfo.outputPath('godkannande.json');
  const answer = adjuster.page.waitForEvent('download');
  await adjuster.page.getByRole('button', { name: 'Spara svar som fil …' }).click();
  await (await answer).saveAs(approvalPath);
  await context.close();

  // Back at the secretary: the approval file, her own approval, the chair's by e-mail.
  const approvalChooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Läs in godkännande …' }).click();
  await (await approvalChooser).setFiles(approvalPath);
  await expect(app.toast('Åsa Wennberg har godkänt version 1.')).toBeVisible();
  await expect(page.getByText('Bra sammanfattning.')).toBeVisible();
  for (const name of ['Louise Hammar (sekreterare)', 'Helena Strand (ordförande)']) {
    await page.getByRole('button', { name: 'Registrera godkännande …' }).click();
    const dialog = app.dialog(/Registrera godkännande/);
    await dialog.getByRole('combobox', { name: 'Vem' }).selectOption({ label: name });
    await dialog.getByLabel('Datum').fill('2024-06-17');
    await dialog.getByRole('button', { name: 'Registrera' }).click();
    await app.dialogsClosed();
  }
  // "Justerat den" is the day of the last approval (the justerare's file was answered today).
  await expect(page.getByText(/^Justerat den \d{1,2} [a-zåäö]+ \d{4}$/)).toBeVisible();
  await expect(page.getByText(/Protokollet är justerat och låst\. Kontrollkod [0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}/)).toBeVisible();

  // The signed protocol to Word, in the default template, then checked back.
  const wordPath = testInfo.outputPath('protokoll.docx');
  const word = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportera justerat protokoll till Word …' }).click();
  const wordDownload = await word;
  expect(wordDownload.suggestedFilename()).toBe('Protokoll Specifika samverkansrådet för folkhälsa 17 maj 2024 version 1 justerat.docx');
  await wordDownload.saveAs(wordPath);
  const zip = await JSZip.loadAsync(await readFile(wordPath));
  const documentXml = await zip.file('word/document.xml')!.async('string');
  const text = documentXml.replace(/<w:tab\/>/g, ' ').replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');
  expect(text).toContain('Specifika samverkansrådet för folkhälsa');
  expect(text).toContain('Vid protokollet');
  expect(text).toContain('Åsa Wennberg');
  expect(text).toContain('Rapport från Healthy Cities årskonferens.');
  expect(text).toMatch(/Justerat den: \d{1,2} [a-zåäö]+ \d{4}/);
  const code = (await page.getByText(/Protokollet är justerat och låst\. Kontrollkod/).textContent())!.match(/[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}/)![0];
  const footerXml = await zip.file('word/footer1.xml')!.async('string');
  expect(footerXml.replace(/<[^>]+>/g, '')).toContain(`Kontrollkod ${code}`);
  expect(await zip.file('docProps/custom.xml')!.async('string')).toContain(`<vt:lpwstr>${code}</vt:lpwstr>`);
  await expect(app.toast(`Word-filen är sparad (kontrollkod ${code}, mall Justeras standardmall (protokoll.docx)).`)).toBeVisible();
  await expect(page.getByRole('list', { name: 'Exporterade Word-filer' }).getByRole('listitem')).toHaveText([
    new RegExp(`version 1, justerad, kontrollkod ${code}, mall Justeras standardmall \\(protokoll\\.docx\\) \\([0-9A-F]{8}\\)$`),
  ]);
  const checkChooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Kontrollera Word-fil …' }).click();
  await (await checkChooser).setFiles(wordPath);
  await expect(page.getByTestId('word-check')).toContainText(`Filen stämmer med protokollet för Specifika samverkansrådet för folkhälsa 17 maj 2024, version 1`);

  // Locked: the minutes can no longer be edited.
  await page.getByRole('tab', { name: 'Mötet' }).click();
  await nav.getByRole('button', { name: /Healthy cities/ }).click();
  await expect(page.getByText('Punkten är justerad och kan inte ändras.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: /^Anteckningar, punkt 5 / })).toHaveAttribute('contenteditable', 'false');
});
