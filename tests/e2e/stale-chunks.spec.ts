import { cpSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import type { SavedAssessment } from '../../src/assessment/saved-assessment';
import { ENTRY_PREFIX } from '../../src/state/storage-keys';
import { deployRenamedChunks } from './deploy';
import { expect, expectReportShown, test } from './fixtures';
import { seedAssessments } from './seed-storage';
import { startStaticServer, type StaticServer } from './static-server';
import { PLAN, expectReviewShowsPlan } from './wizard-helpers';

const SAVED: SavedAssessment = { id: 'valley', name: 'Valley baseline', createdAt: '2026-01-10T09:00:00.000Z', updatedAt: '2026-01-10T09:00:00.000Z', answers: PLAN, actionPlan: {} };
const ENTRY = `${ENTRY_PREFIX}${SAVED.id}`;

/**
 * The release deployed now, served from a folder the test can swap. Service workers are blocked:
 * the tab has no cached copy of the old files, as when the worker has moved on to a newer one.
 */
async function openOldTab(browser: Browser, dir: string): Promise<{ server: StaticServer; page: Page; pageErrors: string[]; close: () => Promise<void> }> {
  const server = await startStaticServer(dir);
  const context = await browser.newContext({ baseURL: server.url, serviceWorkers: 'block' });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  await seedAssessments(page, [SAVED]);
  // Shown once the app runs and has read the saved answers.
  await expect(page.getByRole('link', { name: 'Review your answers' })).toBeVisible();
  return {
    server,
    page,
    pageErrors,
    close: async () => {
      await context.close();
      await server.close();
    },
  };
}

test('an old tab opens the review after a release that renamed its code: it reloads to the new version, answers kept', async ({ browser }, testInfo) => {
  const current = testInfo.outputPath('current');
  const next = testInfo.outputPath('next');
  cpSync('dist', current, { recursive: true });
  deployRenamedChunks('dist', next, 'next');
  const tab = await openOldTab(browser, current);
  try {
    const { page } = tab;
    await expect(page.locator('html')).not.toHaveAttribute('data-deployed', 'next');
    tab.server.serve(next);

    await page.getByRole('link', { name: 'Review your answers' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-deployed', 'next');
    await expect(page.getByRole('heading', { level: 1, name: 'Review your answers' })).toBeVisible();
    await expectReviewShowsPlan(page);
    expect(tab.pageErrors).toEqual([]);
  } finally {
    await tab.close();
  }
});

test('when reloading does not bring the page, a message with a reload button shows, not a blank page; answers kept', async ({ browser }, testInfo) => {
  const current = testInfo.outputPath('current');
  const broken = testInfo.outputPath('broken');
  const fixed = testInfo.outputPath('fixed');
  cpSync('dist', current, { recursive: true });
  // A release whose results page is missing (a deployment cut short), then one that has it.
  deployRenamedChunks('dist', broken, 'next', /^results-page-/);
  deployRenamedChunks('dist', fixed, 'next');
  const tab = await openOldTab(browser, current);
  try {
    const { page } = tab;
    const saved = await page.evaluate((key) => localStorage.getItem(key), ENTRY);
    tab.server.serve(broken);

    await page.getByRole('link', { name: 'See the results' }).click();
    // Reloaded once, to the release deployed now, and that did not help: no second reload.
    await expect(page.locator('html')).toHaveAttribute('data-deployed', 'next');
    await expect(page.getByRole('heading', { level: 1, name: 'This page could not be loaded' })).toBeVisible();
    await expect(page.getByRole('main')).toContainText('Your answers are saved in this browser and will still be there.');
    await expect(page).toHaveURL(/\/results$/);
    expect(await page.evaluate((key) => localStorage.getItem(key), ENTRY)).toBe(saved);

    tab.server.serve(fixed);
    await page.getByRole('button', { name: 'Reload the page' }).click();
    await expectReportShown(page);
    await expect(page.getByRole('heading', { name: 'This page could not be loaded' })).toHaveCount(0);
    expect(tab.pageErrors).toEqual([]);
  } finally {
    await tab.close();
  }
});
