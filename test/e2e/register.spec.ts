import { expect, test } from './fixtures';
import { BodyScreen, PeopleScreen } from './pages/register-pages';

test('first start offers example data; the register survives a reload', async ({ app, page }) => {
  await app.open('/');
  await expect(app.heading()).toHaveText('Välkommen till Justera');
  await app.loadExampleData();

  // Add a person through the UI.
  await app.goTo('Personer');
  const people = new PeopleScreen(app);
  await people.addPerson({ name: 'Vera Lundqvist', title: 'Kommunalråd', organisation: 'Kumla kommun', email: 'vera.lundqvist@exempel.se' });
  await expect(app.row('Personer', 'Vera Lundqvist')).toContainText('Kumla kommun');

  // Make her an ersättare in the council, paired with Kumla's ledamot, replacing the current one.
  const body = new BodyScreen(app);
  await body.open('Specifika samverkansrådet för folkhälsa');
  await body.tab('Alla medlemskap');
  await body.addMembership({ person: 'Vera Lundqvist', role: 'Ersättare', deputyFor: 'Jenny Palm' });
  // Kumla already has an ersättare: the rule is explained and nothing is saved.
  await expect(app.dialog(/Nytt medlemskap/).getByText('Jenny Palm har redan en ersättare (Rasmus Östlund) under samma period.')).toBeVisible();
  await app.dialog(/Nytt medlemskap/).getByRole('button', { name: 'Avbryt' }).click();

  // End Rasmus Östlund's membership, then pair Vera from the day after.
  await app.row('Medlemskap', 'Rasmus Östlund').getByRole('button', { name: /Ändra Rasmus Östlunds medlemskap/ }).click();
  await app.dialog('Ändra medlemskap').getByLabel('Till och med').fill('2025-12-31');
  await app.dialog('Ändra medlemskap').getByRole('button', { name: 'Spara' }).click();
  await expect(app.dialog('Ändra medlemskap')).toBeHidden();
  await body.addMembership({ person: 'Vera Lundqvist', role: 'Ersättare', deputyFor: 'Jenny Palm', from: '2026-01-01' });
  await expect(app.dialog(/Nytt medlemskap/)).toBeHidden();
  await app.saved();

  await app.reload();
  await expect(app.heading()).toHaveText('Specifika samverkansrådet för folkhälsa');
  await body.tab('Ledamöter');
  await page.getByLabel('Sammansättningen den').fill('2026-03-01');
  await expect(app.row('Ledamöter och ersättare', 'Jenny Palm')).toContainText('Vera Lundqvist, Kumla kommun');
  await page.getByLabel('Sammansättningen den').fill('2025-06-01');
  await expect(app.row('Ledamöter och ersättare', 'Jenny Palm')).toContainText('Rasmus Östlund, Kumla kommun');

  await app.goTo('Personer');
  await expect(app.row('Personer', 'Vera Lundqvist')).toContainText('vera.lundqvist@exempel.se');
});

test('impossible input gets a Swedish message beside the field and changes nothing', async ({ app, page }) => {
  await app.loadExampleData();
  const body = new BodyScreen(app);
  await body.open('Chefsgrupp folkhälsa');
  await body.tab('Alla medlemskap');
  const before = await app.table('Medlemskap').getByRole('row').count();
  await body.addMembership({ person: 'Jakob Sandgren', role: 'Ledamot', from: '2025-03-01', to: '2025-01-31' });
  await expect(app.dialog(/Nytt medlemskap/).getByText(/Medlemskapet kan inte sluta \(31 januari 2025\) innan det börjar \(1 mars 2025\)/)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(app.table('Medlemskap').getByRole('row')).toHaveCount(before);

  await app.goTo('Personer');
  await new PeopleScreen(app).addPerson({ name: 'Göran Bergsten', organisation: 'Region Örebro län' });
  await expect(app.dialog('Ny person').getByText('Det finns redan en person som heter Göran Bergsten på Region Örebro län.')).toBeVisible();
});

test('the register can be used by keyboard alone', async ({ app, page }) => {
  await app.loadExampleData();
  await page.keyboard.press('Alt+5');
  await expect(app.heading()).toHaveText('Organisationer');
  await page.keyboard.press('Alt+N');
  const dialog = app.dialog('Ny organisation');
  await expect(dialog.getByRole('textbox', { name: 'Namn', exact: true })).toBeFocused();
  await page.keyboard.type('Folkhälsomyndigheten');
  await page.keyboard.press('Tab'); // Kortnamn
  await page.keyboard.press('Tab'); // Typ
  await page.keyboard.type('Myndighet');
  await expect(dialog.getByRole('combobox', { name: 'Typ' })).toHaveValue('authority');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter'); // Enter in a text field saves the form
  await expect(dialog).toBeHidden();
  await expect(app.row('Organisationer', 'Folkhälsomyndigheten')).toBeVisible();

  // Delete with the keyboard, then undo with Ctrl+Z.
  const remove = app.row('Organisationer', 'Folkhälsomyndigheten').getByRole('button', { name: 'Ta bort Folkhälsomyndigheten' });
  await remove.focus();
  await page.keyboard.press('Enter');
  await expect(app.row('Organisationer', 'Folkhälsomyndigheten')).toHaveCount(0);
  await page.locator('body').focus();
  await page.keyboard.press('Control+Z');
  await expect(app.row('Organisationer', 'Folkhälsomyndigheten')).toBeVisible();

  // The list of shortcuts is one key away.
  await page.locator('body').focus();
  await page.keyboard.press('?');
  const shortcuts = app.dialog('Kortkommandon');
  await expect(shortcuts).toBeVisible();
  await expect(shortcuts.getByRole('row', { name: /Ny organisation/ })).toContainText('Alt + N');
  await page.keyboard.press('Escape');
  await expect(shortcuts).toBeHidden();
});

test('a screen whose code cannot be loaded says so in Swedish, and opens when tried again', async ({ app, page }) => {
  await app.open('/');
  // The Organisations screen's own chunk fails to arrive (a damaged installation, a dropped connection).
  await page.route(/OrganisationsPage-[^/]*\.js$/, (route) => route.abort());
  app.expectedProblems.push(/Failed to load resource/, /\[screen\] the screen could not be loaded/);
  await app.nav('Organisationer').click();
  await expect(app.heading()).toHaveText('Skärmen kunde inte öppnas');
  await expect(page.getByText('Den här delen av Justera kunde inte läsas in')).toBeVisible();

  await page.unroute(/OrganisationsPage-[^/]*\.js$/);
  await page.getByRole('button', { name: 'Försök igen' }).click();
  await expect(app.heading()).toHaveText('Organisationer');
});
