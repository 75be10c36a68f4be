import type { Page } from '@playwright/test';
import type { SavedAssessment } from '../../src/assessment/saved-assessment';
import { ENTRY_PREFIX, INDEX_KEY, STATE_VERSION } from '../../src/state/storage-keys';

/**
 * Puts assessments (and any raw entries, damaged ones say) in localStorage as the app saves them
 * (on the page's origin, from the start page), then reloads, so a test starts from known saved
 * data without clicking through the wizard.
 */
export async function seedAssessments(page: Page, assessments: SavedAssessment[], raw: Record<string, string> = {}): Promise<void> {
  await page.goto('/');
  await page.evaluate(
    ({ entries, index, indexKey }) => {
      localStorage.clear();
      localStorage.setItem(indexKey, index);
      for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
    },
    {
      entries: { ...Object.fromEntries(assessments.map((assessment) => [`${ENTRY_PREFIX}${assessment.id}`, JSON.stringify(assessment)])), ...raw },
      index: JSON.stringify({ version: STATE_VERSION }),
      indexKey: INDEX_KEY,
    },
  );
  await page.reload();
}
