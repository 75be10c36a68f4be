import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import type { Answers } from '../../../src/assessment/schema';
import { useAssessmentStore } from '../../../src/state/assessment-store';
import { expectNoAxeViolations } from '../../helpers/axe';
import { scoreAssessment } from '../../../src/assessment/scoring/score-assessment';
import { PROFILES } from '../../assessment/profiles';
import { FULL_PROFILE } from '../../helpers/full-profile';
import { renderApp } from '../../helpers/render-app';

const EXPERT_IT: Answers = { ...FULL_PROFILE, 'exp-technology': 'expert', 'exp-interfacing': 'expert', 'exp-security': 'expert', 'it-project-hours': 20 };

/** Saves an assessment with a known last change, so "most recent" is certain. */
function save(id: string, name: string, answers: Answers, updatedAt: string): void {
  useAssessmentStore.getState().addAssessment({ id, name, createdAt: updatedAt, updatedAt, answers, actionPlan: {} });
}

function seedThree(): void {
  save('old', 'Baseline 2025', FULL_PROFILE, '2025-05-01T10:00:00.000Z');
  save('copy', 'Same as baseline', { ...FULL_PROFILE }, '2025-06-01T10:00:00.000Z');
  save('new', 'Reassessment 2026', EXPERT_IT, '2026-01-15T10:00:00.000Z');
}

function selectedName(label: string): string {
  const select = screen.getByRole('combobox', { name: label }) as HTMLSelectElement;
  return select.selectedOptions[0]?.textContent ?? '';
}

test('user opens the comparison from the start page and sees the two most recent side by side', async () => {
  const user = userEvent.setup();
  seedThree();
  renderApp('/');
  await user.click(screen.getByRole('link', { name: 'Compare two assessments' }));

  expect(await screen.findByRole('heading', { level: 1, name: 'Compare two assessments' })).toBeInTheDocument();
  expect(document.title).toMatch(/^Compare two assessments/);
  // The older of the two most recent is the baseline.
  expect(selectedName('Baseline')).toMatch(/^Same as baseline \(last change /);
  expect(selectedName('Compare with')).toMatch(/^Reassessment 2026 \(last change /);
  expect(screen.getByRole('status')).toHaveTextContent(/^4 answers differ; \d+ readiness levels or scores differ\.$/);

  const areas = screen.getByRole('table', { name: 'Readiness that differs between the two assessments' });
  expect(
    within(areas)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent),
  ).toEqual(['Area', 'Baseline: Same as baseline', 'Compare with: Reassessment 2026']);
  const expertise = within(areas).getByRole('rowheader', { name: 'IT expertise for this project' }).closest('tr') as HTMLElement;
  expect(
    within(expertise)
      .getAllByRole('cell')
      .map((cell) => cell.textContent),
  ).toEqual([expect.stringMatching(/^Not ready, score \d+ of 100$/), expect.stringMatching(/^Ready, score \d+ of 100$/)]);
  expect(within(areas).getByRole('rowheader', { name: 'Overall readiness' })).toBeInTheDocument();

  // Changed answers come in one table per step, named by the step.
  const itStaff = screen.getByRole('table', { name: 'IT staff and their experience' });
  const technology = within(itStaff).getByRole('rowheader', { name: 'How experienced are the people who do your IT with this type of technology?' }).closest('tr') as HTMLElement;
  expect(
    within(technology)
      .getAllByRole('cell')
      .map((cell) => cell.textContent),
  ).toEqual(['Some experience', 'Has led this before']);
  expect(within(itStaff).getAllByRole('row')).toHaveLength(4);
  const capacity = screen.getByRole('table', { name: 'IT workload and capacity' });
  expect(within(capacity).getByRole('row', { name: /hours a week could they give/ })).toHaveTextContent('10 hours a week20 hours a week');
  // Unchanged answers are not listed.
  expect(screen.queryByRole('rowheader', { name: 'Organization name' })).not.toBeInTheDocument();
  await expectNoAxeViolations();
});

test('the choice lives in the address, so a reload or a shared link shows the same pair', async () => {
  const user = userEvent.setup();
  seedThree();
  const { router } = renderApp('/compare?a=new&b=old');
  await screen.findByRole('heading', { level: 1, name: 'Compare two assessments' });
  expect(selectedName('Baseline')).toMatch(/^Reassessment 2026/);
  expect(selectedName('Compare with')).toMatch(/^Baseline 2025/);
  const expertise = screen.getByRole('rowheader', { name: 'IT expertise for this project' }).closest('tr') as HTMLElement;
  expect(
    within(expertise)
      .getAllByRole('cell')
      .map((cell) => cell.textContent),
  ).toEqual([expect.stringMatching(/^Ready, score \d+ of 100$/), expect.stringMatching(/^Not ready, score \d+ of 100$/)]);

  await user.selectOptions(screen.getByRole('combobox', { name: 'Compare with' }), 'copy');
  expect(new URLSearchParams(router.state.location.search).get('a')).toBe('new');
  expect(new URLSearchParams(router.state.location.search).get('b')).toBe('copy');
  expect(selectedName('Compare with')).toMatch(/^Same as baseline/);
});

test('two assessments with the same answers show "No differences" and no tables', async () => {
  const user = userEvent.setup();
  seedThree();
  const { router } = renderApp('/compare');
  await screen.findByRole('heading', { level: 1, name: 'Compare two assessments' });
  await user.selectOptions(screen.getByRole('combobox', { name: 'Baseline' }), 'old');
  expect(new URLSearchParams(router.state.location.search).get('a')).toBe('old');
  await user.selectOptions(screen.getByRole('combobox', { name: 'Compare with' }), 'copy');
  expect(screen.getByRole('status')).toHaveTextContent(/^No differences\./);
  expect(screen.queryByRole('table')).not.toBeInTheDocument();
  await expectNoAxeViolations();

  await user.selectOptions(screen.getByRole('combobox', { name: 'Compare with' }), 'old');
  expect(screen.getByRole('status')).toHaveTextContent('You chose the same assessment twice');
});

test('ids in the address that no longer exist fall back to the most recent ones', async () => {
  seedThree();
  renderApp('/compare?a=deleted&b=new');
  await screen.findByRole('heading', { level: 1, name: 'Compare two assessments' });
  expect(selectedName('Baseline')).toMatch(/^Same as baseline/);
  expect(selectedName('Compare with')).toMatch(/^Reassessment 2026/);
});

test('with fewer than two saved assessments the page says what to do, and the start page offers no comparison', async () => {
  save('only', 'Only one', FULL_PROFILE, '2025-05-01T10:00:00.000Z');
  const { unmount } = renderApp('/');
  expect(screen.getByRole('rowheader', { name: /Only one/ })).toBeInTheDocument();
  expect(screen.queryByRole('link', { name: 'Compare two assessments' })).not.toBeInTheDocument();
  unmount();

  renderApp('/compare');
  expect(await screen.findByRole('heading', { name: 'You need two saved assessments to compare' })).toBeInTheDocument();
  expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Go to your saved assessments' })).toHaveAttribute('href', '/');
  await expectNoAxeViolations();
});

test('the comparison says when the recommended approach differs, and shows both recommendations', async () => {
  const strong = PROFILES.find((profile) => profile.name === 'everything strong');
  const weak = PROFILES.find((profile) => profile.name === 'everything weak');
  if (!strong || !weak) throw new Error('profiles missing');
  save('strong', 'Strong clinic', strong.answers, '2025-05-01T10:00:00.000Z');
  save('weak', 'Weak clinic', weak.answers, '2026-01-15T10:00:00.000Z');
  renderApp('/compare');
  const section = await screen.findByRole('region', { name: 'Recommendation' });
  expect(section).toHaveTextContent('The recommended approach differs between the two.');
  const table = within(section).getByRole('table', { name: 'The recommendation of each assessment' });
  const cells = within(table).getAllByRole('cell');
  expect(cells[0]).toHaveTextContent(`In-house staffing. ${scoreAssessment(strong.answers).recommendation.headline}`);
  expect(cells[1]).toHaveTextContent(`A consultant. ${scoreAssessment(weak.answers).recommendation.headline}`);
  expect(screen.getByRole('status')).toHaveTextContent(/^The recommended approach differs; /);
  expect(screen.getByRole('button', { name: 'Print comparison' })).toBeInTheDocument();
});

test('the same approach for other reasons shows both headlines under "the same in both"', async () => {
  save('old', 'Baseline 2025', FULL_PROFILE, '2025-05-01T10:00:00.000Z');
  save('new', 'Reassessment 2026', EXPERT_IT, '2026-01-15T10:00:00.000Z');
  renderApp('/compare');
  const section = await screen.findByRole('region', { name: 'Recommendation' });
  expect(section).toHaveTextContent('The recommended approach is the same in both: A consultant.');
  expect(within(section).getByRole('table', { name: 'The recommendation of each assessment' })).toHaveTextContent(scoreAssessment(EXPERT_IT).recommendation.headline);
});
