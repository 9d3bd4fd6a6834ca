/**
 * Nothing is lost: type into the minutes at a fast typist's pace, kill the browser in the middle of
 * typing (SIGKILL, the whole process group), start it again on the same profile, and find every
 * character typed more than a second before the kill. Twenty times in a row.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { launchKillable } from './helpers/killable-chromium';

const ROUNDS = Number(process.env.JUSTERA_KILL_ROUNDS ?? 10);
const SENTENCE = 'Gruppen diskuterade samverkansplanen och vad som krävs för att se resultat i länet. ';

test.setTimeout(ROUNDS * 25_000 + 60_000);
// The browser is killed on purpose; a trace of it cannot be kept.
test.use({ trace: 'off' });

function editor(page: Page) {
  return page.getByRole('textbox', { name: /^Anteckningar, punkt 1 / });
}

/** The minutes' text exactly as stored (textContent keeps every space; innerText would not). */
async function textOf(page: Page): Promise<string> {
  return ((await editor(page).textContent()) ?? '').replace(/\u00a0/g, ' ');
}

async function openItemOne(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('navigation', { name: 'Mötets punkter' }).getByRole('button', { name: /^1\. / }).click();
  await expect(editor(page)).toBeVisible();
}

test('killing the app in the middle of typing loses at most the last second', async ({ baseURL }) => {
  const profile = mkdtempSync(join(tmpdir(), 'justera-kill-'));
  try {
    // Set up a meeting once.
    let run = await launchKillable(profile);
    let page = await run.browser.contexts()[0]!.newPage();
    await page.goto(`${baseURL}/`);
    await page.getByRole('button', { name: 'Läs in exempeldata' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Översikt');
    await page.goto(`${baseURL}/#/organ`);
    await page.getByRole('link', { name: 'Chefsgrupp folkhälsa' }).click();
    await page.getByRole('tab', { name: 'Möten', exact: true }).click();
    await page.getByRole('button', { name: 'Nytt möte' }).click();
    await page.getByRole('dialog').getByLabel('Datum').fill('2026-11-23');
    await page.getByRole('dialog').getByRole('button', { name: 'Spara' }).click();
    await expect(page.getByRole('list', { name: 'Dagordning' })).toBeVisible();
    await page.getByRole('tab', { name: 'Mötet' }).click();
    await expect(page.getByRole('navigation', { name: 'Mötets punkter' })).toBeVisible();
    const meetingUrl = page.url();

    let survived = '';
    for (let round = 1; round <= ROUNDS; round++) {
      await openItemOne(page, meetingUrl);
      expect(await textOf(page)).toBe(survived);
      await editor(page).click();
      await page.keyboard.press('Control+End');

      // Type at ~12 characters a second with a timestamp for each, and kill after 1.2–2.4 s.
      // Each character is recorded before it is sent (it may arrive even if the kill interrupts the
      // call) with the moment its keystroke was delivered (0 if it never completed).
      const typed: { char: string; at: number }[] = [];
      const killAfter = 1200 + Math.floor(Math.random() * 1200);
      const startedAt = Date.now();
      let killedAt = 0;
      const killer = setTimeout(() => {
        killedAt = Date.now();
        run.kill();
      }, killAfter);
      try {
        for (const char of SENTENCE.repeat(3)) {
          const entry = { char, at: 0 };
          typed.push(entry);
          await page.keyboard.type(char);
          entry.at = Date.now();
          await page.waitForTimeout(80);
        }
      } catch {
        // The browser died under our hands: that is the point.
      }
      clearTimeout(killer);
      if (!killedAt) {
        killedAt = Date.now();
        run.kill();
      }
      await run.exited;
      expect(killedAt - startedAt).toBeGreaterThan(1000);

      const mustHave = typed.filter((t) => t.at > 0 && t.at < killedAt - 1000).map((t) => t.char).join('');
      const everything = typed.map((t) => t.char).join('');

      run = await launchKillable(profile);
      page = await run.browser.contexts()[0]!.newPage();
      await openItemOne(page, meetingUrl);
      const restored = await textOf(page);
      expect(restored.startsWith((survived + mustHave).trimEnd()), `round ${round}: lost text typed more than a second before the kill`).toBe(true);
      expect((survived + everything).startsWith(restored), `round ${round}: text appeared that was never typed:\n  restored …${JSON.stringify(restored.slice(-80))}\n  typed    …${JSON.stringify((survived + everything).slice(-120))}`).toBe(true);
      survived = restored;
    }
    expect(survived.length).toBeGreaterThan(ROUNDS * 5);
    run.kill();
    await run.exited;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
