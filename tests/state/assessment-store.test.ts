import { expect, test, vi } from 'vitest';
import { rehydrateAssessment, useAssessmentStore } from '../../src/state/assessment-store';
import { BACKUP_KEY_PREFIX, STATE_VERSION, STORAGE_KEY, migrateState } from '../../src/state/persisted-state';
import { useStorageStatus } from '../../src/state/storage-status';
import versionZero from './fixtures/version-0.json';

function saved(): { version: number; state: { answers: Record<string, unknown> } } {
  return JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
}

test('an answer is saved in localStorage with the schema version', () => {
  useAssessmentStore.getState().setAnswer('org-type', 'health-center');
  expect(saved().version).toBe(STATE_VERSION);
  expect(saved().state.answers['org-type']).toBe('health-center');
  expect(useAssessmentStore.getState().updatedAt).not.toBeNull();
});

test('clearing an answer removes it', () => {
  useAssessmentStore.getState().setAnswer('org-type', 'health-center');
  useAssessmentStore.getState().setAnswer('org-type', undefined);
  expect(saved().state.answers).toEqual({});
});

test('saved answers come back after a reload', async () => {
  localStorage.setItem(STORAGE_KEY, JSON.stringify({ version: STATE_VERSION, state: { answers: { rural: 'yes' }, updatedAt: null } }));
  await rehydrateAssessment();
  expect(useAssessmentStore.getState().answers).toEqual({ rural: 'yes' });
  expect(useStorageStatus.getState().damaged).toBeNull();
});

test('a version-0 save is migrated: answers kept, null becomes "Don\'t know"', async () => {
  localStorage.setItem(STORAGE_KEY, JSON.stringify(versionZero));
  await rehydrateAssessment();
  const { answers, updatedAt } = useAssessmentStore.getState();
  expect(answers['org-name']).toBe('Valley Health');
  expect(answers.rural).toBe('dont-know');
  expect(answers['project-scope']).toEqual(['new-ehr', 'telehealth']);
  expect(updatedAt).toBe('2026-05-01T10:00:00.000Z');
  expect(saved().version).toBe(STATE_VERSION);
});

test('migration refuses data from a newer version in plain words', () => {
  expect(() => migrateState({ answers: {} }, STATE_VERSION + 1)).toThrow(/newer version of this tool/);
});

test.each([
  ['text that is not JSON', '{"version":1,"state":{"answ', /not readable/],
  ['JSON that is not an assessment', '[1,2,3]', /not an assessment from this tool/],
  ['answers of the wrong shape', JSON.stringify({ version: 1, state: { answers: { rural: { nested: true } }, updatedAt: null } }), /not in the expected form at "answers.rural"/],
  ['a save from a newer version', JSON.stringify({ version: 99, state: { answers: {}, updatedAt: null } }), /newer version/],
])('damaged saved data (%s) does not crash, is reported and kept for download', async (_name, raw, reason) => {
  localStorage.setItem(STORAGE_KEY, raw);
  await rehydrateAssessment();
  const damaged = useStorageStatus.getState().damaged;
  expect(damaged?.raw).toBe(raw);
  expect(damaged?.reason).toMatch(reason);
  expect(useAssessmentStore.getState().answers).toEqual({});
  // The raw text is backed up under its own key before anything can overwrite the original.
  const backups = Object.keys(localStorage).filter((key) => key.startsWith(BACKUP_KEY_PREFIX));
  expect(backups).toHaveLength(1);
  expect(localStorage.getItem(backups[0]!)).toBe(raw);
});

test('a full storage quota is reported, not thrown', () => {
  const spy = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('full', 'QuotaExceededError');
  });
  try {
    expect(() => useAssessmentStore.getState().setAnswer('rural', 'no')).not.toThrow();
    expect(useStorageStatus.getState().saveFailed).toBe(true);
    expect(useAssessmentStore.getState().answers.rural).toBe('no');
  } finally {
    spy.mockRestore();
  }
  useAssessmentStore.getState().setAnswer('rural', 'yes');
  expect(useStorageStatus.getState().saveFailed).toBe(false);
});
