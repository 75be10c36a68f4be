import type { Page } from '@playwright/test';
import { QUESTION_BANK } from '../../src/assessment/question-bank';
import { PATHS, stepPath } from '../../src/assessment/routes';
import { expect, test } from './fixtures';

// Each page inlines only the CSS its own HTML needs (scripts/critical-css.ts, beasties); the whole
// stylesheet is a file that the page script turns on after the first paint (decision record 0013).

const FIRST_STEP = QUESTION_BANK.steps[0];
if (!FIRST_STEP) throw new Error('the question bank has no step');

/** How many rules the page's linked stylesheets brought (the inline style's not counted). */
function linkedRules(page: Page): Promise<number> {
  return page.evaluate(() =>
    [...document.styleSheets]
      .filter((sheet) => sheet.ownerNode instanceof HTMLLinkElement)
      .reduce((count, sheet) => {
        try {
          return count + sheet.cssRules.length;
        } catch {
          return count; // a stylesheet that failed to load (its rules cannot be read)
        }
      }, 0),
  );
}

/** The computed style of every element of the body, and of its ::before, ::after and ::marker. */
function computedStyles(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const styles: Record<string, string> = {};
    document.querySelectorAll('body, body *').forEach((element, index) => {
      for (const pseudo of [null, '::before', '::after', '::marker']) {
        const style = getComputedStyle(element, pseudo);
        for (const name of Array.from(style)) styles[`${index} ${element.tagName}.${element.className}${pseudo ?? ''} ${name}`] = style.getPropertyValue(name);
      }
    });
    return styles;
  });
}

test.describe('without JavaScript (the noscript link brings the whole stylesheet)', () => {
  // The stylesheet file is refused in the second load of each page: the browser says so.
  test.use({ javaScriptEnabled: false, allowedConsoleErrors: [/Failed to load resource: net::ERR_FAILED/] });

  for (const width of [412, 1280]) {
    for (const path of [PATHS.start, stepPath(FIRST_STEP.id), PATHS.review, PATHS.results]) {
      test(`at ${width} px, the inlined CSS alone styles the HTML of ${path} exactly as the whole stylesheet does, on screen and in print`, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        for (const media of ['screen', 'print'] as const) {
          await page.emulateMedia({ media });
          await page.unrouteAll();
          await page.goto(path);
          await page.waitForLoadState('load');
          expect(await linkedRules(page), `${path}: the whole stylesheet applies`).toBeGreaterThan(500);
          const whole = await computedStyles(page);

          await page.route(/\.css$/, (route) => route.abort());
          await page.goto(path);
          await page.waitForLoadState('load');
          expect(await linkedRules(page), `${path}: the inline style only`).toBe(0);
          const inlined = await computedStyles(page);

          const differences = Object.keys(whole).filter((key) => whole[key] !== inlined[key]);
          expect(
            differences.slice(0, 10).map((key) => `${key}: ${whole[key]} with the stylesheet, ${inlined[key]} without`),
            `${path} (${media}): ${differences.length} computed values differ`,
          ).toEqual([]);
        }
      });
    }
  }
});

test('the whole stylesheet is asked for after the first paint, and the app renders the step only once it has loaded', async ({ page }) => {
  let cssRequests = 0;
  await page.route(/\/assets\/[^/]+\.css$/, async (route) => {
    cssRequests += 1;
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.goto(stepPath(FIRST_STEP.id));
  await expect(page.locator('form')).toBeVisible();
  const state = await page.evaluate(() => {
    const link = document.querySelector<HTMLLinkElement>('head > link[rel="stylesheet"]');
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    const request = link ? performance.getEntriesByName(link.href)[0] : undefined;
    return {
      media: link?.media,
      disabled: link?.disabled,
      loaded: (link?.sheet?.cssRules.length ?? 0) > 0,
      askedForAfterPaint: paint !== undefined && request !== undefined && request.startTime >= paint.startTime,
    };
  });
  expect(state).toEqual({ media: 'all', disabled: false, loaded: true, askedForAfterPaint: true });
  expect(cssRequests).toBe(1);
});
