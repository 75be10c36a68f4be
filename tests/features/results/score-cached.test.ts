import { expect, test } from 'vitest';
import { scoreAssessment } from '../../../src/assessment/scoring/score-assessment';
import { scoreCached } from '../../../src/features/results/score-cached';
import { FULL_PROFILE } from '../../helpers/full-profile';

test('the report scored ahead for a set of answers is the one the page gets for the same answers', () => {
  const answers = { ...FULL_PROFILE };
  const first = scoreCached(answers);
  expect(first).toEqual(scoreAssessment(answers));
  expect(scoreCached(answers)).toBe(first);
});

test('changed answers (a new object) are scored again', () => {
  const answers = { ...FULL_PROFILE };
  const before = scoreCached(answers);
  const changed = { ...answers, 'it-project-hours': 40, 'exp-interfacing': 'experienced' };
  const after = scoreCached(changed);
  expect(after).toEqual(scoreAssessment(changed));
  expect(after).not.toEqual(before);
});
