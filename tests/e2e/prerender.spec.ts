import { QUESTION_BANK } from '../../src/assessment/question-bank';
import { prerenderedPaths, shellPaths } from '../../src/app/prerender-paths';
import { filledInStorage } from '../../scripts/bench/seed';
import { PATHS, stepPath } from '../../src/assessment/routes';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { PLAN, answerByPointer, expectAnswerShown, plannedSteps } from './wizard-helpers';

// The build prerenders the start page and the steps (scripts/prerender.tsx) and the app hydrates
// them. A hydration mismatch shows as a console error, which the fixtures fail every test on.

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the start page and every first-visit step are in the HTML itself, with their titles', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Can your staff carry/);
    await expect(page.getByRole('link', { name: /start the assessment/i })).toBeVisible();
    // Styled by the stylesheet inlined into the HTML: the start link is a USWDS button.
    const buttonBackground = await page.getByRole('link', { name: /start the assessment/i }).evaluate((link) => getComputedStyle(link).backgroundColor);
    expect(buttonBackground).not.toBe('rgba(0, 0, 0, 0)');
    for (const path of prerenderedPaths().slice(1)) {
      const stepId = path.split('/').pop();
      const step = QUESTION_BANK.steps.find((candidate) => candidate.id === stepId);
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(step?.title ?? '');
      await expect(page).toHaveTitle(new RegExp(`^${step?.title ?? ''} – Step`));
    }
  });

  test('pages that depend on saved answers get the page frame only, the results their title', async ({ page }) => {
    for (const path of shellPaths()) {
      await page.goto(path);
      await expect(page.getByRole('banner')).toBeVisible();
      if (path === PATHS.results) {
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('Staffing readiness report');
        await expect(page).toHaveTitle(/^Staffing readiness report – /);
      } else {
        await expect(page.locator('h1')).toHaveCount(0);
      }
    }
  });
});

test('every prerendered page hydrates without a mismatch, for a first visit', async ({ page, browserLog }) => {
  for (const path of prerenderedPaths()) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    await expect(page.locator('h1')).toHaveCount(1);
  }
  // A first visit paints in the system font: no font file is fetched (src/main.tsx).
  expect(browserLog.requests.filter((url) => url.endsWith('.woff2'))).toEqual([]);
  // Hydrated: the start link works as a client-side link.
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  await page.getByRole('link', { name: /start the assessment/i }).click();
  await expect(page.getByRole('heading', { level: 1, name: QUESTION_BANK.steps[0]?.title })).toBeVisible();
});

test('with saved answers, the prerendered pages show them once hydrated, without a mismatch', async ({ page }) => {
  await page.goto('/');
  await page.evaluate((entries) => {
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, filledInStorage());

  await page.goto('/');
  await expect(page.getByRole('link', { name: /continue where you left off|see the results/i })).toBeVisible();
  await expect(page.getByRole('link', { name: /start the assessment/i })).toHaveCount(0);

  // Until the app has put the saved answers in, the step's form (empty as built) cannot be used.
  const releaseApp = await holdApp(page);
  await page.goto(prerenderedPaths()[1] ?? '/');
  const form = page.locator('form');
  await expect(page.getByLabel('Organization name')).toHaveValue('');
  await expect(form).toHaveJSProperty('inert', true);
  releaseApp();
  await expect(page.getByLabel('Organization name')).toHaveValue('Valley Family Clinic');
  await expect(form).toHaveJSProperty('inert', false);
  await page.waitForLoadState('networkidle');

  // A link to one question (as the results' links to a missing answer) focuses its field, once
  // the form can be used.
  const releaseAgain = await holdApp(page);
  await page.goto('about:blank');
  await page.goto(`${prerenderedPaths()[1] ?? '/'}#q-org-name`);
  await expect(form).toHaveJSProperty('inert', true);
  releaseAgain();
  await expect(page.getByLabel('Organization name')).toBeFocused();
  await expect(form).toHaveJSProperty('inert', false);
});

test('on a first visit the prerendered form can be used at once', async ({ page }) => {
  const releaseApp = await holdApp(page);
  await page.goto(prerenderedPaths()[1] ?? '/');
  await expect(page.locator('form')).toHaveJSProperty('inert', false);
  releaseApp();
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
  await page.route(/\/assets\/prerender-hydrate-[^/]+\.js$/, async (route) => {
    held += 1;
    await released;
    await route.continue();
  });
  return Object.assign(() => release(), { held: () => held });
}

test('what is done on a prerendered page before the app has started is kept: an answer, a link, a chosen file', async ({ page }) => {
  const [first] = plannedSteps();
  const question = first?.questions[0];
  if (!first || !question) throw new Error('the plan has no first question');
  const answer = PLAN[question.id];
  if (answer === undefined) throw new Error(`the plan has no answer for ${question.id}`);

  // A link clicked before the app has started is followed by the app, which announces the page.
  let releaseApp = await holdApp(page);
  await page.goto('/');
  await page.getByRole('link', { name: /start the assessment/i }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Can your staff carry/);
  releaseApp();
  await expect(page.getByTestId('live-announcer')).toHaveText(/^Now on: /);

  // An answer given in the HTML as prerendered is taken by the app once it starts, and saved.
  // (The assessment just started has no answers yet: nothing to wait for, the form is usable.)
  releaseApp = await holdApp(page);
  await page.goto(stepPath(first.step.id));
  await expect(page.locator('form')).toHaveJSProperty('inert', false);
  await answerByPointer(page, question, answer);
  releaseApp();
  await expect(page.getByTestId('live-announcer')).toHaveText('Your answers are saved in this browser.');
  await page.reload();
  await expectAnswerShown(page, question, answer);

  // A file chosen to import is opened once the app starts (here one that cannot be read).
  releaseApp = await holdApp(page);
  await page.goto('/');
  await page.getByLabel('Choose an assessment file (.json)').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "staffing') });
  releaseApp();
  await expect(page.getByRole('alert')).toContainText('"notes.json" could not be opened');
});

test('the results page shows its title before the report, and nothing on screen moves when the report comes in', async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 823 });
  await page.goto('/');
  await page.evaluate((entries) => {
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, filledInStorage());
  await page.addInitScript(() => {
    const shifts: number[] = [];
    Object.assign(window, { layoutShifts: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  // The app's code held back: what the HTML alone shows.
  const release = await holdApp(page);
  await page.goto(PATHS.results);
  await expect.poll(() => release.held(), { message: "the app's code was asked for, and held back" }).toBeGreaterThan(0);
  const intro = page.getByText(/^This report looks at whether your people can carry/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Staffing readiness report');
  const before = await intro.boundingBox();

  release();
  await expect(page.getByRole('region', { name: 'Recommendation' })).toBeVisible();
  expect(await intro.boundingBox()).toEqual(before);
  expect(await page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts)).toEqual([]);
});
