import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { QUESTION_BANK } from '../../../src/assessment/question-bank';
import { formatAnswer } from '../../../src/assessment/format';
import { visibleQuestions, visibleSteps } from '../../../src/assessment/visibility';
import { expectNoAxeViolations } from '../../helpers/axe';
import { answerQuestion, fillWizard, questionName } from '../../helpers/fill-wizard';
import { FULL_PROFILE } from '../../helpers/full-profile';
import { renderApp } from '../../helpers/render-app';
import { currentAnswers, seedAnswers } from '../../helpers/seed';

test('user can fill every step and reach the review with every answer shown', async () => {
  const user = userEvent.setup();
  renderApp('/');
  await user.click(screen.getByRole('link', { name: 'Start the assessment' }));
  await fillWizard(user, FULL_PROFILE);

  expect(currentAnswers()).toEqual(FULL_PROFILE);
  expect(screen.getByRole('heading', { name: 'All questions are answered' })).toBeInTheDocument();
  for (const step of visibleSteps(FULL_PROFILE)) {
    const section = screen.getByRole('region', { name: new RegExp(`^${step.title}`) });
    for (const question of visibleQuestions(step, FULL_PROFILE)) {
      const term = within(section).getByText(question.label, { selector: 'dt' });
      const row = term.parentElement as HTMLElement;
      expect(row).toHaveTextContent(formatAnswer(question, FULL_PROFILE[question.id]));
    }
  }
});

test('user sees an error for each missing required answer, tied to its field', async () => {
  const user = userEvent.setup();
  renderApp('/assessment/organization');
  await user.click(screen.getByRole('button', { name: 'Next' }));

  const summary = screen.getByRole('heading', { name: 'There are 3 problems on this page' }).closest('.usa-alert');
  expect(summary).toHaveFocus();
  const group = screen.getByRole('group', { name: questionName('org-type') });
  expect(group).toHaveAccessibleDescription(/Choose one answer\./);
  const facilities = screen.getByRole('textbox', { name: questionName('facility-count') });
  expect(facilities).toHaveAccessibleDescription(/Enter a number from 1 to 200/);
  expect(facilities).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations();

  // The summary link takes the user to the field, and fixing it clears that error.
  await user.click(screen.getByRole('link', { name: /What type of organization are you\?/ }));
  expect(within(group).getAllByRole('radio')[0]).toHaveFocus();
  await answerQuestion(user, 'org-type', 'health-center');
  expect(screen.getByRole('heading', { name: 'There are 2 problems on this page' })).toBeInTheDocument();
  expect(group).not.toHaveAccessibleDescription(/Choose one answer/);
  // Still on the same step: Next validated only this step and went nowhere.
  expect(screen.getByRole('heading', { level: 1, name: 'Your organization' })).toBeInTheDocument();
});

test('user sees a plain message for text typed where a number belongs, and the text is kept', async () => {
  const user = userEvent.setup();
  renderApp('/assessment/organization');
  await answerQuestion(user, 'facility-count', 'three');
  await user.click(screen.getByRole('button', { name: 'Next' }));
  const field = screen.getByRole('textbox', { name: questionName('facility-count') });
  expect(field).toHaveValue('three');
  expect(field).toHaveAccessibleDescription(/Enter a number from 1 to 200/);
});

test('user types a number as they would write it: ".5", "0,3" and "1,500" are read as meant, and a field takes no more than 15 characters', async () => {
  const user = userEvent.setup();
  seedAnswers({ 'it-who': ['dedicated'] });
  renderApp('/assessment/it-capacity');
  const fte = await screen.findByRole('textbox', { name: questionName('it-project-hours') });
  for (const [typed, expected] of [
    ['.5', 0.5],
    ['0,3', 0.3],
    ['1.25', 1.25],
  ] as const) {
    await user.clear(fte);
    await user.type(fte, typed);
    expect(fte).toHaveValue(typed);
    expect(currentAnswers()['it-project-hours']).toBe(expected);
  }
  await user.clear(fte);
  await user.type(fte, '9'.repeat(400));
  expect((fte as HTMLInputElement).value).toHaveLength(15);
  expect(Number.isFinite(currentAnswers()['it-project-hours'])).toBe(true);
});

test('user can go back and change an answer without losing the others', async () => {
  const user = userEvent.setup();
  seedAnswers(FULL_PROFILE);
  renderApp('/review');
  await screen.findByRole('heading', { level: 1, name: 'Review your answers' });

  await user.click(screen.getByRole('link', { name: 'Change: How many facilities (sites) will use the new system?' }));
  const field = await screen.findByRole('textbox', { name: questionName('facility-count') });
  expect(field).toHaveFocus();
  await user.clear(field);
  await user.type(field, '5');
  await user.click(screen.getByRole('button', { name: 'Next' }));
  await screen.findByRole('heading', { level: 1, name: 'Your project' });
  await user.click(screen.getByRole('button', { name: 'Back' }));
  expect(await screen.findByRole('textbox', { name: questionName('facility-count') })).toHaveValue('5');
  expect(currentAnswers()).toEqual({ ...FULL_PROFILE, 'facility-count': 5 });
});

test('user who says nobody does IT is not asked about IT experience', async () => {
  const user = userEvent.setup();
  renderApp('/assessment/it-staff');
  await answerQuestion(user, 'it-who', ['dedicated']);
  expect(screen.getByRole('group', { name: questionName('exp-networking') })).toBeInTheDocument();
  await answerQuestion(user, 'it-who', ['nobody']);
  expect(screen.queryByRole('group', { name: questionName('exp-networking') })).not.toBeInTheDocument();
  // "Nobody" cleared the other choice.
  expect(currentAnswers()['it-who']).toEqual(['nobody']);
});

test('user can answer "Don\'t know" and see it on the review page', async () => {
  const user = userEvent.setup();
  renderApp('/assessment/staff-skills');
  await answerQuestion(user, 'staff-count-other', 'dont-know');
  expect(screen.getByRole('textbox', { name: questionName('staff-count-other') })).toBeDisabled();
  expect(currentAnswers()['staff-count-other']).toBe('dont-know');
});

test('user can start over after confirming, and cancel keeps the answers', async () => {
  const user = userEvent.setup();
  seedAnswers({ rural: 'yes' });
  renderApp('/');
  await user.click(screen.getByRole('button', { name: 'Start over' }));
  await user.click(screen.getByRole('button', { name: 'Cancel, keep my answers' }));
  expect(currentAnswers()).toEqual({ rural: 'yes' });
  expect(screen.getByRole('button', { name: 'Start over' })).toHaveFocus();

  await user.click(screen.getByRole('button', { name: 'Start over' }));
  expect(screen.getByRole('group', { name: 'Delete all answers and start over?' })).toHaveFocus();
  await user.click(screen.getByRole('button', { name: 'Yes, delete my answers' }));
  expect(currentAnswers()).toEqual({});
  expect(screen.getByText(/Your answers were deleted/).closest('[role="status"]')).not.toBeNull();
  expect(screen.getByRole('link', { name: 'Start the assessment' })).toBeInTheDocument();
});

test('user sees a helpful page for a step link that does not exist', async () => {
  renderApp('/assessment/no-such-step');
  expect(await screen.findByRole('heading', { level: 1, name: 'Step not found' })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Go to the first step' })).toHaveAttribute('href', `/assessment/${QUESTION_BANK.steps[0]?.id}`);
});

test('every view has no axe violations', async () => {
  seedAnswers(FULL_PROFILE);
  for (const path of ['/', ...QUESTION_BANK.steps.map((step) => `/assessment/${step.id}`), '/review', '/results']) {
    const { unmount } = renderApp(path);
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    await expectNoAxeViolations();
    unmount();
  }
});

test('user who leaves a step with errors and comes back to it starts with none shown', async () => {
  const user = userEvent.setup();
  seedAnswers(Object.fromEntries(visibleQuestions(QUESTION_BANK.steps[0]!, FULL_PROFILE).map((question) => [question.id, FULL_PROFILE[question.id]!])));
  renderApp(`/assessment/${QUESTION_BANK.steps[1]!.id}`);
  await user.click(screen.getByRole('button', { name: 'Next' }));
  expect(screen.getByRole('heading', { name: /^There (is|are) \d+ problems? on this page$/ })).toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: 'Back' }));
  expect(screen.getByRole('heading', { level: 1, name: QUESTION_BANK.steps[0]!.title })).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Next' }));
  expect(screen.getByRole('heading', { level: 1, name: QUESTION_BANK.steps[1]!.title })).toBeInTheDocument();
  expect(screen.queryByRole('heading', { name: /problems? on this page/ })).not.toBeInTheDocument();
  expect(screen.queryAllByRole('textbox').filter((field) => field.getAttribute('aria-invalid') === 'true')).toEqual([]);
});

test('user who fixes every error and then clears a field keeps typing there: the message comes back, focus stays', async () => {
  const user = userEvent.setup();
  const first = QUESTION_BANK.steps[0]!;
  const answers = Object.fromEntries(visibleQuestions(first, FULL_PROFILE).map((question) => [question.id, FULL_PROFILE[question.id]!]));
  delete answers['facility-count'];
  seedAnswers(answers);
  renderApp(`/assessment/${first.id}`);
  await user.click(screen.getByRole('button', { name: 'Next' }));
  expect(screen.getByRole('heading', { name: 'There is 1 problem on this page' })).toBeInTheDocument();

  const facilities = screen.getByRole('textbox', { name: questionName('facility-count') });
  await user.type(facilities, '3');
  expect(screen.queryByRole('heading', { name: /problems? on this page/ })).not.toBeInTheDocument();
  await user.clear(facilities);
  expect(screen.getByRole('heading', { name: 'There is 1 problem on this page' })).toBeInTheDocument();
  expect(facilities).toHaveFocus();
});

test('a decimal typed in a whole-number field is refused, never rounded, and the message offers "Don\'t know"', async () => {
  const user = userEvent.setup();
  seedAnswers({ ...FULL_PROFILE, 'project-scope': ['interfaces'] });
  const project = renderApp('/assessment/project');
  const field = await screen.findByRole('textbox', { name: questionName('interface-count') });
  await user.clear(field);
  await user.type(field, '2,5');
  expect(currentAnswers()['interface-count']).toBe(2.5);
  await user.click(screen.getByRole('button', { name: 'Next' }));
  expect(field).toHaveAccessibleDescription(/Enter a whole number, without decimals, or choose "Don't know" if you are not sure\./);
  project.unmount();
  // A field without "Don't know" does not offer it.
  renderApp('/assessment/organization');
  const sites = await screen.findByRole('textbox', { name: questionName('facility-count') });
  await user.clear(sites);
  await user.type(sites, '0');
  await user.click(screen.getByRole('button', { name: 'Next' }));
  expect(sites).toHaveAccessibleDescription(/Enter a number from 1 to 200 \(sites\)\. sites$/);
});

test('each scale has hints of its own: comfort with the new kind of system is not comfort with computers', async () => {
  seedAnswers({ ...FULL_PROFILE, 'staff-count-clerical': 0, 'staff-count-medical-assistants': 0, 'staff-count-providers': 0 });
  renderApp('/assessment/staff-skills');
  const computers = await screen.findByRole('group', { name: questionName('skill-computer-nurses') });
  const system = screen.getByRole('group', { name: questionName('skill-system-nurses') });
  expect(computers).toHaveTextContent('Rarely or never uses a computer for work');
  expect(system).not.toHaveTextContent('Rarely or never uses a computer for work');
  expect(system).toHaveTextContent('Has not used a system like this');
});
