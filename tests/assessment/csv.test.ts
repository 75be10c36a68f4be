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
])('a CSV cell %j is neutralized and quoted as %j', (input, expected) => {
  expect(csvCell(input)).toBe(expected);
});

test('the answers CSV lists every asked question with its answer as shown', () => {
  const csv = answersCsv({ answers: { 'org-name': '=cmd|calc', rural: 'dont-know', 'it-who': ['nobody'] } });
  const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
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
