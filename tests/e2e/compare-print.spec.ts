import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMPARE_TEXT } from '../../src/features/compare/compare-text';
import { PROFILES } from '../assessment/profiles';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { seedAssessments } from './seed-storage';

function pdfText(pdf: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'compare-')), 'compare.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

test('the comparison prints: which two, the changed recommendation, levels and answers, without the pickers', async ({ page }) => {
  const strong = PROFILES.find((profile) => profile.name === 'everything strong');
  const weak = PROFILES.find((profile) => profile.name === 'everything weak');
  if (!strong || !weak) throw new Error('profiles missing');
  await seedAssessments(page, [
    { id: 'strong', name: 'Strong clinic', createdAt: '2025-05-01T10:00:00.000Z', updatedAt: '2025-05-01T10:00:00.000Z', answers: strong.answers, actionPlan: {} },
    { id: 'weak', name: 'Weak clinic', createdAt: '2026-01-15T10:00:00.000Z', updatedAt: '2026-01-15T10:00:00.000Z', answers: weak.answers, actionPlan: {} },
  ]);
  await page.goto('/compare');
  await expect(page.getByRole('region', { name: COMPARE_TEXT.recommendationHeading })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expectNoAxeViolations(page, 'the comparison in print media');
  const text = pdfText(await page.pdf({ format: 'Letter', printBackground: true }));
  expect(text).toContain(COMPARE_TEXT.recommendationChanged);
  expect(text).toContain(COMPARE_TEXT.areasHeading);
  expect(text).toContain(COMPARE_TEXT.answersHeading);
  expect(text).toMatch(/Baseline: .+\. Compared with: .+\./);
  expect(text).not.toContain(COMPARE_TEXT.baselineHint);
  expect(text).not.toContain(COMPARE_TEXT.print);
});
