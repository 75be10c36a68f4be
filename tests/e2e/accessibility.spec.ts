import type { Page } from '@playwright/test';
import { QUESTION_BANK } from '../../src/assessment/question-bank';
import { PATHS, stepPath } from '../../src/assessment/routes';
import { filledInStorage } from '../../scripts/bench/seed';
import { expect, expectNoAxeViolations, expectReportShown, test } from './fixtures';
import { answerByPointer, plannedSteps } from './wizard-helpers';

// Every page, with a filled-in assessment saved so that review, results and compare show it all.
const ROUTES = ['/', ...QUESTION_BANK.steps.map((step) => stepPath(step.id)), PATHS.review, PATHS.results, PATHS.compare, '/no-such-page'];

async function seed(page: Page): Promise<void> {
  await page.goto('/');
  await page.evaluate((entries) => {
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, filledInStorage());
}

/** Opens a page and waits until it shows all it will (the results: the whole report). */
async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.locator('h1')).toHaveCount(1);
  if (path === PATHS.results) await expectReportShown(page);
}

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

test('a polite live region names the new page after navigating, and says when answers are saved', async ({ page }) => {
  await page.goto('/');
  const region = page.getByTestId('live-announcer');
  await expect(region).toHaveAttribute('aria-live', 'polite');
  await expect(region).toBeEmpty();

  const [first] = plannedSteps();
  if (!first) throw new Error('no steps');
  // The app announces pages it shows itself: wait for it to have started (a link clicked
  // before loads the next page in full). The file field is enabled once it has.
  await expect(page.getByLabel('Choose a file (.json)')).toBeEnabled();
  await page.getByRole('link', { name: /start the assessment/i }).click();
  await expect(region).toHaveText(new RegExp(`^Now on: ${first.step.title} – Step 1 of \\d+`));

  const question = first.questions[0];
  if (!question) throw new Error('the first step has no question');
  await answerByPointer(page, question, 'Valley Family Clinic');
  await expect(region).toHaveText('Your answers are saved in this browser.');
});

for (const viewport of [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`every page passes axe at ${viewport.width} px, and the results also in print`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await seed(page);
    for (const path of ROUTES) {
      await open(page, path);
      await page.waitForLoadState('networkidle');
      await expectNoAxeViolations(page, `${path} at ${viewport.width} px`, { soft: true });
    }
    await open(page, PATHS.results);
    await page.emulateMedia({ media: 'print' });
    await expectNoAxeViolations(page, `the results in print at ${viewport.width} px`, { soft: true });
  });
}

for (const { name, viewport } of [
  { name: '390 px wide', viewport: { width: 390, height: 844 } },
  // 200% zoom of a 1280 px window: the page lays out in 640 CSS pixels.
  { name: '200% zoom', viewport: { width: 640, height: 400 } },
]) {
  test(`no page scrolls sideways at ${name}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await seed(page);
    for (const path of ROUTES) {
      await open(page, path);
      expect.soft(await horizontalOverflow(page), `sideways scroll on ${path} at ${name} (px)`).toBeLessThanOrEqual(0);
    }
  });
}

test('animations are turned off for people who ask for reduced motion', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  const transition = await page.getByRole('link', { name: /start the assessment/i }).evaluate((element) => getComputedStyle(element).transitionDuration);
  expect(transition.split(',').every((value) => parseFloat(value) <= 0.01)).toBe(true);
});
