import { readFile, writeFile } from 'node:fs/promises';
import { formatLongDate } from '../../shared/domain/dates';
import JSZip from 'jszip';
import { expect, test } from './fixtures';
import { AgreementsScreen, ReportScreen } from './pages/agreement-pages';

/** Amounts are shown with no-break spaces ("1 120 000 kr"); tests write ordinary ones. */
const kr = (text: string) => text.replace(/ /g, '\u00a0');

const SEED_TITLE = 'Överenskommelse om samverkan för god, jämlik och jämställd hälsa i Örebro län 2024–2029';

// The signature page of the seed agreement, with invented names and the seed's dates.
const signatures: [party: string, name: string, role: string, signedOn: string][] = [
  ['Region Örebro län', 'Annika Lövström', 'Regionstyrelsens ordförande', '2023-11-09'],
  ['Region Örebro län', 'Mats Edvardsson', 'Regiondirektör', '2023-11-09'],
  ['Askersunds kommun', 'Kerstin Vallgren', 'Kommunstyrelsens ordförande', '2024-07-23'],
  ['Askersunds kommun', 'Jonas Hedberg', 'Kommunchef', '2024-07-03'],
  ['Hallsbergs kommun', 'Peter Sjöstedt', 'Kommunstyrelsens ordförande', '2024-06-23'],
  ['Hallsbergs kommun', 'Eva Lindmark', 'Kommundirektör', '2024-06-28'],
  ['Kumla kommun', 'Anders Rydell', 'Kommunstyrelsens ordförande', '2024-05-24'],
  ['Kumla kommun', 'Sara Blomqvist', 'Kommundirektör', '2024-05-24'],
  ['Laxå kommun', 'Bengt Olausson', 'Kommunstyrelsens ordförande', '2024-07-15'],
  ['Laxå kommun', 'Maria Frisk', 'Kommunchef', '2024-07-15'],
  ['Lekebergs kommun', 'Lotta Engdahl', 'Kommunstyrelsens ordförande', '2024-04-16'],
];

test('register the seed agreement with its signatures, see a report missing after 31 January, record it, export the year', async ({ app, page }) => {
  test.setTimeout(180_000);
  // Monday 3 February 2025: the reports for 2024 were due on Friday 31 January.
  await page.clock.setFixedTime(new Date('2025-02-03T10:00:00+01:00'));
  await app.loadExampleData();
  const agreements = new AgreementsScreen(app);
  await page.keyboard.press('Alt+6');
  await expect(app.heading()).toHaveText('Överenskommelser');

  // The example data already holds this agreement: remove it, then register it anew.
  await agreements.openAgreement('Södra länsdelen 2024–2029');
  await page.getByRole('button', { name: 'Ta bort överenskommelsen' }).click();
  await expect(app.heading()).toHaveText('Överenskommelser');
  await expect(agreements.agreementLink('Södra länsdelen 2024–2029')).toHaveCount(0);

  await agreements.createAgreement({ title: SEED_TITLE, from: '2024-01-01', to: '2029-12-31', countyPart: 'Söder' });
  await expect(app.heading()).toHaveText(SEED_TITLE);
  await expect(page.getByText('0 av 6 parter har skrivit under')).toBeVisible();
  for (const [party, name, role, signedOn] of signatures) await agreements.addSignatory(party, { name, role, signedOn });
  // Lekeberg's kommunchef has not signed yet: at a glance, who is missing.
  await agreements.addSignatory('Lekebergs kommun', { name: 'Håkan Wester', role: 'Kommunchef' });
  await expect(page.getByText('Väntar på underskrift från Lekebergs kommun.')).toBeVisible();
  await expect(agreements.party('Lekebergs kommun').getByText('Delvis underskriven')).toBeVisible();
  await expect(app.row('Undertecknare för Lekebergs kommun', 'Håkan Wester')).toContainText('Inte underskriven');
  await expect(page.getByText('5 av 6 parter har skrivit under')).toBeVisible();
  await agreements.setSigningDate('Lekebergs kommun', 'Håkan Wester', '2024-05-13');
  await expect(page.getByText('Alla parter har skrivit under.')).toBeVisible();
  await expect(page.getByText('Underskriven av alla parter 23 juli 2024')).toBeVisible();
  await expect(app.row('Undertecknare för Askersunds kommun', 'Jonas Hedberg')).toContainText('Kommunchef');

  // The signed document is attached and can be saved again, byte for byte.
  const pdf = Buffer.from('%PDF-1.7\n% underskriven överenskommelse södra länsdelen\n%%EOF\n');
  await agreements.attachSignedDocument({ name: 'overenskommelse-sodra-2024-2029.pdf', mimeType: 'application/pdf', buffer: pdf });
  // (Hashing and storing the file can take a while on a busy machine.)
  await expect(page.getByText('overenskommelse-sodra-2024-2029.pdf', { exact: true })).toBeVisible({ timeout: 30_000 });
  const copy = await agreements.download(page.getByRole('button', { name: 'Spara en kopia …' }));
  expect(copy.suggestedFilename()).toBe('overenskommelse-sodra-2024-2029.pdf');
  expect(await readFile((await copy.path())!)).toEqual(pdf);

  // After 31 January the 2024 report of södra länsdelen is late.
  await agreements.open();
  const late = agreements.openDuty('Ekonomisk redovisning 2024: Södra länsdelen');
  await expect(late).toContainText('31 januari 2025');
  await expect(late).toContainText('Försenad');
  await late.getByRole('link', { name: 'Ekonomisk redovisning 2024: Södra länsdelen' }).click();
  await expect(page.getByRole('tab', { name: 'Återrapportering' })).toHaveAttribute('aria-selected', 'true');
  const row = app.row('Redovisningar för 2024', 'Södra länsdelen');
  await expect(row).toContainText('Försenad');
  await expect(row).toContainText('Askersunds kommun, Hallsbergs kommun, Kumla kommun, Laxå kommun, Lekebergs kommun');

  // Record the report.
  await row.getByRole('button', { name: 'Registrera' }).click();
  const register = app.dialog('Registrera redovisning för 2024');
  await expect(register.getByLabel('Part eller länsdel')).toHaveValue(/countyPart/);
  await expect(register.getByLabel('Inkom den')).toHaveValue('2025-02-03');
  await register.getByLabel('Inskickad av').fill('Folkhälsochef södra länsdelen');
  await register.getByRole('button', { name: 'Spara' }).click();
  await expect(register).toBeHidden();
  await expect(row).toContainText('Inkommen');
  await expect(row).toContainText('3 februari 2025');

  await row.getByRole('link', { name: 'Södra länsdelen' }).click();
  await expect(app.heading()).toHaveText('Ekonomisk redovisning 2024: Södra länsdelen');
  const report = new ReportScreen(app);
  const figures = await report.fillFigures({
    income: { 'Ersättning från Region Örebro län': '1 120 000', 'Egen finansiering': '2 350 000' },
    costs: { Personalkostnader: '-2 900 000 kr', Lokalkostnader: '310 000', 'Verksamhets- och projektkostnader': '260 000' },
    statedIncome: '3 470 000',
    statedCost: '3 480 000',
  });
  // The dialog already says that the costs do not add up …
  await expect(figures.getByText(kr('Raderna: 3 470 000 kr')).nth(1)).toBeVisible();
  await figures.getByRole('button', { name: 'Spara' }).click();
  await expect(figures).toBeHidden();
  // … and the report keeps the stated total and warns, instead of a silent total.
  const warning = kr('Kostnadsraderna summerar till 3 470 000 kr, men redovisningen anger 3 480 000 kr (skillnad 10 000 kr).');
  await expect(page.getByText(warning)).toBeVisible();
  await expect(app.row('Kostnader', 'Personalkostnader')).toContainText(kr('2 900 000 kr'));
  const fixed = await report.fillFigures({ statedCost: '3 470 000' });
  await fixed.getByRole('button', { name: 'Spara' }).click();
  await expect(fixed).toBeHidden();
  await expect(page.getByText(warning)).toHaveCount(0);
  await page.getByRole('button', { name: 'Ändra status …' }).click();
  const status = app.dialog(/^Status för/);
  await status.getByLabel('Status').selectOption({ label: 'Komplett' });
  await status.getByRole('button', { name: 'Spara' }).click();
  await expect(status).toBeHidden();
  await app.saved();

  // The year's summary: payments, own contributions, nobody missing.
  await agreements.open();
  await expect(agreements.openDuty('Ekonomisk redovisning 2024: Södra länsdelen')).toHaveCount(0);
  await page.getByRole('button', { name: 'Årssammanställning' }).click();
  await expect(app.heading()).toHaveText('Ekonomisk redovisning 2024 – sammanställning');
  const summaryRow = app.row('Redovisningar 2024', 'Södra länsdelen');
  await expect(summaryRow).toContainText('Komplett');
  await expect(summaryRow).toContainText(kr('1 120 000 kr'));
  await expect(summaryRow).toContainText(kr('2 350 000 kr'));
  await expect(page.getByText('Alla redovisningar för 2024 har kommit in.')).toBeVisible();

  const csv = await agreements.download(page.getByRole('button', { name: 'Spara som CSV …' }));
  expect(csv.suggestedFilename()).toBe('Ekonomisk redovisning 2024 – sammanställning.csv');
  const bytes = await readFile((await csv.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).split('\r\n');
  expect(lines[0]).toMatch(/^År;Part eller länsdel;Ingående organisationer;Överenskommelse;Status;Sista dag;/);
  expect(lines[1]).toBe(
    '2024;Södra länsdelen;Askersunds kommun, Hallsbergs kommun, Kumla kommun, Laxå kommun, Lekebergs kommun;' +
      'Södra länsdelen 2024–2029;Komplett;2025-01-31;nej;2025-02-03;1120000;2350000;3470000;3470000;0;2,1;',
  );

  const word = await agreements.download(page.getByRole('button', { name: 'Spara som Word …' }));
  expect(word.suggestedFilename()).toBe('Ekonomisk redovisning 2024 – sammanställning.docx');
  const zip = await JSZip.loadAsync(await readFile((await word.path())!));
  const xml = await zip.file('word/document.xml')!.async('string');
  expect(xml).toContain('Ekonomisk redovisning 2024 – sammanställning');
  expect(xml).toContain('Södra länsdelen (5 kommuner)');
  expect(xml).toContain(kr('1 120 000'));
  expect(xml).toContain('Alla redovisningar för 2024 har kommit in.');
});

test('an agreement and a report go on a meeting’s agenda, and the meetings link back', async ({ app, page }) => {
  await app.loadExampleData();
  const agreements = new AgreementsScreen(app);
  await agreements.open();
  await agreements.openAgreement('Västra länsdelen 2018–2023');
  await agreements.tab('Återrapportering');
  // The common template, to send to the parties.
  const template = await agreements.download(page.getByRole('button', { name: 'Mall för 2023 (Word)' }));
  expect(template.suggestedFilename()).toBe('Mall ekonomisk redovisning 2023.docx');
  const templateXml = await (await JSZip.loadAsync(await readFile((await template.path())!))).file('word/document.xml')!.async('string');
  expect(templateXml).toContain('Ekonomisk redovisning 2023');
  expect(templateXml).toContain('3. De tre viktigaste händelserna');
  expect(templateXml).toContain('15 februari 2024');

  await app.row('Redovisningar för 2023', 'Västra länsdelen').getByRole('link', { name: 'Västra länsdelen' }).click();
  await expect(app.heading()).toHaveText('Ekonomisk redovisning 2023: Västra länsdelen');
  // The seed report's costs are 1 kr off its printed total: shown, not hidden.
  await expect(page.getByText(kr('Kostnadsraderna summerar till 8 362 083 kr, men redovisningen anger 8 362 082 kr (skillnad 1 kr).'))).toBeVisible();

  // Create a new meeting for the council from the dialog (opened by keyboard: Alt+L). The example
  // calendar has meetings planned already, so the dialog offers those first.
  const date = new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  await page.keyboard.press('Alt+L');
  const dialog = app.dialog('Lägg på dagordningen');
  await dialog.getByRole('radio', { name: 'Nytt möte …' }).check();
  await expect(dialog.getByRole('radio', { name: 'Nytt möte …' })).toBeChecked();
  await dialog.getByLabel('Organ').selectOption({ label: 'Specifika samverkansrådet för folkhälsa' });
  await dialog.getByLabel('Datum').fill(date);
  await expect(dialog.getByLabel('Rubrik på dagordningen')).toHaveValue('Återrapportering av medel 2023: Västra länsdelen');
  await dialog.getByRole('button', { name: 'Lägg till punkten' }).click();
  await expect(dialog).toBeHidden();
  const mention = app.row('Möten där redovisningen behandlats', 'Specifika samverkansrådet för folkhälsa');
  await expect(mention).toContainText('Återrapportering av medel 2023: Västra länsdelen');

  // The agreement itself goes on the same meeting, now offered in the list.
  await page.getByRole('link', { name: 'Västra länsdelen 2018–2023' }).click();
  await page.getByRole('button', { name: 'Lägg på dagordningen …' }).first().click();
  const again = app.dialog('Lägg på dagordningen');
  const sameMeeting = again.getByRole('radio', { name: `Specifika samverkansrådet för folkhälsa, ${formatLongDate(date)}` });
  await sameMeeting.check();
  await expect(sameMeeting).toBeChecked();
  await again.getByRole('button', { name: 'Lägg till punkten' }).click();
  await expect(again).toBeHidden();
  await agreements.tab('Möten');
  const table = app.table('Möten där överenskommelsen behandlats');
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(app.row('Möten där överenskommelsen behandlats', 'Återrapportering av medel')).toContainText('Ekonomisk redovisning 2023, Västra länsdelen');
  await expect(app.row('Möten där överenskommelsen behandlats', 'Uppföljning av samverkansöverenskommelsen')).toContainText('Överenskommelsen');

  // Survives a reload.
  await app.reload();
  await agreements.tab('Möten');
  await expect(app.table('Möten där överenskommelsen behandlats').getByRole('row')).toHaveCount(3);
});

test('refused input is explained where it belongs and changes nothing', async ({ app, page }, testInfo) => {
  await app.loadExampleData();
  const agreements = new AgreementsScreen(app);
  await agreements.open();
  await agreements.openAgreement('Örebro kommun 2018–2023');

  // A file over 25 MB is refused with its size and the limit.
  // (Written to disk first: a file path reaches the browser at once, a 26 MB buffer crawls through the protocol.)
  const large = testInfo.outputPath('skannad.pdf');
  await writeFile(large, Buffer.alloc(26 * 1024 * 1024, 1));
  await agreements.attachSignedDocument(large);
  await expect(page.getByRole('listitem', { name: 'Filen ”skannad.pdf” är för stor (26 MB). Största tillåtna storlek är 25 MB.' })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByText('Inget underskrivet dokument är bifogat.', { exact: false })).toBeVisible();

  // A signing date in the future.
  await agreements.party('Örebro kommun').getByRole('button', { name: 'Lägg till undertecknare' }).click();
  const signatory = app.dialog('Ny undertecknare för Örebro kommun');
  await signatory.getByRole('textbox', { name: 'Namn' }).fill('Vera Holm');
  await signatory.getByLabel('Underskrivet den').fill('2099-01-01');
  await signatory.getByRole('button', { name: 'Spara' }).click();
  await expect(signatory.getByText('Underskriften kan inte vara daterad efter i dag (1 januari 2099).')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(app.row('Undertecknare för Örebro kommun', 'Vera Holm')).toHaveCount(0);

  // Öre in a report, and a deadline before the year has ended.
  await agreements.tab('Återrapportering');
  await app.row('Redovisningar för 2023', 'Örebro kommun').getByRole('link', { name: 'Örebro kommun' }).click();
  const figures = await new ReportScreen(app).fillFigures({ income: { 'Ersättning Region Örebro län': '1 005 000,50' } });
  await figures.getByRole('button', { name: 'Spara' }).click();
  await expect(figures.getByText('Rad 1 bland intäkterna: Ange hela kronor (utan öre): ”1 005 000,50”.')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(app.row('Intäkter', 'Ersättning Region Örebro län')).toContainText(kr('1 005 000 kr'));
});
