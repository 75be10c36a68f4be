import { QUESTION_BANK } from '../../src/assessment/question-bank';
import { visibleSteps } from '../../src/assessment/visibility';
import { shellPaths } from '../../src/app/prerender-paths';
import { filledInStorage } from '../../scripts/bench/seed';
import { PATHS, stepPath } from '../../src/assessment/routes';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { EXPECTED_STEP_IDS } from './wizard-helpers';

// The build prerenders the start page, which the app hydrates (a hydration mismatch shows as a
// console error, which the fixtures fail every test on), and gives every other page a shell: the
// page frame and what the page shows before the app has rendered it (scripts/prerender.tsx).

const FIRST_VISIT_STEPS = visibleSteps({});
const FIRST_STEP = FIRST_VISIT_STEPS[0];
if (!FIRST_STEP) throw new Error('the question bank has no step a first visit opens');

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the start page is in the HTML itself, styled, its file field disabled (only the app can open a file)', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Can your staff carry/);
    await expect(page.getByRole('link', { name: /start the assessment/i })).toBeVisible();
    // Styled by the stylesheet inlined into the HTML: the start link is a USWDS button.
    const buttonBackground = await page.getByRole('link', { name: /start the assessment/i }).evaluate((link) => getComputedStyle(link).backgroundColor);
    expect(buttonBackground).not.toBe('rgba(0, 0, 0, 0)');
    await expect(page.getByLabel('Choose a file (.json)')).toBeDisabled();
  });

  test("every step's shell has the step indicator, the title and the introduction, and no form", async ({ page }) => {
    for (const step of FIRST_VISIT_STEPS) {
      await page.goto(stepPath(step.id));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(step.title);
      await expect(page.getByText(step.intro, { exact: true })).toBeVisible();
      // The count is the bank's, whatever the scope: a step a first visit skips keeps its place.
      const position = QUESTION_BANK.steps.findIndex((candidate) => candidate.id === step.id);
      await expect(page).toHaveTitle(`${step.title} – Step ${position + 1} of ${QUESTION_BANK.steps.length} – Staffing Readiness`);
      const indicator = page.getByRole('navigation', { name: 'Assessment steps' });
      await expect(indicator.getByRole('listitem')).toHaveCount(QUESTION_BANK.steps.length);
      await expect(indicator.locator('[aria-current="step"]')).toHaveText(step.title);
      await expect(page.locator('form')).toHaveCount(0);
    }
  });

  test('the review, the comparison and steps a first visit does not open get the frame only, the results their title', async ({ page }) => {
    const framesOnly = shellPaths().filter((path) => path !== PATHS.results && !FIRST_VISIT_STEPS.some((step) => stepPath(step.id) === path));
    expect(framesOnly.length).toBeGreaterThanOrEqual(2);
    for (const path of framesOnly) {
      await page.goto(path);
      await expect(page.getByRole('banner')).toBeVisible();
      await expect(page.locator('h1')).toHaveCount(0);
    }
    await page.goto(PATHS.results);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Staffing readiness report');
    await expect(page).toHaveTitle(/^Staffing readiness report – /);
  });
});

test('the start page hydrates without a mismatch, fetches no font on a first visit, and its links are the app’s', async ({ page, browserLog }) => {
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  await expect(page.locator('h1')).toHaveCount(1);
  // A first visit paints in the system font: no font file is fetched (decision record 0007).
  expect(browserLog.requests.filter((url) => url.endsWith('.woff2'))).toEqual([]);
  // Hydrated (the file field is enabled from the render after hydration): links are the app's.
  await expect(page.getByLabel('Choose a file (.json)')).toBeEnabled();
  await page.evaluate(() => Object.assign(window, { samePage: true }));
  await page.getByRole('link', { name: /start the assessment/i }).click();
  await expect(page.getByRole('heading', { level: 1, name: FIRST_STEP.title })).toBeVisible();
  // Followed by the app: the same document.
  expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true);
});

test('with saved answers, the start page shows them once hydrated, without a mismatch', async ({ page }) => {
  await seedFilledIn(page);
  await page.goto('/');
  await expect(page.getByRole('link', { name: /continue where you left off|see the results/i })).toBeVisible();
  await expect(page.getByRole('link', { name: /start the assessment/i })).toHaveCount(0);
});

/**
 * Holds the app's code (which src/main.tsx loads after the first paint) back until released;
 * `held()` says how many times the page has asked for it meanwhile.
 */
async function holdApp(page: Page): Promise<(() => void) & { held: () => number }> {
  let release = () => {};
  let held = 0;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.unrouteAll();
  await page.route(/\/assets\/start-app-[^/]+\.js$/, async (route) => {
    held += 1;
    await released;
    await route.continue();
  });
  return Object.assign(() => release(), { held: () => held });
}

async function seedFilledIn(page: Page): Promise<void> {
  await page.goto('/');
  await page.evaluate((entries) => {
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, filledInStorage());
}

/** Records every layout shift of the pages loaded from now on in `window.layoutShifts`. */
async function recordLayoutShifts(page: Page): Promise<() => Promise<number[]>> {
  await page.addInitScript(() => {
    const shifts: number[] = [];
    Object.assign(window, { layoutShifts: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return () => page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts);
}

async function boxes(locators: Locator[]) {
  return Promise.all(locators.map((locator) => locator.boundingBox()));
}

const LAST_STEP = FIRST_VISIT_STEPS.at(-1);
if (!LAST_STEP) throw new Error('no last step');
for (const { width, height, step } of [
  { width: 412, height: 823, step: FIRST_STEP },
  { width: 1280, height: 800, step: FIRST_STEP },
  // After a step that only some answers open (the saved answers do): 7 steps, where the shell has 6.
  { width: 412, height: 823, step: LAST_STEP },
  { width: 1280, height: 800, step: LAST_STEP },
]) {
  test(`at ${width} px, the shell of ${step.id} paints its title, then the app renders the form with the saved answers, and nothing moves`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await seedFilledIn(page);
    const layoutShifts = await recordLayoutShifts(page);

    const release = await holdApp(page);
    await page.goto(stepPath(step.id));
    await expect.poll(() => release.held(), { message: "the app's code was asked for, and held back" }).toBeGreaterThan(0);
    // What the HTML alone shows: the shell.
    const heading = page.getByRole('heading', { level: 1 });
    const intro = page.getByText(step.intro, { exact: true });
    const indicator = page.getByRole('navigation', { name: 'Assessment steps' });
    await expect(heading).toHaveText(step.title);
    await expect(page.locator('form')).toHaveCount(0);
    const before = await boxes([indicator, heading, intro]);

    release();
    await expect(page.locator('form')).toBeVisible();
    if (step === FIRST_STEP) await expect(page.getByLabel('Organization name')).toHaveValue('Valley Family Clinic');
    // The app's step indicator: every step the saved answers (the browser tests' plan) open.
    else await expect(indicator.getByRole('listitem')).toHaveCount(EXPECTED_STEP_IDS.length);
    await expect(heading).toHaveText(step.title);
    expect(await boxes([indicator, heading, intro])).toEqual(before);
    expect(await layoutShifts()).toEqual([]);
  });
}

test('a link to one question (as the results link a missing answer) focuses its field once the app has rendered the step', async ({ page }) => {
  await seedFilledIn(page);
  const release = await holdApp(page);
  await page.goto(`${stepPath(FIRST_STEP.id)}#q-org-name`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(FIRST_STEP.title);
  release();
  await expect(page.getByLabel('Organization name')).toBeFocused();
});

test('a link clicked before the app has started loads the next page in full, where the app then starts', async ({ page }) => {
  const release = await holdApp(page);
  await page.goto('/');
  await expect.poll(() => release.held()).toBeGreaterThan(0);
  await page.evaluate(() => Object.assign(window, { samePage: true }));
  await page.getByRole('link', { name: /start the assessment/i }).click();
  await expect(page).toHaveURL(stepPath(FIRST_STEP.id));
  // The step's shell, in a new document: the click was a plain link's.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(FIRST_STEP.title);
  expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBeUndefined();
  release();
  await expect(page.getByLabel('Organization name')).toBeEditable();
  // The step works: an answer given is saved.
  await page.getByLabel('Organization name').fill('Lakeside Clinic');
  await page.reload();
  await expect(page.getByLabel('Organization name')).toHaveValue('Lakeside Clinic');
});

test("the start page's file field is usable once the app has started, and opens the chosen file", async ({ page }) => {
  const release = await holdApp(page);
  await page.goto('/');
  const field = page.getByLabel('Choose a file (.json)');
  await expect(field).toBeDisabled();
  const before = await field.boundingBox();
  release();
  await expect(field).toBeEnabled();
  expect(await field.boundingBox()).toEqual(before);
  await field.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "staffing') });
  await expect(page.getByRole('alert')).toContainText('"notes.json" could not be opened');
});

test('the results page shows its title before the report, and nothing on screen moves when the report comes in', async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 823 });
  await seedFilledIn(page);
  const layoutShifts = await recordLayoutShifts(page);
  // The app's code held back: what the HTML alone shows.
  const release = await holdApp(page);
  await page.goto(PATHS.results);
  await expect.poll(() => release.held(), { message: "the app's code was asked for, and held back" }).toBeGreaterThan(0);
  const intro = page.getByText(/^Whether your people can carry your health IT project/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Staffing readiness report');
  const before = await intro.boundingBox();

  release();
  await expect(page.getByRole('region', { name: 'At a glance' })).toBeVisible();
  expect(await intro.boundingBox()).toEqual(before);
  expect(await layoutShifts()).toEqual([]);
});

test('every step has a shell file', () => {
  for (const step of QUESTION_BANK.steps) expect(shellPaths()).toContain(stepPath(step.id));
});

test("the steps' code is not on the first page: the start page asks for it once the app has started, and the first step needs nothing more", async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('/');
  await expect(page.getByLabel('Choose a file (.json)')).toBeEnabled();
  const stepChunk = /\/assets\/step-page-[\w-]+\.js$/;
  const startPageChunks = (await page.locator('#root').getAttribute('data-chunks'))?.split(' ') ?? [];
  expect(startPageChunks.length).toBeGreaterThan(0);
  expect(startPageChunks.some((href) => stepChunk.test(href))).toBe(false);
  await expect.poll(() => scripts.some((path) => stepChunk.test(path))).toBe(true);
  const before = scripts.length;
  await page.getByRole('link', { name: /start the assessment/i }).click();
  await expect(page.getByLabel('Organization name')).toBeEditable();
  expect(scripts.slice(before)).toEqual([]);
});
