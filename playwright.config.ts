import { defineConfig } from '@playwright/test';

const port = Number(process.env.JUSTERA_E2E_PORT ?? 4317);

/** End-to-end tests drive Debian's Chromium (never a downloaded browser) against the browser build. */
export default defineConfig({
  testDir: 'test/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    // Fluent's motion honours prefers-reduced-motion (1 ms instead of a fade): axe then never
    // measures a toast or dialog half-faded in or out, and no test waits for an animation.
    reducedMotion: 'reduce',
    acceptDownloads: true,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
      ],
    },
  },
  // The kill test is one test of about a minute (ten rounds of real typing, each ending in a killed
  // browser) in a worker of its own (it turns tracing off, a worker option). Playwright hands out
  // the tests of the usual worker first, so it used to start last, with the other worker idle for
  // most of its minute. As the first project it starts first, beside the others.
  projects: [
    { name: 'kill', testMatch: 'kill.spec.ts', use: { trace: 'off' } },
    { name: 'app', testIgnore: 'kill.spec.ts' },
  ],
  webServer: {
    command: `npx vite build --config vite.web.config.ts --logLevel warn && npx vite preview --config vite.web.config.ts --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
