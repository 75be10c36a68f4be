import fc from 'fast-check';
import { expect, test } from 'vitest';
import { NUMBER_INPUT_MAX, readNumberInput } from '../../src/assessment/number-input';
import { answerValueSchema } from '../../src/assessment/schema';

test.each<[string, string | number | undefined]>([
  ['', undefined],
  ['   ', undefined],
  ['12', 12],
  [' 12 ', 12],
  ['0.5', 0.5],
  ['.5', 0.5],
  ['5.', 5],
  ['-3', -3],
  ['1,500', 1500],
  ['12,000,000', 12000000],
  ['0,3', 0.3],
  ['1,5', 1.5],
  ['1 500', 1500],
  ['12a', '12a'],
  ['about 10', 'about 10'],
  ['1.2.3', '1.2.3'],
  ['1e5', '1e5'],
])('"%s" is read as %s', (typed, expected) => {
  expect(readNumberInput(typed)).toBe(expected);
});

test('a decimal comma is never read as a larger number', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1, max: 99 }), (whole, fraction) => {
      const typed = `${whole},${fraction}`;
      expect(readNumberInput(typed)).toBe(Number(`${whole}.${fraction}`));
    }),
  );
});

test('whatever is typed, the answer is one the store can save and load back', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 400 }), (typed) => {
      const value = readNumberInput(typed);
      if (value === undefined) return;
      expect(answerValueSchema.safeParse(value).success).toBe(true);
      if (typeof value === 'string') expect(value.length).toBeLessThanOrEqual(NUMBER_INPUT_MAX);
      else expect(Number.isFinite(value)).toBe(true);
    }),
  );
});
