import { checkAnswer } from './check-answer';
import type { Answers, Question, Step } from './schema';
import { visibleQuestions, visibleSteps } from './visibility';

export type FieldError = { questionId: string; message: string };

/**
 * Validates the answers to one step, asking only the questions the step shows for these
 * answers. Returns the errors in question order; empty when the step is complete.
 */
export function validateStep(step: Step, answers: Answers): FieldError[] {
  return validateQuestions(visibleQuestions(step, answers), answers);
}

/** Validates the answers to these questions, in their order: a step's, or those sent to a colleague. */
export function validateQuestions(questions: readonly Question[], answers: Answers): FieldError[] {
  return questions.flatMap((question) => {
    const check = checkAnswer(question, answers[question.id]);
    return check.ok ? [] : [{ questionId: question.id, message: check.message }];
  });
}

/** True when every question the step asks has a valid answer. */
export function isStepComplete(step: Step, answers: Answers): boolean {
  return validateStep(step, answers).length === 0;
}

/** Every problem left in the whole assessment, step by step; empty when it is complete. */
export function validateAll(answers: Answers): (FieldError & { stepId: string })[] {
  return visibleSteps(answers).flatMap((step) => validateStep(step, answers).map((error) => ({ ...error, stepId: step.id })));
}

/** Share of asked questions that have a valid answer, from 0 to 1. */
export function completeness(answers: Answers): number {
  const steps = visibleSteps(answers);
  const asked = steps.flatMap((step) => visibleQuestions(step, answers)).filter((question) => question.required);
  if (asked.length === 0) return 0;
  const failing = new Set(validateAll(answers).map((error) => error.questionId));
  return (asked.length - asked.filter((question) => failing.has(question.id)).length) / asked.length;
}
