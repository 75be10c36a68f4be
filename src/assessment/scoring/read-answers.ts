import { DONT_KNOW, type AnswerValue, type Answers, type Question } from '../schema';
import { findQuestion } from '../question-bank';
import type { ChoiceQuestionId, MultiQuestionId, NumberQuestionId, OptionValue, QuestionId, SingleQuestionId } from '../question-ids';

/**
 * How one answer reads for scoring. Anything that is not a valid choice or an in-range number
 * (missing, "Don't know", a half-typed string) is unknown, so it can never count as a strength.
 */
export type Reading = { state: 'missing' } | { state: 'dont-know' } | { state: 'known'; values: string[]; number: number | null };

/** "Don't know" counts only where the question offers it, and alone; elsewhere it is an invalid answer. */
function isDontKnow(question: Question, value: AnswerValue): boolean {
  if (question.kind === 'text' || !question.allowDontKnow) return false;
  return value === DONT_KNOW || (question.kind === 'multi' && Array.isArray(value) && value.length === 1 && value[0] === DONT_KNOW);
}

// Mirrors the checks of validation.ts (kept cheap: scoring runs on every change of an answer).
function readChoices(question: Question & { kind: 'single' | 'multi' }, value: AnswerValue): string[] | null {
  const allowed = new Set(question.options.map((option) => option.value));
  const chosen = question.kind === 'single' ? (typeof value === 'string' ? [value] : null) : Array.isArray(value) ? value : null;
  if (!chosen || chosen.length === 0 || !chosen.every((choice) => typeof choice === 'string' && allowed.has(choice))) return null;
  const exclusive = question.options.filter((option) => option.exclusive).map((option) => option.value);
  if (chosen.length > 1 && chosen.some((choice) => exclusive.includes(choice))) return null;
  return chosen;
}

/** Reads the answer to a question from (effective) answers. */
export function readAnswer(answers: Answers, questionId: QuestionId): Reading {
  const question = findQuestion(questionId);
  const value = answers[questionId];
  if (!question || value === undefined) return { state: 'missing' };
  if (isDontKnow(question, value)) return { state: 'dont-know' };
  switch (question.kind) {
    case 'single':
    case 'multi': {
      const values = readChoices(question, value);
      return values ? { state: 'known', values, number: null } : { state: 'missing' };
    }
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value) || value < question.min || value > question.max) return { state: 'missing' };
      if (question.integer && !Number.isInteger(value)) return { state: 'missing' };
      return { state: 'known', values: [], number: value };
    }
    case 'text':
      return typeof value === 'string' && value.trim() !== '' && value.length <= question.maxLength ? { state: 'known', values: [value], number: null } : { state: 'missing' };
  }
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
