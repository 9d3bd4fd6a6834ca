import { readFile } from 'node:fs/promises';
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import type { AppPage } from './app-page';

/** The calendar: year list and month grid, planning, events, exports. */
export class CalendarScreen {
  constructor(
    private readonly app: AppPage,
    private readonly page: Page = app.page,
  ) {}

  /** Opens the calendar with its keyboard shortcut. */
  async open(): Promise<void> {
    await this.page.keyboard.press('Alt+2');
    await expect(this.app.heading()).toHaveText('Kalender');
  }

  period(): Locator {
    return this.page.getByTestId('calendar-period');
  }

  planDialog(): Locator {
    return this.app.dialog(/^Planera /);
  }

  proposals(): Locator {
    return this.page.getByRole('table', { name: 'Föreslagna möten' }).getByTestId('proposal');
  }

  /** The row of the year list for an entry, by text (date and title). */
  entry(text: string | RegExp): Locator {
    return this.page.getByRole('main').getByRole('row').filter({ hasText: text });
  }

  bodyFilter(name: string): Locator {
    return this.page.getByRole('group', { name: 'Visa' }).getByRole('checkbox', { name });
  }

  async entryAction(text: string | RegExp, action: string): Promise<void> {
    await this.entry(text).getByRole('button', { name: /^Åtgärder för/ }).click();
    await this.page.getByRole('menuitem', { name: action }).click();
  }

  /** Runs `action` and returns the text of the file it downloads. */
  async download(action: () => Promise<void>): Promise<{ download: Download; bytes: Buffer }> {
    const pending = this.page.waitForEvent('download');
    await action();
    const download = await pending;
    const path = await download.path();
    return { download, bytes: await readFile(path!) };
  }
}
