import { expect, test } from 'vitest';
import { pickPair } from '../../../src/features/compare/compare-selection';

const IDS = ['newest', 'second', 'third'];

test.each([
  { name: 'nothing chosen: the older of the two most recent is the baseline', a: null, b: null, expected: { a: 'second', b: 'newest' } },
  { name: 'both chosen and saved', a: 'third', b: 'second', expected: { a: 'third', b: 'second' } },
  { name: 'the same one twice is kept (the page says so)', a: 'third', b: 'third', expected: { a: 'third', b: 'third' } },
  { name: 'only the baseline chosen: the most recent other one', a: 'newest', b: null, expected: { a: 'newest', b: 'second' } },
  { name: 'only the other chosen: the most recent other one as baseline', a: null, b: 'newest', expected: { a: 'second', b: 'newest' } },
  { name: 'a deleted id counts as not chosen', a: 'gone', b: 'third', expected: { a: 'newest', b: 'third' } },
])('$name', ({ a, b, expected }) => {
  expect(pickPair(IDS, a, b)).toEqual(expected);
});

test('fewer than two saved: nothing to compare', () => {
  expect(pickPair([], null, null)).toBeNull();
  expect(pickPair(['only'], 'only', 'only')).toBeNull();
});
