import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { resetAssessmentStore } from '../src/state/assessment-store';
import { useStorageStatus } from '../src/state/storage-status';

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  resetAssessmentStore();
  useStorageStatus.setState({ damaged: [], saveFailed: false, readOnly: false, updatedElsewhere: false });
  localStorage.clear();
});

afterEach(() => {
  cleanup();
});
