import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { resetAssessmentStore } from '../src/state/assessment-store';

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  resetAssessmentStore();
});

afterEach(() => {
  cleanup();
});
