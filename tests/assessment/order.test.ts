import fc from 'fast-check';
import { expect, test } from 'vitest';
import { compareCodeUnits } from '../../src/assessment/order';

test('ISO timestamps sort from oldest to newest', () => {
  const times = ['2026-11-26T09:00:00.000Z', '2025-01-15T10:00:00.000Z', '2026-01-10T09:00:00.000Z'];
  expect([...times].sort(compareCodeUnits)).toEqual(['2025-01-15T10:00:00.000Z', '2026-01-10T09:00:00.000Z', '2026-11-26T09:00:00.000Z']);
});

test('it orders as < does, and is a consistent comparison', () => {
  fc.assert(
    fc.property(fc.string(), fc.string(), (left, right) => {
      const order = compareCodeUnits(left, right);
      expect(Math.sign(order)).toBe(left < right ? -1 : left > right ? 1 : 0);
      expect(Math.sign(compareCodeUnits(right, left))).toBe(0 - Math.sign(order));
    }),
  );
});
