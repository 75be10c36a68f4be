import fc from 'fast-check';
import { expect, test } from 'vitest';
import { formatCount, formatCountOf, formatInputDate, formatLongDate, formatWhen } from '../../src/ui/format-en-us';

test.each([
  [new Date(2026, 10, 26), 'November 26, 2026'],
  [new Date(2025, 0, 1), 'January 1, 2025'],
  [new Date(2024, 11, 31, 23, 59), 'December 31, 2024'],
])('a day is written in full: %s', (date, expected) => {
  expect(formatLongDate(date)).toBe(expected);
});

test.each([
  [new Date(2026, 10, 26, 9, 5), 'Nov 26, 2026, 9:05 AM'],
  [new Date(2026, 0, 2, 0, 0), 'Jan 2, 2026, 12:00 AM'],
  [new Date(2026, 5, 30, 12, 30), 'Jun 30, 2026, 12:30 PM'],
  [new Date(2026, 8, 1, 23, 59), 'Sep 1, 2026, 11:59 PM'],
])('a saved time is written short, in local time: %s', (date, expected) => {
  expect(formatWhen(date.toISOString())).toBe(expected);
});

test('text that is not a date is shown as it is', () => {
  expect(formatWhen('yesterday')).toBe('yesterday');
});

test.each([
  [0, '0'],
  [999, '999'],
  [1000, '1,000'],
  [1234567.6, '1,234,568'],
  [-4321, '-4,321'],
])('a count gets thousands separators: %s', (value, expected) => {
  expect(formatCount(value)).toBe(expected);
});

test('a count reads back as the rounded number, with a comma before every three digits', () => {
  fc.assert(
    fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), (value) => {
      const text = formatCount(value);
      expect(Number(text.replace(/,/g, ''))).toBe(Math.round(value) || 0);
      expect(text).toMatch(/^-?\d{1,3}(,\d{3})*$/);
    }),
  );
});

test.each([
  [1, '1 super-user'],
  [0.6, '1 super-user'],
  [3, '3 super-users'],
  [0, '0 super-users'],
  [1500, '1,500 super-users'],
])('a count takes the noun that fits it: %s', (value, expected) => {
  expect(formatCountOf(value, 'super-user', 'super-users')).toBe(expected);
});

test.each([
  ['2027-01-15', 'January 15, 2027'],
  ['2026-12-31', 'December 31, 2026'],
  ['2028-02-29', 'February 29, 2028'],
])('a day typed in a date field prints in US style, the same day in every time zone: %s', (value, expected) => {
  expect(formatInputDate(value)).toBe(expected);
});

test.each(['', '2027-02-30', '2027-13-01', '15/01/2027', 'next week'])('what is not a calendar day is shown as typed: "%s"', (value) => {
  expect(formatInputDate(value)).toBe(value);
});

test('a typed day reads as toLocaleDateString writes it in US English', () => {
  fc.assert(
    fc.property(fc.date({ min: new Date(1900, 0, 1), max: new Date(2199, 11, 31), noInvalidDate: true }), (date) => {
      const typed = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
      expect(formatInputDate(typed)).toBe(date.toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric' }));
    }),
  );
});
