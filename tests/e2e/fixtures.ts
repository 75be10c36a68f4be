import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type ConsoleMessage, type Page, type Request } from '@playwright/test';
import { findChromium } from './chromium';

export { expect };

/** What the page did that a test fails on: requests off the app's origin, console errors, uncaught errors. */
export type BrowserLog = {
  /** Every request the context made, in order (URLs). */
  requests: string[];
  offOrigin: string[];
  consoleErrors: string[];
  pageErrors: string[];
};

type Fixtures = {
  /** Console error texts matching one of these are expected by the test and not counted. */
  allowedConsoleErrors: RegExp[];
  browserLog: BrowserLog;
  _skipWithoutChromium: void;
};

const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:']);

function describeRequest(request: Request): string {
  return `${request.method()} ${request.url()} (${request.resourceType()})`;
}

function describeConsole(message: ConsoleMessage): string {
  const { url, lineNumber } = message.location();
  return url ? `${message.text()}  [at ${url}:${lineNumber}]` : message.text();
}

export const test = base.extend<Fixtures>({
  // Auto fixtures are set up before the test's own fixtures, so no browser is launched when
  // there is none: every test shows as skipped (the config has already printed why). The second argument is Playwright's `use`,
  // named `provide` here so the React hooks lint rule does not mistake it for React's `use`.
  _skipWithoutChromium: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads fixture dependencies from this pattern
    async ({}, provide, testInfo) => {
      const chromium = findChromium();
      testInfo.skip(chromium.path === null, chromium.problem ?? '');
      await provide();
    },
    { auto: true },
  ],

  allowedConsoleErrors: [[], { option: true }],

  // eslint-disable-next-line no-empty-pattern -- Playwright reads fixture dependencies from this pattern
  browserLog: async ({}, provide) => {
    await provide({ requests: [], offOrigin: [], consoleErrors: [], pageErrors: [] });
  },

  // An explicit browser.newContext(): AxeBuilder refuses pages from browser.newPage().
  // Service workers stay blocked (the config's default) unless a test asks for them with
  // `test.use({ serviceWorkers: 'allow' })`, as the offline test does.
  context: async ({ browser, baseURL, viewport, serviceWorkers, browserLog }, provide) => {
    if (!baseURL) throw new Error('playwright.config.ts must set use.baseURL');
    const origin = new URL(baseURL).origin;
    const context = await browser.newContext({ baseURL, viewport, serviceWorkers });
    context.on('request', (request) => {
      const url = new URL(request.url());
      browserLog.requests.push(request.url());
      if (!LOCAL_SCHEMES.has(url.protocol) && url.origin !== origin) browserLog.offOrigin.push(describeRequest(request));
    });
    await provide(context);
    await context.close();
  },

  page: async ({ context, browserLog, allowedConsoleErrors }, provide) => {
    const watch = (page: Page) => {
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const text = describeConsole(message);
        if (!allowedConsoleErrors.some((pattern) => pattern.test(text))) browserLog.consoleErrors.push(text);
      });
      page.on('pageerror', (error) => browserLog.pageErrors.push(error.stack ?? String(error)));
    };
    context.on('page', watch);
    const page = await context.newPage();
    await provide(page);
    // Checked after the test body, so every test gets these for free.
    expect(browserLog.offOrigin, `requests left the app's origin:\n  ${browserLog.offOrigin.join('\n  ')}`).toEqual([]);
    expect(browserLog.pageErrors, `uncaught errors in the page:\n  ${browserLog.pageErrors.join('\n  ')}`).toEqual([]);
    expect(browserLog.consoleErrors, `console errors:\n  ${browserLog.consoleErrors.join('\n  ')}`).toEqual([]);
  },
});

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Runs axe (WCAG 2.1 A and AA) on the page as it is now and fails with a readable list of
 * violations. With `soft`, the test goes on (and fails at its end) so later pages are scanned too.
 */
export async function expectNoAxeViolations(page: Page, what = page.url(), { soft = false } = {}): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const report = results.violations.map((violation) => {
    const nodes = violation.nodes
      .slice(0, 10)
      .map((node) => `      - ${node.target.join(' ')}\n        ${node.failureSummary?.replace(/\n/g, '\n        ') ?? ''}`)
      .join('\n');
    const more = violation.nodes.length > 10 ? `\n      … and ${violation.nodes.length - 10} more` : '';
    return `  [${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help} (${violation.nodes.length} element(s))\n    ${violation.helpUrl}\n${nodes}${more}`;
  });
  (soft ? expect.soft : expect)(results.violations.length, `axe found ${results.violations.length} violation(s) on ${what}:\n${report.join('\n')}`).toBe(0);
}

/**
 * Waits until the results page shows the whole report: its HTML shows the report's title at
 * once, before the app has computed the report from the saved answers, and the report comes in
 * parts, the sources last.
 */
export async function expectReportShown(page: Page): Promise<void> {
  await expect(page.getByRole('region', { name: 'At a glance' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Sources' })).toBeVisible();
}
