import { chromium } from 'playwright-core';
import { stepPath } from '../../src/assessment/routes';
import { CHROMIUM_ARGS } from '../../tests/e2e/chromium';
import { plannedSteps } from '../../tests/e2e/wizard-helpers';
import { BUDGETS, median, type Figure } from './budgets';
import { filledInStorage } from './seed';

/**
 * Runs in the page: presses the step's Next button, then resolves with the milliseconds until
 * the next step's h1 is in the document and a frame has been painted with it (two animation
 * frames: the first runs before that paint, the second after it). Kept as source text because
 * tsx's transform adds helper calls to functions that do not exist in the page.
 */
const PRESS_NEXT_AND_TIME = `(expected) => new Promise((resolve, reject) => {
  const button = document.querySelector('form button[type="submit"]');
  if (!button) return reject(new Error('no Next button'));
  const shown = () => document.querySelector('h1')?.textContent?.trim() === expected;
  const start = performance.now();
  const timeout = setTimeout(() => reject(new Error('heading "' + expected + '" not shown within 10 s')), 10000);
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    observer.disconnect();
    requestAnimationFrame(() => requestAnimationFrame(() => { clearTimeout(timeout); resolve(performance.now() - start); }));
  };
  const observer = new MutationObserver(() => { if (shown()) finish(); });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  button.click();
  if (shown()) finish();
})`;

function pressNextAndTime(heading: string): string {
  return `(${PRESS_NEXT_AND_TIME})(${JSON.stringify(heading)})`;
}

/**
 * Median time from pressing Next to the next step's heading being shown, with the CPU throttled
 * 4x through the DevTools protocol, over every step of a filled-in assessment (two passes).
 */
export async function measureStepChange(origin: string, chromePath: string, passes = 2, confirmPasses = 0): Promise<Figure> {
  const steps = plannedSteps().map(({ step }) => step);
  const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_ARGS, headless: true });
  const samples: number[] = [];
  try {
    const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${origin}/robots.txt`);
    await page.evaluate((entries) => {
      for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
    }, filledInStorage());
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const timePasses = async (count: number) => {
      for (let pass = 0; pass < count; pass += 1) {
        const first = steps[0];
        if (!first) throw new Error('no steps');
        await page.goto(`${origin}${stepPath(first.id)}`);
        await page.getByRole('heading', { level: 1, name: first.title }).waitFor();
        // The heading is in the prerendered HTML: wait until the app has started and hydrated the
        // page (its code loaded, then the main thread idle), so that only step changes are timed.
        await page.waitForLoadState('networkidle');
        // The app renders the form once the stylesheet is in (src/app/boot/deferred-stylesheet.ts).
        await page.locator('form button[type="submit"]').waitFor({ timeout: 15000 });
        await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 5000 })));
        for (const next of steps.slice(1)) samples.push(Number(await page.evaluate(pressNextAndTime(next.title))));
      }
    };
    await timePasses(passes);
    // Confirmed, as the Lighthouse figures are (lighthouse.ts): the median over all passes counts.
    if (confirmPasses > 0 && median(samples) > BUDGETS.stepChangeCeilingMs) await timePasses(confirmPasses);
  } finally {
    await browser.close();
  }
  return {
    label: 'Step change at 4x CPU throttle (Next to next heading shown), median',
    value: median(samples),
    unit: 'ms',
    max: BUDGETS.stepChangeMs,
    ceiling: BUDGETS.stepChangeCeilingMs,
    note: `${samples.length} step changes; max ${Math.max(...samples).toFixed(0)} ms`,
  };
}
