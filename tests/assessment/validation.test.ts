import { expect, test } from 'vitest';
import fc from 'fast-check';
import { QUESTION_BANK, findStep } from '../../src/assessment/question-bank';
import type { QuestionId } from '../../src/assessment/question-ids';
import { readAnswer } from '../../src/assessment/scoring/read-answers';
import { visibleQuestions } from '../../src/assessment/visibility';
import { unvalidatedAnswersArb } from './arbitraries';
import type { Answers } from '../../src/assessment/schema';
import { completeness, validateAll, validateStep } from '../../src/assessment/validation';

function step(id: string) {
  const found = findStep(id);
  if (!found) throw new Error(id);
  return found;
}

/** The first two steps, the organization's and the project's, which these answers fill in. */
function validateFirstSteps(answers: Answers) {
  return [...validateStep(step('organization'), answers), ...validateStep(step('project'), answers)];
}

const organization: Answers = {
  'org-type': 'health-center',
  'facility-count': 3,
  rural: 'yes',
  'project-scope': ['new-ehr'],
  hosting: 'vendor-hosted',
  'site-internet': 'reliable',
  'go-live': '6-12',
};

test('complete organization and project steps have no errors', () => {
  expect(validateFirstSteps(organization)).toEqual([]);
});

test('empty steps list every required question, in order, and not the optional ones', () => {
  const ids = validateFirstSteps({}).map((error) => error.questionId);
  expect(ids).toEqual(['org-type', 'facility-count', 'rural', 'project-scope', 'site-internet', 'go-live']);
});

test.each<[string, Answers, string, RegExp]>([
  ['text where a number belongs', { ...organization, 'facility-count': 'three' }, 'facility-count', /Enter a number from 1 to 200/],
  ['a number out of range', { ...organization, 'facility-count': 0 }, 'facility-count', /from 1 to 200/],
  ['decimals in a whole number', { ...organization, 'facility-count': 2.5 }, 'facility-count', /whole number/],
  ['an unknown option', { ...organization, 'org-type': 'spaceship' }, 'org-type', /Choose one answer/],
  ['"Don\'t know" where it is not offered', { ...organization, 'go-live': 'dont-know' }, 'go-live', /Choose one answer/],
  ['an empty multiple choice', { ...organization, 'project-scope': [] }, 'project-scope', /at least one/],
  ['a name that is too long', { ...organization, 'org-name': 'x'.repeat(121) }, 'org-name', /under 120 characters/],
])('validation refuses %s, in plain words', (_name, answers, id, message) => {
  const errors = validateFirstSteps(answers);
  expect(errors).toHaveLength(1);
  expect(errors[0]?.questionId).toBe(id);
  expect(errors[0]?.message).toMatch(message);
});

test('an exclusive choice cannot be combined with others', () => {
  const errors = validateStep(step('it-staff'), { 'it-who': ['nobody', 'dedicated'] });
  expect(errors[0]?.message).toMatch(/"Nobody in particular" cannot be combined/);
});

test('"Don\'t know" is accepted where it is offered', () => {
  expect(validateFirstSteps({ ...organization, rural: 'dont-know' })).toEqual([]);
  expect(
    validateStep(step('staff-skills'), {
      'staff-count-clerical': 0,
      'staff-count-medical-assistants': 0,
      'staff-count-providers': 0,
      'staff-count-nurses': 'dont-know',
      'staff-count-other': 'dont-know',
    }).map((error) => error.questionId),
  ).not.toContain('staff-count-other');
});

test('a conditional question is required only when shown', () => {
  expect(validateFirstSteps({ ...organization, 'project-scope': ['interfaces'] }).map((error) => error.questionId)).toEqual(['interface-count']);
});

test('completeness grows as answers are added', () => {
  const none = completeness({});
  const some = completeness(organization);
  expect(none).toBe(0);
  expect(some).toBeGreaterThan(0);
  expect(some).toBeLessThan(1);
  expect(validateAll(organization).length).toBeGreaterThan(0);
});

test('an answer the step refuses is never read by the scoring, and every answer it accepts is', () => {
  fc.assert(
    fc.property(unvalidatedAnswersArb, (answers) => {
      for (const step of QUESTION_BANK.steps) {
        const refused = new Set(validateStep(step, answers).map((error) => error.questionId));
        for (const question of visibleQuestions(step, answers)) {
          const reading = readAnswer(answers, question.id as QuestionId);
          if (refused.has(question.id)) expect(reading.state, question.id).toBe('missing');
          else if (question.required) expect(reading.state, question.id).not.toBe('missing');
        }
      }
    }),
  );
});
