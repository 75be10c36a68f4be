import { mkdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { QUESTION_BANK } from '../../src/assessment/question-bank';
import { DONT_KNOW, type AnswerValue, type Answers, type Question, type Step } from '../../src/assessment/schema';
import { visibleQuestions, visibleSteps } from '../../src/assessment/visibility';
import { expect } from './fixtures';

/**
 * The answers the browser tests give. Chosen to open the branches (interfaces, telehealth, EHR,
 * somebody doing IT, three of the four staff roles), to leave one optional question blank, to
 * skip the nurse questions, and to answer "Don't know" in every kind of control that offers it.
 * Not the unit tests' FULL_PROFILE (tests/helpers/full-profile.ts), on purpose: that one answers
 * every role's questions and almost no "Don't know", so the two together cover both paths.
 */
export const PLAN: Answers = {
  // organization (a rural health clinic is not asked whether it is rural)
  'org-name': 'Valley Family Clinic',
  'org-type': 'rural-health-clinic',
  'facility-count': 2,
  'project-scope': ['new-ehr', 'telehealth', 'interfaces'],
  'interface-count': 3,
  hosting: 'vendor-hosted',
  'site-internet': 'sometimes',
  'go-live': '6-12',
  // it-staff
  'it-who': ['shared', 'side'],
  'it-people': 'two-plus',
  'exp-technology': 'some',
  'exp-installation': 'experienced',
  'exp-networking': DONT_KNOW,
  'exp-interfacing': 'none',
  'exp-security': 'expert',
  // it-capacity
  'it-routine-load': '75-90',
  'it-project-hours': 6,
  'no-hiring-feasible': 'with-help',
  'planned-hiring': 'temporary',
  // staff-skills
  'staff-count-nurses': 0,
  'staff-count-clerical': 4,
  'staff-count-medical-assistants': 3,
  'staff-count-providers': DONT_KNOW,
  'staff-count-other': 2,
  'skill-computer-clerical': 'comfortable',
  'skill-system-clerical': 'basic',
  'skill-computer-medical-assistants': 'proficient',
  'skill-system-medical-assistants': DONT_KNOW,
  'skill-computer-providers': 'teach',
  'skill-system-providers': 'none',
  'nontech-it-tasks': 'small',
  // soft-skills
  'soft-exam-room': 'with-difficulty',
  'soft-telehealth': 'never',
  'patient-internet': DONT_KNOW,
  'soft-training': 'partly',
  // implementation
  'clinical-load': 'reduced',
  rollout: 'gradual-site',
  'existing-workflows': 'partly',
  'project-lead': 'on-top',
  'clinical-champion': 'planned',
  'super-users': 'yes',
  // outside-help
  'outside-budget': 'some',
  'shared-it-access': ['hccn', 'rec'],
  'consultant-relationship': 'referral',
};

export const EXPECTED_STEP_IDS = ['organization', 'project', 'it-staff', 'it-capacity', 'staff-skills', 'soft-skills', 'implementation', 'outside-help'];

export type PlannedStep = { step: Step; questions: Question[] };

/** The steps and questions the UI must show for PLAN, in order. */
export function plannedSteps(): PlannedStep[] {
  return visibleSteps(PLAN).map((step) => ({ step, questions: visibleQuestions(step, PLAN) }));
}

/** Problems with PLAN against the current bank (a question asked but not planned, or the reverse). */
export function planProblems(): string[] {
  const problems: string[] = [];
  const asked = plannedSteps().flatMap(({ questions }) => questions);
  for (const question of asked) {
    if (PLAN[question.id] === undefined && question.required) problems.push(`required question ${question.id} is asked but PLAN has no answer`);
  }
  for (const id of Object.keys(PLAN)) {
    if (!asked.some((question) => question.id === id)) problems.push(`PLAN answers ${id}, which is not asked (unknown id or skipped)`);
  }
  return problems;
}

export function stepUrl(stepId: string): RegExp {
  return new RegExp(`/assessment/${escapeRegExp(stepId)}(#.*)?$`);
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A question's accessible name: its label, with " (optional)" when it is not required. */
function questionName(question: Question): RegExp {
  return new RegExp(`^${escapeRegExp(question.label)}( \\(optional\\))?$`);
}

/** An option's accessible name: its label, followed by its hint when it has one. */
function optionName(question: Question, value: string): RegExp {
  if (value === DONT_KNOW) return /^Don.t know$/;
  if (question.kind !== 'single' && question.kind !== 'multi') throw new Error(`${question.id} has no options`);
  const option = question.options.find((candidate) => candidate.value === value);
  if (!option) throw new Error(`${question.id} has no option ${value}`);
  return new RegExp(`^${escapeRegExp(option.label)}${option.hint ? `\\s*${escapeRegExp(option.hint)}` : ''}$`);
}

export function questionGroup(page: Page, question: Question): Locator {
  return page.getByRole('group', { name: questionName(question) });
}

export function optionControl(page: Page, question: Question, value: string): Locator {
  return questionGroup(page, question).getByRole(question.kind === 'single' ? 'radio' : 'checkbox', { name: optionName(question, value) });
}

export function textBox(page: Page, question: Question): Locator {
  return page.getByRole('textbox', { name: questionName(question) });
}

/** The "I don't know" box of a number question, named for its question (a grid holds several). */
export function numberDontKnow(page: Page, question: Question): Locator {
  return page.getByRole('checkbox', { name: new RegExp(`^I don.t know the answer to "${escapeRegExp(question.label)}"`) });
}

export function nextButton(page: Page): Locator {
  return page.getByRole('button', { name: /^(Next|Review your answers)$/ });
}

function chosen(value: AnswerValue): string[] {
  return Array.isArray(value) ? value : [String(value)];
}

// ---------------------------------------------------------------- keyboard only

async function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((element) => element === document.activeElement);
}

async function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element) return 'nothing';
    const label = element.getAttribute('aria-label') ?? (element as HTMLElement).innerText?.slice(0, 60) ?? '';
    return `<${element.tagName.toLowerCase()}${element.id ? ` id="${element.id}"` : ''}> ${label}`.trim();
  });
}

/**
 * Presses Tab (only Tab) until `target` has focus, as a keyboard user would. Fails if it is not
 * reached within `limit` presses: that is a keyboard trap or an element that cannot be focused.
 */
export async function tabTo(page: Page, target: Locator, what: string, limit = 120): Promise<void> {
  await expect(target, `${what} should be on the page`).toHaveCount(1);
  for (let presses = 0; presses <= limit; presses += 1) {
    if (await isFocused(target)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab did not reach ${what} within ${limit} presses; focus is on ${await describeFocus(page)}`);
}

/** Answers one question with the keyboard only: Tab, Space, arrows and typing. */
export async function answerByKeyboard(page: Page, question: Question, value: AnswerValue): Promise<void> {
  switch (question.kind) {
    case 'text': {
      await tabTo(page, textBox(page, question), `the "${question.label}" box`);
      await page.keyboard.type(String(value));
      break;
    }
    case 'number': {
      if (value === DONT_KNOW) {
        await tabTo(page, numberDontKnow(page, question), `"I don't know" for "${question.label}"`);
        await page.keyboard.press('Space');
      } else {
        await tabTo(page, textBox(page, question), `the "${question.label}" box`);
        await page.keyboard.type(String(value));
      }
      break;
    }
    case 'single': {
      // Tab enters a radio group on its first radio when none is checked; arrows move and check.
      const values = [...question.options.map((option) => option.value), ...(question.allowDontKnow ? [DONT_KNOW] : [])];
      const index = values.indexOf(String(value));
      if (index < 0) throw new Error(`${question.id} has no option ${String(value)}`);
      const first = optionControl(page, question, values[0] ?? '');
      await tabTo(page, first, `the first option of "${question.label}"`);
      if (index === 0) await page.keyboard.press('Space');
      for (let step = 0; step < index; step += 1) await page.keyboard.press('ArrowDown');
      break;
    }
    case 'multi': {
      const values = [...question.options.map((option) => option.value), ...(question.allowDontKnow ? [DONT_KNOW] : [])];
      for (const optionValue of values.filter((candidate) => chosen(value).includes(candidate))) {
        await tabTo(page, optionControl(page, question, optionValue), `the "${optionValue}" box of "${question.label}"`);
        await page.keyboard.press('Space');
      }
      break;
    }
  }
  await expectAnswerShown(page, question, value);
}

// ---------------------------------------------------------------- pointer (fast set-up)

/** Clicks the visible label of a tile (USWDS moves the input itself off screen). */
export async function clickLabelOf(page: Page, control: Locator): Promise<void> {
  const id = await control.getAttribute('id');
  if (!id) throw new Error('option input has no id for its label');
  await page.locator(`label[for="${id}"]`).click();
}

/** Answers one question with the mouse and typing, as fast set-up for tests that are not about the keyboard. */
export async function answerByPointer(page: Page, question: Question, value: AnswerValue): Promise<void> {
  switch (question.kind) {
    case 'text':
      await textBox(page, question).fill(String(value));
      break;
    case 'number':
      if (value === DONT_KNOW) await clickLabelOf(page, numberDontKnow(page, question));
      else await textBox(page, question).fill(String(value));
      break;
    case 'single':
      await clickLabelOf(page, optionControl(page, question, String(value)));
      break;
    case 'multi':
      for (const optionValue of chosen(value)) await clickLabelOf(page, optionControl(page, question, optionValue));
      break;
  }
  await expectAnswerShown(page, question, value);
}

export async function fillStepByPointer(page: Page, planned: PlannedStep): Promise<void> {
  for (const question of planned.questions) {
    const value = PLAN[question.id];
    if (value !== undefined) await answerByPointer(page, question, value);
  }
}

// ---------------------------------------------------------------- checks

/** The controls of a question show exactly `value` (nothing else checked, the right text). */
export async function expectAnswerShown(page: Page, question: Question, value: AnswerValue | undefined): Promise<void> {
  switch (question.kind) {
    case 'text':
      await expect(textBox(page, question), question.id).toHaveValue(value === undefined ? '' : String(value));
      break;
    case 'number':
      if (value === DONT_KNOW) {
        await expect(numberDontKnow(page, question), `${question.id}: "I don't know" checked`).toBeChecked();
        await expect(textBox(page, question), `${question.id}: no number with "I don't know"`).toHaveValue('');
      } else {
        await expect(textBox(page, question), question.id).toHaveValue(value === undefined ? '' : String(value));
        if (question.allowDontKnow) await expect(numberDontKnow(page, question), `${question.id}: "I don't know" not checked`).not.toBeChecked();
      }
      break;
    case 'single':
    case 'multi': {
      const role = question.kind === 'single' ? 'radio' : 'checkbox';
      const values = [...question.options.map((option) => option.value), ...(question.allowDontKnow ? [DONT_KNOW] : [])];
      await expect(questionGroup(page, question).getByRole(role), `${question.id}: one control per option`).toHaveCount(values.length);
      const want = value === undefined ? [] : chosen(value);
      for (const optionValue of values) {
        const control = optionControl(page, question, optionValue);
        if (want.includes(optionValue)) await expect(control, `${question.id}=${optionValue} checked`).toBeChecked();
        else await expect(control, `${question.id}=${optionValue} not checked`).not.toBeChecked();
      }
      break;
    }
  }
}

/** The page is this step, and shows exactly its planned questions with their planned answers. */
export async function expectStepShowsPlan(page: Page, planned: PlannedStep): Promise<void> {
  await expect(page).toHaveURL(stepUrl(planned.step.id));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(planned.step.title);
  for (const question of planned.questions) await expectAnswerShown(page, question, PLAN[question.id]);
  // Questions skipped by the rules are not on the page.
  for (const id of planned.step.questions.filter((candidate) => !planned.questions.some((question) => question.id === candidate))) {
    const question = QUESTION_BANK.questions.find((candidate) => candidate.id === id);
    if (question) await expect(page.getByText(question.label, { exact: true }), `skipped question ${id} is not shown`).toHaveCount(0);
  }
}

/** What the review page should show for an answer (option labels, the number, the text, or Don't know). */
function shownAnswer(question: Question, value: AnswerValue): string[] {
  if (value === DONT_KNOW || (Array.isArray(value) && value.includes(DONT_KNOW))) return ["Don't know"];
  if (question.kind === 'single' || question.kind === 'multi') {
    return chosen(value).map((item) => question.options.find((option) => option.value === item)?.label ?? `(unknown option ${item})`);
  }
  return [String(value)];
}

/** The review page lists every asked question under its step, with the planned answer, and nothing skipped. */
export async function expectReviewShowsPlan(page: Page): Promise<void> {
  await expect(page).toHaveURL(/\/review$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('Missing', { exact: true }), 'no answer is marked missing').toHaveCount(0);
  for (const planned of plannedSteps()) {
    const section = page.getByRole('region', { name: new RegExp(`^${escapeRegExp(planned.step.title)}`) });
    await expect(section, `review section for ${planned.step.id}`).toHaveCount(1);
    await expect(section.locator('dt'), `${planned.step.id}: one entry per asked question`).toHaveCount(planned.questions.length);
    for (const question of planned.questions) {
      const value = PLAN[question.id];
      const term = section.locator('dt').filter({ hasText: new RegExp(`^${escapeRegExp(question.label)}`) });
      await expect(term, `review lists "${question.label}"`).toHaveCount(1);
      if (value === undefined) continue;
      const answer = term.locator('xpath=following-sibling::dd[1]');
      for (const text of shownAnswer(question, value)) await expect(answer, `review answer to ${question.id}`).toContainText(text);
    }
  }
  // Skipped questions (PLAN counts 0 nurses) are neither asked nor shown.
  for (const question of QUESTION_BANK.questions.filter((candidate) => candidate.id.startsWith('skill-') && candidate.id.endsWith('-nurses'))) {
    await expect(page.getByText(question.label), `skipped ${question.id} not on review`).toHaveCount(0);
  }
}

export const SCREENSHOT_DIR = 'test-results/screenshots';

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png`, fullPage: true });
}
