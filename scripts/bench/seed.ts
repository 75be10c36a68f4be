import type { SavedAssessment } from '../../src/assessment/saved-assessment';
import { ENTRY_PREFIX, INDEX_KEY, STATE_VERSION } from '../../src/state/storage-keys';
import { PLAN } from '../../tests/e2e/wizard-helpers';

export const SEEDED_ID = 'bench-assessment';

/**
 * The localStorage entries of one filled-in assessment (the browser tests' plan), in the store's
 * own layout: a version index plus one key per assessment.
 */
export function filledInStorage(): Record<string, string> {
  const when = '2025-01-15T10:00:00.000Z';
  const assessment: SavedAssessment = { id: SEEDED_ID, name: '', createdAt: when, updatedAt: when, answers: PLAN, actionPlan: {} };
  return {
    [INDEX_KEY]: JSON.stringify({ version: STATE_VERSION }),
    [`${ENTRY_PREFIX}${SEEDED_ID}`]: JSON.stringify(assessment),
  };
}
