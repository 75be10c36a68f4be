import { expect, test } from 'vitest';
import { answeredByOf, whoAnswered, withoutAttribution } from '../../src/assessment/answered-by';

const ASSESSMENT = {
  answers: { respondent: '  Pat Lee, practice manager ', rural: 'yes', 'it-fte': 1, 'org-type': 'health-center', hosting: 'vendor-hosted' },
  answeredBy: { 'it-fte': 'Sam Ortiz, IT contractor', hosting: 'Sam Ortiz, IT contractor', 'org-type': 'Jo Ray, nursing lead', 'site-internet': 'Jo Ray, nursing lead' },
};

test('who answered: the respondent as typed, and each colleague with the answers still theirs, most first', () => {
  expect(whoAnswered(ASSESSMENT)).toEqual({
    respondent: 'Pat Lee, practice manager',
    // Jo's answer to site-internet is no longer there: one answer, not two.
    others: [
      { name: 'Sam Ortiz, IT contractor', count: 2 },
      { name: 'Jo Ray, nursing lead', count: 1 },
    ],
  });
  expect(whoAnswered({ answers: { respondent: '   ' } })).toEqual({ respondent: undefined, others: [] });
});

test('an answer is the colleague’s it came from, else the respondent’s', () => {
  expect(answeredByOf(ASSESSMENT, 'hosting')).toBe('Sam Ortiz, IT contractor');
  expect(answeredByOf(ASSESSMENT, 'rural')).toBe('Pat Lee, practice manager');
  expect(answeredByOf({ answers: {} }, 'rural')).toBeUndefined();
});

test('dropping the attribution of an answer keeps the others, and leaves no empty record', () => {
  expect(withoutAttribution(ASSESSMENT, ['hosting']).answeredBy).toEqual({ 'it-fte': 'Sam Ortiz, IT contractor', 'org-type': 'Jo Ray, nursing lead', 'site-internet': 'Jo Ray, nursing lead' });
  expect(withoutAttribution(ASSESSMENT)).not.toHaveProperty('answeredBy');
  expect(withoutAttribution({ answers: {}, answeredBy: { rural: 'Sam' } }, ['rural'])).not.toHaveProperty('answeredBy');
  expect(withoutAttribution(ASSESSMENT, ['rural']).answeredBy).toEqual(ASSESSMENT.answeredBy);
});
