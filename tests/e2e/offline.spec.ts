import { PATHS } from '../../src/assessment/routes';
import { expect, test } from './fixtures';
import { PLAN, fillStepByPointer, nextButton, plannedSteps } from './wizard-helpers';

test.use({ serviceWorkers: 'allow' });

test('after the first visit the app opens and works with the network off', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The service worker has precached the build and controls the page.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 15_000 });

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Can your staff carry/);
  // The whole stylesheet, which the page loads after its first paint (decision record 0013), is
  // precached too.
  await expect.poll(() => page.evaluate(() => document.querySelector<HTMLLinkElement>('head > link[rel="stylesheet"]:not([disabled])')?.sheet?.cssRules.length ?? 0)).toBeGreaterThan(500);
  // Once the fonts are precached, the page uses Public Sans from its first paint (src/main.tsx).
  const publicSans = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].filter((face) => face.family.replace(/"/g, '') === 'Public Sans Web').map((face) => `${face.weight} ${face.status}`);
  });
  expect(publicSans.sort()).toEqual(['400 loaded', '700 loaded']);

  const [first, second] = plannedSteps();
  if (!first || !second) throw new Error('the plan has fewer than two steps');
  await page.getByRole('link', { name: /start the assessment/i }).click();
  await expect(page.getByRole('heading', { level: 1, name: first.step.title })).toBeVisible();
  await fillStepByPointer(page, first);
  await nextButton(page).click();
  await expect(page.getByRole('heading', { level: 1, name: second.step.title })).toBeVisible();

  // Still offline: a reload of a step keeps the answers, and a lazily loaded page opens.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: second.step.title })).toBeVisible();
  await page.goto(PATHS.review);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText(String(PLAN['org-name'])).first()).toBeVisible();
});

test('the web manifest is installable: name, start URL, standalone, icons of 192 and 512 px', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = (await (await request.get(href ?? '')).json()) as { name: string; start_url: string; display: string; icons: { src: string; sizes: string }[] };
  expect(manifest.name).toBeTruthy();
  expect(manifest.start_url).toBe('/');
  expect(manifest.display).toBe('standalone');
  for (const size of ['192x192', '512x512']) {
    const icon = manifest.icons.find((candidate) => candidate.sizes === size);
    expect(icon, `an icon of ${size}`).toBeDefined();
    expect((await request.get(icon?.src ?? '')).ok()).toBe(true);
  }
});
