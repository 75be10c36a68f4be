import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { resetAssessmentStore } from '../src/state/assessment-store';

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  resetAssessmentStore();
  // Resetting the store saves its empty state: clear that too, so every test starts with nothing saved.
  localStorage.clear();
});

afterEach(() => {
  cleanup();
});
