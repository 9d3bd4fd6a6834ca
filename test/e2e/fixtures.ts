/**
 * Shared set-up for end-to-end tests: each test gets a fresh browser context (so a fresh, empty
 * IndexedDB), the app page object, and an axe check that fails on any violation. Console errors
 * and uncaught exceptions in the page fail the test too.
 */
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { AppPage } from './pages/app-page';

export interface Fixtures {
  app: AppPage;
  expectNoAxeViolations: (context?: string) => Promise<void>;
}

export const test = base.extend<Fixtures>({
  app: async ({ page }, use) => {
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
    });
    const app = new AppPage(page);
    await use(app);
    expect(problems.filter((problem) => !app.expectedProblems.some((expected) => expected.test(problem))), 'the page reported errors').toEqual([]);
  },
  expectNoAxeViolations: async ({ page }, use) => {
    await use(async (context = page.url()) => {
      await settle(page);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        // Fluent UI's focus manager (tabster) places invisible, aria-hidden focus sentinels at the
        // edges of toasters and dialogs; they pass focus on at once and are never read out.
        .exclude('[data-tabster-dummy]')
        .analyze();
      const summary = results.violations.map(
        (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n  ')}`,
      );
      expect(summary, `axe violations on ${context}`).toEqual([]);
    });
  },
});

/** Waits until animations (Fluent dialogs, toasts) are done so axe sees the final state. */
export async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(350);
  // On a busy machine an entering toast can still be fading in (its text not yet at full contrast).
  await page
    .waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity), undefined, { timeout: 5_000 })
    .catch(() => undefined);
}

export { expect };
