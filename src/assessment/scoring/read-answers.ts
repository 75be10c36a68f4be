import { readingOf, type Reading } from '../check-answer';
import type { Answers } from '../schema';
import { findQuestion } from '../question-bank';
import type { ChoiceQuestionId, MultiQuestionId, NumberQuestionId, OptionValue, QuestionId, SingleQuestionId } from '../question-ids';

/** Reads the answer to a question from (effective) answers; see checkAnswer for what counts. */
export function readAnswer(answers: Answers, questionId: QuestionId): Reading {
  const question = findQuestion(questionId);
  return question ? readingOf(question, answers[questionId]) : { state: 'missing' };
}

/** The one chosen value of a single-choice question, or null when unknown. */
export function choice<Id extends SingleQuestionId>(answers: Answers, questionId: Id): OptionValue<Id> | null {
  const reading = readAnswer(answers, questionId);
  // The reading holds only values the question offers, so it is one of OptionValue<Id>.
  return reading.state === 'known' ? ((reading.values[0] as OptionValue<Id> | undefined) ?? null) : null;
}

/** The chosen values of a multiple-choice question; empty when unknown. */
export function choices<Id extends MultiQuestionId>(answers: Answers, questionId: Id): OptionValue<Id>[] {
  const reading = readAnswer(answers, questionId);
  return reading.state === 'known' ? (reading.values as OptionValue<Id>[]) : [];
}

/** The number answered, or null when unknown or invalid. */
export function numberAnswer(answers: Answers, questionId: NumberQuestionId): number | null {
  const reading = readAnswer(answers, questionId);
  return reading.state === 'known' ? reading.number : null;
}

/** The label of one option of a choice question, as the bank writes it; the value itself when unknown. */
export function optionLabel(questionId: ChoiceQuestionId, value: string): string {
  const question = findQuestion(questionId);
  const option = question && (question.kind === 'single' || question.kind === 'multi') ? question.options.find((item) => item.value === value) : undefined;
  return option?.label ?? value;
}

/** The ordinal level of the chosen option (0 = weakest) and the scale's top, or null when unknown. */
export function levelOf(answers: Answers, questionId: SingleQuestionId): { level: number; max: number } | null {
  const question = findQuestion(questionId);
  const value = choice(answers, questionId);
  if (!question || value === null || (question.kind !== 'single' && question.kind !== 'multi')) return null;
  const levels = question.options.map((option) => option.level ?? 0);
  const level = question.options.find((option) => option.value === value)?.level;
  return level === undefined ? null : { level, max: Math.max(...levels) };
}

/** A 0-1 fraction for an ordinal answer; unknown answers score the low "unknown" fraction. */
export function levelFraction(answers: Answers, questionId: SingleQuestionId, unknownFraction: number): number {
  const read = levelOf(answers, questionId);
  if (!read || read.max === 0) return unknownFraction;
  return read.level / read.max;
}
