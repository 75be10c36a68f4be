import { expect, test } from 'vitest';
import { QUESTION_BANK, parseQuestionBank } from '../../src/assessment/question-bank';
import { QUESTION_INPUTS, STEP_INPUTS } from '../../src/assessment/steps';
import { SOURCES } from '../../src/assessment/sources';

test('the question bank parses with unique ids and every step question present', () => {
  const ids = QUESTION_BANK.questions.map((question) => question.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const step of QUESTION_BANK.steps) {
    for (const id of step.questions) expect(ids).toContain(id);
  }
});

test('every option has a label and every question a why and a known source', () => {
  for (const question of QUESTION_BANK.questions) {
    expect(question.why.length).toBeGreaterThan(10);
    expect(SOURCES.map((source) => source.id)).toContain(question.source);
    if (question.kind === 'single' || question.kind === 'multi') {
      for (const option of question.options) expect(option.label.trim()).not.toBe('');
    }
  }
});

test.each([
  ['a duplicate question id', (questions: typeof QUESTION_INPUTS) => [...questions, questions[0]!], /duplicate question id/],
  ['a step naming a missing question', (questions: typeof QUESTION_INPUTS) => questions.slice(1), /unknown question org-name/],
  [
    'an option without a label',
    (questions: typeof QUESTION_INPUTS) =>
      questions.map((question) =>
        question.id === 'rural' && question.kind === 'single'
          ? { ...question, options: [{ value: 'yes', label: '' }, { value: 'no', label: 'No' }] }
          : question,
      ),
    /too_small|>=1 characters/,
  ],
  [
    'a skip rule pointing at an unknown option',
    (questions: typeof QUESTION_INPUTS) =>
      questions.map((question) => (question.id === 'interface-count' ? { ...question, showIf: [{ question: 'project-scope', in: ['x-ray'] }] } : question)),
    /unknown option project-scope=x-ray/,
  ],
])('a bank with %s is refused', (_name, mutate, message) => {
  expect(() => parseQuestionBank({ questions: mutate(QUESTION_INPUTS), steps: STEP_INPUTS })).toThrow(message);
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
