import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { useAssessmentStore } from '../src/state/assessment-store';
import { useStorageStatus } from '../src/state/storage-status';

beforeEach(() => {
  localStorage.clear();
  useAssessmentStore.setState({ answers: {}, updatedAt: null });
  useStorageStatus.setState({ damaged: null, saveFailed: false });
  localStorage.clear();
});

afterEach(() => {
  cleanup();
});
