import { screen, within } from '@testing-library/react';
import { RESULTS_TEXT } from '../../../src/features/results/results-text';
import { expect, test } from 'vitest';
import type { Answers } from '../../../src/assessment/schema';
import { scoreAssessment } from '../../../src/assessment/scoring/score-assessment';
import { useAssessmentStore } from '../../../src/state/assessment-store';
import { PROFILES, STRONG_BASE } from '../../assessment/profiles';
import { renderApp } from '../../helpers/render-app';
import { seedAnswers } from '../../helpers/seed';

async function openResults() {
  renderApp('/results');
  await screen.findByRole('heading', { level: 2, name: 'Sources' }, { timeout: 20_000 });
}

function profile(name: string): Answers {
  const found = PROFILES.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no profile named ${name}`);
  return found.answers;
}

/** A one-site practice of two: one provider and one person at the front desk, on a first EHR. */
const TINY_PRACTICE: Answers = {
  ...STRONG_BASE,
  'org-type': 'private-practice',
  'staff-count-medical-assistants': 0,
  'staff-count-nurses': 0,
  'staff-count-clerical': 1,
  'staff-count-providers': 1,
  'super-users': 'planned',
};

test('counts of one read in the singular: 1 site, 1 super-user, 1 person at the elbow', async () => {
  const { goLive } = scoreAssessment(TINY_PRACTICE).workload;
  expect(goLive.superUsers).toBe(1);
  expect(goLive.supportPeople).toBe(1);
  seedAnswers(TINY_PRACTICE);
  await openResults();
  const workload = screen.getByRole('region', { name: 'Workload estimate' });
  expect(workload).toHaveTextContent('Estimated for 1 site and 2 users.');
  expect(workload).toHaveTextContent(/About 1 super-user, with \d+ extra training hours? in all \(in the total\)\./);
  expect(workload).toHaveTextContent('About 1 person giving support at the elbow during go-live.');
  expect(workload).not.toHaveTextContent(/\b1 (super-users|people|sites|weeks)\b/);
  const steps = screen.getByRole('list', { name: 'Next steps' });
  expect(within(steps).getByText(/^Choose about 1 super-user now/)).toBeInTheDocument();
});

test('several sites, users and interfaces read in the plural', async () => {
  seedAnswers(profile('multi-site health center with an experienced IT team with spare hours'));
  await openResults();
  expect(screen.getByRole('region', { name: 'Workload estimate' })).toHaveTextContent('Estimated for 4 sites, 60 users and 3 interfaces.');
});

test('a surplus under 0.1 FTE for a one-person IT department reads "about even", in hours, with no FTE figure', async () => {
  const answers = profile('small practice adding telehealth, IT done on the side by an experienced office manager');
  const { workload } = scoreAssessment(answers);
  expect(workload.fteBalance).toBeGreaterThan(0);
  expect(workload.fteBalance).toBeLessThan(0.1);
  seedAnswers(answers);
  await openResults();
  const section = screen.getByRole('region', { name: 'Workload estimate' });
  const balance = within(section).getByText('Balance').nextElementSibling;
  expect(balance).toHaveTextContent(/^About even: 7 hours to spare, little room for the unexpected/);
  expect(balance).not.toHaveTextContent(/FTE|surplus/i);
  // Hours first, FTE at most in brackets.
  expect(within(section).getByText('Total needed', { selector: 'dt' }).nextElementSibling).toHaveTextContent(/^107 hours \(about 0\.\d FTE\) over the 13 weeks to go-live$/);
  // A telehealth-only project: nothing about the exam room in the next steps or the meeting questions.
  expect(screen.getByRole('list', { name: 'Next steps' })).not.toHaveTextContent(/exam room/i);
  expect(screen.getByRole('list', { name: 'Questions for the planning meeting' })).not.toHaveTextContent(/exam room/i);
});

test('a shortfall shows the hours first and the FTE in brackets; the meeting asks about "Don\'t know" answers only when there are some', async () => {
  seedAnswers(profile('everything weak'));
  await openResults();
  const section = screen.getByRole('region', { name: 'Workload estimate' });
  expect(within(section).getByText('Balance').nextElementSibling).toHaveTextContent(/^About 351 hours short \(50 hours a week, about 1\.\d FTE\); WISN ratio 0\.04/);
  const questions = screen.getByRole('list', { name: 'Questions for the planning meeting' });
  expect(questions).not.toHaveTextContent("Don't know");
  expect(within(questions).getByText(/^Go-live is under 3 months away \(planned here as 8 weeks\)/)).toBeInTheDocument();
});

test('with the IT hours unknown, the balance says so instead of a shortfall, and the meeting asks who finds out', async () => {
  seedAnswers(profile('all "don\'t know"'));
  await openResults();
  const section = screen.getByRole('region', { name: 'Workload estimate' });
  expect(within(section).getByText('Balance').nextElementSibling).toHaveTextContent('Not known until you find out the hours your IT staff can give the project.');
  expect(section).not.toHaveTextContent(/hours short|Nobody does IT/);
  expect(within(screen.getByRole('list', { name: 'Questions for the planning meeting' })).getByText(/^Who will find out the \d+ answers we marked "Don't know"/)).toBeInTheDocument();
});

test('a target date typed by the manager prints in US style', async () => {
  const answers = profile('everything weak');
  seedAnswers(answers);
  const gap = scoreAssessment(answers).gaps[0];
  if (!gap) throw new Error('the profile has gaps');
  useAssessmentStore.getState().setActionItem(gap.id, { owner: 'Maria Lopez', due: '2027-01-15' });
  await openResults();
  const date = screen.getByLabelText(`Target date for: ${gap.title}`);
  expect(date).toHaveValue('2027-01-15');
  const cell = date.closest('td') as HTMLElement;
  expect(within(cell).getByText('January 15, 2027')).toHaveClass('print-only');
  expect(cell).not.toHaveTextContent('2027-01-15');
});

test.each(['everything weak', 'rural single-site clinic with nobody doing IT'])('"%s": the go-live schedule is given once, in the workload section', async (name) => {
  seedAnswers(profile(name));
  await openResults();
  const appendix = screen.getByRole('region', { name: 'Appendix: every answer as given' });
  const sections = screen.getAllByRole('region').filter((region) => !appendix.contains(region) && region.querySelector('h2') && region.closest('.app-appendix-pages') === null);
  const withSchedule = sections.filter((region) => /\b50%/.test(region.textContent ?? '')).map((region) => region.querySelector('h2')?.textContent);
  expect(withSchedule).toEqual(['Workload estimate']);
});

test('a role whose head count is "Don\'t know" is shown as an estimate in the go-live table, the counted ones as given', async () => {
  seedAnswers({ ...STRONG_BASE, 'staff-count-clerical': 4, 'staff-count-medical-assistants': 3, 'staff-count-nurses': 0, 'staff-count-providers': 'dont-know', 'staff-count-other': 2 });
  await openResults();
  const workload = screen.getByRole('region', { name: 'Workload estimate' });
  const row = (name: string) => within(workload).getByRole('rowheader', { name }).closest('tr') as HTMLElement;
  expect(within(row('Providers')).getByRole('cell', { name: 'about 3 (estimated)' })).toBeInTheDocument();
  expect(within(row('Medical assistants')).getAllByRole('cell')[0]).toHaveTextContent(/^3$/);
});

test('with too many answers unknown, the first page does not say there are no critical risks, only that none is found so far', async () => {
  seedAnswers(profile('all "don\'t know"'));
  await openResults();
  const glance = screen.getByRole('region', { name: /at a glance/i });
  expect(glance).toHaveTextContent('None found so far: no answer given points to a critical gap, but too many answers are not known yet to rule one out.');
  expect(glance).not.toHaveTextContent('None: no answer points to a critical gap.');
});

test('a shortfall under 0.1 FTE is stated in hours, with no "about 0.0 FTE"', () => {
  expect(RESULTS_TEXT.shortfall(21, 1, 0.04)).toBe('About 21 hours short (1 hour a week)');
  expect(RESULTS_TEXT.shortfall(400, 16, 0.4)).toBe('About 400 hours short (16 hours a week, about 0.4 FTE)');
});

test('the go-live total holds the super-users’ extra training, which the rows do not, and the line under the table says so', async () => {
  seedAnswers(STRONG_BASE);
  await openResults();
  const { goLive } = scoreAssessment(STRONG_BASE).workload;
  const workload = screen.getByRole('region', { name: 'Workload estimate' });
  const totalHeader = within(workload).getByRole('rowheader', { name: 'Total' });
  const table = totalHeader.closest('table') as HTMLElement;
  const rows = within(table).getAllByRole('row').slice(1, -1);
  const sum = rows.reduce((total, row) => total + Number((row.lastElementChild?.textContent ?? '').replace(/\D/g, '')), 0);
  const total = Number((totalHeader.closest('tr')?.lastElementChild?.textContent ?? '').replace(/\D/g, ''));
  expect(goLive.superUserExtraHours).toBeGreaterThan(0);
  expect(sum + goLive.superUserExtraHours).toBe(total);
  expect(workload).toHaveTextContent(`with ${goLive.superUserExtraHours} extra training hours in all (in the total).`);
});
