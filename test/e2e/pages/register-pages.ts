import { expect, type Page } from '@playwright/test';
import type { AppPage } from './app-page';

export class PeopleScreen {
  constructor(
    private readonly app: AppPage,
    private readonly page: Page = app.page,
  ) {}

  async addPerson(person: { name: string; title?: string; organisation?: string; email?: string }): Promise<void> {
    await this.page.getByRole('button', { name: 'Ny person' }).click();
    const dialog = this.app.dialog('Ny person');
    await dialog.getByRole('textbox', { name: 'Namn', exact: true }).fill(person.name);
    if (person.title) await dialog.getByLabel('Titel').fill(person.title);
    if (person.organisation) await dialog.getByLabel('Organisation').selectOption({ label: person.organisation });
    if (person.email) await dialog.getByLabel('E-post').fill(person.email);
    await dialog.getByRole('button', { name: 'Spara' }).click();
  }

  async filter(text: string): Promise<void> {
    await this.page.getByRole('searchbox').fill(text);
  }
}

export class BodyScreen {
  constructor(
    private readonly app: AppPage,
    private readonly page: Page = app.page,
  ) {}

  async open(name: string): Promise<void> {
    await this.app.goTo('Organ');
    await this.page.getByRole('link', { name }).click();
    await expect(this.app.heading()).toHaveText(name);
  }

  async tab(name: 'Ledamöter' | 'Alla medlemskap' | 'Inställningar'): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }

  /** Opens "Nytt medlemskap" and fills it in; leaves the dialog to the caller's assertions on error. */
  async addMembership(m: { person: string; role: string; deputyFor?: string; from?: string; to?: string }): Promise<void> {
    await this.page.getByRole('button', { name: 'Nytt medlemskap' }).click();
    const dialog = this.app.dialog(/Nytt medlemskap/);
    const person = dialog.getByRole('combobox', { name: 'Person' });
    await person.pressSequentially(m.person);
    // Fluent renders the listbox in a portal outside the dialog.
    await this.page.getByRole('option', { name: new RegExp(`^${m.person}`) }).first().click();
    await dialog.getByLabel('Roll').selectOption({ label: m.role });
    if (m.deputyFor) {
      const select = dialog.getByLabel('Ersättare för');
      const value = await select.locator('option', { hasText: m.deputyFor }).first().getAttribute('value');
      await select.selectOption(value ?? '');
    }
    if (m.from) await dialog.getByLabel('Från och med').fill(m.from);
    if (m.to) await dialog.getByLabel('Till och med').fill(m.to);
    await dialog.getByRole('button', { name: 'Spara' }).click();
  }
}
