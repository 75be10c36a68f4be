import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { QUESTION_BANK } from '../../../src/assessment/question-bank';
import { FULL_PROFILE } from '../../helpers/full-profile';
import { renderApp } from '../../helpers/render-app';
import { seedAnswers } from '../../helpers/seed';

/**
 * Reading a question with its options and choosing takes about 20 seconds; a typed figure that
 * has to be looked up takes longer, a yes or no less. Rounded up to five minutes, for the
 * questions the bank can ask.
 */
const SECONDS_PER_QUESTION = 20;
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

test('the start page promises the time and the number of steps the question bank holds', async () => {
  renderApp('/');
  const minutes = Math.ceil((QUESTION_BANK.questions.length * SECONDS_PER_QUESTION) / 60 / 5) * 5;
  const text = (await screen.findByRole('heading', { name: 'How long it takes' })).nextElementSibling?.textContent ?? '';
  expect(text).toContain(`About ${minutes} minutes, in ${NUMBER_WORDS[QUESTION_BANK.steps.length]} steps.`);
});

test.each([[['telehealth']], [['network-hardware']], [['new-ehr', 'interfaces']]])('with the scope %j, every step counts out of the same total', async (scope) => {
  const user = userEvent.setup();
  seedAnswers({ ...FULL_PROFILE, 'project-scope': scope });
  renderApp('/assessment/organization');
  const total = QUESTION_BANK.steps.length;
  expect(await screen.findByText(`Step 1 of ${total}`)).toBeInTheDocument();
  const steps = screen.getByRole('navigation', { name: 'Assessment steps' });
  expect(steps.querySelectorAll('li')).toHaveLength(total);
  // A step the scope skips keeps its place, said so, and is not a link to follow.
  const skipped = [...steps.querySelectorAll('li')].filter((item) => item.textContent?.includes('not needed for this project'));
  expect(skipped.every((item) => item.querySelector('a') === null)).toBe(true);
  expect(skipped.length).toBe(scope.some((option) => ['new-ehr', 'ehr-replacement', 'telehealth'].includes(option)) ? 0 : 1);
  await user.click(screen.getByRole('button', { name: 'Next' }));
  expect(await screen.findByText(`Step 2 of ${total}`)).toBeInTheDocument();
});
