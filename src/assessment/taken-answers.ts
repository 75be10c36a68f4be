import { changeKey, type SavedAssessment } from './saved-assessment';
import type { AnswerValue } from './schema';

/** An answer a manager takes from a colleague's file, with who gave it. */
export type TakenAnswer = { questionId: string; value: AnswerValue; by: string };

/** The assessment with these answers taken, each recorded as given by its colleague. */
export function withTakenAnswers(assessment: SavedAssessment, taken: readonly TakenAnswer[], when: string): SavedAssessment {
  if (taken.length === 0) return assessment;
  const answers = { ...assessment.answers };
  const answeredBy = { ...(assessment.answeredBy ?? {}) };
  const changedAt = { ...(assessment.changedAt ?? {}) };
  for (const { questionId, value, by } of taken) {
    answers[questionId] = value;
    answeredBy[questionId] = by;
    changedAt[changeKey('answers', questionId)] = when;
  }
  return { ...assessment, answers, answeredBy, changedAt, updatedAt: when };
}
