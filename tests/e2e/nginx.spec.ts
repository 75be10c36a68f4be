import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { APIResponse, Page } from '@playwright/test';
import { APP_TEXT } from '../../src/app/app-text';
import { QUESTION_BANK } from '../../src/assessment/question-bank';
import { PATHS, stepPath } from '../../src/assessment/routes';
import { WIZARD_TEXT } from '../../src/features/wizard/wizard-text';
import { filledInStorage } from '../../scripts/bench/seed';
import { browserRequired, findChromium } from './chromium';
import { expect, test as base } from './fixtures';
import { findNginx, startNginx, type NginxServer } from './nginx';

/**
 * The build served by real nginx with deploy/nginx.conf and deploy/security-headers.conf (only
 * `listen` and `root` replaced; tests/e2e/nginx.ts): every route's status, Cache-Control and
 * security headers, the CSP header in the browser, the fallback to the app, and a reload offline.
 * Without nginx, skipped (or failed, with REQUIRE_BROWSER=1).
 */

const DIST = 'dist';

// Loaded by the runner and again by each worker: speak once, from the runner (as playwright.config does of Chromium).
const missing = findNginx().problem;
if (missing && !browserRequired() && process.env.TEST_WORKER_INDEX === undefined) console.log(missing);

type NginxFixtures = {
  /** nginx serving dist/ for this worker's tests, started once and stopped after the last; null without nginx. */
  nginx: { server: NginxServer | null; problem: string | null };
};

// A worker fixture, set up before this worker's first test and torn down after its last (what a
// beforeAll/afterAll pair would do): the baseURL below needs nginx's URL, and a beforeAll hook
// runs too late for it (tried: baseURL was resolved before the hook had started nginx).
const test = base.extend<object, NginxFixtures>({
  nginx: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads fixture dependencies from this pattern
    async ({}, provide) => {
      const nginx = findNginx();
      // Without Chromium every test is skipped (fixtures.ts) and nothing was built: start no nginx.
      if (findChromium().path === null || nginx.path === null) {
        await provide({ server: null, problem: nginx.problem });
        return;
      }
      const server = await startNginx(nginx.path, DIST);
      try {
        await provide({ server, problem: null });
      } finally {
        await server.stop();
      }
    },
    { scope: 'worker' },
  ],
});

// Every page, request and origin check of the fixtures is on nginx's origin.
test.use({
  baseURL: async ({ nginx }, provide, testInfo) => {
    if (!nginx.server) {
      const problem = nginx.problem ?? 'no Chromium';
      if (browserRequired() && nginx.problem) throw new Error(problem.replace('nginx tests skipped: ', 'nginx tests required (REQUIRE_BROWSER=1) but '));
      testInfo.skip(true, problem);
      return;
    }
    await provide(nginx.server.url);
  },
});

const SECURITY_HEADERS: Record<string, string> = {
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'cross-origin-opener-policy': 'same-origin',
};

const NO_CACHE = 'no-cache';
const IMMUTABLE = 'public, max-age=31536000, immutable';

const STEP_PATHS = QUESTION_BANK.steps.map((step) => stepPath(step.id));
/** Every URL that is a page of the app, and the build's file each is to be served from. */
const PAGES: [path: string, file: string][] = [
  ['/', 'index.html'],
  ['/index.html', 'index.html'],
  // The README's rule: /<path> from <path>.html when the build has it, else index.html.
  ...STEP_PATHS.map((path): [string, string] => [path, existsSync(join(DIST, `${path}.html`)) ? `${path.slice(1)}.html` : 'index.html']),
  [PATHS.review, 'review.html'],
  [PATHS.results, 'results.html'],
  [PATHS.compare, 'compare.html'],
  ['/results.html', 'results.html'],
  ['/nope', 'index.html'],
  ['/assessment/nope', 'index.html'],
];

/** The build's entry script and stylesheet (named in index.html) and a font: files under /assets/. */
function assetFiles(): string[] {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const script = /<script type="module"[^>]* src="\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
  const stylesheet = /<link rel="stylesheet"[^>]* href="\/(assets\/[^"]+\.css)"/.exec(html)?.[1];
  const font = readdirSync(join(DIST, 'assets')).find((name) => name.endsWith('.woff2'));
  if (!script || !stylesheet || !font) throw new Error(`${DIST} has no entry script or stylesheet in index.html, or no font in assets/`);
  return [script, stylesheet, `assets/${font}`];
}

/** The page's <meta> policy (as the browser reads it) plus what only a header can say. */
async function expectedHeaderPolicy(page: Page): Promise<string> {
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(meta).toMatch(/style-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+;/);
  return `${meta}; frame-ancestors 'none'`;
}

/**
 * What a response says, one entry per header checked: each security header's values, as a
 * list, so a location sending one twice (or not at all) shows.
 */
function observed(response: APIResponse): Record<string, unknown> {
  const headers = response.headersArray();
  const values = (name: string) => headers.filter((header) => header.name.toLowerCase() === name).map((header) => header.value);
  return {
    status: response.status(),
    'content-type': response.headers()['content-type']?.split(';')[0],
    'cache-control': response.headers()['cache-control'],
    ...Object.fromEntries(['content-security-policy', ...Object.keys(SECURITY_HEADERS)].map((name) => [name, values(name)])),
  };
}

test('every route: status, content type, Cache-Control and every security header', async ({ page, request }) => {
  await page.goto('/');
  const csp = await expectedHeaderPolicy(page);

  const security = Object.fromEntries(Object.entries({ 'content-security-policy': csp, ...SECURITY_HEADERS }).map(([name, value]) => [name, [value]]));

  const check = async (path: string, status: number, type: RegExp, cacheControl: string | undefined, file?: string) => {
    const response = await request.get(path, { maxRedirects: 0 });
    // One diff per route: everything it got wrong at once.
    expect.soft(observed(response), `headers of ${path}`).toEqual({ status, 'content-type': expect.stringMatching(type), 'cache-control': cacheControl, ...security });
    if (file !== undefined && response.ok()) expect.soft(Buffer.compare(await response.body(), readFileSync(join(DIST, file))), `${path} is ${file}`).toBe(0);
  };

  for (const [path, file] of PAGES) await check(path, 200, /^text\/html$/, NO_CACHE, file);
  await check('/sw.js', 200, /^(application|text)\/javascript$/, NO_CACHE, 'sw.js');
  await check('/manifest.webmanifest', 200, /^application\/manifest\+json$/, NO_CACHE, 'manifest.webmanifest');
  await check('/robots.txt', 200, /^text\/plain$/, NO_CACHE, 'robots.txt');
  await check('/icons/icon-192.png', 200, /^image\/png$/, NO_CACHE, 'icons/icon-192.png');
  const [script, stylesheet, font] = assetFiles();
  await check(`/${script}`, 200, /^(application|text)\/javascript$/, IMMUTABLE, script);
  await check(`/${stylesheet}`, 200, /^text\/css$/, IMMUTABLE, stylesheet);
  await check(`/${font}`, 200, /^font\/woff2$/, IMMUTABLE, font);
  // A missing asset is not the app's page (it would be run as a script), and not kept a year.
  await check('/assets/missing-0000.js', 404, /^text\/html$/, undefined);
});

// Every Content-Security-Policy violation the page reports, collected before any app code runs.
const RECORD_VIOLATIONS = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__cspViolations.push(event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline') + ' at ' + event.sourceFile + ':' + event.lineNumber);
  });
`;

test('with the CSP header, every page loads with no violation', async ({ page }) => {
  const cspConsole: string[] = [];
  page.on('console', (message) => void (/Content Security Policy/i.test(message.text()) && cspConsole.push(message.text())));
  await page.addInitScript(RECORD_VIOLATIONS);
  await page.goto('/');
  const csp = await expectedHeaderPolicy(page);
  // A filled-in assessment, so that the review, results and compare pages show everything.
  await page.evaluate((entries) => {
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, filledInStorage());

  for (const [path] of PAGES) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    expect.soft(await response?.headerValue('content-security-policy'), `CSP header of ${path}`).toBe(csp);
    await expect(page.locator('h1')).toHaveCount(1);
    await page.waitForLoadState('networkidle');
    const violations = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
    expect(violations, `CSP violations on ${path}`).toEqual([]);
  }
  // The inlined critical CSS applies (a blocked <style> gets no style sheet), and so does the
  // whole stylesheet, which the page script turns on after the first paint.
  const rules = () =>
    page.evaluate(() => ({
      inline: document.querySelector<HTMLStyleElement>('head > style')?.sheet?.cssRules.length ?? 0,
      file: document.querySelector<HTMLLinkElement>('head > link[rel="stylesheet"]:not([disabled])')?.sheet?.cssRules.length ?? 0,
    }));
  await expect
    .poll(async () => {
      const { inline, file } = await rules();
      return inline > 50 && file > inline;
    })
    .toBe(true);
  expect(cspConsole).toEqual([]);
});

test.describe('what only the header can say', () => {
  test.use({ allowedConsoleErrors: [/frame-ancestors 'none'/] });

  test('the app cannot be framed, not even by itself', async ({ page }) => {
    const refused: string[] = [];
    page.on('console', (message) => void (/frame-ancestors 'none'/.test(message.text()) && refused.push(message.text())));
    await page.goto('/');
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const frame = document.createElement('iframe');
          frame.src = '/review';
          frame.addEventListener('load', () => resolve(), { once: true });
          document.body.append(frame);
        }),
    );
    // Allowed, the frame would hold the same-origin page, its document readable; refused, it holds
    // the browser's error page, of another origin.
    expect(await page.evaluate(() => document.querySelector('iframe')?.contentDocument?.location.href ?? null)).toBeNull();
    await expect.poll(() => refused.length).toBeGreaterThan(0);
  });
});

test('unknown paths get the app, which says there is no such page', async ({ page }) => {
  const response = await page.goto('/nope/deeper?x=1');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(APP_TEXT.notFoundTitle);
  await page.goto('/assessment/nope');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(WIZARD_TEXT.notFoundTitle);
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after a first visit, a reload with the network off still shows the app', async ({ page, context }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // sw.js came from nginx's root and precached the build.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 15_000 });

    await context.setOffline(true);
    const reloaded = await page.reload();
    expect(reloaded?.fromServiceWorker(), 'the reload was answered by the service worker').toBe(true);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Can your staff carry/);
    const [firstStep] = QUESTION_BANK.steps;
    if (!firstStep) throw new Error('the bank has no step');
    await page.goto(stepPath(firstStep.id));
    await expect(page.getByRole('heading', { level: 1, name: firstStep.title })).toBeVisible();
  });
});
