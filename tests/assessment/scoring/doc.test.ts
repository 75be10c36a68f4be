import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { WORKED_EXAMPLE, fillScoringDoc, renderScoringDocBlocks } from '../../../scripts/scoring-doc-tables';
import { SCORING_CONSTANTS } from '../../../src/assessment/scoring/constants';
import { scoreAssessment } from '../../../src/assessment/scoring/score-assessment';

// Vitest runs from the project root; jsdom's import.meta.url is not a file URL.
const DOC = readFileSync(resolve(process.cwd(), 'docs/scoring.md'), 'utf8');

test('docs/scoring.md matches the constants and the scoring (run `npx tsx scripts/generate-scoring-doc.ts` to update it)', () => {
  expect(fillScoringDoc(DOC, renderScoringDocBlocks())).toBe(DOC);
});

test('the doc lists every constant by name', () => {
  for (const id of Object.keys(SCORING_CONSTANTS)) expect(DOC).toContain(`\`${id}\``);
});

test('the worked example is a complete assessment, so its report is not provisional', () => {
  const report = scoreAssessment(WORKED_EXAMPLE);
  expect(report.missing).toEqual([]);
  expect(report.recommendation.primary).toBe('shared-it');
  expect(DOC).toContain(`= **${report.workload.wisnRatio}**`);
});
