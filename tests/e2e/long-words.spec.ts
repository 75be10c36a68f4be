import type { Page } from '@playwright/test';
import { scoreAssessment } from '../../src/assessment/scoring/score-assessment';
import type { SavedAssessment } from '../../src/assessment/saved-assessment';
import type { Answers } from '../../src/assessment/schema';
import { expect, expectReportShown, test } from './fixtures';
import { firstPageScale } from './pdf-scale';
import { seedAssessments } from './seed-storage';
import { PLAN } from './wizard-helpers';

/**
 * Text without a space to break at: the organization and facility 200 characters long (more
 * than the form takes, as an imported file may hold), the owner as long as an action plan keeps.
 */
const ORG = `ValleyFamilyClinicNetwork${'X'.repeat(175)}`;
const FACILITY = `https://north-site.valley-clinic.example.org/${'a'.repeat(155)}`;
const OWNER = `dr.jane.smith@valley-clinic.example.org/${'o'.repeat(80)}`;

const answers = { ...PLAN, 'org-name': ORG, 'facility-name': FACILITY };
const gaps = scoreAssessment(answers).gaps;

function withOwner(id: string, assessmentAnswers: Answers, owner: string): SavedAssessment {
  const actionPlan = Object.fromEntries(gaps.map((gap) => [gap.id, { owner, due: '2027-01-15' }]));
  return { id, name: '', createdAt: '2026-01-10T09:00:00.000Z', updatedAt: '2026-01-10T09:00:00.000Z', answers: assessmentAnswers, actionPlan };
}

const LONG = withOwner('long', answers, OWNER);
/** The same report with names as most are. */
const SHORT = withOwner('short', PLAN, 'Practice manager');

/** How far the page is wider than its window: 0 when nothing scrolls sideways. */
function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

test.use({ viewport: { width: 390, height: 844 } });

test('long unbroken names do not make the start page, the review or the results scroll sideways on a phone', async ({ page }) => {
  expect([ORG.length, FACILITY.length, OWNER.length]).toEqual([200, 200, 120]);
  expect(gaps.length).toBeGreaterThan(0);
  await seedAssessments(page, [LONG]);
  await expect(page.getByRole('rowheader', { name: new RegExp(ORG) })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(ORG) })).toBeVisible();
  expect(await sidewaysOverflow(page), 'start page').toBeLessThanOrEqual(0);

  await page.getByRole('link', { name: 'Review your answers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Review your answers' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText(FACILITY);
  expect(await sidewaysOverflow(page), 'review').toBeLessThanOrEqual(0);

  await page.goto('/results');
  await expectReportShown(page);
  await expect(page.getByRole('main')).toContainText(ORG);
  expect(await sidewaysOverflow(page), 'results').toBeLessThanOrEqual(0);
});

/** The results of one saved assessment printed on Letter paper, as the browser's Print does. */
async function printedResults(page: Page, assessment: SavedAssessment): Promise<Buffer> {
  await seedAssessments(page, [assessment]);
  await page.goto('/results');
  await expectReportShown(page);
  return page.pdf({ format: 'Letter', printBackground: true });
}

test('the printed report with long unbroken names fits the paper, so it is not shrunk', async ({ page }) => {
  const usual = firstPageScale(await printedResults(page, SHORT));
  const long = firstPageScale(await printedResults(page, LONG));
  expect(usual).toBeCloseTo(0.75, 2);
  expect(long, 'the long names print at the size of the usual ones').toBeCloseTo(usual, 3);

  // Laid out for print on the paper's printable width (8.5 in less two 0.5 in margins).
  await page.setViewportSize({ width: 7.5 * 96, height: 1000 });
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText(OWNER).first()).toBeVisible();
  expect(await sidewaysOverflow(page), 'results, printed').toBeLessThanOrEqual(0);
});
