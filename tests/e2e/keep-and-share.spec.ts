import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { getQuestion } from '../../src/assessment/question-bank';
import type { Answers } from '../../src/assessment/schema';
import type { SavedAssessment } from '../../src/assessment/saved-assessment';
import { ENTRY_PREFIX } from '../../src/state/storage-keys';
import { expect, expectNoAxeViolations, expectReportShown, test } from './fixtures';
import { seedAssessments } from './seed-storage';
import { PLAN, answerByPointer, escapeRegExp, expectReviewShowsPlan, textBox } from './wizard-helpers';

const NAME = 'Valley baseline';

function saved(id: string, name: string, answers: Answers, updatedAt: string): SavedAssessment {
  return { id, name, createdAt: updatedAt, updatedAt, answers, actionPlan: {} };
}

const BASELINE = saved('valley', NAME, PLAN, '2026-01-10T09:00:00.000Z');

/** Every saved-assessment entry in localStorage, by key, as stored. */
async function savedEntries(page: Page): Promise<Record<string, string>> {
  return page.evaluate((prefix) => {
    const entries: Record<string, string> = {};
    for (const key of Object.keys(localStorage).sort()) if (key.startsWith(prefix)) entries[key] = localStorage.getItem(key) ?? '';
    return entries;
  }, ENTRY_PREFIX);
}

async function savedAnswers(page: Page, id: string): Promise<Answers> {
  const entries = await savedEntries(page);
  return (JSON.parse(entries[`${ENTRY_PREFIX}${id}`] ?? '{}') as Partial<SavedAssessment>).answers ?? {};
}

/**
 * The accessible name of an action button or link whose target is in visually hidden text
 * ("Export file" + ": Valley baseline"); Chromium may put a space before the colon.
 */
function actionName(action: string, target: string): RegExp {
  return new RegExp(`^${escapeRegExp(action)}\\s*: ${escapeRegExp(target)}$`);
}

function mainText(page: Page): Promise<string> {
  return page.getByRole('main').innerText();
}

function libraryRow(page: Page, name: string) {
  return page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${escapeRegExp(name)}`) }) });
}

test('export a file, delete the assessment, import the file: the review and the results are the same as before', async ({ page }, testInfo) => {
  await seedAssessments(page, [BASELINE]);
  await page.goto('/review');
  await expectReviewShowsPlan(page);
  const reviewBefore = await mainText(page);
  await page.goto('/results');
  await expectReportShown(page);
  const resultsBefore = await mainText(page);

  await page.goto('/');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: actionName('Export file', NAME) }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^staffing-readiness-valley-baseline-\d{4}-\d{2}-\d{2}\.json$/);
  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);
  const exported = JSON.parse(readFileSync(file, 'utf8')) as { format: string; assessment: { name: string; answers: Answers } };
  expect(exported.format).toBe('staffing-readiness-assessment');
  expect(exported.assessment.name).toBe(NAME);
  expect(exported.assessment.answers).toEqual(PLAN);
  await expect(page.getByRole('status').filter({ hasText: 'Exported' })).toContainText(download.suggestedFilename());

  // Start over from nothing: delete the only assessment, and reload to drop anything held in memory.
  await page.getByRole('button', { name: actionName('Delete', NAME) }).click();
  await page.getByRole('button', { name: actionName('Yes, delete', NAME) }).click();
  await expect(libraryRow(page, NAME)).toHaveCount(0);
  await expect.poll(() => savedEntries(page)).toEqual({});
  await page.reload();
  await expect(page.getByRole('link', { name: 'Start the assessment' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your saved assessments' })).toHaveCount(0);

  // Usable once the app has started (the prerendered field is disabled until then).
  await expect(page.getByLabel('Choose a file (.json)')).toBeEnabled();
  await page.getByLabel('Choose a file (.json)').setInputFiles(file);
  await expect(page.getByRole('heading', { name: `Opened "${NAME}"` })).toBeVisible();
  await expect(libraryRow(page, NAME)).toHaveCount(1);
  await page.getByRole('button', { name: 'Open it now' }).click();

  await page.goto('/review');
  await expectReviewShowsPlan(page);
  expect(await mainText(page)).toBe(reviewBefore);
  await page.goto('/results');
  await expectReportShown(page);
  expect(await mainText(page)).toBe(resultsBefore);
});

test('a damaged file is refused with a message saying what is wrong, and the saved assessments are untouched', async ({ page }) => {
  await seedAssessments(page, [BASELINE]);
  const before = await savedEntries(page);
  expect(Object.keys(before)).toEqual([`${ENTRY_PREFIX}valley`]);
  const input = page.getByLabel('Choose a file (.json)');
  // Usable once the app has started (the prerendered field is disabled until then).
  await expect(input).toBeEnabled();

  const wrongAnswer = JSON.stringify({ format: 'staffing-readiness-assessment', schemaVersion: 2, assessment: { name: 'IT lead', answers: { 'it-project-hours': 'lots' } } });
  await input.setInputFiles({ name: 'it-lead.json', mimeType: 'application/json', buffer: Buffer.from(wrongAnswer) });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('"it-lead.json" could not be opened');
  await expect(alert).toContainText('Nothing was changed');
  await expect(alert).toContainText('question it-project-hours');

  await input.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "staffing-readiness-assess') });
  await expect(alert).toContainText('"notes.json" could not be opened');
  await expect(alert).toContainText('not in JSON format');

  await expect(libraryRow(page, NAME)).toHaveCount(1);
  await expect(page.getByRole('rowheader', { name: /IT lead/ })).toHaveCount(0);
  expect(await savedEntries(page)).toEqual(before);
  await expectNoAxeViolations(page, 'the start page with an import refused');

  // Still there after a reload, with every answer.
  await page.goto('/review');
  await expectReviewShowsPlan(page);
});

test('damaged saved data does not stop the app: it names the damaged entry, downloads a file the app brings back, keeps what fits, and the others still work', async ({ page }) => {
  const truncated = '{"id":"broken","name":"Old clinic","createdAt":"2025-01-01T00:00:00.000Z","answers":{"rural":"yes","org-na';
  const wrongShape = JSON.stringify({ id: 'odd', name: 'Hand-edited', createdAt: 'x', updatedAt: 'x', answers: { rural: 'no', 'org-name': 'z'.repeat(2500) } });
  await seedAssessments(page, [BASELINE], { [`${ENTRY_PREFIX}broken`]: truncated, [`${ENTRY_PREFIX}odd`]: wrongShape });

  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const notice = page.getByRole('region', { name: 'Saved data could not be opened: Old clinic' });
  await expect(notice).toContainText('not readable as it is');
  // Partly readable: what fits opens, the answer that does not is named, a copy is kept.
  const partly = page.getByRole('region', { name: 'Part of "Hand-edited" could not be read' });
  await expect(partly).toContainText('the answer to "Organization name" is longer than 2,000 characters');
  await expect(libraryRow(page, NAME)).toHaveCount(1);
  await expect(libraryRow(page, 'Hand-edited')).toHaveCount(1);
  expect(await savedAnswers(page, 'odd')).toEqual({ rural: 'no' });
  expect(await page.evaluate(() => localStorage.getItem('staffing-readiness:damaged:staffing-readiness:assessment:odd'))).toBe(wrongShape);

  const downloading = page.waitForEvent('download');
  await notice.getByRole('button', { name: actionName('Download a copy', 'Old clinic') }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^staffing-readiness-old-clinic-saved-data-\d{4}-\d{2}-\d{2}\.json$/);
  const path = await download.path();
  expect(JSON.parse(readFileSync(path, 'utf8')).raw).toBe(truncated);

  // The damaged entry is kept as it was, not overwritten, until the user deletes it.
  expect((await savedEntries(page))[`${ENTRY_PREFIX}broken`]).toBe(truncated);
  await expectNoAxeViolations(page, 'the start page with damaged saved data');

  // The downloaded file brings back what can be read of it.
  // Usable once the app has started (the prerendered field is disabled until then).
  await expect(page.getByLabel('Choose a file (.json)')).toBeEnabled();
  await page.getByLabel('Choose a file (.json)').setInputFiles(path);
  await expect(page.getByRole('heading', { name: 'Opened "Old clinic"' })).toBeVisible();
  await expect(libraryRow(page, 'Old clinic')).toHaveCount(1);

  // The healthy assessment opens and saves as usual.
  await libraryRow(page, NAME)
    .getByRole('button', { name: actionName('Open', NAME) })
    .click();
  await page.goto('/review');
  await expectReviewShowsPlan(page);
});

test('two tabs on the same assessment: a change in one appears in the other, and neither overwrites the other', async ({ page, context }) => {
  await seedAssessments(page, [BASELINE]);
  const other = await context.newPage();
  await other.goto('/review');
  await expectReviewShowsPlan(other);

  const orgName = getQuestion('org-name');
  await page.goto('/assessment/organization');
  // Once the app shows the saved answer: the page's HTML has the empty form until then.
  await expect(textBox(page, orgName)).toHaveValue(String(PLAN['org-name']));
  await textBox(page, orgName).fill('Valley Family Clinic North');

  const orgAnswer = other.locator('dt', { hasText: /^Organization name/ }).locator('xpath=following-sibling::dd[1]');
  await expect(orgAnswer).toHaveText('Valley Family Clinic North');
  await expect(other.getByRole('status').filter({ hasText: 'changed in another tab' })).toBeVisible();

  // Now the other way round, while the first tab still shows the same step.
  const sites = getQuestion('facility-count');
  await other.getByRole('link', { name: actionName('Change', sites.label) }).click();
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Your organization');
  await answerByPointer(other, sites, 3);
  await expect(textBox(page, sites)).toHaveValue('3');
  await expect(textBox(page, orgName)).toHaveValue('Valley Family Clinic North');

  // Both changes are saved; neither tab wrote over the other's.
  await expect.poll(() => savedAnswers(page, 'valley')).toMatchObject({ 'org-name': 'Valley Family Clinic North', 'facility-count': 3 });
  await other.close();
});

test('compare two assessments from the start page; the choice survives a reload', async ({ page }) => {
  const reassessed: Answers = { ...PLAN, 'exp-technology': 'expert', 'exp-interfacing': 'expert', 'super-users': 'no' };
  await seedAssessments(page, [BASELINE, saved('later', 'Valley six months on', reassessed, '2026-07-10T09:00:00.000Z'), saved('copy', 'Valley copy', PLAN, '2025-12-01T09:00:00.000Z')]);

  await page.getByRole('link', { name: 'Compare two assessments' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare two assessments');
  await expect(page.getByLabel('Baseline')).toHaveValue('valley');
  await expect(page.getByLabel('Compare with')).toHaveValue('later');

  const expertise = page.getByRole('row', { name: /^IT expertise for this project/ });
  await expect(expertise.getByRole('cell').first()).toHaveText(/^Not ready, score \d+ of 100$/);
  const itStaff = page.getByRole('table', { name: 'IT staff and their experience' });
  await expect(itStaff.getByRole('row', { name: /this type of technology/ }).getByRole('cell')).toHaveText(['Some experience', 'Has led this before']);
  await expect(page.getByRole('table', { name: 'Implementation plan' }).getByRole('rowheader')).toHaveCount(1);
  await expectNoAxeViolations(page, 'the compare page');

  await page.getByLabel('Compare with').selectOption('copy');
  await expect(page).toHaveURL(/\/compare\?a=valley&b=copy$/);
  await expect(page.getByRole('status')).toHaveText(/^No differences\./);
  await page.reload();
  await expect(page.getByLabel('Compare with')).toHaveValue('copy');
  await expect(page.getByRole('status')).toHaveText(/^No differences\./);
  await expect(page.getByRole('table')).toHaveCount(0);
});
