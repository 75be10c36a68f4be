import fc from 'fast-check';
import { expect, test } from 'vitest';
import { answersCsv, csvCell, gapsCsv } from '../../src/assessment/csv';
import type { Gap } from '../../src/assessment/scoring/gap-report-schema';

test.each([
  ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
  ['+1+2', "'+1+2"],
  ['-2+3', "'-2+3"],
  ['@SUM(A1)', "'@SUM(A1)"],
  ['\tcmd', "'\tcmd"],
  ['\rcmd', `"'\rcmd"`],
  ['plain text', 'plain text'],
  ['a, b', '"a, b"'],
  ['say "hi"', '"say ""hi"""'],
  ['two\nlines', '"two\nlines"'],
  // After blanks or invisible characters a spreadsheet still reads a formula.
  [' =1+1', "' =1+1"],
  ['\u00A0=1+1', "'\u00A0=1+1"],
  ['\u200B=1+1', "'\u200B=1+1"],
  [' \t=1+1', "' \t=1+1"],
  ['\n=1+1', `"'\n=1+1"`],
  ['\uFEFF@SUM(A1)', "'\uFEFF@SUM(A1)"],
  ['\u3000+1', "'\u3000+1"],
  // Full-width formula signs.
  ['\uFF1D1+1', "'\uFF1D1+1"],
  ['\uFF0B1', "'\uFF0B1"],
  ['\uFF0D1', "'\uFF0D1"],
  ['\uFF20SUM(A1)', "'\uFF20SUM(A1)"],
  [' \uFF1D1+1', "' \uFF1D1+1"],
  // A negative number typed as text is kept as that text.
  ['-5', "'-5"],
  [' -12.5', "' -12.5"],
  // Ordinary text is left as it is.
  ['Dr. Smith', 'Dr. Smith'],
  ['  Practice manager', '  Practice manager'],
  ['a=b+c', 'a=b+c'],
  ['e-mail me@clinic.org', 'e-mail me@clinic.org'],
  ['5-10 people', '5-10 people'],
  ['', ''],
])('a CSV cell %j is neutralized and quoted as %j', (input, expected) => {
  expect(csvCell(input)).toBe(expected);
});

/** The cell's text as a spreadsheet reads it back: without its quotes. */
function unquote(cell: string): string {
  return cell.startsWith('"') && cell.endsWith('"') && cell.length > 1 ? cell.slice(1, -1).replace(/""/g, '"') : cell;
}

/** Blanks and characters a reader does not see (the test's own list, wider than Unicode's spaces). */
const LEADING_INVISIBLE = /^[\s\p{Zs}\p{Cf}\p{Cc}\p{Default_Ignorable_Code_Point}]*/u;
const FORMULA_SIGNS = ['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20'];
const TRICKY = [...FORMULA_SIGNS, ' ', '\u00A0', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u3000', '\n', '\u00AD', '"', ',', "'", 'a', '1'];

test('no CSV cell starts with a formula sign after leading blanks unless it starts with the apostrophe', () => {
  const value = fc.oneof(fc.string({ unit: fc.constantFrom(...TRICKY), maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 8 }), fc.string());
  fc.assert(
    fc.property(value, (input) => {
      const text = unquote(csvCell(input));
      const visible = text.replace(LEADING_INVISIBLE, '');
      const formula = FORMULA_SIGNS.some((sign) => text.startsWith(sign) || visible.startsWith(sign));
      expect(!formula || text.startsWith("'")).toBe(true);
      // Otherwise the text is the value as typed.
      expect(text === input || text === `'${input}`).toBe(true);
    }),
    { numRuns: 2000 },
  );
});

test('the answers CSV lists every asked question with its answer as shown', () => {
  const csv = answersCsv({ answers: { 'org-name': '=cmd|calc', rural: 'dont-know', 'it-who': ['nobody'] } });
  const lines = csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  expect(lines[0]).toBe('Step,Question,Answer,Question id');
  expect(csv).toContain(`Organization name,'=cmd|calc,org-name`);
  expect(csv).toContain(`Is your organization in a rural area or a small community?,Don't know,rural`);
  expect(csv).not.toContain('exp-networking');
});

test('the gap CSV carries the action plan the manager typed', () => {
  const gap: Gap = {
    id: 'gap-1',
    kind: 'weakness',
    area: 'implementation',
    severity: 'critical',
    title: 'Full clinical load',
    explanation: 'Staff keep their full schedule.',
    action: 'Reduce schedules.',
    owner: 'Practice manager',
    questionIds: ['clinical-load'],
    sourceId: 'hrsa-clinical-load',
  };
  const csv = gapsCsv([gap], { 'gap-1': { owner: '-Dr. Smith', due: '2027-01-15' } });
  expect(csv).toContain("critical,Full clinical load,Staff keep their full schedule.,Reduce schedules.,Practice manager,'-Dr. Smith,2027-01-15");
});
