import { chromium, type Page } from 'playwright-core';
import { DONT_KNOW, type AnswerValue, type Question } from '../../src/assessment/schema';
import { CHROMIUM_ARGS } from '../../tests/e2e/chromium';
import { PLAN, nextButton, numberDontKnow, optionControl, plannedSteps, textBox } from '../../tests/e2e/wizard-helpers';
import { BUDGETS, type Figure } from './budgets';

/** A laptop's viewport: the issue counts a step's height in screens of this size. */
export const LAPTOP = { width: 1280, height: 800 } as const;

type Effort = { clicks: number; typed: number };

/** Clicks the visible label of an option (USWDS moves the input itself off screen), once. */
async function clickOption(page: Page, control: ReturnType<typeof optionControl>): Promise<number> {
  if (await control.isChecked()) return 0;
  const id = await control.getAttribute('id');
  if (!id) throw new Error('option input has no id for its label');
  await page.locator(`label[for="${id}"]`).click();
  return 1;
}

/** Answers one question as a manager with a mouse would, and says what it took. */
async function answer(page: Page, question: Question, value: AnswerValue): Promise<Effort> {
  switch (question.kind) {
    case 'text':
      await textBox(page, question).fill(String(value));
      return { clicks: 0, typed: 1 };
    case 'number':
      if (value !== DONT_KNOW) {
        await textBox(page, question).fill(String(value));
        return { clicks: 0, typed: 1 };
      }
      return { clicks: await clickOption(page, numberDontKnow(page, question)), typed: 0 };
    case 'single':
      return { clicks: await clickOption(page, optionControl(page, question, String(value))), typed: 0 };
    case 'multi': {
      let clicks = 0;
      for (const option of Array.isArray(value) ? value : [String(value)]) clicks += await clickOption(page, optionControl(page, question, option));
      return { clicks, typed: 0 };
    }
  }
}

/**
 * The effort of the browser tests' typical clinic (PLAN in tests/e2e/wizard-helpers.ts), from
 * the start page's link to the review, in a fresh browser at laptop size: the answers asked, the
 * clicks (options, the start link, each Next), the fields typed in, and the height of the longest
 * step once filled in. Budgets: the clicks (record 0015) and no step taller than three screens.
 */
export async function measureQuestionnaire(origin: string, chromePath: string): Promise<Figure[]> {
  const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_ARGS, headless: true });
  try {
    const context = await browser.newContext({ serviceWorkers: 'block', viewport: LAPTOP });
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    const start = page.getByRole('link', { name: 'Start the assessment' });
    // The link works before the app starts too (a full page load); the file field is enabled once it has.
    await page.waitForFunction(() => document.querySelector('#import-file:not([disabled])') !== null, undefined, { timeout: 15_000 });
    await start.click();
    let clicks = 1;
    let typed = 0;
    let asked = 0;
    let longest = { step: '', height: 0 };
    for (const { step, questions } of plannedSteps()) {
      await page.getByRole('heading', { level: 1, name: step.title }).waitFor();
      for (const question of questions) {
        asked += 1;
        const value = PLAN[question.id];
        if (value === undefined) continue;
        const effort = await answer(page, question, value);
        clicks += effort.clicks;
        typed += effort.typed;
      }
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      if (height > longest.height) longest = { step: step.title, height };
      await nextButton(page).click();
      clicks += 1;
    }
    await page.getByRole('heading', { level: 1, name: 'Review your answers' }).waitFor();
    const screens = longest.height / LAPTOP.height;
    return [
      { label: 'Questionnaire: answers asked (typical clinic)', value: asked, unit: 'count' },
      { label: 'Questionnaire: clicks, start to review', value: clicks, unit: 'count', max: BUDGETS.questionnaireClicks },
      { label: 'Questionnaire: fields typed in', value: typed, unit: 'count' },
      {
        label: `Questionnaire: longest step at ${LAPTOP.width} px`,
        value: longest.height,
        unit: 'px',
        max: BUDGETS.stepHeightScreens * LAPTOP.height,
        note: `${longest.step}, ${screens.toFixed(1)} screens of ${LAPTOP.height} px`,
      },
    ];
  } finally {
    await browser.close();
  }
}
