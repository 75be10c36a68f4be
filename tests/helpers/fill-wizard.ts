import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { expect } from 'vitest';
import { QUESTION_BANK, getQuestion } from '../../src/assessment/question-bank';
import type { AnswerValue, Answers } from '../../src/assessment/schema';
import { visibleQuestions, visibleSteps } from '../../src/assessment/visibility';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The accessible name pattern of a question: its label, with or without "(optional)". */
export function questionName(id: string): RegExp {
  return new RegExp(`^${escape(getQuestion(id).label)}`);
}

function optionLabel(questionId: string, value: string): string {
  if (value === 'dont-know') return "Don't know";
  const question = getQuestion(questionId);
  if (question.kind !== 'single' && question.kind !== 'multi') throw new Error(`${questionId} has no options`);
  const option = question.options.find((candidate) => candidate.value === value);
  if (!option) throw new Error(`${questionId} has no option ${value}`);
  return option.label;
}

/** Answers one question the way a user does: by its label and its options' labels. */
export async function answerQuestion(user: UserEvent, questionId: string, value: AnswerValue): Promise<void> {
  const question = getQuestion(questionId);
  if (question.kind === 'single' || question.kind === 'multi') {
    const group = screen.getByRole('group', { name: questionName(questionId) });
    const role = question.kind === 'single' ? 'radio' : 'checkbox';
    for (const item of Array.isArray(value) ? value : [String(value)]) {
      await user.click(within(group).getByRole(role, { name: new RegExp(`^${escape(optionLabel(questionId, item))}`) }));
    }
    return;
  }
  if (value === 'dont-know') {
    const field = screen.getByRole('textbox', { name: questionName(questionId) });
    const container = field.closest('.usa-form-group');
    if (!container) throw new Error('no form group');
    await user.click(within(container as HTMLElement).getByRole('checkbox', { name: /^I don't know/ }));
    return;
  }
  const field = screen.getByRole('textbox', { name: questionName(questionId) });
  await user.clear(field);
  await user.type(field, String(value));
}

/**
 * Fills the whole wizard from a profile, step by step, pressing Next on each step and checking
 * that focus lands on each new step's heading. Ends on the review page.
 */
export async function fillWizard(user: UserEvent, profile: Answers): Promise<void> {
  const answered: Answers = {};
  for (const step of QUESTION_BANK.steps) {
    if (!visibleSteps(profile).some((candidate) => candidate.id === step.id)) continue;
    const heading = await screen.findByRole('heading', { level: 1, name: step.title });
    expect(heading).toHaveFocus();
    for (const question of visibleQuestions(step, profile)) {
      const value = profile[question.id];
      if (value === undefined) continue;
      await answerQuestion(user, question.id, value);
      answered[question.id] = value;
    }
    await user.click(screen.getByRole('button', { name: /^(Next|Review your answers)$/ }));
  }
  await screen.findByRole('heading', { level: 1, name: 'Review your answers' });
}
