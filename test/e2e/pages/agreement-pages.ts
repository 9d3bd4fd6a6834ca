/**
 * The agreement screens as a user sees them: the list with "Kommande och försenade", one
 * agreement's tabs, a report, and the year's summary. Speaks by role and Swedish label.
 */
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import type { AppPage } from './app-page';

export class AgreementsScreen {
  constructor(
    private readonly app: AppPage,
    private readonly page: Page = app.page,
  ) {}

  async open(): Promise<void> {
    await this.app.goTo('Överenskommelser');
  }

  /** The agreements table's link to one agreement (by its short name, e.g. "Södra länsdelen 2024–2029"). */
  agreementLink(label: string): Locator {
    return this.app.table('Överenskommelser').getByRole('link', { name: label, exact: true });
  }

  async openAgreement(label: string): Promise<void> {
    await this.agreementLink(label).click();
    await expect(this.page.getByRole('tablist', { name: 'Överenskommelsens delar' })).toBeVisible();
  }

  openDuty(title: string): Locator {
    return this.app.row('Kommande och försenade', title);
  }

  async createAgreement(a: { title: string; from: string; to: string; countyPart: 'Norr' | 'Söder' | 'Väster' | 'Örebro' }): Promise<void> {
    await this.page.getByRole('button', { name: 'Ny överenskommelse' }).click();
    const dialog = this.app.dialog('Ny överenskommelse');
    await dialog.getByRole('textbox', { name: 'Rubrik' }).fill(a.title);
    await dialog.getByLabel('Gäller från och med').fill(a.from);
    await dialog.getByLabel('Gäller till och med').fill(a.to);
    await dialog.getByRole('button', { name: a.countyPart, exact: true }).click();
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await expect(dialog).toBeHidden();
  }

  async tab(name: 'Parter och underskrifter' | 'Återrapportering' | 'Åtaganden' | 'Möten'): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }

  party(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  async addSignatory(party: string, s: { name: string; role: string; signedOn?: string }): Promise<void> {
    await this.party(party).getByRole('button', { name: 'Lägg till undertecknare' }).click();
    const dialog = this.app.dialog(`Ny undertecknare för ${party}`);
    await dialog.getByRole('textbox', { name: 'Namn' }).fill(s.name);
    await dialog.getByRole('combobox', { name: 'Roll' }).fill(s.role);
    if (s.signedOn) await dialog.getByLabel('Underskrivet den').fill(s.signedOn);
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await expect(dialog).toBeHidden();
  }

  async setSigningDate(party: string, name: string, signedOn: string): Promise<void> {
    await this.party(party).getByRole('button', { name: `Ändra ${name}` }).click();
    const dialog = this.app.dialog(`Ändra undertecknare för ${party}`);
    await dialog.getByLabel('Underskrivet den').fill(signedOn);
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await expect(dialog).toBeHidden();
  }

  async attachSignedDocument(file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: /Bifoga underskrivet dokument|Byt fil/ }).click();
    await (await chooser).setFiles(file);
  }

  /** Clicks a button that saves a file and returns the download (the browser build's saveFile). */
  async download(button: Locator): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await button.click();
    return download;
  }
}

export class ReportScreen {
  constructor(
    private readonly app: AppPage,
    private readonly page: Page = app.page,
  ) {}

  /** Fills the figures dialog: the template's rows by their label, extra rows added at the end. */
  async fillFigures(f: {
    income?: Record<string, string>;
    costs?: Record<string, string>;
    statedIncome?: string;
    statedCost?: string;
  }): Promise<Locator> {
    await this.page.getByRole('button', { name: /(Fyll i|Ändra) intäkter och kostnader/ }).click();
    const dialog = this.app.dialog(/^Intäkter och kostnader/);
    const fill = async (what: 'intäkterna' | 'kostnaderna', rows: Record<string, string>) => {
      const group = dialog.getByRole('group', { name: what === 'intäkterna' ? 'Intäkter' : 'Kostnader' });
      const labels = group.getByRole('textbox', { name: new RegExp(`^Benämning, ${what} rad`) });
      const count = await labels.count();
      for (const [label, amount] of Object.entries(rows)) {
        let index = -1;
        for (let i = 0; i < count; i += 1) if ((await labels.nth(i).inputValue()).startsWith(label)) index = i;
        if (index < 0) throw new Error(`no row ${label}`);
        await group.getByRole('textbox', { name: `Belopp, ${what} rad ${index + 1}` }).fill(amount);
      }
    };
    if (f.income) await fill('intäkterna', f.income);
    if (f.costs) await fill('kostnaderna', f.costs);
    if (f.statedIncome !== undefined) await dialog.getByRole('textbox', { name: 'Summa intäkter' }).fill(f.statedIncome);
    if (f.statedCost !== undefined) await dialog.getByRole('textbox', { name: 'Summa kostnader' }).fill(f.statedCost);
    return dialog;
  }
}
