import { expect, test } from 'vitest';
import { hasSavedAnswers } from '../src/has-saved-answers';
import { LEGACY_KEY } from '../src/state/storage-keys';
import { useAssessmentStore } from '../src/state/assessment-store';

test('nothing saved: no saved answers', () => {
  expect(hasSavedAnswers()).toBe(false);
});

test('an assessment just started, with no answer yet, has no saved answers', () => {
  useAssessmentStore.getState().createAssessment('Valley Family Clinic');
  expect(Object.keys(localStorage).length).toBeGreaterThan(0);
  expect(hasSavedAnswers()).toBe(false);
});

test('an answer saved by the store is seen', () => {
  useAssessmentStore.getState().createAssessment('');
  useAssessmentStore.getState().setAnswer('org-name', 'Valley Family Clinic');
  expect(hasSavedAnswers()).toBe(true);
});

test('answers in the oldest saved format are seen', () => {
  localStorage.setItem(LEGACY_KEY, JSON.stringify({ state: { responses: { 'org-name': 'Valley' } }, version: 0 }));
  expect(hasSavedAnswers()).toBe(true);
});

test('storage that cannot be read counts as nothing saved', () => {
  const blocked = { get length(): number { throw new Error('blocked'); } } as unknown as Storage;
  expect(hasSavedAnswers(blocked)).toBe(false);
});
