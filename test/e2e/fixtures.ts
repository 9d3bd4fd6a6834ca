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

/** The longest that `settle` waits for running animations. */
const SETTLE_LIMIT_MS = 5_000;

/** Waits until animations (Fluent dialogs, toasts) are done so axe sees the final state. */
export async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(350);
  await skipToastTimers(page, SETTLE_LIMIT_MS);
  // On a busy machine an entering toast can still be fading in (its text not yet at full contrast).
  await page
    .waitForFunction(
      () => {
        const timers = (window as { __skippedToastTimers?: SkippedToastTimers }).__skippedToastTimers;
        return (
          (timers?.ended ?? []).every((toastTimer) => !toastTimer.isConnected) &&
          document.getAnimations().every((animation) => animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity || timers?.running.has(animation))
        );
      },
      undefined,
      { timeout: SETTLE_LIMIT_MS },
    )
    .catch(() => undefined);
}

/**
 * A toast's time on screen is not a visual animation but Fluent's timer: an invisible CSS animation
 * as long as the toast's timeout (`[data-timer-status]`, 4–10 s here) whose end dismisses the toast.
 * The wait below counted it as a running animation, so a scan after any toast sat out the rest of
 * the toast's time, up to the whole limit (about 3 s a scan, a quarter of all scans). Moving those
 * timers on by exactly that limit gives the scan the page it got before, without the wait: a toast
 * that would have timed out during the wait is dismissed now (its exit still waited for below), and
 * a longer one (an error or an undo) is still there, with as much time left as it had before.
 * Paused timers (a toast under the pointer or with focus) are left alone, as the wait left them.
 */
async function skipToastTimers(page: Page, byMs: number): Promise<void> {
  await page.evaluate((by) => {
    const timers: SkippedToastTimers = { ended: [], running: new WeakSet() };
    for (const animation of document.getAnimations()) {
      const target = animation.effect instanceof KeyframeEffect ? animation.effect.target : null;
      if (animation.playState !== 'running' || !target?.matches('[data-timer-status]')) continue;
      const end = Number(animation.effect?.getComputedTiming().endTime);
      const at = Number(animation.currentTime ?? 0) + by;
      animation.currentTime = Math.min(end, at);
      // The wait below waits until a dismissed toast has left the page, and does not count a
      // longer one's timer again: it has had its share of the wait.
      if (at >= end) timers.ended.push(target);
      else timers.running.add(animation);
    }
    (window as { __skippedToastTimers?: SkippedToastTimers }).__skippedToastTimers = timers;
  }, byMs);
}

interface SkippedToastTimers {
  ended: Element[];
  running: WeakSet<Animation>;
}

export { expect };
