import type { AnswerValue, Answers, Condition, Question, Step } from './schema';
import type { BankQuestion } from './question-bank';
import { QUESTION_BANK, findQuestion } from './question-bank';

/** An answer's chosen values as a list: a choice, several choices, or nothing for numbers and blanks. */
export function chosenValues(value: AnswerValue | undefined): string[] {
  if (typeof value === 'string') return value === '' ? [] : [value];
  if (Array.isArray(value)) return value;
  return [];
}

/** True when the question has an answer of any kind, including "Don't know". */
export function isAnswered(value: AnswerValue | undefined): boolean {
  if (value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return Number.isFinite(value);
}

function conditionHolds(condition: Condition, answers: Answers): boolean {
  const chosen = chosenValues(answers[condition.question]);
  if ('unless' in condition) {
    const value = answers[condition.question];
    return typeof value === 'number' ? !condition.unless.includes(value) : !chosen.some((choice) => condition.unless.includes(choice));
  }
  if ('in' in condition) return chosen.some((value) => condition.in.includes(value));
  if ('unlessOnly' in condition) return chosen.length === 0 || chosen.some((value) => !condition.unlessOnly.includes(value));
  return chosen.length > 0 && !chosen.some((value) => condition.notIn.includes(value));
}

/**
 * Whether a question is asked, given the answers so far. A question whose rule depends on a
 * question that is itself skipped is skipped too, so stale answers never reopen a branch.
 */
export function isQuestionVisible(question: Question, answers: Answers, seen: ReadonlySet<string> = new Set()): boolean {
  // `seen` holds the questions on the path to this one (a cycle hides them), not those of sibling
  // conditions: two conditions may read the same question.
  if (seen.has(question.id)) return false;
  const path = new Set(seen).add(question.id);
  return (question.showIf ?? []).every((condition) => {
    const target = findQuestion(condition.question);
    return target !== undefined && isQuestionVisible(target, answers, path) && conditionHolds(condition, answers);
  });
}

/** The questions of a step that are asked for these answers, in order. */
export function visibleQuestions(step: Step, answers: Answers): Question[] {
  return step.questions.map((id) => findQuestion(id)).filter((question): question is BankQuestion => question !== undefined && isQuestionVisible(question, answers));
}

/** The steps that have at least one question to ask for these answers. */
export function visibleSteps(answers: Answers): Step[] {
  return QUESTION_BANK.steps.filter((step) => visibleQuestions(step, answers).length > 0);
}

/**
 * The answers that count: those of questions that are asked. Answers to skipped questions stay
 * saved (the user may reopen the branch) but are never scored or shown.
 */
export function effectiveAnswers(answers: Answers): Answers {
  const result: Answers = {};
  for (const question of QUESTION_BANK.questions) {
    const value = answers[question.id];
    if (value !== undefined && isQuestionVisible(question, answers)) result[question.id] = value;
  }
  return result;
}
