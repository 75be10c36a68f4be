import { expect, test } from 'vitest';
import { parseQuestionBank } from '../../src/assessment/check-question-bank';
import { QUESTION_BANK, getQuestion } from '../../src/assessment/question-bank';
import { k } from '../../src/assessment/scoring/constants';
import { STEP_INPUTS } from '../../src/assessment/steps';

// Unique ids, known sources, skip rules that look back and non-empty labels are checked by
// parseQuestionBank in this test and in the build: the cases below show that it refuses each one.

type Questions = readonly (typeof STEP_INPUTS)[number]['questions'][number][];

/** The bank's steps with each step's questions changed by `mutate` (given the step's questions and index). */
function withQuestions(mutate: (questions: Questions, stepIndex: number) => readonly unknown[]): unknown {
  return STEP_INPUTS.map((step, index) => ({ ...step, questions: mutate(step.questions, index) }));
}

test("the product's bank passes the check, and the app reads it as the check parses it", () => {
  const parsed = parseQuestionBank(STEP_INPUTS);
  expect(QUESTION_BANK.questions).toEqual(parsed.questions);
  expect(QUESTION_BANK.steps).toEqual(parsed.steps);
});

test('every question says why it is asked in a sentence, not a word', () => {
  for (const question of QUESTION_BANK.questions) expect(question.why.split(' ').length, question.id).toBeGreaterThan(3);
});

test('a question asked on its own says how its answer changes the report, not who knows it (the wizard shows that beside it)', () => {
  for (const question of QUESTION_BANK.questions.filter((item) => item.grid === undefined)) {
    expect(question.why, question.id).toMatch(/report|estimate|gap|scor/);
    expect(question.why, question.id).not.toMatch(/(?<![Dd]on't )\bknows?\b|\bAsk your\b/);
    expect(question.why.split(/(?<=\.) /).length, question.id).toBeLessThanOrEqual(2);
  }
});

test('the figures a "why we ask" quotes are the scoring\'s', () => {
  const why = (id: string) => getQuestion(id).why;
  expect(why('interface-count')).toContain(`counts ${k('defaultInterfaces')} and`);
  // 26 weeks: "6 months" to go-live for hiring, and the weeks planned with no date set.
  expect(k('hiringMinWeeks')).toBe(26);
  expect(k('timelineWeeks')['not-set']).toBe(26);
  for (const id of ['go-live', 'planned-hiring', 'prefer-temporary']) expect(why(id), id).toMatch(/at least 6 months/);
  expect(why('go-live')).toMatch(/plans with 6 months/);
});

test.each([
  [
    'a question citing an unknown source',
    (questions: Questions) => questions.map((question) => (question.id === 'rural' ? { ...question, source: 'nowhere' } : question)),
    /cites unknown source nowhere/,
  ],
  ['a duplicate question id', (questions: Questions, step: number) => (step === 1 ? [...questions, STEP_INPUTS[0].questions[0]] : questions), /duplicate question id org-name/],
  ['a step without questions', (questions: Questions, step: number) => (step === 2 ? [] : questions), /too_small|>=1 items/],
  [
    'a skip rule pointing at a later question',
    (questions: Questions, step: number) =>
      step === 0 ? questions.map((question) => (question.id === 'rural' ? { ...question, showIf: [{ question: 'it-who', in: ['nobody'] }] } : question)) : questions,
    /depends on a later question it-who/,
  ],
  [
    'an option without a label',
    (questions: Questions) =>
      questions.map((question) =>
        question.id === 'rural' && question.kind === 'single'
          ? {
              ...question,
              options: [
                { value: 'yes', label: '' },
                { value: 'no', label: 'No' },
              ],
            }
          : question,
      ),
    /too_small|>=1 characters/,
  ],
  [
    'a skip rule pointing at an unknown option',
    (questions: Questions) => questions.map((question) => (question.id === 'interface-count' ? { ...question, showIf: [{ question: 'project-scope', in: ['x-ray'] }] } : question)),
    /unknown option project-scope=x-ray/,
  ],
])('a bank with %s is refused', (_name, mutate, message) => {
  expect(() => parseQuestionBank(withQuestions(mutate))).toThrow(message);
});

test('the bank covers every point of the HRSA source text', () => {
  const text = JSON.stringify(QUESTION_BANK).toLowerCase();
  const points = [
    'experience with the type of technology',
    'without new hiring',
    'clerical',
    'medical assistants',
    'nurses',
    'software',
    'networking',
    'interfac',
    'shared',
    'exam room',
    'video visit',
    'full clinical load',
    'gradual',
    'existing staffing and workflows',
    'referral',
    'temporary',
  ];
  for (const point of points) expect(text).toContain(point);
});
