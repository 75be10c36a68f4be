import { QUESTION_BANK } from '../../src/assessment/question-bank';
import { PATHS, stepPath } from '../../src/assessment/routes';
import { filledInStorage } from '../../scripts/bench/seed';
import { expect, test } from './fixtures';

// Every Content-Security-Policy violation the page reports, collected before any app code runs.
const RECORD_VIOLATIONS = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__cspViolations.push(event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline') + ' at ' + event.sourceFile + ':' + event.lineNumber);
  });
`;

const ROUTES = ['/', ...QUESTION_BANK.steps.map((step) => stepPath(step.id)), PATHS.review, PATHS.results, PATHS.compare, '/no-such-page'];

test('the production build carries the Content-Security-Policy, and no route breaks it', async ({ page }) => {
  await page.addInitScript(RECORD_VIOLATIONS);
  await page.goto('/');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  for (const directive of ["default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'"]) expect(policy).toContain(directive);
  expect(policy).not.toContain('unsafe-inline');
  // The page's critical CSS is inlined and allowed by its hash (one per kind of page, all in
  // every page's policy); the whole stylesheet is a file, turned on by the page script after the
  // first paint (decision record 0013).
  expect(policy).toMatch(/style-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+;/);
  await expect(page.locator('head > style')).toHaveCount(1);
  const stylesheet = page.locator('head > link[rel="stylesheet"]');
  await expect(stylesheet).toHaveCount(1);
  await expect
    .poll(() => stylesheet.evaluate((link: HTMLLinkElement) => ({ disabled: link.disabled, media: link.media, loaded: link.sheet !== null })))
    .toEqual({ disabled: false, media: 'all', loaded: true });

  // A filled-in assessment, so that the review, results and compare pages show everything.
  await page.evaluate((entries) => {
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, filledInStorage());

  for (const path of ROUTES) {
    await page.goto(path);
    await expect(page.locator('h1')).toHaveCount(1);
    await page.waitForLoadState('networkidle');
    const violations = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
    expect(violations, `CSP violations on ${path}`).toEqual([]);
  }
});
