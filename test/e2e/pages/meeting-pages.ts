import { expect, type Download, type Locator, type Page } from '@playwright/test';
import type { AppPage } from './app-page';

/** A meeting's page: the agenda and its tools. */
export class MeetingScreen {
  constructor(
    private readonly app: AppPage,
    private readonly page: Page = app.page,
  ) {}

  /** Creates a meeting for a body from the body's Möten tab and lands on the meeting. */
  async create(bodyName: string, date: string): Promise<void> {
    await this.app.goTo('Organ');
    await this.page.getByRole('link', { name: bodyName }).click();
    await this.page.getByRole('tab', { name: 'Möten', exact: true }).click();
    await this.page.getByRole('button', { name: 'Nytt möte' }).click();
    await this.app.dialog(/Nytt möte/).getByLabel('Datum').fill(date);
    await this.app.dialog(/Nytt möte/).getByRole('button', { name: 'Spara' }).click();
    await expect(this.agenda()).toBeVisible();
  }

  agenda(): Locator {
    return this.page.getByRole('list', { name: 'Dagordning' });
  }

  /** Item titles in agenda order. */
  async titles(): Promise<string[]> {
    return this.agenda().getByTestId('agenda-item-title').allInnerTexts();
  }

  item(title: string): Locator {
    return this.agenda().getByTestId('agenda-item').filter({ hasText: title });
  }

  async addItem(title: string, minutes: number): Promise<void> {
    await this.page.getByRole('button', { name: 'Ny punkt', exact: true }).click();
    const dialog = this.app.dialog('Ny punkt');
    await dialog.getByRole('textbox', { name: 'Rubrik' }).fill(title);
    await dialog.getByRole('spinbutton', { name: 'Planerad tid' }).fill(String(minutes));
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.item(title)).toBeVisible();
  }

  async itemAction(title: string, action: string): Promise<void> {
    await this.item(title).getByRole('button', { name: `Åtgärder för ${title}` }).click();
    await this.page.getByRole('menuitem', { name: action }).click();
  }

  async saveMeetingFile(): Promise<Download> {
    await this.page.getByRole('button', { name: 'Mötesfil' }).click();
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('menuitem', { name: /Spara mötesfil/ }).click();
    return download;
  }

  async readMeetingFile(path: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Mötesfil' }).click();
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('menuitem', { name: /Läs in mötesfil/ }).click();
    await (await chooser).setFiles(path);
  }

  /** Opens an item's dialog from its title (the agenda's button). */
  async openItem(title: string): Promise<Locator> {
    await this.item(title).getByTestId('agenda-item-title').click();
    const dialog = this.app.dialog('Ändra punkt');
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** Attaches a file to an open item dialog by keyboard: Tab to "Bifoga fil …", Enter, choose the file. */
  async attachByKeyboard(dialog: Locator, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await dialog.getByRole('button', { name: 'Bifoga fil …' }).focus();
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.keyboard.press('Enter');
    await (await chooser).setFiles(file);
  }

  /** The "Kallelse" dialog. */
  async openNotice(title: RegExp = /Kallelse/): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Kallelse …' }).click();
    const dialog = this.app.dialog(title);
    await expect(dialog).toBeVisible();
    return dialog;
  }

  async saveNoticeAsWord(dialog: Locator): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Spara som Word …' }).click();
    return download;
  }
}
