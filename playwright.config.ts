import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, browserRequired, findChromium } from './tests/e2e/chromium';

const HOST = '127.0.0.1';
// E2E_PORT lets a second checkout run its browser tests beside another one on the same machine.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const BASE_URL = `http://${HOST}:${PORT}`;
const CI = Boolean(process.env.CI);

const chromium = findChromium();
// The config is loaded by the runner and again by each worker: speak once, from the runner.
const isRunner = process.env.TEST_WORKER_INDEX === undefined;
if (chromium.path === null) {
  if (browserRequired()) {
    // REQUIRE_BROWSER=1 (CI): a missing browser is a failure, never a skip.
    throw new Error(`${chromium.problem.replace('Browser tests skipped: ', 'Browser tests required (REQUIRE_BROWSER=1) but ')}`);
  }
  // Every test is then marked skipped by the auto fixture in tests/e2e/fixtures.ts.
  if (isRunner) console.log(chromium.problem);
}

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  // Keep Playwright's own artifacts in a subfolder: it empties outputDir on start, and
  // test-results/ also holds vitest.json and the screenshots.
  outputDir: 'test-results/playwright',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: CI,
  timeout: 60_000,
  expect: { timeout: 5_000 },
  // In CI, stop (and still write the JSON report) before .ci/run's own time limit.
  globalTimeout: CI ? 8 * 60_000 : 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: BASE_URL,
    browserName: 'chromium',
    headless: true,
    launchOptions: chromium.path === null ? { args: CHROMIUM_ARGS } : { executablePath: chromium.path, args: CHROMIUM_ARGS },
    serviceWorkers: 'block',
    // A broken page should fail in seconds, not hang until the test timeout.
    actionTimeout: 10_000,
    navigationTimeout: 15_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  // No browser, no tests to serve: don't spend a build on them.
  webServer:
    chromium.path === null
      ? undefined
      : {
          // The production build, served as users get it.
          command: `npm run build && node node_modules/vite/bin/vite.js preview --host ${HOST} --port ${PORT} --strictPort`,
          url: BASE_URL,
          reuseExistingServer: !CI,
          timeout: 180_000,
          stdout: 'ignore',
          stderr: 'pipe',
        },
});
