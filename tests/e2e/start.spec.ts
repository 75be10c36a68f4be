import { expect, expectNoAxeViolations, test } from './fixtures';

test('the start page loads with one h1, no axe violations and no off-origin requests', async ({ page, browserLog, baseURL }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);

  await expect(page).toHaveTitle(/Staffing Readiness/);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(
    page
      .getByRole('link', { name: /start the assessment/i })
      .or(page.getByRole('button', { name: /start the assessment/i }))
      .first(),
  ).toBeVisible();

  await page.waitForLoadState('networkidle');
  await expectNoAxeViolations(page, 'the start page');

  // The fixture fails any test on off-origin requests; here also check that we saw the app load at all.
  const origin = new URL(baseURL ?? '').origin;
  expect(browserLog.requests.some((url) => url.startsWith(`${origin}/assets/`))).toBe(true);
  expect(browserLog.offOrigin).toEqual([]);
});

test('/index.html opens the start page and shows it under /', async ({ page }) => {
  await page.goto('/index.html');
  // The file is the start page's own HTML: only once the app has started is it the start page or not.
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Can your staff carry your health IT project?' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Page not found' })).toHaveCount(0);
  await expect(page).toHaveTitle(/Staffing Readiness/);
});
