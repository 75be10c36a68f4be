import { expect, test } from 'vitest';
import { QUESTION_BANK, parseQuestionBank } from '../../src/assessment/question-bank';
import { QUESTION_INPUTS, STEP_INPUTS } from '../../src/assessment/steps';

// Unique ids, known sources, step questions that exist and non-empty labels are checked by
// parseQuestionBank as the bank is imported: the cases below show that it refuses each one.

test('every question says why it is asked in a sentence, not a word', () => {
  for (const question of QUESTION_BANK.questions) expect(question.why.split(' ').length, question.id).toBeGreaterThan(3);
});

test.each([
  ['a question citing an unknown source', (questions: typeof QUESTION_INPUTS) => questions.map((question) => (question.id === 'rural' ? { ...question, source: 'nowhere' } : question)), /cites unknown source nowhere/],
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
