/**
 * The app as a user sees it: the menu, the screens and their dialogs. Tests speak through these
 * methods (by role and Swedish label, as a screen reader would), not through CSS selectors.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export class AppPage {
  /** Console errors a test provokes on purpose (the fixture fails on any other). */
  readonly expectedProblems: RegExp[] = [];

  constructor(readonly page: Page) {}

  async open(path = '/'): Promise<void> {
    await this.page.goto(`/#${path}`);
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible();
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  nav(label: string): Locator {
    return this.page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: label, exact: true });
  }

  async goTo(label: string): Promise<void> {
    await this.nav(label).click();
    await expect(this.heading()).toHaveText(label);
  }

  async loadExampleData(): Promise<void> {
    await this.open('/');
    await this.page.getByRole('button', { name: 'Läs in exempeldata' }).click();
    // Two years of example meetings and the agreements, in one transaction: on a busy test machine
    // this takes longer than the usual wait.
    await expect(this.heading()).toHaveText('Översikt', { timeout: 30_000 });
  }

  dialog(name?: string | RegExp): Locator {
    return name ? this.page.getByRole('dialog', { name }) : this.page.getByRole('dialog');
  }

  /** Waits until no dialog is left, closing animations included. */
  async dialogsClosed(): Promise<void> {
    await expect(this.page.locator('[role="dialog"]')).toHaveCount(0);
  }

  table(name: string): Locator {
    return this.page.getByRole('table', { name });
  }

  row(tableName: string, text: string | RegExp): Locator {
    return this.table(tableName).getByRole('row').filter({ hasText: text });
  }

  /** A confirmation or error shown as a toast (its text is also read out by a live region). */
  toast(text: string | RegExp): Locator {
    return this.page.locator('.fui-ToastTitle').filter({ hasText: text });
  }

  /** Waits until every write has been stored (the header says so). */
  async saved(): Promise<void> {
    await expect(this.page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await expect(this.heading()).toBeVisible();
  }
}
