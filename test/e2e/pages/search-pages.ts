import { expect, type Download, type Locator, type Page } from '@playwright/test';
import type { AppPage } from './app-page';

/** The search box in the header and the search screen's hits. */
export class SearchScreen {
  constructor(
    private readonly app: AppPage,
    private readonly page: Page = app.page,
  ) {}

  box(): Locator {
    return this.page.getByRole('searchbox', { name: 'Sök i alla möten' });
  }

  /** Ctrl+K (Ctrl+Shift+F from the minutes), type the words, Enter: the search screen with the hits. */
  async search(words: string, keys = 'Control+K'): Promise<void> {
    await this.page.keyboard.press(keys);
    await expect(this.box()).toBeFocused();
    await this.page.keyboard.type(words);
    await this.page.keyboard.press('Enter');
    await expect(this.app.heading()).toHaveText('Sök');
    await expect(this.status()).not.toHaveText('Söker …');
  }

  status(): Locator {
    return this.page.getByRole('main').getByRole('status').first();
  }

  results(): Locator {
    return this.page.getByRole('list', { name: 'Sökträffar' });
  }

  hits(): Locator {
    return this.results().getByRole('listitem');
  }

  hit(title: string | RegExp): Locator {
    return this.hits().filter({ has: this.page.getByRole('link', { name: title }) });
  }

  /** The words shown marked in a hit. */
  async marked(hit: Locator): Promise<string[]> {
    return hit.locator('mark').allInnerTexts();
  }

  async onlyKind(label: 'Beslut' | 'Uppdrag' | 'Anteckning'): Promise<void> {
    await this.page.getByRole('group', { name: 'Avgränsa sökningen' }).getByRole('checkbox', { name: label }).check();
  }

  async filter(label: 'Organ' | 'År', option: string): Promise<void> {
    await this.page.getByRole('group', { name: 'Avgränsa sökningen' }).getByRole('combobox', { name: label }).selectOption({ label: option });
  }

  /** The text of the ranges marked with the CSS Custom Highlight API in the opened item. */
  async highlighted(): Promise<string[]> {
    return this.page.evaluate(() => {
      const highlight = CSS.highlights.get('justera-search');
      return highlight ? [...highlight].map((range) => range.toString()) : [];
    });
  }
}

/** Historik: the decision register, the task overview and attendance. */
export class HistoryScreen {
  constructor(
    private readonly app: AppPage,
    private readonly page: Page = app.page,
  ) {}

  async open(tab: 'Beslut' | 'Uppdrag' | 'Närvaro'): Promise<void> {
    await this.page.keyboard.press('Alt+8');
    await expect(this.app.heading()).toHaveText('Historik');
    await this.page.getByRole('tab', { name: tab }).click();
    await expect(this.page.getByRole('tabpanel', { name: tab })).toBeVisible();
  }

  async choose(label: 'Organ' | 'År', option: string): Promise<void> {
    await this.page.getByRole('tabpanel').getByRole('combobox', { name: label }).selectOption({ label: option });
  }

  async exportDownload(button: string | RegExp): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: button }).click();
    return download;
  }
}
