import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { useAssessmentStore } from '../../../src/state/assessment-store';
import { expectNoAxeViolations } from '../../helpers/axe';
import { FULL_PROFILE } from '../../helpers/full-profile';
import { questionName } from '../../helpers/fill-wizard';
import { renderApp } from '../../helpers/render-app';
import { seedAnswers } from '../../helpers/seed';

test('each question says who usually knows the answer, beside "Why we ask"', async () => {
  seedAnswers(FULL_PROFILE);
  renderApp('/assessment/project');
  const hosting = (await screen.findByRole('group', { name: questionName('hosting') })) as HTMLElement;
  expect(within(hosting).getByText('Why we ask').closest('summary')).toHaveTextContent('Why we ask · Usually known by your IT lead or IT contractor');
  const scope = screen.getByRole('group', { name: questionName('project-scope') });
  expect(scope).toHaveTextContent('Usually known by the practice or office manager');
});

test('the review can show only the questions one person usually knows, and names who gave an answer', async () => {
  const user = userEvent.setup();
  const id = seedAnswers(FULL_PROFILE);
  const state = useAssessmentStore.getState();
  useAssessmentStore.setState({ assessments: { ...state.assessments, [id]: { ...state.assessments[id]!, answeredBy: { hosting: 'Sam Ortiz, IT contractor' } } } });
  renderApp('/review');
  await screen.findByRole('heading', { level: 1, name: 'Review your answers' });
  const all = screen.getAllByRole('term').length;
  await user.selectOptions(screen.getByRole('combobox', { name: 'Show the questions usually known by' }), 'IT lead or contractor');
  const terms = screen.getAllByRole('term');
  expect(terms.length).toBeLessThan(all);
  expect(terms.every((term) => term.textContent?.includes('Usually known by your IT lead or IT contractor'))).toBe(true);
  expect(screen.getByText(`Showing ${terms.length} of ${all} questions.`)).toBeInTheDocument();
  // The staff-skills step has no question the IT lead usually knows: it is not listed.
  expect(screen.queryByRole('heading', { level: 2, name: 'Non-technical staff and technology' })).not.toBeInTheDocument();
  const hosting = terms.find((term) => term.textContent?.startsWith('Where will the new system run?'))?.closest('div') as HTMLElement;
  expect(hosting).toHaveTextContent('Answered by Sam Ortiz, IT contractor.');
  await expectNoAxeViolations();
  await user.selectOptions(screen.getByRole('combobox', { name: 'Show the questions usually known by' }), 'Anyone (all questions)');
  expect(screen.getAllByRole('term')).toHaveLength(all);
});
