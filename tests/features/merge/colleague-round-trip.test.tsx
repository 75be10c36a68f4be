import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, test, vi } from 'vitest';
import { resetAssessmentStore, useAssessmentStore } from '../../../src/state/assessment-store';
import type { SavedAssessment } from '../../../src/assessment/saved-assessment';
import { expectNoAxeViolations } from '../../helpers/axe';
import { catchDownloads } from '../../helpers/catch-downloads';
import { renderApp } from '../../helpers/render-app';
import { currentAnswers, seedAnswers } from '../../helpers/seed';

afterEach(() => {
  vi.restoreAllMocks();
});

const MANAGER = {
  respondent: 'Ana Ruiz, practice manager',
  'org-name': 'Valley Clinic',
  'project-scope': ['telehealth'] as string[],
  'it-who': ['contractor'] as string[],
  'exp-technology': 'none',
  'exp-installation': 'some',
} as const;

/** The manager's side: asks the IT contractor, on the review page, and gets the file to send. */
async function askTheItLead(user: ReturnType<typeof userEvent.setup>): Promise<{ name: string; text: string }> {
  const downloads = catchDownloads();
  const { unmount } = renderApp('/review');
  const section = await screen.findByRole('region', { name: 'Ask a colleague' });
  expect(within(section).getByRole('combobox', { name: 'Who do you want to ask?' })).toHaveValue('it-lead');
  // The questions the IT lead usually knows are chosen; the manager's own are not.
  expect(within(section).getByRole('checkbox', { name: /this type of technology/i })).toBeChecked();
  expect(within(section).getByRole('checkbox', { name: 'Organization name' })).not.toBeChecked();
  // The questions fold by step: open where some are chosen.
  expect(
    within(section)
      .getByText(/^Your organization: 0 of \d+ chosen$/)
      .closest('details'),
  ).not.toHaveAttribute('open');
  expect(
    within(section)
      .getByText(/^IT staff and their experience: [1-9]\d* of \d+ chosen$/)
      .closest('details'),
  ).toHaveAttribute('open');
  await user.click(within(section).getByRole('button', { name: 'Download the questions for them' }));
  expect(within(section).getByRole('textbox', { name: 'Their name and role' })).toHaveAccessibleDescription(/Enter the name and role of the colleague/);
  await user.type(within(section).getByRole('textbox', { name: 'Their name and role' }), 'Sam Lee, IT contractor');
  await user.click(within(section).getByRole('button', { name: 'Download the questions for them' }));
  const [file] = await downloads.files();
  expect(file?.name).toMatch(/^staffing-readiness-valley-clinic-questions-for-sam-lee-it-contractor-\d{4}-\d{2}-\d{2}\.json$/);
  expect(within(section).getByRole('status')).toHaveTextContent(/Send it to Sam Lee, IT contractor/);
  unmount();
  return file ?? { name: '', text: '' };
}

test('manager asks the IT lead, who answers in a short wizard, and the manager merges the answers back', async () => {
  const user = userEvent.setup();
  seedAnswers({ ...MANAGER });
  const request = await askTheItLead(user);
  const manager = structuredClone(useAssessmentStore.getState().assessments[useAssessmentStore.getState().currentId ?? ''] as SavedAssessment);
  vi.restoreAllMocks();

  // The colleague's computer: nothing saved; they open the file on the start page.
  resetAssessmentStore();
  localStorage.clear();
  const downloads = catchDownloads();
  const { router, unmount } = renderApp('/');
  await user.upload(await screen.findByLabelText('Choose a file (.json)'), new File([request.text], request.name, { type: 'application/json' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Questions from Valley Clinic' })).toHaveFocus();
  expect(router.state.location.pathname).toBe('/colleague');
  expect(screen.getByText(/Ana Ruiz, practice manager, asked you \d+ questions/)).toBeInTheDocument();
  // The manager's answer is the starting point.
  const technology = screen.getByRole('group', { name: /this type of technology/i });
  expect(within(technology).getByRole('radio', { name: /^No experience/ })).toBeChecked();
  await user.click(within(technology).getByRole('radio', { name: /^Experienced/ }));
  await user.click(screen.getByRole('button', { name: 'Download my answers' }));
  // Unanswered questions are named before the file is made.
  expect(await screen.findByRole('heading', { name: /questions? to answer/ })).toBeInTheDocument();
  expect(await downloads.files()).toHaveLength(0);
  // The rest they don't know, or answer with the first choice.
  for (const group of screen.getAllByRole('group')) {
    const radios = within(group).queryAllByRole('radio') as HTMLInputElement[];
    if (radios.length === 0 || radios.some((radio) => radio.checked)) continue;
    const dontKnow = radios.find((radio) => /Don't know/.test(radio.labels?.[0]?.textContent ?? ''));
    await user.click(dontKnow ?? (radios[0] as HTMLInputElement));
  }
  for (const box of screen.queryAllByRole('checkbox', { name: /Don't know/i }) as HTMLInputElement[]) if (!box.checked) await user.click(box);
  await user.click(screen.getByRole('button', { name: 'Download my answers' }));
  const [answers] = await downloads.files();
  expect(answers?.name).toMatch(/valley-clinic-answers-from-sam-lee-it-contractor/);
  expect(screen.getByText(/Send it to Ana Ruiz, practice manager, by e-mail or a shared drive\./)).toBeInTheDocument();
  unmount();
  vi.restoreAllMocks();

  // Back on the manager's computer: their assessment as it was; they open the answers.
  resetAssessmentStore();
  useAssessmentStore.getState().addAssessment(manager, true);
  const back = renderApp('/');
  await user.upload(await screen.findByLabelText('Choose a file (.json)'), new File([answers?.text ?? ''], answers?.name ?? 'a.json', { type: 'application/json' }));
  expect(await screen.findByRole('heading', { level: 1, name: "Merge a colleague's answers" })).toBeInTheDocument();
  expect(back.router.state.location.pathname).toBe('/merge');
  const difference = await screen.findByRole('group', { name: /this type of technology/i });
  expect(within(difference).getByRole('radio', { name: /Take the answer from Sam Lee, IT contractor: Experienced/ })).toBeChecked();
  expect(within(difference).getByRole('radio', { name: /Keep yours: No experience/ })).not.toBeChecked();
  // The file field says what it has opened, not the browser's "No file chosen".
  expect(screen.getByLabelText('Files of answers')).toHaveAccessibleDescription(/1 file opened, listed below\. You can add more\./);
  expect(screen.getByText(/answers? differs? from yours; \d+ others? (is|are) the same/)).toBeInTheDocument();
  // Nothing changes before the manager confirms.
  expect(currentAnswers()['exp-technology']).toBe('none');
  await expectNoAxeViolations();
  await user.click(screen.getByRole('button', { name: /Take the (\d+ )?chosen answers?/ }));
  expect(await screen.findByRole('heading', { name: /Took \d+ answers? from your colleagues/ })).toBeInTheDocument();
  expect(currentAnswers()['exp-technology']).toBe('experienced');
  const saved = useAssessmentStore.getState().assessments[manager.id];
  expect(saved?.answeredBy?.['exp-technology']).toBe('Sam Lee, IT contractor');

  // Undo puts the assessment back as it was.
  await user.click(screen.getByRole('button', { name: 'Undo' }));
  expect(currentAnswers()).toEqual(manager.answers);
  expect(useAssessmentStore.getState().assessments[manager.id]?.answeredBy).toBeUndefined();
});

test('a damaged answers file is refused with a message, and the assessment stays as it was', async () => {
  const user = userEvent.setup();
  seedAnswers({ ...MANAGER });
  const before = structuredClone(currentAnswers());
  renderApp('/merge');
  const damaged = JSON.stringify({
    format: 'staffing-readiness-answers',
    schemaVersion: 1,
    assessmentId: 'x',
    colleague: 'Sam',
    questionIds: ['exp-technology'],
    answers: { 'exp-technology': 'wizard' },
  });
  await user.upload(await screen.findByLabelText('Files of answers'), new File([damaged], 'sam.json', { type: 'application/json' }));
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('"sam.json" could not be used');
  expect(alert).toHaveTextContent(/Nothing was changed.*exp-technology.*Choose one answer/);
  expect(currentAnswers()).toEqual(before);
});
