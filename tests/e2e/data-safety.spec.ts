import type { Page } from '@playwright/test';
import { getQuestion } from '../../src/assessment/question-bank';
import type { Answers } from '../../src/assessment/schema';
import { ENTRY_PREFIX } from '../../src/state/storage-keys';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { clickLabelOf, optionControl, textBox } from './wizard-helpers';

const scope = getQuestion('project-scope');
const orgName = getQuestion('org-name');
const SCOPE = ['ehr-replacement', 'telehealth', 'interfaces'];

/** The answers of every saved assessment, as stored. */
async function storedAnswers(page: Page): Promise<Answers[]> {
  return page.evaluate(
    (prefix) =>
      Object.keys(localStorage)
        .filter((key) => key.startsWith(prefix))
        .map((key) => (JSON.parse(localStorage.getItem(key) ?? '{}') as { answers: Answers }).answers),
    ENTRY_PREFIX,
  );
}

async function onlyAnswers(page: Page): Promise<Answers> {
  const all = await storedAnswers(page);
  expect(all).toHaveLength(1);
  return all[0] ?? {};
}

async function tickScope(page: Page): Promise<void> {
  await page.goto('/assessment/project');
  // The step's questions are there once the app has rendered it over the page's shell.
  await expect(optionControl(page, scope, SCOPE[0]!)).toBeEditable();
  for (const value of SCOPE) await clickLabelOf(page, optionControl(page, scope, value));
  await expect.poll(async () => (await onlyAnswers(page))['project-scope']).toEqual(SCOPE);
}

test('Back to a step (no back/forward cache) never adds a choice twice, however often', async ({ page }) => {
  await tickScope(page);
  for (let round = 0; round < 6; round += 1) {
    // Another page loaded in full in the same tab, then Back: the browser reloads the step.
    await page.goto('/review');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.goBack();
    await expect(optionControl(page, scope, 'telehealth')).toBeChecked();
    await page.waitForLoadState('networkidle');
  }
  expect((await onlyAnswers(page))['project-scope']).toEqual(SCOPE);
  await page.goto('/review');
  const row = page.locator('dt', { hasText: /^What does the project include/ }).locator('xpath=following-sibling::dd[1]');
  await expect(row).toHaveText('Replacing our current EHR; Telehealth (video visits or remote consultations); Interfaces to other systems');
});

test('Back in one tab does not set back what another tab changed meanwhile', async ({ page, context }) => {
  await tickScope(page);
  await page.goto('/review');
  const other = await context.newPage();
  await other.goto('/assessment/project');
  await expect(optionControl(other, scope, 'telehealth')).toBeChecked();
  await clickLabelOf(other, optionControl(other, scope, 'telehealth'));
  await expect.poll(async () => (await onlyAnswers(other))['project-scope']).toEqual(['ehr-replacement', 'interfaces']);

  await page.goBack();
  await expect(optionControl(page, scope, 'interfaces')).toBeChecked();
  await expect(optionControl(page, scope, 'telehealth')).not.toBeChecked();
  await page.waitForLoadState('networkidle');
  expect((await onlyAnswers(page))['project-scope']).toEqual(['ehr-replacement', 'interfaces']);
  await other.close();
});

test('two tabs answering different questions at the same moment keep both answers', async ({ page, context }) => {
  await page.goto('/assessment/organization');
  await expect(textBox(page, orgName)).toBeEditable();
  await textBox(page, orgName).fill('Valley');
  const other = await context.newPage();
  await other.goto('/assessment/organization');
  await expect(textBox(other, orgName)).toHaveValue('Valley');

  const rural = getQuestion('rural');
  for (let round = 0; round < 5; round += 1) {
    const first = round % 2 === 0 ? 'yes' : 'no';
    const facility = `Site ${round}`;
    // Both changes land within a few milliseconds of each other.
    await Promise.all([clickLabelOf(page, optionControl(page, rural, first)), textBox(other, getQuestion('facility-name')).fill(facility)]);
    await expect.poll(async () => onlyAnswers(page)).toMatchObject({ rural: first, 'facility-name': facility });
    await expect(optionControl(other, rural, first)).toBeChecked();
    await expect(textBox(page, getQuestion('facility-name'))).toHaveValue(facility);
  }
  await other.close();
});

test.describe('when the browser blocks site data', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('Access is denied for this document.', 'SecurityError');
        },
      });
    });
  });

  test('the app still starts, says nothing will be kept, and exports the answers as a file', async ({ page }) => {
    await page.goto('/');
    const notice = page.getByRole('region', { name: 'This browser keeps nothing for this site' });
    await expect(notice).toContainText('kept only while this page is open');
    await page.getByRole('link', { name: 'Start the assessment' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your organization');
    await textBox(page, orgName).fill('Blocked Clinic');
    const downloading = page.waitForEvent('download');
    await page.getByRole('region', { name: 'This browser keeps nothing for this site' }).getByRole('button', { name: 'Export this assessment as a file' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^staffing-readiness-blocked-clinic-/);
    // Kept in memory while the page is open: the start page offers to continue with it.
    await page.getByRole('link', { name: 'Staffing Readiness home' }).click();
    await expect(page.getByRole('link', { name: 'Continue where you left off' })).toBeVisible();
    await expectNoAxeViolations(page, 'the start page with site data blocked');
  });
});

test('the app asks the browser to keep its data, and the results page says when a file copy was last saved', async ({ page }) => {
  await page.addInitScript(() => {
    const calls: number[] = [];
    (window as unknown as { persistCalls: number[] }).persistCalls = calls;
    const storage = navigator.storage;
    storage.persist = () => {
      calls.push(Date.now());
      return Promise.resolve(false);
    };
  });
  await page.goto('/assessment/organization');
  await expect(textBox(page, orgName)).toBeEditable();
  await textBox(page, orgName).fill('Copy Clinic');
  await expect.poll(() => page.evaluate(() => (window as unknown as { persistCalls: number[] }).persistCalls.length)).toBe(1);

  await page.goto('/results');
  await expect(page.getByText(/^No copy saved as a file yet/)).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save a copy (file)' }).click();
  await downloading;
  await expect(page.getByText(/^Last copy saved as a file: [A-Z][a-z]{2} \d{1,2}, \d{4}/)).toBeVisible();
  await page.goto('/');
  await expect(
    page
      .getByRole('row', { name: /Copy Clinic/ })
      .getByRole('cell')
      .nth(2),
  ).toHaveText(/^[A-Z][a-z]{2} \d{1,2}, \d{4}/);
});
