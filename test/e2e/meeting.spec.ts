/**
 * A whole meeting like the seed's minnesanteckningar (Chefsgrupp folkhälsa, 28 August 2024),
 * recorded with the keyboard only: every step focuses a control (as Tab would) and presses keys.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function press(target: Locator, key = 'Enter'): Promise<void> {
  await target.focus();
  await target.press(key);
}

function editor(page: Page, number: number) {
  return page.getByRole('textbox', { name: new RegExp(`^Anteckningar, punkt ${number} `) });
}

test('a whole meeting is recorded by keyboard only and is all there after a reload', async ({ app, page }) => {
  test.setTimeout(240_000);
  await app.open('/');
  await press(page.getByRole('button', { name: 'Läs in exempeldata' }));
  await expect(app.heading()).toHaveText('Översikt');

  // A new meeting for Chefsgrupp folkhälsa.
  await page.keyboard.press('Alt+3');
  await press(page.getByRole('link', { name: 'Chefsgrupp folkhälsa' }));
  await press(page.getByRole('tab', { name: 'Möten', exact: true }));
  await press(page.getByRole('button', { name: 'Nytt möte' }));
  await page.getByRole('dialog').getByLabel('Datum').fill('2024-08-28');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('list', { name: 'Dagordning' })).toBeVisible();

  // Two items of the day, by Alt+N.
  for (const [title, minutes] of [
    ['Om forskningsprojektet Helhetssyn och fragmentisering', '30'],
    ['Uppföljning av samverkansöverenskommelserna', '20'],
  ] as const) {
    await page.keyboard.press('Alt+N');
    await page.keyboard.type(title);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab'); // past the kinds to the minutes (the radio group is one tab stop)
    await page.getByRole('spinbutton', { name: 'Planerad tid' }).fill(minutes);
    await page.getByRole('spinbutton', { name: 'Planerad tid' }).press('Enter');
    await expect(page.getByRole('dialog')).toHaveCount(0);
  }

  // To the meeting: attendance with single keys.
  await press(page.getByRole('tab', { name: 'Mötet' }));
  const attendance = page.getByRole('list', { name: 'Närvaro' });
  await expect(attendance).toBeVisible();
  await attendance.getByRole('radio').first().focus();
  const rows = await attendance.getByTestId('attendance-row').allInnerTexts();
  for (const row of rows) await page.keyboard.press(row.startsWith('Hanna Stenberg') ? 'F' : row.startsWith('Oskar Brandt') ? 'A' : 'N');
  await expect(page.getByText(/närvarande · 1 anmält förhinder · 1 frånvarande/)).toBeVisible();

  // A guest joins.
  await press(page.getByRole('button', { name: 'Lägg till gäst eller tjänsteperson' }));
  await page.getByRole('dialog').getByRole('textbox', { name: 'Namn' }).fill('Ada Forsman');
  await page.getByRole('dialog').getByRole('textbox', { name: 'Titel' }).fill('Forskare, Linköpings universitet');
  await page.getByRole('dialog').getByRole('textbox', { name: 'Titel' }).press('Enter');
  await expect(attendance.getByTestId('attendance-row').filter({ hasText: 'Ada Forsman' })).toContainText('Gäst');

  // Start; item 1 takes the cursor.
  await press(page.getByRole('button', { name: 'Starta mötet' }));
  await expect(editor(page, 1)).toBeFocused();
  await page.keyboard.type('Mona hälsades välkommen som ny medlem i FH-chefsgruppen, vi inledde med en presentationsrunda.');

  // Item 2: a bullet list and a text module (Ctrl+Shift+2: "Inga synpunkter kring föregående anteckningar.").
  await page.keyboard.press('Alt+PageDown');
  await expect(editor(page, 2)).toBeFocused();
  await page.keyboard.type('- Dagordningen godkändes, några punkter lades till under övrigt.');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Shift+Digit2');
  await expect(editor(page, 2).getByRole('listitem')).toHaveCount(2);

  // Item 3, the round: one field per present member.
  await page.keyboard.press('Alt+PageDown');
  await expect(editor(page, 3)).toBeFocused();
  await press(page.getByRole('textbox', { name: 'Jessica Norberg' }), 'Home');
  await page.keyboard.type('FH konferens Degerfors – 18/10');
  await page.getByRole('textbox', { name: 'Fredrika Alm' }).focus();
  await page.keyboard.type('Pep fsk flyter på, temagrupperna behöver få en bättre uppslutning.');

  // Item 4: the research project, with italics.
  await page.keyboard.press('Alt+PageDown');
  await expect(editor(page, 4)).toBeFocused();
  await page.keyboard.press('Control+I');
  await page.keyboard.type('Helhetssyn och fragmentisering i styrningen av lokalt folkhälsoarbete');
  await page.keyboard.press('Control+I');
  await page.keyboard.type(' presenterades av gästen.');

  // Item 5: a working group with a convener and a first meeting, and a point for the county parts.
  await page.keyboard.press('Alt+PageDown');
  await expect(editor(page, 5)).toBeFocused();
  await page.keyboard.type('Förslag 14 mars 2025, datumet ska kontrolleras.');
  await press(page.getByRole('button', { name: 'Nytt uppdrag' }));
  const task = page.getByRole('dialog');
  await task.getByRole('textbox', { name: 'Uppdrag' }).fill('Arbetsgrupp för uppföljningsdagen');
  for (const name of ['Ellinor Wass', 'Fredrika Alm', 'Petra Isaksson']) await press(task.getByRole('checkbox', { name }), 'Space');
  await task.getByRole('combobox', { name: 'Sammankallande' }).selectOption({ label: 'Ellinor Wass' });
  await task.getByLabel('Klart senast').fill('2024-09-18');
  await task.getByRole('textbox', { name: 'Nästa steg' }).fill('Möte planerat till den 18/9 kl 10–11');
  await task.getByRole('textbox', { name: 'Nästa steg' }).press('Enter');
  await expect(page.getByRole('list', { name: 'Uppdrag' })).toContainText('Ellinor Wass (sammankallande)');
  const forwardTo = page.getByRole('combobox', { name: 'Skickas vidare till' });
  await forwardTo.focus();
  await page.keyboard.type('Länsdelsgrupperna');
  await page.getByRole('textbox', { name: 'Som punkt' }).focus();
  await page.keyboard.type('Datum uppföljningsdagen i vår');
  await page.keyboard.press('Enter');

  // End the meeting.
  await press(page.getByRole('button', { name: 'Avsluta mötet' }));
  await expect(page.getByText('Mötet är genomfört')).toBeVisible();
  await app.saved();

  // Everything is there after a reload.
  await app.reload();
  await expect(page.getByText('Genomfört').first()).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Mötets punkter' });
  await press(nav.getByRole('button', { name: /^1\. / }));
  await expect(editor(page, 1)).toContainText('Mona hälsades välkommen');
  await press(nav.getByRole('button', { name: /^2\. / }));
  await expect(editor(page, 2).getByRole('listitem')).toHaveText([
    'Dagordningen godkändes, några punkter lades till under övrigt.',
    'Inga synpunkter kring föregående anteckningar.',
  ]);
  await press(nav.getByRole('button', { name: /^3\. / }));
  await expect(page.getByRole('textbox', { name: 'Jessica Norberg' })).toHaveValue('FH konferens Degerfors – 18/10');
  await press(nav.getByRole('button', { name: /^4\. / }));
  await expect(editor(page, 4).locator('em')).toHaveText('Helhetssyn och fragmentisering i styrningen av lokalt folkhälsoarbete');
  await press(nav.getByRole('button', { name: /^5\. / }));
  await expect(page.getByRole('list', { name: 'Uppdrag' })).toContainText('Arbetsgrupp för uppföljningsdagen');
  await expect(page.getByRole('textbox', { name: 'Som punkt' })).toHaveValue('Datum uppföljningsdagen i vår');
  await press(nav.getByRole('button', { name: /^Närvaro/ }));
  await expect(attendance.getByTestId('attendance-row').filter({ hasText: 'Hanna Stenberg' }).getByRole('radio', { name: 'Frånvarande' })).toBeChecked();

  // In a low window the agenda is taller than the screen: it scrolls within itself and keeps the
  // current item in view while Alt+PageDown walks to the last one.
  await page.setViewportSize({ width: 1280, height: 420 });
  const entries = nav.getByRole('button');
  const count = await entries.count();
  for (let i = 0; i < count; i++) await page.keyboard.press('Alt+PageDown');
  await expect(entries.last()).toHaveAttribute('aria-current', 'step');
  await expect(entries.last()).toBeInViewport();
});

test('the next meeting follows up the open tasks and can close them', async ({ app, page }) => {
  await app.loadExampleData();
  await page.keyboard.press('Alt+3');
  await page.getByRole('link', { name: 'Chefsgrupp folkhälsa' }).click();
  await page.getByRole('tab', { name: 'Möten', exact: true }).click();
  for (const date of ['2024-08-28', '2024-10-03']) {
    await page.getByRole('button', { name: 'Nytt möte' }).click();
    await page.getByRole('dialog').getByLabel('Datum').fill(date);
    await page.getByRole('dialog').getByRole('button', { name: 'Spara' }).click();
    await expect(page.getByRole('list', { name: 'Dagordning' })).toBeVisible();
    if (date === '2024-08-28') {
      await page.getByRole('tab', { name: 'Mötet' }).click();
      await page.getByRole('navigation', { name: 'Mötets punkter' }).getByRole('button', { name: /^1\. / }).click();
      await page.getByRole('button', { name: 'Nytt uppdrag' }).click();
      await page.getByRole('dialog').getByRole('textbox', { name: 'Uppdrag' }).fill('Bjuda in forskaren till Projify');
      await page.getByRole('dialog').getByRole('button', { name: 'Spara' }).click();
      await expect(page.getByRole('list', { name: 'Uppdrag' })).toContainText('Bjuda in forskaren');
      await app.goTo('Organ');
      await page.getByRole('link', { name: 'Chefsgrupp folkhälsa' }).click();
      await page.getByRole('tab', { name: 'Möten', exact: true }).click();
    }
  }
  await page.getByRole('tab', { name: 'Mötet' }).click();
  await page.getByRole('navigation', { name: 'Mötets punkter' }).getByRole('button', { name: 'Uppföljning av uppdrag' }).click();
  const followUp = page.getByRole('list', { name: 'Uppdrag att följa upp' });
  await expect(followUp).toContainText('Bjuda in forskaren till Projify (från mötet 28 augusti 2024)');
  await followUp.getByRole('checkbox').click();
  await expect(followUp.getByRole('checkbox')).toBeChecked();
  // The box ticks at once (optimistically); the reload comes after the header says it is stored.
  await app.saved();
  await app.reload();
  await page.getByRole('navigation', { name: 'Mötets punkter' }).getByRole('button', { name: 'Uppföljning av uppdrag' }).click();
  await expect(page.getByRole('list', { name: 'Uppdrag att följa upp' }).getByRole('checkbox')).toBeChecked();
});

test('two windows on the same meeting stay consistent', async ({ app, page, context }) => {
  await app.loadExampleData();
  await page.keyboard.press('Alt+3');
  await page.getByRole('link', { name: 'Chefsgrupp folkhälsa' }).click();
  await page.getByRole('tab', { name: 'Möten', exact: true }).click();
  await page.getByRole('button', { name: 'Nytt möte' }).click();
  await page.getByRole('dialog').getByLabel('Datum').fill('2026-11-23');
  await page.getByRole('dialog').getByRole('button', { name: 'Spara' }).click();
  await page.getByRole('tab', { name: 'Mötet' }).click();
  await page.getByRole('navigation', { name: 'Mötets punkter' }).getByRole('button', { name: /^1\. / }).click();

  const second = await context.newPage();
  await second.goto(page.url());
  await second.getByRole('navigation', { name: 'Mötets punkter' }).getByRole('button', { name: /^1\. / }).click();

  await editor(page, 1).click();
  // The text ends in its last key, so seeing it whole in the second window means every key of the
  // first arrived (the editor writes in batches: a trailing space could still be on its way and
  // merge after what the second window types).
  await page.keyboard.type('Skrivet i det första fönstret.');
  await expect(editor(second, 1)).toContainText('Skrivet i det första fönstret.');
  await editor(second, 1).click();
  await second.keyboard.press('Control+End');
  await second.keyboard.type(' Och i det andra.');
  await expect(editor(page, 1)).toContainText('Skrivet i det första fönstret. Och i det andra.');

  // Attendance marked in one window shows in the other.
  await page.getByRole('navigation', { name: 'Mötets punkter' }).getByRole('button', { name: /^Närvaro/ }).click();
  await second.getByRole('navigation', { name: 'Mötets punkter' }).getByRole('button', { name: /^Närvaro/ }).click();
  await page.getByRole('radiogroup', { name: 'Närvaro för Göran Bergsten' }).getByRole('radio', { name: 'Närvarande' }).check();
  await expect(second.getByRole('radiogroup', { name: 'Närvaro för Göran Bergsten' }).getByRole('radio', { name: 'Närvarande' })).toBeChecked();
});
