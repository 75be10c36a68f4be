import { expect, test, vi } from 'vitest';
import { rehydrateAssessments, useAssessmentStore } from '../../src/state/assessment-store';
import { BACKUP_KEY_PREFIX, ENTRY_PREFIX, INDEX_KEY, LEGACY_KEY, STATE_VERSION, migrateState } from '../../src/state/persisted-state';
import { useStorageStatus } from '../../src/state/storage-status';
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

function onlyAssessment() {
  const all = Object.values(useAssessmentStore.getState().assessments);
  expect(all).toHaveLength(1);
  return all[0]!;
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
])('a %s save is migrated: answers kept, "Don\'t know" restored', async (_name, fixture, expected, updatedAt) => {
  localStorage.setItem(LEGACY_KEY, JSON.stringify(fixture));
  await rehydrateAssessments();
  const assessment = onlyAssessment();
  expect(assessment.answers).toMatchObject(expected);
  expect(assessment.updatedAt).toBe(updatedAt);
  // Written in the new layout, and the old key retired.
  expect(Object.keys(savedEntries())).toEqual([assessment.id]);
  expect(localStorage.getItem(LEGACY_KEY)).toBeNull();
});

test('migration refuses data from a newer version in plain words', () => {
  expect(() => migrateState({ assessments: {} }, STATE_VERSION + 1)).toThrow(/newer version of this tool/);
});

test.each([
  ['text that is not JSON', '{"id":"b","name":"Broken","answ', /not readable/],
  ['JSON that is not an assessment', '[1,2,3]', /not in the expected form/],
  ['answers of the wrong shape', JSON.stringify({ id: 'b', name: 'Broken', createdAt: '', updatedAt: '', answers: { rural: { nested: true } } }), /at "answers.rural"/],
])('one damaged assessment (%s) is reported and kept, and the others still open', async (_name, raw, reason) => {
  const good = seedAnswers({ rural: 'yes' }, 'Good one');
  localStorage.setItem(`${ENTRY_PREFIX}b`, raw);
  await rehydrateAssessments();

  const damaged = useStorageStatus.getState().damaged;
  expect(damaged).toHaveLength(1);
  expect(damaged[0]?.raw).toBe(raw);
  expect(damaged[0]?.reason).toMatch(reason);
  expect(Object.keys(useAssessmentStore.getState().assessments)).toEqual([good]);
  // Saving the others never touches the damaged entry.
  useAssessmentStore.getState().setAnswer('rural', 'no');
  expect(localStorage.getItem(`${ENTRY_PREFIX}b`)).toBe(raw);
});

test('a damaged single save of version 1 is backed up before anything overwrites it', async () => {
  const raw = '{"version":1,"state":{"answ';
  localStorage.setItem(LEGACY_KEY, raw);
  await rehydrateAssessments();
  expect(useStorageStatus.getState().damaged[0]?.raw).toBe(raw);
  useAssessmentStore.getState().setAnswer('rural', 'no');
  expect(localStorage.getItem(`${BACKUP_KEY_PREFIX}${LEGACY_KEY}`)).toBe(raw);
});

test('data saved by a newer version is reported and never overwritten', async () => {
  localStorage.setItem(INDEX_KEY, JSON.stringify({ version: STATE_VERSION + 1 }));
  localStorage.setItem(`${ENTRY_PREFIX}future`, '{"from":"the future"}');
  await rehydrateAssessments();
  expect(useStorageStatus.getState().damaged[0]?.reason).toMatch(/newer version/);
  useAssessmentStore.getState().setAnswer('rural', 'no');
  expect(useStorageStatus.getState().saveFailed).toBe(true);
  expect(localStorage.getItem(`${ENTRY_PREFIX}future`)).toBe('{"from":"the future"}');
  expect(JSON.parse(localStorage.getItem(INDEX_KEY) ?? '{}').version).toBe(STATE_VERSION + 1);
});

test('a full storage quota is reported, not thrown, and the answer is kept in the page', () => {
  seedAnswers({});
  const spy = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('full', 'QuotaExceededError');
  });
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

test('a change saved by another tab is picked up here instead of being overwritten later', async () => {
  const { syncAcrossTabs } = await import('../../src/state/assessment-store');
  const id = seedAnswers({ rural: 'yes' }, 'Shared');
  const stop = syncAcrossTabs();
  try {
    // The other tab writes its version of the same assessment.
    const key = `${ENTRY_PREFIX}${id}`;
    const theirs = { ...JSON.parse(localStorage.getItem(key) ?? '{}'), answers: { rural: 'yes', 'org-type': 'health-center' } };
    localStorage.setItem(key, JSON.stringify(theirs));
    window.dispatchEvent(new StorageEvent('storage', { key }));
    await vi.waitFor(() => expect(currentAnswers()['org-type']).toBe('health-center'));
    await vi.waitFor(() => expect(useStorageStatus.getState().updatedElsewhere).toBe(true));
    // This tab's next change builds on theirs.
    useAssessmentStore.getState().setAnswer('facility-count', 2);
    expect(savedEntries()[id]?.answers).toEqual({ rural: 'yes', 'org-type': 'health-center', 'facility-count': 2 });
  } finally {
    stop();
  }
});
