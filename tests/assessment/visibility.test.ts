import { expect, test } from 'vitest';
import { getQuestion, QUESTION_BANK } from '../../src/assessment/question-bank';
import type { Answers } from '../../src/assessment/schema';
import { effectiveAnswers, isQuestionVisible, visibleSteps } from '../../src/assessment/visibility';
import { deriveFacts } from '../../src/assessment/scoring/facts';

test.each<[string, string, Answers, boolean]>([
  ['interface count without interfaces in scope', 'interface-count', { 'project-scope': ['new-ehr'] }, false],
  ['interface count with interfaces in scope', 'interface-count', { 'project-scope': ['new-ehr', 'interfaces'] }, true],
  ['IT experience when nobody does IT', 'exp-networking', { 'it-who': ['nobody'] }, false],
  ['IT experience when staff do IT on the side', 'exp-networking', { 'it-who': ['side'] }, true],
  ['IT experience before anyone is named', 'exp-networking', {}, false],
  ['interfacing experience for a telehealth-only project', 'exp-interfacing', { 'it-who': ['dedicated'], 'project-scope': ['telehealth'] }, false],
  ['interfacing experience for an EHR project', 'exp-interfacing', { 'it-who': ['dedicated'], 'project-scope': ['new-ehr'] }, true],
  ['telehealth manner without telehealth', 'soft-telehealth', { 'project-scope': ['new-ehr'] }, false],
  ['telehealth manner with telehealth', 'soft-telehealth', { 'project-scope': ['telehealth'] }, true],
  ['nurse skills when the clinic has no nurses', 'skill-computer-nurses', { 'staff-count-nurses': 0 }, false],
  ['nurse skills when the clinic has nurses', 'skill-system-nurses', { 'staff-count-nurses': 3 }, true],
  ['nurse skills before the nurses are counted', 'skill-system-nurses', {}, true],
  ['nurse skills when their count is not known', 'skill-computer-nurses', { 'staff-count-nurses': 'dont-know' }, true],
  ['the "can we do it without hiring" question, always', 'no-hiring-feasible', {}, true],
  // Two conditions on the same question: staff doing IT on the side, and somebody else too.
  ['non-technical staff doing IT, beside shared IT staff', 'nontech-it-tasks', { 'it-who': ['shared', 'side'] }, true],
  ['non-technical staff doing IT, when they are the only IT', 'nontech-it-tasks', { 'it-who': ['side'] }, false],
  ['non-technical staff doing IT, when nobody does IT on the side', 'nontech-it-tasks', { 'it-who': ['contractor'] }, false],
  ['non-technical staff doing IT, before anyone is named', 'nontech-it-tasks', {}, false],
])('skip rule: %s', (_name, id, answers, expected) => {
  expect(isQuestionVisible(getQuestion(id), answers)).toBe(expected);
});

test('a step with nothing to ask is skipped', () => {
  const networkOnly = visibleSteps({ 'project-scope': ['network-hardware'] }).map((step) => step.id);
  expect(networkOnly).not.toContain('soft-skills');
  expect(visibleSteps({ 'project-scope': ['telehealth'] }).map((step) => step.id)).toContain('soft-skills');
  expect(QUESTION_BANK.steps.length).toBeGreaterThan(networkOnly.length);
});

test('answers to skipped questions are kept but not counted', () => {
  const answers: Answers = { 'it-who': ['nobody'], 'exp-networking': 'expert', 'project-scope': ['telehealth'], 'interface-count': 4 };
  const counted = effectiveAnswers(answers);
  expect(counted['exp-networking']).toBeUndefined();
  expect(counted['interface-count']).toBeUndefined();
  expect(counted['it-who']).toEqual(['nobody']);
  expect(answers['exp-networking']).toBe('expert');
});

test.each([
  ['rural-health-clinic', false],
  ['critical-access-hospital', false],
  ['health-center', true],
  [undefined, true],
] as const)('an organization of type %s is asked whether it is rural: %s', (type, asked) => {
  const answers: Answers = type === undefined ? {} : { 'org-type': type };
  expect(isQuestionVisible(getQuestion('rural'), answers)).toBe(asked);
  // Rural by definition counts as rural in the report, as a "Yes" would.
  expect(deriveFacts(effectiveAnswers({ ...answers, rural: 'no' })).rural).toBe(!asked);
});

test.each<[string, Answers, boolean]>([
  ['the scope not answered yet (the report assumes a first EHR)', {}, true],
  ['a new EHR', { 'project-scope': ['new-ehr'] }, true],
  ['telehealth with a network upgrade', { 'project-scope': ['telehealth', 'network-hardware'] }, true],
  ['a network upgrade only', { 'project-scope': ['network-hardware'] }, false],
  ['interfaces and a network upgrade', { 'project-scope': ['interfaces', 'network-hardware'] }, false],
])('the clinical go-live questions with %s: asked %s', (_name, answers, asked) => {
  for (const id of ['clinical-load', 'rollout', 'clinical-champion', 'super-users']) expect(isQuestionVisible(getQuestion(id), answers)).toBe(asked);
  expect(isQuestionVisible(getQuestion('project-lead'), answers)).toBe(true);
});

test('mapping today’s work is asked of an interfaces project, not of a network-only one', () => {
  expect(isQuestionVisible(getQuestion('existing-workflows'), { 'project-scope': ['interfaces'] })).toBe(true);
  expect(isQuestionVisible(getQuestion('existing-workflows'), { 'project-scope': ['network-hardware'] })).toBe(false);
});
