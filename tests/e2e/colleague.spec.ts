import type { Browser, Locator, Page } from '@playwright/test';
import { getQuestion, QUESTION_BANK } from '../../src/assessment/question-bank';
import { PATHS } from '../../src/assessment/routes';
import type { Answers } from '../../src/assessment/schema';
import type { SavedAssessment } from '../../src/assessment/saved-assessment';
import { ENTRY_PREFIX } from '../../src/state/storage-keys';
import { FULL_PROFILE } from '../helpers/full-profile';
import { expect, expectNoAxeViolations, expectReportShown, test } from './fixtures';
import { seedAssessments } from './seed-storage';
import { clickLabelOf, escapeRegExp } from './wizard-helpers';

const ORG = String(FULL_PROFILE['org-name']);
const MANAGER = 'Ana Ruiz, practice manager';
const COLLEAGUE = 'Sam Lee, IT contractor';
const ID = 'valley';

/** A complete assessment whose IT staff have no experience with the type of technology, as the manager first thinks. */
const ANSWERS: Answers = { ...FULL_PROFILE, respondent: MANAGER, 'exp-technology': 'none' };
const ASSESSMENT: SavedAssessment = { id: ID, name: ORG, createdAt: '2026-01-10T09:00:00.000Z', updatedAt: '2026-01-10T09:00:00.000Z', answers: ANSWERS, actionPlan: {} };

const TECHNOLOGY = getQuestion('exp-technology');
const IT_STAFF_STEP = QUESTION_BANK.steps.find((step) => step.questions.includes('exp-technology'));
// The expertise gap lists the support areas that lack experience (FULL_PROFILE has none in interfacing too):
// with "No experience" of the type of technology, the system itself is one of them; once "Experienced", it is not.
const GAP_BEFORE = 'Build experience with this type of system and interfacing';
const GAP_AFTER = 'Build experience with interfacing';

const WIDTHS = [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
];

/** Axe, as accessibility.spec.ts runs it, at a laptop's and a phone's width; back to the laptop's after. */
async function expectNoAxeViolationsAtBothWidths(page: Page, what: string): Promise<void> {
  for (const viewport of WIDTHS) {
    await page.setViewportSize(viewport);
    await expectNoAxeViolations(page, `${what} at ${viewport.width} px`, { soft: true });
  }
  await page.setViewportSize(WIDTHS[0]!);
}

async function savedAssessment(page: Page): Promise<Partial<SavedAssessment>> {
  const raw = await page.evaluate((key) => localStorage.getItem(key), `${ENTRY_PREFIX}${ID}`);
  return JSON.parse(raw ?? '{}') as Partial<SavedAssessment>;
}

/** The start page's file field, once the app has started (the prerendered field is disabled until then). */
async function startPageFileInput(page: Page): Promise<Locator> {
  await page.goto('/');
  const input = page.getByLabel('Choose a file (.json)');
  await expect(input).toBeEnabled();
  return input;
}

/** The gaps table's row headers for the expertise gap, before and after the merge. */
function gapRow(page: Page, title: string): Locator {
  return page.getByRole('rowheader').filter({ hasText: title });
}

/** The colleague's computer: a context of its own, with nothing saved, watched for errors like the fixture's page. */
async function colleagueBrowser(browser: Browser, baseURL: string | undefined) {
  const context = await browser.newContext({ baseURL, viewport: WIDTHS[0], serviceWorkers: 'block' });
  const errors: string[] = [];
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.stack ?? String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return { context, page, errors };
}

test('the manager asks the IT contractor, who answers on their own computer; the merged answer changes the report, which names who gave it', async ({ page, browser, baseURL }) => {
  if (!IT_STAFF_STEP) throw new Error('no step asks exp-technology');
  await page.setViewportSize(WIDTHS[0]!);
  await seedAssessments(page, [ASSESSMENT]);

  // The report before: the type of technology is a gap.
  await page.goto(PATHS.results);
  await expectReportShown(page);
  await expect(gapRow(page, GAP_BEFORE)).toHaveCount(1);
  await expect(gapRow(page, GAP_AFTER)).toHaveCount(0);
  await expect(page.getByText(`Answered by ${MANAGER}.`, { exact: true })).toBeVisible();

  // The manager asks the IT lead on the review page.
  await page.goto(PATHS.review);
  const ask = page.getByRole('region', { name: 'Ask a colleague' });
  await expect(ask.getByRole('combobox', { name: 'Who do you want to ask?' })).toHaveValue('it-lead');
  await expect(ask.getByRole('checkbox', { name: TECHNOLOGY.label })).toBeChecked();
  await ask.getByRole('textbox', { name: 'Their name and role' }).fill(COLLEAGUE);
  const requesting = page.waitForEvent('download');
  await ask.getByRole('button', { name: 'Download the questions for them' }).click();
  const request = await requesting;
  expect(request.suggestedFilename()).toMatch(/^staffing-readiness-valley-community-health-questions-for-sam-lee-it-contractor-\d{4}-\d{2}-\d{2}\.json$/);
  const requestPath = await request.path();
  await expect(ask.getByRole('status')).toContainText(`Send it to ${COLLEAGUE}`);

  // The colleague's computer: they open the file on the start page and land on their short form.
  const colleague = await colleagueBrowser(browser, baseURL);
  let answersPath: string;
  try {
    const other = colleague.page;
    await (await startPageFileInput(other)).setInputFiles(requestPath);
    await expect(other.getByRole('heading', { level: 1, name: `Questions from ${ORG}` })).toBeVisible();
    await expect(other).toHaveURL(/\/colleague$/);
    await expect(other.getByText(new RegExp(`^${escapeRegExp(MANAGER)}, asked you \\d+ questions`))).toBeVisible();
    await expect(other.getByText(`These questions are for ${COLLEAGUE}.`)).toBeVisible();

    // The manager's answer is the starting point; the colleague knows better.
    const row = other.getByRole('group', { name: TECHNOLOGY.label, exact: true });
    await expect(row.getByRole('radio', { name: /^No experience/ })).toBeChecked();
    const experienced = row.getByRole('radio', { name: 'Experienced Has done it on their own' });
    await clickLabelOf(other, experienced);
    await expect(experienced).toBeChecked();
    await expectNoAxeViolationsAtBothWidths(other, '/colleague with a request open');

    const answering = other.waitForEvent('download');
    await other.getByRole('button', { name: 'Download my answers' }).click();
    const answers = await answering;
    expect(answers.suggestedFilename()).toMatch(/^staffing-readiness-valley-community-health-answers-from-sam-lee-it-contractor-\d{4}-\d{2}-\d{2}\.json$/);
    await expect(other.getByRole('status').filter({ hasText: 'Saved' })).toContainText(`Send it to ${MANAGER}, by e-mail or a shared drive.`);
    // Kept where the manager's context can read it once the colleague's is closed.
    answersPath = test.info().outputPath(answers.suggestedFilename());
    await answers.saveAs(answersPath);
    expect(colleague.errors, 'errors in the colleague’s page').toEqual([]);
  } finally {
    await colleague.context.close();
  }

  // Back on the manager's computer: they open the answers on the start page, which leads to the merge.
  await (await startPageFileInput(page)).setInputFiles(answersPath);
  await expect(page.getByRole('heading', { level: 1, name: "Merge a colleague's answers" })).toBeVisible();
  await expect(page).toHaveURL(/\/merge$/);
  const difference = page.getByRole('group', { name: TECHNOLOGY.label, exact: true });
  await expect(page.getByRole('group')).toHaveCount(1);
  await expect(difference.getByRole('radio', { name: `Take the answer from ${COLLEAGUE}: Experienced` })).toBeChecked();
  await expect(difference.getByRole('radio', { name: /^Keep yours: No experience/ })).not.toBeChecked();
  await expectNoAxeViolationsAtBothWidths(page, '/merge with a difference listed');
  // Nothing changes before the manager confirms.
  expect((await savedAssessment(page)).answers).toEqual(ANSWERS);

  await page.getByRole('button', { name: 'Take the chosen answer' }).click();
  await expect(page.getByRole('heading', { name: 'Took 1 answer from your colleagues.' })).toBeVisible();
  await expect.poll(async () => (await savedAssessment(page)).answers?.['exp-technology']).toBe('experienced');
  expect((await savedAssessment(page)).answeredBy).toEqual({ 'exp-technology': COLLEAGUE });

  // Undo puts it back; the same file, opened again on the merge page, is taken again.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Undone: the assessment is as it was before the merge.')).toBeVisible();
  await expect.poll(async () => (await savedAssessment(page)).answers).toEqual(ANSWERS);
  expect((await savedAssessment(page)).answeredBy ?? {}).toEqual({});
  await page.getByLabel('Files of answers').setInputFiles(answersPath);
  await expect(difference.getByRole('radio', { name: `Take the answer from ${COLLEAGUE}: Experienced` })).toBeChecked();
  await page.getByRole('button', { name: 'Take the chosen answer' }).click();
  await expect(page.getByRole('heading', { name: 'Took 1 answer from your colleagues.' })).toBeVisible();

  // The report after: the type of technology is no longer a gap, and the colleague is named.
  await page.getByRole('link', { name: 'See the results' }).click();
  await expect(page).toHaveURL(/\/results$/);
  await expectReportShown(page);
  await expect(gapRow(page, GAP_AFTER)).toHaveCount(1);
  await expect(gapRow(page, GAP_BEFORE)).toHaveCount(0);
  await expect(page.getByText(`Answered by ${MANAGER}. Answers from colleagues: ${COLLEAGUE} (1 answer).`, { exact: true })).toBeVisible();
  const appendix = page.getByRole('region', { name: 'Appendix: every answer as given' });
  const technologyRow = appendix
    .getByRole('table', { name: IT_STAFF_STEP.title })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: TECHNOLOGY.label, exact: true }) });
  await expect(technologyRow.getByRole('cell')).toHaveText(['Experienced', COLLEAGUE]);
  // The manager's own answers stay theirs.
  const installationRow = appendix.getByRole('row').filter({ has: page.getByRole('rowheader', { name: getQuestion('exp-installation').label, exact: true }) });
  await expect(installationRow.getByRole('cell')).toHaveText(['Experienced', MANAGER]);
});

test('a damaged file of answers is refused on the merge page, naming the file, and the assessment stays as it was', async ({ page }) => {
  await seedAssessments(page, [ASSESSMENT]);
  const before = await savedAssessment(page);
  expect(before.answers).toEqual(ANSWERS);

  await page.goto(PATHS.merge);
  await expect(page.getByRole('heading', { level: 1, name: "Merge a colleague's answers" })).toBeVisible();
  const damaged = JSON.stringify({
    format: 'staffing-readiness-answers',
    schemaVersion: 1,
    exportedAt: '2026-01-11T09:00:00.000Z',
    assessmentId: ID,
    organization: ORG,
    askedBy: MANAGER,
    colleague: COLLEAGUE,
    questionIds: ['exp-technology'],
    answers: { 'exp-technology': 'wizard' },
  });
  await page.getByLabel('Files of answers').setInputFiles({ name: 'sam-lee-answers.json', mimeType: 'application/json', buffer: Buffer.from(damaged) });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('"sam-lee-answers.json" could not be used');
  await expect(alert).toContainText('Nothing was changed');
  await expect(alert).toContainText('exp-technology');
  await expect(page.getByRole('heading', { name: 'Answers that differ' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Take the/ })).toHaveCount(0);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: "Merge a colleague's answers" })).toBeVisible();
  expect(await savedAssessment(page)).toEqual(before);
});
