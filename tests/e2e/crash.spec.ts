import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import { getQuestion } from '../../src/assessment/question-bank';
import { CHROMIUM_ARGS, findChromium } from './chromium';
import { expect, test } from './fixtures';
import { textBox } from './wizard-helpers';

/** A browser with a profile on disk, as a manager's is (Playwright's usual contexts live in memory). */
function launch(profile: string, baseURL: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, { executablePath: findChromium().path ?? undefined, args: CHROMIUM_ARGS, headless: true, baseURL, serviceWorkers: 'block' });
}

/** Ends the browser as a crash or a power cut would: no chance to write anything more. */
function killBrowser(profile: string): void {
  try {
    execFileSync('pkill', ['-9', '-f', `user-data-dir=${profile}`]);
  } catch {
    // pkill exits 1 when nothing matched: the browser is gone either way.
  }
}

test('an answer typed just before the browser is killed is there when it opens again', async ({ baseURL }) => {
  test.skip(!baseURL, 'needs the preview server');
  const profile = mkdtempSync(join(tmpdir(), 'staffing-readiness-crash-'));
  try {
    let context = await launch(profile, baseURL!);
    const page = context.pages()[0] ?? (await context.newPage());
    const orgName = getQuestion('org-name');
    await page.goto('/assessment/organization');
    await expect(textBox(page, orgName)).toBeEditable();
    await textBox(page, orgName).fill('Crash Test Clinic');
    await expect.poll(() => page.evaluate(() => Object.values(localStorage).some((text) => text.includes('Crash Test Clinic')))).toBe(true);
    // Chromium writes localStorage to disk only seconds later; the app's copy in IndexedDB is on
    // disk as soon as its transaction completes.
    await page.waitForTimeout(300);
    killBrowser(profile);
    await context.close().catch(() => undefined);

    context = await launch(profile, baseURL!);
    const again = context.pages()[0] ?? (await context.newPage());
    await again.goto('/');
    await expect(again.getByRole('rowheader', { name: /^Crash Test Clinic/ })).toBeVisible();
    await again.goto('/assessment/organization');
    await expect(textBox(again, orgName)).toHaveValue('Crash Test Clinic');
    await context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
