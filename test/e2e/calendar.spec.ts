import ICAL from 'ical.js';
import JSZip from 'jszip';
import { specialDaysOfYear } from '../../shared/domain/holidays';
import { expect, test } from './fixtures';
import { CalendarScreen } from './pages/calendar-pages';
import { MeetingScreen } from './pages/meeting-pages';

// Long flows with several downloads: room for a busy machine (no test here measures time).
test.describe.configure({ timeout: 180_000 });

const CHEFS = 'Chefsgrupp folkhälsa';
const COUNCIL = 'Specifika samverkansrådet för folkhälsa';

/** Paragraph texts of a .docx's main part. */
async function docxParagraphs(bytes: Buffer): Promise<string[]> {
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''))
    .filter(Boolean);
}

function calendarEvents(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

test('plan next year for a body by keyboard, see a holiday warning, export the .ics and the Word list', async ({ app, page }) => {
  const next = new Date().getFullYear() + 1;
  const midsummerEve = specialDaysOfYear(next).find((d) => d.name === 'Midsommarafton')!.date;
  await app.loadExampleData();
  const calendar = new CalendarScreen(app);
  await calendar.open();

  // Alt+P: plan a year. Chefsgrupp folkhälsa, next year, four Fridays per term, not weeks 27–32.
  await page.keyboard.press('Alt+P');
  const dialog = calendar.planDialog();
  await expect(dialog).toHaveAccessibleName(`Planera ${next} för ${CHEFS}`);
  await expect(dialog.getByRole('combobox', { name: 'Organ' })).toBeFocused();
  await page.keyboard.press('Tab'); // År
  await expect(dialog.getByRole('textbox', { name: 'År' })).toBeFocused();
  await page.keyboard.press('Tab'); // Möten på vårterminen
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('4');
  await page.keyboard.press('Tab'); // Möten på höstterminen
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('4');
  await page.keyboard.press('Tab'); // Veckodag
  await expect(dialog.getByRole('combobox', { name: 'Veckodag' })).toBeFocused();
  await page.keyboard.type('Fre');
  await expect(dialog.getByRole('combobox', { name: 'Veckodag' })).toHaveValue('5');
  await dialog.getByRole('textbox', { name: 'Inte dessa veckor' }).focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('27–32');
  await expect(dialog.getByText('Regel: 4 möten per termin, fredagar kl. 13.00–16.30, inte veckorna 27–32.')).toBeVisible();
  await page.keyboard.press('Enter');

  await expect(calendar.proposals()).toHaveCount(8);
  await expect(dialog.getByLabel('Datum för möte 1')).toBeFocused();
  await expect(dialog.getByText('8 möten, inga varningar')).toBeVisible();

  // Move the last spring meeting to midsommarafton: warned, never blocked.
  await dialog.getByLabel('Datum för möte 4').fill(midsummerEve);
  await expect(calendar.proposals().nth(3)).toContainText('Midsommarafton: de flesta är lediga.');
  await expect(dialog.getByText('8 möten, 1 varning')).toBeVisible();
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(dialog).toBeHidden();
  await expect(app.toast(`8 möten är inlagda för ${CHEFS} ${next}.`)).toBeVisible();
  await app.saved();

  // The year list shows next year with the warning beside the meeting.
  await expect(calendar.period()).toHaveText(String(next));
  const midsummerRow = calendar.entry(new RegExp(`fre ${Number(midsummerEve.slice(8))} juni`));
  await expect(midsummerRow).toContainText(CHEFS);
  await expect(midsummerRow).toContainText('Midsommarafton: de flesta är lediga.');

  // A samverkansmöte with its party and contact person (Alt+H: new event).
  await page.keyboard.press('Alt+H');
  const event = app.dialog('Ny händelse i årsplanen');
  await event.getByRole('combobox', { name: 'Slag' }).selectOption({ label: 'Samverkansmöte' });
  await event.getByRole('textbox', { name: 'Part' }).fill('Norr');
  await event.getByRole('combobox', { name: 'Kontaktperson' }).selectOption({ label: 'Ellinor Wass' });
  await event.getByRole('textbox', { name: 'Datum', exact: true }).fill(`${next}-09-21`);
  await event.getByRole('button', { name: 'Spara' }).click();
  await expect(event).toBeHidden();
  await expect(calendar.entry('Samverkansmöte: Norr')).toContainText(CHEFS);

  // Only Chefsgrupp folkhälsa, then Alt+K: the year as a calendar file for Outlook.
  await calendar.bodyFilter(COUNCIL).uncheck();
  const ics = await calendar.download(() => page.keyboard.press('Alt+K'));
  expect(ics.download.suggestedFilename()).toBe(`${CHEFS} ${next}.ics`);
  const events = calendarEvents(ics.bytes.toString('utf8'));
  const meetings = events.filter((e) => e.uid.startsWith('meeting-'));
  expect(meetings).toHaveLength(8);
  expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  const midsummer = meetings.find((e) => e.startDate.toString().startsWith(midsummerEve))!;
  expect(midsummer.summary).toBe(CHEFS);
  expect(midsummer.location).toBe('Lokal Enen, Eklundavägen 1, Örebro');
  expect(midsummer.component.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Stockholm');
  // 13.00 in Stockholm on midsommarafton is 11.00 UTC (summer time).
  expect(midsummer.startDate.toJSDate().toISOString()).toBe(`${midsummerEve}T11:00:00.000Z`);
  expect(midsummer.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
  const partner = events.find((e) => e.summary === 'Samverkansmöte: Norr')!;
  expect(partner.description).toContain('Kontaktperson: Ellinor Wass');
  expect(partner.startDate.isDate).toBe(true);

  // "Mötestider" for the body, in Word (Alt+W on its page).
  await page.getByRole('button', { name: `Mötestider ${next}` }).click();
  await page.getByRole('menuitem', { name: CHEFS }).click();
  await expect(app.heading()).toHaveText(`Mötestider ${next}`);
  await expect(page.getByRole('article')).toContainText(`${Number(midsummerEve.slice(8))} juni kl. 13.00–16.30`);
  const word = await calendar.download(() => page.keyboard.press('Alt+W'));
  expect(word.download.suggestedFilename()).toBe(`Mötestider ${next} ${CHEFS}.docx`);
  const text = await docxParagraphs(word.bytes);
  expect(text.slice(0, 2)).toEqual([`Mötestider ${next}`, CHEFS]);
  expect(text.filter((line) => / kl\. 13\.00–16\.30$/.test(line))).toHaveLength(8);
  expect(text).toContain(`${Number(midsummerEve.slice(8))} juni kl. 13.00–16.30`);
  expect(text).toContain(`Sista dag ${next}`);
  const table = text.slice(text.indexOf('Samverkansmöten'));
  expect(table).toEqual(['Samverkansmöten', 'Part', 'Datum', 'Kontaktperson', 'Norr', '21/9', 'Ellinor Wass']);
});

test('cancelling a meeting moves its agenda to the next one (undoable); a moved meeting keeps its agenda; the .ics says cancelled', async ({ app, page }) => {
  // The example calendar is planned around today: on this day the next Chefsgrupp meeting is the
  // year's last ordinary one, and the one after it the December meeting on next year's plan. (From
  // that last meeting on, the next one is the December meeting itself, with nothing after it.)
  await page.clock.setFixedTime(new Date('2026-11-24T10:00:00+01:00'));
  await app.loadExampleData();
  // The next Chefsgrupp meeting on the start screen has three topics of its own. Pointing at its
  // link already loads the meeting screen's code, before the click.
  const link = page.getByRole('list', { name: 'Kommande möten' }).getByRole('link', { name: CHEFS, exact: true }).first();
  const meetingCode = page.waitForRequest(/MeetingPage-[^/]*\.js$/);
  await link.hover();
  await meetingCode;
  await link.click();
  const meeting = new MeetingScreen(app);
  await expect(meeting.agenda()).toBeVisible();
  const cancelledUrl = page.url();
  const topics = ['Uppföljning av samverkansöverenskommelserna', 'Gemensam samverkansplan, arbetsgruppens förslag'];
  for (const topic of topics) await expect(meeting.item(topic)).toBeVisible();

  await page.getByRole('button', { name: 'Ställ in …' }).click();
  const cancel = app.dialog(/^Ställ in mötet/);
  await cancel.getByRole('textbox', { name: 'Anledning' }).fill('För få kan delta');
  const target = cancel.getByRole('combobox', { name: 'Flytta punkterna till' });
  const targetLabel = (await target.locator('option:checked').textContent())!;
  expect(targetLabel).toContain('Årsplan och mötestider');
  await expect(cancel.getByRole('checkbox', { name: topics[0] })).toBeChecked();
  await cancel.getByRole('button', { name: 'Ställ in mötet' }).click();
  await expect(cancel).toBeHidden();
  await expect(app.toast(/är inställt\. 3 punkter flyttades till mötet/)).toBeVisible();
  await expect(page.getByRole('main').getByText('Inställt', { exact: true })).toBeVisible();
  for (const topic of topics) await expect(meeting.item(topic)).toHaveCount(0);

  // Undo (Ctrl+Z) brings the meeting and its items back.
  await page.getByRole('heading', { level: 1 }).focus();
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(app.toast('Ångrat.')).toBeVisible();
  for (const topic of topics) await expect(meeting.item(topic)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ställ in …' })).toBeVisible();

  // Cancel again, this time moving the items.
  await page.getByRole('button', { name: 'Ställ in …' }).click();
  await app.dialog(/^Ställ in mötet/).getByRole('button', { name: 'Ställ in mötet' }).click();
  await expect(app.dialog(/^Ställ in mötet/)).toBeHidden();
  await app.saved();

  // Exported as cancelled.
  const calendar = new CalendarScreen(app);
  const ics = await calendar.download(() => page.getByRole('button', { name: 'Kalenderfil' }).click());
  const [cancelled] = calendarEvents(ics.bytes.toString('utf8'));
  expect(cancelled!.component.getFirstPropertyValue('status')).toBe('CANCELLED');
  expect(cancelled!.summary).toBe(`Inställt: ${CHEFS}`);
  const uid = cancelled!.uid;
  const sequence = cancelled!.sequence;

  // The items are on the next meeting; moving that meeting keeps them.
  await calendar.open();
  await calendar.entry('Årsplan och mötestider').getByRole('link').click();
  for (const topic of topics) await expect(meeting.item(topic)).toBeVisible();
  await page.getByRole('button', { name: 'Ändra', exact: true }).click();
  const details = app.dialog('Ändra mötet');
  const date = await details.getByLabel('Datum').inputValue();
  const moved = new Date(`${date}T12:00:00Z`);
  moved.setUTCDate(moved.getUTCDate() + 1);
  const movedIso = moved.toISOString().slice(0, 10);
  await details.getByLabel('Datum').fill(movedIso);
  await details.getByRole('button', { name: 'Spara' }).click();
  await expect(details).toBeHidden();
  await expect(app.toast('Mötet är ändrat.')).toBeVisible();
  for (const topic of topics) await expect(meeting.item(topic)).toBeVisible();

  // Re-exporting the cancelled meeting keeps its UID (Outlook updates the same entry).
  await page.goto(cancelledUrl);
  await expect(meeting.agenda()).toBeVisible();
  const again = await calendar.download(() => page.getByRole('button', { name: 'Kalenderfil' }).click());
  const [same] = calendarEvents(again.bytes.toString('utf8'));
  expect(same!.uid).toBe(uid);
  expect(same!.sequence).toBe(sequence);
});

test('the month grid names holidays and shows each body’s meetings; a joint meeting with time slots is edited in the details dialog', async ({ app, page }) => {
  await app.loadExampleData();
  const calendar = new CalendarScreen(app);
  await calendar.open();
  await page.keyboard.press('Alt+L');
  // Back to 2024: the seed year.
  const year = new Date().getFullYear();
  for (let y = year; y > 2024; y--) await page.getByRole('button', { name: /Föregående år/ }).click();
  await expect(calendar.period()).toHaveText('2024');
  await expect(calendar.entry('Gemensamt med social välfärd/vård och omsorgschefer och skolchefer')).toContainText('fre 15 nov.');
  await expect(calendar.entry('Samverkansmöte: Norr').first()).toContainText('tis 24 sep.');

  await calendar.entryAction('Gemensam träff med övriga specifika samverkansråd', 'Ändra eller flytta …');
  const details = app.dialog('Ändra mötet');
  await expect(details.getByRole('textbox', { name: 'Del 1, namn' })).toHaveValue('Rådets egna punkter');
  await expect(details.getByRole('textbox', { name: 'Del 2, namn' })).toHaveValue('Gemensamma punkter med rådet för social välfärd samt vård och omsorg');
  // Make it joint with Chefsgrupp folkhälsa and give the group a part of its own; too late a part is refused.
  await details.getByRole('checkbox', { name: CHEFS }).check();
  await details.getByRole('button', { name: 'Lägg till del' }).click();
  await details.getByRole('textbox', { name: 'Del 3, namn' }).fill('Chefsgruppens del');
  await details.getByLabel('Del 3, börjar').fill('11:00');
  await details.getByLabel('Del 3, slutar').fill('13:00');
  await details.getByRole('button', { name: 'Spara' }).click();
  await expect(details.getByText('Tiden ”Chefsgruppens del” måste ligga inom mötets tid.')).toBeVisible();
  await details.getByLabel('Del 3, slutar').fill('12:00');
  await details.getByRole('group', { name: 'Del 3 gäller' }).getByRole('checkbox', { name: COUNCIL }).uncheck();
  await details.getByRole('button', { name: 'Spara' }).click();
  await expect(details).toBeHidden();
  await expect(calendar.entry('Gemensam träff med övriga specifika samverkansråd')).toContainText(CHEFS);

  // The month grid: September 2024 with its meetings; December with julafton.
  await page.keyboard.press('Alt+M');
  const grid = page.getByTestId('month-grid');
  for (let m = Number(new Date().getMonth() + 1); m !== 9; m = m === 1 ? 12 : m - 1) await page.getByRole('button', { name: /Föregående månad/ }).click();
  await expect(calendar.period()).toHaveText('september 2024');
  await expect(grid.getByRole('cell', { name: /fredag 20 september 2024/ })).toContainText('Gemensam träff med övriga specifika samverkansråd');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(calendar.period()).toHaveText('november 2024');
  await expect(grid.getByRole('cell', { name: /lördag 2 november 2024/ })).toContainText('Alla helgons dag');
  // Hide the council: its meetings leave the grid, Chefsgrupp folkhälsa's stay.
  await expect(grid.getByRole('link', { name: /09\.00 Specifika samverkansrådet/ })).toHaveCount(1);
  await calendar.bodyFilter(COUNCIL).uncheck();
  await expect(grid.getByRole('link', { name: /09\.00 Specifika samverkansrådet/ })).toHaveCount(0);
  await expect(grid.getByRole('link', { name: /13\.00 Chefsgrupp folkhälsa/ })).toHaveCount(1);
  await page.keyboard.press('PageDown');
  await expect(grid.getByRole('cell', { name: /tisdag 24 december 2024/ })).toContainText('Julafton');
});
