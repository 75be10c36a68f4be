import { expect, test, vi } from 'vitest';
import { discardDamaged, rehydrateAssessments, syncAcrossTabs, useAssessmentStore } from '../../src/state/assessment-store';
import { BACKUP_KEY_PREFIX, ENTRY_PREFIX, INDEX_KEY, LEGACY_ID, LEGACY_KEY, STATE_VERSION } from '../../src/state/storage-keys';
import { useStorageStatus } from '../../src/state/storage-status';
import { fillStorage } from '../helpers/full-storage';
import { currentAnswers, seedAnswers } from '../helpers/seed';
import versionZero from './fixtures/version-0.json';
import versionOne from './fixtures/version-1.json';

function savedEntries(): Record<string, { name: string; answers: Record<string, unknown> }> {
  const entries: Record<string, { name: string; answers: Record<string, unknown> }> = {};
  for (const key of Object.keys(localStorage)) {
    if (key.startsWith(ENTRY_PREFIX)) entries[key.slice(ENTRY_PREFIX.length)] = JSON.parse(localStorage.getItem(key) ?? 'null');
  }
  return entries;
}

function names(): string[] {
  return Object.values(useAssessmentStore.getState().assessments)
    .map((assessment) => assessment.name)
    .sort();
}

function onlyAssessment() {
  const all = Object.values(useAssessmentStore.getState().assessments);
  expect(all).toHaveLength(1);
  return all[0]!;
}

function entry(id: string, name: string, answers: Record<string, unknown>, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ id, name, createdAt: '2026-10-01T00:00:00.000Z', updatedAt: '2026-10-02T00:00:00.000Z', answers, actionPlan: {}, ...extra });
}

test('an answer is saved in localStorage under its assessment, with the format version', () => {
  const id = seedAnswers({ 'org-type': 'health-center' });
  expect(JSON.parse(localStorage.getItem(INDEX_KEY) ?? '{}').version).toBe(STATE_VERSION);
  expect(savedEntries()[id]?.answers['org-type']).toBe('health-center');
});

test('answering with no assessment open starts one instead of losing the answer', () => {
  useAssessmentStore.getState().setAnswer('rural', 'yes');
  expect(onlyAssessment().answers).toEqual({ rural: 'yes' });
});

test('clearing an answer removes it', () => {
  const id = seedAnswers({ 'org-type': 'health-center' });
  useAssessmentStore.getState().setAnswer('org-type', undefined);
  expect(savedEntries()[id]?.answers).toEqual({});
});

test('a choice ticked twice is kept once', () => {
  seedAnswers({});
  useAssessmentStore.getState().setAnswer('project-scope', ['ehr', 'ehr', 'telehealth']);
  expect(currentAnswers()['project-scope']).toEqual(['ehr', 'telehealth']);
});

test.each([
  ['text over 2,000 characters', 'x'.repeat(2001)],
  ['a number too large to read', Number('9'.repeat(400))],
  ['not a number', Number.NaN],
  ['more than 50 choices', Array.from({ length: 51 }, (_, index) => `choice-${index}`)],
])('the store refuses %s, which loading would refuse, and keeps the answer it had', async (_name, value) => {
  const id = seedAnswers({ 'it-project-hours': 10 });
  expect(useAssessmentStore.getState().setAnswer('it-project-hours', value as never)).toBe(false);
  expect(currentAnswers()['it-project-hours']).toBe(10);
  await rehydrateAssessments();
  expect(useAssessmentStore.getState().assessments[id]?.answers['it-project-hours']).toBe(10);
  expect(useStorageStatus.getState().damaged).toEqual([]);
});

test('saved assessments come back after a reload, and this tab keeps the one it had open', async () => {
  const first = seedAnswers({ rural: 'yes' }, 'First');
  seedAnswers({ rural: 'no' }, 'Second');
  useAssessmentStore.getState().openAssessment(first);
  await rehydrateAssessments();
  expect(Object.keys(useAssessmentStore.getState().assessments)).toHaveLength(2);
  expect(currentAnswers()).toEqual({ rural: 'yes' });
  expect(useStorageStatus.getState().damaged).toEqual([]);
});

test.each([
  ['version 0', versionZero, { 'org-name': 'Valley Health', rural: 'dont-know' }, '2026-05-01T10:00:00.000Z'],
  ['version 1', versionOne, { 'org-name': 'Hill Clinic', rural: 'no', 'facility-count': 2 }, '2026-09-01T08:30:00.000Z'],
])('a %s save is carried over: answers kept, "Don\'t know" restored, the old key retired once the new one is written', async (_name, fixture, expected, updatedAt) => {
  localStorage.setItem(LEGACY_KEY, JSON.stringify(fixture));
  await rehydrateAssessments();
  const assessment = onlyAssessment();
  expect(assessment.answers).toMatchObject(expected);
  expect(assessment.updatedAt).toBe(updatedAt);
  expect(savedEntries()[assessment.id]?.answers).toMatchObject(expected);
  expect(localStorage.getItem(LEGACY_KEY)).toBeNull();
});

test('the old single key is kept when the new entry could not be written', async () => {
  localStorage.setItem(LEGACY_KEY, JSON.stringify(versionOne));
  const spy = fillStorage();
  try {
    await rehydrateAssessments();
  } finally {
    spy.mockRestore();
  }
  expect(onlyAssessment().answers['org-name']).toBe('Hill Clinic');
  expect(localStorage.getItem(LEGACY_KEY)).toBe(JSON.stringify(versionOne));
});

test('a format-1 key beside an index (a tab of the old version still open) is carried over, not deleted', async () => {
  seedAnswers({ rural: 'yes' }, 'Already here');
  localStorage.setItem(LEGACY_KEY, JSON.stringify(versionOne));
  await rehydrateAssessments();
  expect(names()).toEqual(['', 'Already here']);
  expect(useAssessmentStore.getState().assessments[LEGACY_ID]?.answers['org-name']).toBe('Hill Clinic');
  // The old tab saves again: its newer answer comes in, into the same assessment.
  localStorage.setItem(LEGACY_KEY, JSON.stringify({ version: 1, state: { answers: { 'org-name': 'Hill Clinic', rural: 'yes' }, updatedAt: '2026-12-01T00:00:00.000Z' } }));
  await rehydrateAssessments();
  expect(Object.keys(useAssessmentStore.getState().assessments)).toHaveLength(2);
  expect(useAssessmentStore.getState().assessments[LEGACY_ID]?.answers.rural).toBe('yes');
});

test('a format-1 save that parses but does not fit opens with what fits, and a copy of it as it was is kept', async () => {
  const raw = JSON.stringify({ version: 1, state: { answers: { 'org-name': 'Hill Clinic', notes: 'x'.repeat(3000) }, updatedAt: '2026-09-01T08:30:00.000Z' } });
  localStorage.setItem(LEGACY_KEY, raw);
  await rehydrateAssessments();
  expect(onlyAssessment().answers).toEqual({ 'org-name': 'Hill Clinic' });
  expect(localStorage.getItem(`${BACKUP_KEY_PREFIX}${LEGACY_KEY}`)).toBe(raw);
  const [notice] = useStorageStatus.getState().damaged;
  expect(notice?.kind).toBe('partly-read');
  expect(notice?.setAside).toEqual([{ where: 'the answer "notes"', problem: 'is longer than 2,000 characters' }]);
  // Still there, and still listed, after changes and another visit.
  useAssessmentStore.getState().setAnswer('rural', 'no');
  await rehydrateAssessments();
  expect(localStorage.getItem(`${BACKUP_KEY_PREFIX}${LEGACY_KEY}`)).toBe(raw);
  expect(useStorageStatus.getState().damaged.map((item) => item.raw)).toEqual([raw]);
});

test('an unreadable format-1 save stays where it is, listed on every visit, until the user deletes it', async () => {
  const raw = '{"version":1,"state":{"answ';
  localStorage.setItem(LEGACY_KEY, raw);
  await rehydrateAssessments();
  expect(useStorageStatus.getState().damaged[0]).toMatchObject({ key: LEGACY_KEY, raw, kind: 'unreadable', reason: 'not-json' });
  useAssessmentStore.getState().setAnswer('rural', 'no');
  useAssessmentStore.getState().setAnswer('rural', 'yes');
  expect(localStorage.getItem(LEGACY_KEY)).toBe(raw);
  await rehydrateAssessments();
  expect(useStorageStatus.getState().damaged.map((item) => item.key)).toEqual([LEGACY_KEY]);
  discardDamaged(LEGACY_KEY);
  expect(localStorage.getItem(LEGACY_KEY)).toBeNull();
  expect(useStorageStatus.getState().damaged).toEqual([]);
});

test.each([
  ['text that is not JSON', '{"id":"b","name":"Broken","answ', 'not-json'],
  ['JSON that is not an assessment', '[1,2,3]', 'not-an-assessment'],
])('one unreadable assessment (%s) is reported and kept, and the others still open', async (_name, raw, reason) => {
  const good = seedAnswers({ rural: 'yes' }, 'Good one');
  localStorage.setItem(`${ENTRY_PREFIX}b`, raw);
  await rehydrateAssessments();
  const damaged = useStorageStatus.getState().damaged;
  expect(damaged).toHaveLength(1);
  expect(damaged[0]).toMatchObject({ raw, kind: 'unreadable', reason });
  expect(Object.keys(useAssessmentStore.getState().assessments)).toEqual([good]);
  useAssessmentStore.getState().setAnswer('rural', 'no');
  expect(localStorage.getItem(`${ENTRY_PREFIX}b`)).toBe(raw);
});

test('one answer that does not fit is set aside and named; the rest of the assessment opens, and the data as it was is kept', async () => {
  // A number of 400 digits, as a number field could once save: JSON reads it as Infinity.
  const raw = entry('b', 'Hill Clinic', { rural: 'yes', 'it-project-hours': 'BIG', 'org-name': 'y'.repeat(2500), 'project-scope': ['ehr', 'ehr'] }).replace('"BIG"', '9'.repeat(400));
  localStorage.setItem(`${ENTRY_PREFIX}b`, raw);
  await rehydrateAssessments();
  const assessment = useAssessmentStore.getState().assessments.b;
  expect(assessment?.answers).toEqual({ rural: 'yes', 'project-scope': ['ehr'] });
  expect(assessment?.name).toBe('Hill Clinic');
  const [notice] = useStorageStatus.getState().damaged;
  expect(notice).toMatchObject({ key: `${BACKUP_KEY_PREFIX}${ENTRY_PREFIX}b`, kind: 'partly-read', label: 'Hill Clinic', raw });
  expect(notice?.setAside.map((part) => `${part.where} ${part.problem}`).sort()).toEqual([
    'the answer to "How many hours a week could they give the project?" is not text, a list of choices or a number (found a number too large to read)',
    'the answer to "Organization name" is longer than 2,000 characters',
  ]);
  expect(localStorage.getItem(`${BACKUP_KEY_PREFIX}${ENTRY_PREFIX}b`)).toBe(raw);
  // The salvaged assessment is what is saved now, and it opens cleanly next time.
  expect(savedEntries().b?.answers).toEqual({ rural: 'yes', 'project-scope': ['ehr'] });
});

test('a partly readable assessment whose copy cannot be kept is left as it is, unopened', async () => {
  const raw = entry('b', 'Hill Clinic', { rural: 'yes', 'org-name': 'y'.repeat(2500) });
  localStorage.setItem(`${ENTRY_PREFIX}b`, raw);
  const spy = fillStorage();
  try {
    await rehydrateAssessments();
  } finally {
    spy.mockRestore();
  }
  expect(useAssessmentStore.getState().assessments.b).toBeUndefined();
  expect(useStorageStatus.getState().damaged[0]).toMatchObject({ key: `${ENTRY_PREFIX}b`, raw, kind: 'unreadable' });
  useAssessmentStore.getState().setAnswer('rural', 'no');
  expect(localStorage.getItem(`${ENTRY_PREFIX}b`)).toBe(raw);
});

test.each([
  ['missing', null],
  ['damaged', '{"vers'],
  ['of another shape', '[]'],
])('a %s index hides nothing: every assessment is found by its own key', async (_name, index) => {
  localStorage.setItem(`${ENTRY_PREFIX}a`, entry('a', 'First', { rural: 'yes' }));
  localStorage.setItem(`${ENTRY_PREFIX}b`, entry('b', 'Second', { rural: 'no' }));
  if (index === null) localStorage.removeItem(INDEX_KEY);
  else localStorage.setItem(INDEX_KEY, index);
  await rehydrateAssessments();
  expect(names()).toEqual(['First', 'Second']);
  expect(useStorageStatus.getState().damaged).toEqual([]);
  expect(JSON.parse(localStorage.getItem(INDEX_KEY) ?? '{}')).toEqual({ version: STATE_VERSION });
});

test('with data of a newer version, what this version can read is listed, and nothing is overwritten', async () => {
  localStorage.setItem(INDEX_KEY, JSON.stringify({ version: STATE_VERSION + 1 }));
  localStorage.setItem(`${ENTRY_PREFIX}readable`, entry('readable', 'Still readable', { rural: 'yes' }));
  localStorage.setItem(`${ENTRY_PREFIX}future`, '{"from":"the future"}');
  await rehydrateAssessments();
  expect(names()).toEqual(['Still readable']);
  expect(useStorageStatus.getState().damaged).toMatchObject([{ key: `${ENTRY_PREFIX}future`, kind: 'newer' }]);
  expect(useStorageStatus.getState().readOnly).toBe(true);
  useAssessmentStore.getState().setAnswer('rural', 'no');
  expect(useStorageStatus.getState().saveFailed).toBe(true);
  expect(localStorage.getItem(`${ENTRY_PREFIX}future`)).toBe('{"from":"the future"}');
  expect(JSON.parse(localStorage.getItem(INDEX_KEY) ?? '{}').version).toBe(STATE_VERSION + 1);
});

test('a full storage quota is reported, not thrown, and the answer is kept in the page', () => {
  seedAnswers({});
  const spy = fillStorage();
  try {
    expect(() => useAssessmentStore.getState().setAnswer('rural', 'no')).not.toThrow();
    expect(useStorageStatus.getState().saveFailed).toBe(true);
    expect(currentAnswers().rural).toBe('no');
  } finally {
    spy.mockRestore();
  }
  useAssessmentStore.getState().setAnswer('rural', 'yes');
  expect(useStorageStatus.getState().saveFailed).toBe(false);
});

test('when the browser blocks site data, the app runs in memory and says nothing will be kept', async () => {
  const getter = vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  });
  try {
    await rehydrateAssessments();
    expect(useStorageStatus.getState().blocked).toBe(true);
    expect(() => seedAnswers({ rural: 'yes' }, 'In memory')).not.toThrow();
    expect(currentAnswers()).toEqual({ rural: 'yes' });
  } finally {
    getter.mockRestore();
  }
});

test('the app asks the browser to keep its data once something is saved', async () => {
  const persist = vi.fn(() => Promise.resolve(true));
  const original = Object.getOwnPropertyDescriptor(navigator, 'storage');
  Object.defineProperty(navigator, 'storage', { configurable: true, value: { persist } });
  try {
    await rehydrateAssessments();
    seedAnswers({ rural: 'yes' });
    seedAnswers({ rural: 'no' });
    // Once a page, whatever the number of changes.
    expect(persist).toHaveBeenCalledTimes(1);
  } finally {
    if (original) Object.defineProperty(navigator, 'storage', original);
    else delete (navigator as { storage?: unknown }).storage;
  }
});

test('rename, duplicate, delete and restore work on saved assessments', () => {
  const id = seedAnswers({ rural: 'yes' }, 'Main clinic');
  const store = useAssessmentStore.getState();
  store.renameAssessment(id, 'Main clinic 2026');
  const copy = store.duplicateAssessment(id, 'Reassessment');
  expect(copy).toBeDefined();
  expect(useAssessmentStore.getState().assessments[copy!]?.answers).toEqual({ rural: 'yes' });
  const removed = store.deleteAssessment(id);
  expect(savedEntries()[id]).toBeUndefined();
  expect(removed?.name).toBe('Main clinic 2026');
  store.addAssessment(removed!);
  expect(savedEntries()[id]?.name).toBe('Main clinic 2026');
});

test('a change saved by another tab is picked up here and merged, answer by answer', async () => {
  const id = seedAnswers({ rural: 'yes' }, 'Shared');
  const stop = syncAcrossTabs();
  try {
    const key = `${ENTRY_PREFIX}${id}`;
    const theirs = { ...JSON.parse(localStorage.getItem(key) ?? '{}'), answers: { rural: 'yes', 'org-type': 'health-center' }, changedAt: { 'answers.org-type': new Date().toISOString() } };
    localStorage.setItem(key, JSON.stringify(theirs));
    window.dispatchEvent(new StorageEvent('storage', { key, newValue: JSON.stringify(theirs), storageArea: localStorage }));
    expect(currentAnswers()['org-type']).toBe('health-center');
    expect(useStorageStatus.getState().updatedElsewhere).toBe(true);
    useAssessmentStore.getState().setAnswer('facility-count', 2);
    expect(savedEntries()[id]?.answers).toEqual({ rural: 'yes', 'org-type': 'health-center', 'facility-count': 2 });
  } finally {
    stop();
  }
});

test('two tabs answering different questions at nearly the same time keep both answers', () => {
  const id = seedAnswers({ rural: 'yes' }, 'Shared');
  const key = `${ENTRY_PREFIX}${id}`;
  // The other tab saved its answer a moment ago; this tab has not heard of it yet.
  const theirs = JSON.parse(localStorage.getItem(key) ?? '{}');
  theirs.answers['org-type'] = 'health-center';
  theirs.changedAt = { ...theirs.changedAt, 'answers.org-type': new Date().toISOString() };
  localStorage.setItem(key, JSON.stringify(theirs));
  useAssessmentStore.getState().setAnswer('facility-count', 3);
  expect(savedEntries()[id]?.answers).toEqual({ rural: 'yes', 'org-type': 'health-center', 'facility-count': 3 });
  expect(currentAnswers()).toEqual({ rural: 'yes', 'org-type': 'health-center', 'facility-count': 3 });
});

test('an assessment deleted in another tab goes here too, and a deletion never removes what another tab changed since', () => {
  const stop = syncAcrossTabs();
  try {
    const gone = seedAnswers({ rural: 'yes' }, 'Gone');
    const key = `${ENTRY_PREFIX}${gone}`;
    localStorage.removeItem(key);
    window.dispatchEvent(new StorageEvent('storage', { key, newValue: null, storageArea: localStorage }));
    expect(useAssessmentStore.getState().assessments[gone]).toBeUndefined();

    const kept = seedAnswers({ rural: 'yes' }, 'Kept');
    const keptKey = `${ENTRY_PREFIX}${kept}`;
    const theirs = JSON.parse(localStorage.getItem(keptKey) ?? '{}');
    theirs.answers.rural = 'no';
    localStorage.setItem(keptKey, JSON.stringify(theirs));
    useAssessmentStore.getState().deleteAssessment(kept);
    expect(localStorage.getItem(keptKey)).toBe(JSON.stringify(theirs));
  } finally {
    stop();
  }
});

test('an answer the manager changes is theirs again; starting over forgets who gave the answers', () => {
  const id = seedAnswers({ rural: 'yes', 'it-fte': 1 });
  const store = useAssessmentStore.getState();
  useAssessmentStore.setState({ assessments: { ...store.assessments, [id]: { ...store.assessments[id]!, answeredBy: { rural: 'Sam Ortiz', 'it-fte': 'Sam Ortiz' } } } });
  useAssessmentStore.getState().setAnswer('rural', 'no');
  expect(useAssessmentStore.getState().assessments[id]?.answeredBy).toEqual({ 'it-fte': 'Sam Ortiz' });
  expect(JSON.parse(localStorage.getItem(`${ENTRY_PREFIX}${id}`) ?? '{}').answeredBy).toEqual({ 'it-fte': 'Sam Ortiz' });
  useAssessmentStore.getState().clearAnswers();
  expect(useAssessmentStore.getState().assessments[id]).not.toHaveProperty('answeredBy');
});
