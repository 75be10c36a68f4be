import { expect, expectNoAxeViolations, test } from './fixtures';
import {
  EXPECTED_STEP_IDS,
  PLAN,
  answerByKeyboard,
  expectReviewShowsPlan,
  expectStepShowsPlan,
  fillStepByPointer,
  nextButton,
  planProblems,
  plannedSteps,
  screenshot,
  stepUrl,
  tabTo,
} from './wizard-helpers';

const STEPS = plannedSteps();

test('the answer plan fits the question bank and opens every step', () => {
  expect(planProblems()).toEqual([]);
  expect(STEPS.map(({ step }) => step.id)).toEqual(EXPECTED_STEP_IDS);
});

test('the whole wizard by keyboard only, from the start page to the review', async ({ page }) => {
  test.slow();
  await page.goto('/');
  await tabTo(page, page.getByRole('link', { name: 'Start the assessment' }), 'the "Start the assessment" link');
  await page.keyboard.press('Enter');

  for (const [index, planned] of STEPS.entries()) {
    await expect(page).toHaveURL(stepUrl(planned.step.id));
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText(planned.step.title);
    // Focus starts at the step's heading, so the next Tab goes into the form.
    if (index > 0) await expect(heading, 'focus moves to the new step heading').toBeFocused();

    if (index === 0) {
      // Next with nothing answered: the error summary takes focus and lists the problems.
      await tabTo(page, nextButton(page), 'the Next button');
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(stepUrl(planned.step.id));
      await expect(page.locator(':focus'), 'focus moves to the error summary').toContainText(/problem/i);
    }

    for (const question of planned.questions) {
      const value = PLAN[question.id];
      if (value !== undefined) await answerByKeyboard(page, question, value);
    }

    if (index === 1) {
      // Back (by keyboard) keeps this step's answers, and Next brings us back here.
      await tabTo(page, page.getByRole('button', { name: 'Back' }), 'the Back button');
      await page.keyboard.press('Enter');
      await expectStepShowsPlan(page, STEPS[0]!);
      await tabTo(page, nextButton(page), 'the Next button');
      await page.keyboard.press('Enter');
      await expectStepShowsPlan(page, planned);
    }

    await tabTo(page, nextButton(page), 'the Next button');
    await page.keyboard.press('Enter');
  }

  await expectReviewShowsPlan(page);
  await expect(page.getByRole('heading', { level: 1 }), 'focus moves to the review heading').toBeFocused();
});

test('a reload on every step keeps every answer', async ({ page }) => {
  await page.goto(`/assessment/${STEPS[0]!.step.id}`);
  for (const planned of STEPS) {
    await expect(page).toHaveURL(stepUrl(planned.step.id));
    await fillStepByPointer(page, planned);
    await page.reload();
    await expectStepShowsPlan(page, planned);
    await nextButton(page).click();
  }
  await expectReviewShowsPlan(page);
  await page.reload();
  await expectReviewShowsPlan(page);
});

test('browser back and forward, and a pasted link, land on the right step with answers intact', async ({ page, context }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Start the assessment' }).click();
  for (const planned of STEPS) {
    await expect(page).toHaveURL(stepUrl(planned.step.id));
    await fillStepByPointer(page, planned);
    await nextButton(page).click();
  }
  await expect(page).toHaveURL(/\/review$/);
  await expect(page.getByRole('heading', { level: 1 }), 'focus moves to the review heading').toBeFocused();

  // Each step's heading takes focus again (a focus event, which screen readers read), also when
  // focus was on the heading of the step before.
  await page.evaluate(() => {
    const focused: string[] = [];
    Object.assign(window, { focusedTexts: focused });
    document.addEventListener('focusin', (event) => focused.push((event.target as HTMLElement).textContent ?? ''));
  });
  const lastFocused = () => page.evaluate(() => (window as unknown as { focusedTexts: string[] }).focusedTexts.at(-1));
  for (const planned of [...STEPS].reverse()) {
    await page.goBack();
    await expectStepShowsPlan(page, planned);
    await expect.poll(lastFocused, `focus moves to the heading of ${planned.step.id}`).toBe(planned.step.title);
  }
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);

  for (const planned of STEPS) {
    await page.goForward();
    await expectStepShowsPlan(page, planned);
  }
  await page.goForward();
  await expectReviewShowsPlan(page);

  // A link pasted into a new tab opens that step with the saved answers.
  const pasted = await context.newPage();
  const middle = STEPS[3]!;
  await pasted.goto(`/assessment/${middle.step.id}`);
  await expectStepShowsPlan(pasted, middle);
  await pasted.close();
});

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test(`every step and the review page pass axe at ${viewport.width} px (with screenshots)`, async ({ page }) => {
    test.slow();
    await page.setViewportSize(viewport);
    const width = viewport.width;
    const noSideScroll = async (where: string) => {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect.soft(overflow, `${where} at ${width} px scrolls sideways by ${overflow} px`).toBeLessThanOrEqual(0);
    };

    await page.goto('/');
    await screenshot(page, `00-start-${width}`);
    await expectNoAxeViolations(page, `the start page at ${width} px`, { soft: true });
    await noSideScroll('the start page');
    await page.getByRole('link', { name: 'Start the assessment' }).click();

    for (const [index, planned] of STEPS.entries()) {
      const name = `${String(index + 1).padStart(2, '0')}-${planned.step.id}-${width}`;
      await expect(page).toHaveURL(stepUrl(planned.step.id));
      if (index === 0) {
        // The step with its errors showing, as a user who pressed Next too early sees it.
        await nextButton(page).click();
        await expect(page.locator(':focus')).toContainText(/problem/i);
        await screenshot(page, `${name}-errors`);
        await expectNoAxeViolations(page, `${planned.step.id} with errors at ${width} px`, { soft: true });
      }
      await fillStepByPointer(page, planned);
      // Open the first "Why we ask" so its text is scanned and seen.
      await page.getByText('Why we ask').first().click();
      await screenshot(page, name);
      await expectNoAxeViolations(page, `${planned.step.id} at ${width} px`, { soft: true });
      await noSideScroll(planned.step.id);
      await nextButton(page).click();
    }

    await expect(page).toHaveURL(/\/review$/);
    await screenshot(page, `${String(STEPS.length + 1).padStart(2, '0')}-review-${width}`);
    await expectNoAxeViolations(page, `the review page at ${width} px`, { soft: true });
    await noSideScroll('the review page');
  });
}
