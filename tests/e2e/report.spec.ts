import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { glossaryTermsUsed } from '../../src/assessment/glossary';
import { reportTexts } from '../../src/assessment/report-texts';
import { scoreAssessment } from '../../src/assessment/scoring/score-assessment';
import { AT_A_GLANCE_TEXT } from '../../src/features/results/at-a-glance-text';
import { GLOSSARY_TEXT } from '../../src/features/results/glossary-text';
import { RESULTS_TEXT } from '../../src/features/results/results-text';
import { formatLongDate } from '../../src/ui/format-en-us';
import { expect, expectNoAxeViolations, expectReportShown, test } from './fixtures';
import { PLAN, fillStepByPointer, nextButton, plannedSteps } from './wizard-helpers';

/** Text of each PDF page, through poppler's pdftotext (installed by .ci/run). */
function pdfPages(pdf: Buffer): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'report-'));
  const file = join(dir, 'report.pdf');
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  return text.split('\f').filter((page, index, all) => index < all.length - 1 || page.trim() !== '');
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ');
}

test('the whole wizard leads to results that pass axe on screen and in print, and print cleanly on Letter paper', async ({ page }) => {
  test.slow();
  await page.goto('/');
  await page.getByRole('link', { name: 'Start the assessment' }).click();
  for (const planned of plannedSteps()) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(planned.step.title);
    await fillStepByPointer(page, planned);
    await nextButton(page).click();
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Review your answers');
  await page.getByRole('button', { name: 'See the results' }).click();

  const report = scoreAssessment(PLAN);
  // The heading names the organization for screen readers; on screen it is the line below.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Staffing readiness report: ${PLAN['org-name']}`);
  await expect(page.getByText(PLAN['org-name'] as string, { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'At a glance' })).toContainText(report.recommendation.headline);
  await expectReportShown(page);
  await expectNoAxeViolations(page, 'results at 1280 px');
  await page.emulateMedia({ media: 'print' });
  await expectNoAxeViolations(page, 'results in print media');

  const pages = pdfPages(await page.pdf({ format: 'Letter', printBackground: true }));
  const all = squash(pages.join(' '));
  // The report proper ends where the appendix starts (the glossary, assumptions, answers, sources).
  const appendixStart = pages.findIndex((text) => squash(text).includes(GLOSSARY_TEXT.intro.slice(0, 40)));
  expect(appendixStart, 'the appendix starts on its own page').toBeGreaterThan(0);
  expect(appendixStart, `the report before the appendix takes ${appendixStart} pages`).toBeLessThanOrEqual(4);

  expect(all).toContain(squash(report.recommendation.headline));
  expect(all).toContain(PLAN['org-name'] as string);
  for (const gap of report.gaps) expect(all, `the PDF names the gap "${gap.title}"`).toContain(squash(gap.title));
  for (const navigation of ['Skip to main content', 'Print report', 'Back to your answers', 'Download gaps and actions', 'Health IT staffing assessment']) {
    expect(all, `no "${navigation}" on paper`).not.toContain(navigation);
  }
  // Every page names the organization and the date at its top, and its number at its foot.
  const header = `${PLAN['org-name'] as string} · ${formatLongDate(new Date())}`;
  pages.forEach((text, index) => {
    expect(squash(text).trimStart().startsWith(header), `page ${index + 1} starts with "${header}"`).toBe(true);
    expect(text).toContain(`Page ${index + 1} of ${pages.length}`);
  });
  // Page one is the summary, alone: the explanation starts on page two.
  expect(squash(pages[0] ?? '')).toContain(AT_A_GLANCE_TEXT.heading);
  expect(squash(pages[0] ?? '')).toContain(squash(report.recommendation.headline));
  expect(squash(pages[0] ?? '')).toContain(AT_A_GLANCE_TEXT.confidence);
  expect(squash(pages[0] ?? '')).not.toContain(RESULTS_TEXT.recommendationHeading);
  expect(
    squash(pages[1] ?? '')
      .trimStart()
      .startsWith(`${header} ${RESULTS_TEXT.recommendationHeading}`),
  ).toBe(true);
  expect(all).toContain('Appendix: every answer as given');

  // The glossary opens the appendix, heading first, with the terms this report uses; the top of
  // the report says where it is.
  expect(squash(pages[0] ?? '')).toContain(`${GLOSSARY_TEXT.link}${GLOSSARY_TEXT.linkOnPaper}`);
  expect(
    squash(pages[appendixStart] ?? '')
      .trimStart()
      .startsWith(`${header} ${GLOSSARY_TEXT.heading}`),
    'the glossary heading tops its page',
  ).toBe(true);
  const glossary = squash(pages.slice(appendixStart).join(' '));
  for (const entry of glossaryTermsUsed(reportTexts(report, PLAN))) expect(glossary, `the printed glossary explains ${entry.term}`).toContain(squash(entry.definition));
  expect(glossary).toContain('FTE (full-time equivalent)');
});

test('"Terms used in this report" jumps to the glossary', async ({ page }) => {
  await page.goto('/');
  await page.evaluate((answers) => {
    localStorage.setItem('staffing-readiness:index', JSON.stringify({ version: 2 }));
    localStorage.setItem(
      'staffing-readiness:assessment:terms',
      JSON.stringify({ id: 'terms', name: '', createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z', answers, actionPlan: {} }),
    );
  }, PLAN);
  await page.goto('/results');
  await expectReportShown(page);
  await page.getByRole('link', { name: GLOSSARY_TEXT.link }).click();
  const heading = page.getByRole('heading', { level: 2, name: GLOSSARY_TEXT.heading });
  await expect(heading).toBeInViewport();
  await expect(page.getByRole('region', { name: GLOSSARY_TEXT.heading }).getByRole('term').first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'At a glance' })).not.toBeInViewport();
});

test('results fit a phone screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await page.evaluate((answers) => {
    localStorage.setItem('staffing-readiness:index', JSON.stringify({ version: 2 }));
    localStorage.setItem(
      'staffing-readiness:assessment:phone',
      JSON.stringify({ id: 'phone', name: '', createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z', answers, actionPlan: {} }),
    );
  }, PLAN);
  await page.goto('/results');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Staffing readiness report');
  await expectReportShown(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page, 'results at 390 px');
});
