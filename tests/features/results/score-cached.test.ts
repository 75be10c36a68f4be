import { expect, test } from 'vitest';
import { scoreCached } from '../../../src/features/results/score-cached';
import { FULL_PROFILE } from '../../helpers/full-profile';

test('the same answers (the same object, as the store keeps it) are scored once', () => {
  const answers = { ...FULL_PROFILE };
  expect(scoreCached(answers)).toBe(scoreCached(answers));
});

test('changed answers (a new object) are scored again, and the new report is kept for them', () => {
  const answers = { ...FULL_PROFILE };
  const before = scoreCached(answers);
  const changed = { ...answers, 'it-project-hours': 40, 'exp-interfacing': 'experienced' };
  const after = scoreCached(changed);
  expect(after).not.toBe(before);
  expect(after).not.toEqual(before);
  expect(scoreCached(changed)).toBe(after);
  expect(scoreCached(answers)).toBe(before);
});
