import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { scoreAssessment } from '../../../src/assessment/scoring/score-assessment';
import { rehydrateAssessments } from '../../../src/state/assessment-store';
import { PROFILES } from '../../assessment/profiles';
import { expectNoAxeViolations } from '../../helpers/axe';
import { FULL_PROFILE } from '../../helpers/full-profile';
import { renderApp } from '../../helpers/render-app';
import { seedAnswers } from '../../helpers/seed';

const PRIMARY_LABEL = { 'in-house': 'In-house staffing', 'shared-it': 'Shared IT', consultant: 'A consultant' } as const;
const SEVERITY_RANK = { Critical: 0, Major: 1, Minor: 2 } as const;

async function openResults() {
  const view = renderApp('/results');
  // The title shows at once, while the page's code loads; the report comes in parts, the
  // sources last.
  await screen.findByRole('button', { name: 'Print report' });
  await screen.findByRole('heading', { level: 2, name: 'Sources' }, { timeout: 20_000 });
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Staffing readiness report');
  return view;
}

const NAMED = PROFILES.filter((profile) => profile.name !== 'nothing answered yet');

test.each(NAMED.map((profile) => [profile.name, profile] as const))('the report for "%s" shows its recommendation and every gap, most severe first', async (_name, profile) => {
  seedAnswers(profile.answers);
  await openResults();
  const report = scoreAssessment(profile.answers);

  const glance = screen.getByRole('region', { name: 'At a glance' });
  const approach = profile.expect.status === 'undecided' ? 'Not decided yet' : PRIMARY_LABEL[profile.expect.primary];
  expect(within(glance).getByText('Recommended approach').nextElementSibling).toHaveTextContent(approach);
  expect(glance).toHaveTextContent(report.recommendation.headline);
  expect(glance).toHaveTextContent(`(${report.overall.score} of 100)`);
  // The critical risks are named on the first page, whatever the approach.
  for (const risk of report.recommendation.risks) expect(within(glance).getByText(risk.title)).toBeInTheDocument();
  // The IT time says what the workload section says.
  const balance = within(screen.getByRole('region', { name: 'Workload estimate' })).getByText('Balance').nextElementSibling?.textContent ?? '';
  expect(glance.textContent).toContain(balance.split(';')[0]);
  // The actions that matter most are the gap table's first rows, nothing of their own.
  const actions = within(glance).queryByRole('table', { name: /most important actions/ });
  expect(actions === null).toBe(report.gaps.length === 0);
  if (actions) {
    const listed = within(actions)
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent?.replace(/^(Critical|Major|Minor): /, ''));
    expect(listed).toEqual(report.gaps.slice(0, listed.length).map((gap) => gap.action));
  }

  const table = screen.queryByRole('table', { name: /Gaps sorted by severity/ });
  if (report.gaps.length === 0) {
    expect(table).toBeNull();
    return;
  }
  const rows = within(table as HTMLElement)
    .getAllByRole('row')
    .slice(1);
  expect(rows).toHaveLength(report.gaps.length);
  const severities = rows.map((row) => within(row).getAllByRole('cell')[0]?.textContent as keyof typeof SEVERITY_RANK);
  const ranks = severities.map((severity) => SEVERITY_RANK[severity]);
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  for (const gap of report.gaps) expect(within(table as HTMLElement).getByText(gap.title)).toBeInTheDocument();
});

test.each(NAMED.map((profile) => [profile.name, profile] as const))('the consultant checklist appears only when a consultant is recommended (%s)', async (_name, profile) => {
  seedAnswers(profile.answers);
  await openResults();
  const report = scoreAssessment(profile.answers);
  const consultant = report.recommendation.primary === 'consultant' || report.recommendation.mix.some((item) => item.provider === 'consultant');
  const checklist = screen.queryByRole('region', { name: 'Checklist for a consultant contract' });
  if (consultant) {
    expect(checklist).toHaveTextContent(/scope of work/i);
    expect(checklist).toHaveTextContent(/knowledge-transfer plan/i);
    // With a consultant engaged now, the checklist starts from that engagement, not from finding one.
    const engaged = profile.answers['consultant-relationship'] === 'current';
    if (engaged) expect(checklist).not.toHaveTextContent(/reputable consulting firm/i);
    expect(checklist).toHaveTextContent(engaged ? /Review the engagement you have/ : /reputable consulting firm/i);
  } else {
    expect(checklist).toBeNull();
  }
  const shared = screen.queryByRole('region', { name: 'Shared IT: what to ask and what to agree' });
  expect(shared !== null).toBe(report.recommendation.sharedIt !== null);
});

test('user can set an owner and a target date for a gap, and they survive a reload', async () => {
  const user = userEvent.setup();
  seedAnswers(FULL_PROFILE);
  const { unmount } = await openResults();
  const gap = scoreAssessment(FULL_PROFILE).gaps[0];
  if (!gap) throw new Error('the full profile has gaps');
  await user.type(screen.getByRole('textbox', { name: `Owner for: ${gap.title}` }), 'Maria Lopez');
  const date = screen.getByLabelText(`Target date for: ${gap.title}`);
  await user.type(date, '2027-01-15');
  unmount();

  await rehydrateAssessments();
  await openResults();
  expect(screen.getByRole('textbox', { name: `Owner for: ${gap.title}` })).toHaveValue('Maria Lopez');
  expect(screen.getByLabelText(`Target date for: ${gap.title}`)).toHaveValue('2027-01-15');
});

test('reasons link to the answers they come from', async () => {
  seedAnswers(FULL_PROFILE);
  await openResults();
  const link = screen.getAllByRole('link', { name: 'How experienced are the people who do your IT with interfaces between systems?' })[0];
  expect(link).toHaveAttribute('href', '/assessment/it-staff#q-exp-interfacing');
});

test('the workload estimate shows hours needed against hours available, with the assumptions and their sources', async () => {
  seedAnswers(FULL_PROFILE);
  await openResults();
  const report = scoreAssessment(FULL_PROFILE);
  const section = screen.getByRole('region', { name: 'Workload estimate' });
  expect(section).toHaveTextContent(`${Math.round(report.workload.requiredHours).toLocaleString('en-US')} hours`);
  expect(section).toHaveTextContent(`${Math.round(report.workload.availableHours).toLocaleString('en-US')} hours`);
  // Hours first, the FTE in brackets.
  expect(section).toHaveTextContent(/About [\d,]+ hours short \([\d,]+ hours a week, about \d\.\d FTE\)/);
  expect(section).toHaveTextContent(/World Health Organization/);
  expect(within(section).getByRole('table', { name: /Estimated staff time for training/ })).toBeInTheDocument();
});

test('an incomplete assessment is marked provisional and links to what is missing', async () => {
  seedAnswers({ 'org-type': 'health-center', 'project-scope': ['telehealth'] });
  await openResults();
  const alert = screen.getByRole('heading', { name: 'Provisional: some answers are missing' }).closest('.usa-alert') as HTMLElement;
  expect(within(alert).getByRole('link', { name: 'When do you plan to go live?' })).toHaveAttribute('href', '/assessment/project#q-go-live');
  expect(screen.getByRole('region', { name: 'At a glance' })).toBeInTheDocument();
});

test('text typed by the user that looks like HTML is shown as text', async () => {
  const user = userEvent.setup();
  seedAnswers({ ...FULL_PROFILE, 'org-name': '<img src=x onerror=alert(1)>' });
  await openResults();
  expect(screen.getByText('<img src=x onerror=alert(1)>', { selector: '.app-report__org' })).toBeInTheDocument();
  expect(document.querySelector('img')).toBeNull();
  const gap = scoreAssessment(FULL_PROFILE).gaps[0];
  await user.type(screen.getByRole('textbox', { name: `Owner for: ${gap?.title}` }), '<script>x</script>');
  expect(document.querySelector('script')).toBeNull();
  expect(screen.getByText('<script>x</script>', { selector: '.print-only' })).toBeInTheDocument();
});

test('the results page with no answers points to the start', async () => {
  renderApp('/results');
  expect(await screen.findByRole('link', { name: 'Start the assessment' })).toHaveAttribute('href', '/assessment/organization');
  expect(screen.getByRole('heading', { level: 1, name: 'Staffing readiness report' })).toBeInTheDocument();
  expect(screen.getByText(/Answer the questions first/)).toBeInTheDocument();
});

test('the results page has no axe violations', async () => {
  seedAnswers(FULL_PROFILE);
  await openResults();
  await expectNoAxeViolations();
});

test('after "See the results", focus is on the report\'s heading, which names the organization for screen readers', async () => {
  const user = userEvent.setup();
  seedAnswers(FULL_PROFILE);
  renderApp('/review');
  await user.click(await screen.findByRole('button', { name: 'See the results' }));
  await screen.findByRole('heading', { level: 2, name: 'Sources' }, { timeout: 20_000 });
  const heading = screen.getByRole('heading', { level: 1 });
  expect(heading).toHaveFocus();
  expect(heading).toHaveAccessibleName(`Staffing readiness report: ${String(FULL_PROFILE['org-name'])}`);
});

test('with the deciding answers unknown, the report does not recommend: it says what to find out and where each answer leads', async () => {
  const profile = PROFILES.find((item) => item.name === 'experienced IT team whose hours nobody knows yet');
  if (!profile) throw new Error('profile missing');
  seedAnswers(profile.answers);
  await openResults();
  const glance = screen.getByRole('region', { name: 'At a glance' });
  expect(within(glance).getByText('Recommended approach').nextElementSibling).toHaveTextContent('Not decided yet');
  expect(glance).toHaveTextContent(/Decision for the meeting\s*Agree who finds out/);
  const recommendation = screen.getByRole('region', { name: 'Why this recommendation' });
  expect(within(recommendation).getByRole('heading', { name: 'What each answer would lead to' })).toBeInTheDocument();
  expect(recommendation).toHaveTextContent(/If all of that turns out well: .*\(Approach: In-house staffing\)/);
  expect(recommendation).toHaveTextContent(/as this report assumes for now: .*\(Approach: A consultant\)/);
  const findFirst = within(glance).getByText(/^Find out first:/);
  expect(within(findFirst).getByRole('link', { name: 'How many hours a week could they give the project?' })).toHaveAttribute('href', expect.stringContaining('#q-it-project-hours'));
});

test('the report names who answered: on its first lines, and beside each answer a colleague gave', async () => {
  const id = seedAnswers({ ...FULL_PROFILE, respondent: 'Pat Lee, practice manager' });
  const { useAssessmentStore } = await import('../../../src/state/assessment-store');
  const state = useAssessmentStore.getState();
  useAssessmentStore.setState({
    assessments: { ...state.assessments, [id]: { ...state.assessments[id]!, answeredBy: { hosting: 'Sam Ortiz, IT contractor', 'it-who': 'Sam Ortiz, IT contractor' } } },
  });
  await openResults();
  expect(screen.getByText('Answered by Pat Lee, practice manager. Answers from colleagues: Sam Ortiz, IT contractor (2 answers).')).toBeInTheDocument();
  const appendix = screen.getByRole('region', { name: 'Appendix: every answer as given' });
  const hosting = within(appendix).getByRole('rowheader', { name: 'Where will the new system run?' }).closest('tr');
  expect(within(hosting!).getAllByRole('cell')[1]).toHaveTextContent('Sam Ortiz, IT contractor');
  const rural = within(appendix).getByRole('rowheader', { name: 'Is your organization in a rural area or a small community?' }).closest('tr');
  expect(within(rural!).getAllByRole('cell')[1]).toHaveTextContent('Pat Lee, practice manager');
});

test('with one person answering, the appendix says so once instead of a column', async () => {
  seedAnswers(FULL_PROFILE);
  await openResults();
  expect(screen.getByText('Answered by: name not given.')).toBeInTheDocument();
  const appendix = screen.getByRole('region', { name: 'Appendix: every answer as given' });
  expect(within(appendix).getByText('Every answer was given by the person who filled in the assessment.')).toBeInTheDocument();
  expect(within(appendix).queryByRole('columnheader', { name: 'Answered by' })).not.toBeInTheDocument();
});
