import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, test, vi } from 'vitest';
import { FILE_FORMAT, serializeAssessment } from '../../../src/assessment/assessment-file';
import { rehydrateAssessments, useAssessmentStore } from '../../../src/state/assessment-store';
import { ENTRY_PREFIX } from '../../../src/state/storage-keys';
import { expectNoAxeViolations } from '../../helpers/axe';
import { FULL_PROFILE } from '../../helpers/full-profile';
import { renderApp } from '../../helpers/render-app';
import { fillStorage } from '../../helpers/full-storage';
import { currentAnswers, seedAnswers } from '../../helpers/seed';

afterEach(() => {
  vi.useRealTimers();
});

function rowOf(name: string): HTMLElement {
  const header = screen.getByRole('rowheader', { name: new RegExp(`^${name}`) });
  return header.closest('tr') as HTMLElement;
}

function names(): string[] {
  return Object.values(useAssessmentStore.getState().assessments).map((assessment) => assessment.name);
}

test('user sees saved assessments with facility and completeness, and opens one where they left off', async () => {
  const user = userEvent.setup();
  seedAnswers({ 'org-name': 'Valley Health', 'facility-name': 'North site', 'org-type': 'health-center' });
  const other = seedAnswers({ rural: 'yes' }, 'South site');
  renderApp('/');
  const row = rowOf('Valley Health');
  expect(row).toHaveTextContent('North site');
  expect(row).toHaveTextContent(/\d+%/);
  expect(within(rowOf('South site')).getByText('Open now')).toBeInTheDocument();
  await expectNoAxeViolations();

  await user.click(within(row).getByRole('button', { name: 'Open: Valley Health' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Your organization' })).toBeInTheDocument();
  expect(currentAnswers()['facility-name']).toBe('North site');
  expect(useAssessmentStore.getState().currentId).not.toBe(other);
});

test('user can rename and duplicate an assessment', async () => {
  const user = userEvent.setup();
  seedAnswers({ rural: 'yes' }, 'Main clinic');
  renderApp('/');
  await user.click(screen.getByRole('button', { name: 'Rename: Main clinic' }));
  const field = screen.getByRole('textbox', { name: 'New name for Main clinic' });
  expect(field).toHaveFocus();
  await user.clear(field);
  await user.type(field, 'Main clinic 2026{Enter}');
  expect(names()).toEqual(['Main clinic 2026']);

  await user.click(screen.getByRole('button', { name: 'Duplicate: Main clinic 2026' }));
  expect(names().sort()).toEqual(['Main clinic 2026', 'Main clinic 2026 (copy)']);
  expect(screen.getByRole('rowheader', { name: /Main clinic 2026 \(copy\)/ })).toBeInTheDocument();
});

test('user can delete an assessment after confirming, and undo it for a few seconds', async () => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
  seedAnswers({ rural: 'yes' }, 'Keep me');
  seedAnswers({ rural: 'no' }, 'Old draft');
  renderApp('/');
  await user.click(screen.getByRole('button', { name: 'Delete: Old draft' }));
  expect(names()).toHaveLength(2);
  await user.click(screen.getByRole('button', { name: 'Yes, delete: Old draft' }));
  expect(names()).toEqual(['Keep me']);
  expect(screen.getByText('Deleted "Old draft".')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Undo' }));
  expect(names().sort()).toEqual(['Keep me', 'Old draft']);

  await user.click(screen.getByRole('button', { name: 'Delete: Old draft' }));
  await user.click(screen.getByRole('button', { name: 'Yes, delete: Old draft' }));
  act(() => {
    vi.advanceTimersByTime(11_000);
  });
  expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
  expect(names()).toEqual(['Keep me']);
});

test('user can import an exported file, and it is added without changing what was saved', async () => {
  const user = userEvent.setup();
  seedAnswers({ rural: 'yes' }, 'Ours');
  const text = serializeAssessment(
    { id: 'theirs', name: 'IT lead answers', createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-02T00:00:00.000Z', answers: { 'it-who': ['dedicated'], 'it-fte': 1 }, actionPlan: {} },
    '2026-11-03T00:00:00.000Z',
  );
  renderApp('/');
  await user.upload(screen.getByLabelText('Choose a file (.json)'), new File([text], 'it-lead.json', { type: 'application/json' }));
  expect(await screen.findByRole('heading', { name: 'Opened "IT lead answers"' })).toBeInTheDocument();
  expect(names().sort()).toEqual(['IT lead answers', 'Ours']);
  const ours = Object.values(useAssessmentStore.getState().assessments).find((assessment) => assessment.name === 'Ours');
  expect(ours?.answers).toEqual({ rural: 'yes' });
});

test('user who opens a file while the browser storage is full is told it is open for this visit only', async () => {
  const user = userEvent.setup();
  seedAnswers({ rural: 'yes' }, 'Ours');
  const text = serializeAssessment(
    { id: 'theirs', name: 'IT lead answers', createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-02T00:00:00.000Z', answers: { rural: 'no' }, actionPlan: {} },
    '2026-11-03T00:00:00.000Z',
  );
  renderApp('/');
  const spy = fillStorage();
  try {
    await user.upload(screen.getByLabelText('Choose a file (.json)'), new File([text], 'it-lead.json', { type: 'application/json' }));
    expect(await screen.findByRole('heading', { name: 'Opened "IT lead answers" for this visit only' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Opened "IT lead answers"' })).not.toBeInTheDocument();
  } finally {
    spy.mockRestore();
  }
});

test('user sees why a damaged file is refused, and the saved assessments are untouched', async () => {
  const user = userEvent.setup();
  seedAnswers({ rural: 'yes' }, 'Ours');
  const before = JSON.stringify(useAssessmentStore.getState().assessments);
  renderApp('/');
  const bad = JSON.stringify({ format: FILE_FORMAT, schemaVersion: 2, assessment: { name: 'x', answers: { 'it-project-hours': 'lots' } } });
  await user.upload(screen.getByLabelText('Choose a file (.json)'), new File([bad], 'broken.json', { type: 'application/json' }));
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('"broken.json" could not be opened');
  expect(alert).toHaveTextContent(/question it-project-hours \("How many hours[^"]*"\): Enter a number from 0 to 400.*Found the text "lots"/);
  expect(JSON.stringify(useAssessmentStore.getState().assessments)).toBe(before);
  await expectNoAxeViolations();
});

test('user with damaged saved data sees which one, downloads a file the app can open, recovers what can be read, and keeps the others', async () => {
  const user = userEvent.setup();
  seedAnswers({ rural: 'yes' }, 'Healthy one');
  const raw = '{"id":"broken","name":"Old clinic","createdAt":"2026-10-01T00:00:00.000Z","updatedAt":"2026-10-02T00:00:00.000Z","answers":{"rural":"no","org-na';
  localStorage.setItem('staffing-readiness:assessment:broken', raw);
  await rehydrateAssessments();
  const createObjectURL = vi.fn((_blob: Blob) => 'blob:saved');
  Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
  const downloads: string[] = [];
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push(this.download);
  });
  try {
    renderApp('/');
    const notice = await screen.findByRole('region', { name: 'Saved data could not be opened: Old clinic' });
    expect(notice).toHaveTextContent(/not readable as it is/);
    expect(screen.getByRole('rowheader', { name: /Healthy one/ })).toBeInTheDocument();

    await user.click(within(notice).getByRole('button', { name: 'Download a copy: Old clinic' }));
    expect(downloads[0]).toMatch(/^staffing-readiness-old-clinic-saved-data-\d{4}-\d{2}-\d{2}\.json$/);
    const file = await (createObjectURL.mock.calls[0]![0] as Blob).text();
    // The file keeps the data exactly as it was saved.
    expect(JSON.parse(file).raw).toBe(raw);

    await user.click(within(notice).getByRole('button', { name: 'Recover what can be read: Old clinic' }));
    expect(await within(notice).findByText('Recovered: "Old clinic" is now in your saved assessments')).toBeInTheDocument();
    expect(names().sort()).toEqual(['Healthy one', 'Old clinic']);
    const recovered = Object.values(useAssessmentStore.getState().assessments).find((assessment) => assessment.name === 'Old clinic');
    expect(recovered?.answers.rural).toBe('no');
    // Recovering deletes nothing: the damaged data is still there until the user deletes it.
    expect(localStorage.getItem('staffing-readiness:assessment:broken')).toBe(raw);

    // The downloaded file opens in the import too.
    await user.upload(screen.getByLabelText('Choose a file (.json)'), new File([file], downloads[0]!, { type: 'application/json' }));
    expect(await screen.findByRole('heading', { name: 'Opened "Old clinic"' })).toBeInTheDocument();

    await user.click(within(notice).getByRole('button', { name: 'Delete it here: Old clinic' }));
    expect(localStorage.getItem('staffing-readiness:assessment:broken')).toBeNull();
    expect(screen.queryByRole('region', { name: /could not be opened/ })).not.toBeInTheDocument();
  } finally {
    click.mockRestore();
  }
});

test('user whose browser storage is full is told the change was not saved and can export the assessment', async () => {
  const user = userEvent.setup();
  seedAnswers({ rural: 'yes' }, 'Full disk clinic');
  const createObjectURL = vi.fn(() => 'blob:export');
  Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
  renderApp('/assessment/organization');
  const spy = fillStorage();
  try {
    await user.click(within(screen.getByRole('group', { name: /^Is your organization in a rural area/ })).getByRole('radio', { name: 'No' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your last change was not saved');
    await user.click(within(alert).getByRole('button', { name: 'Export this assessment as a file' }));
    const blob = (createObjectURL.mock.calls[0] as unknown as [Blob])[0];
    const file = JSON.parse(await blob.text());
    expect(file.assessment.answers.rural).toBe('no');
    expect(file.assessment.name).toBe('Full disk clinic');
  } finally {
    spy.mockRestore();
  }
});

test('user with a started assessment can start a new one beside it', async () => {
  const user = userEvent.setup();
  seedAnswers({ rural: 'yes' }, 'First site');
  renderApp('/');
  await user.click(screen.getByRole('button', { name: 'Start a new assessment' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Your organization' })).toBeInTheDocument();
  expect(names().sort()).toEqual(['', 'First site']);
  expect(currentAnswers()).toEqual({});
});

test('user whose assessment is complete is offered the results from the start page', () => {
  seedAnswers(FULL_PROFILE, 'Done');
  renderApp('/');
  expect(screen.getByRole('link', { name: 'See the results' })).toHaveAttribute('href', '/results');
  expect(screen.queryByRole('link', { name: 'Continue where you left off' })).toBeNull();
});

function listedNames(): string[] {
  return screen.getAllByRole('rowheader').map((header) => header.textContent?.replace('Open now', '') ?? '');
}

test('a duplicate does not become the open assessment, and the list keeps its order by last change, even after a reload', async () => {
  const user = userEvent.setup();
  seedAnswers({ rural: 'no' }, 'Older clinic');
  await new Promise((resolve) => setTimeout(resolve, 5));
  const main = seedAnswers({ rural: 'yes' }, 'Main clinic');
  renderApp('/');
  expect(listedNames()).toEqual(['Main clinic', 'Older clinic']);
  await user.click(screen.getByRole('button', { name: 'Duplicate: Main clinic' }));
  expect(listedNames()).toEqual(['Main clinic', 'Main clinic (copy)', 'Older clinic']);
  expect(useAssessmentStore.getState().currentId).toBe(main);
  // A new tab remembers no open assessment: it continues the original, not the copy.
  sessionStorage.clear();
  useAssessmentStore.setState({ currentId: null });
  await act(() => rehydrateAssessments());
  expect(useAssessmentStore.getState().currentId).toBe(main);
});

test('undo after deleting the open assessment restores it as it was, open again', async () => {
  const user = userEvent.setup();
  seedAnswers({ rural: 'no' }, 'Other clinic');
  const main = seedAnswers({ rural: 'yes', 'org-type': 'health-center' }, 'Main clinic');
  const before = structuredClone(useAssessmentStore.getState().assessments[main]);
  renderApp('/');
  await user.click(screen.getByRole('button', { name: 'Delete: Main clinic' }));
  await user.click(screen.getByRole('button', { name: 'Yes, delete: Main clinic' }));
  expect(useAssessmentStore.getState().currentId).toBeNull();
  await user.click(screen.getByRole('button', { name: 'Undo' }));
  expect(useAssessmentStore.getState().currentId).toBe(main);
  expect(useAssessmentStore.getState().assessments[main]).toEqual(before);
  expect(within(rowOf('Main clinic')).getByText('Open now')).toBeInTheDocument();
});

test('"Start over" can be undone: every answer and the action plan come back, and survive a reload', async () => {
  const user = userEvent.setup();
  const id = seedAnswers(FULL_PROFILE, 'Main clinic');
  useAssessmentStore.getState().setActionItem('clinical-load', { owner: 'Dr. Ruiz', due: '2027-01-15' });
  renderApp('/');
  await user.click(screen.getByRole('button', { name: 'Start over' }));
  await user.click(screen.getByRole('button', { name: 'Yes, delete my answers' }));
  expect(currentAnswers()).toEqual({});
  await user.click(screen.getByRole('button', { name: 'Undo: bring my answers back' }));
  expect(currentAnswers()).toEqual(FULL_PROFILE);
  expect(useAssessmentStore.getState().assessments[id]?.actionPlan).toEqual({ 'clinical-load': { owner: 'Dr. Ruiz', due: '2027-01-15' } });
  await act(() => rehydrateAssessments());
  expect(JSON.parse(localStorage.getItem(`${ENTRY_PREFIX}${id}`) ?? '{}').answers).toEqual(FULL_PROFILE);
});
