import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { scoreAssessment } from '../../src/assessment/scoring/score-assessment';
import { RESULTS_TEXT } from '../../src/features/results/results-text';
import { expect, expectReportShown, test } from './fixtures';
import { seedAssessments } from './seed-storage';
import { PLAN } from './wizard-helpers';

const when = '2026-11-15T10:00:00.000Z';
const ORG = 'Valley <b>Family</b> & Co';

test('the report downloads as a Word document with its headings, tables, every gap and the organization', async ({ page }) => {
  const answers = { ...PLAN, 'org-name': ORG };
  const [first] = scoreAssessment(answers).gaps;
  await seedAssessments(page, [{ id: 'word', name: '', createdAt: when, updatedAt: when, answers, actionPlan: first ? { [first.id]: { owner: 'Dana <IT>', due: '2027-01-15' } } : {} }]);
  await page.goto('/results');
  await expectReportShown(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: RESULTS_TEXT.downloadWord }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  const files = unzipSync(new Uint8Array(readFileSync(await download.path())));
  const body = strFromU8(files['word/document.xml'] ?? new Uint8Array());
  const text = [...body.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('');
  const report = scoreAssessment(answers);
  expect(text).toContain(report.recommendation.headline.replace(/'/g, '&apos;').replace(/"/g, '&quot;'));
  for (const gap of report.gaps) expect(text, gap.title).toContain(gap.title.replace(/&/g, '&amp;').replace(/'/g, '&apos;').replace(/"/g, '&quot;'));
  // The organization, as text: markup typed into a field stays characters in the file.
  expect(text).toContain('Valley &lt;b&gt;Family&lt;/b&gt; &amp; Co');
  expect(body).not.toContain('<b>');
  // The owner and date typed in the action plan, the date in US style.
  expect(text).toContain('Dana &lt;IT&gt;');
  expect(text).toContain('January 15, 2027');
  expect(body).toContain('<w:pStyle w:val="Heading1"/>');
  expect(body).toContain('<w:tbl>');
  await expect(page.getByRole('alert')).toHaveCount(0);
});
