import type { SavedAssessment } from './saved-assessment';
import type { Answers } from './schema';

/** The question where the person filling in the assessment names themselves. */
export const RESPONDENT_ID = 'respondent';

/** Who gave the answers: the respondent, and each colleague with how many answers they gave. */
export type WhoAnswered = {
  /** The respondent's name and role as typed, or undefined when not given. */
  respondent: string | undefined;
  /** Colleagues who gave answers still in the assessment, most answers first. */
  others: { name: string; count: number }[];
};

function respondentOf(answers: Answers): string | undefined {
  const value = answers[RESPONDENT_ID];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** Who gave one answer: the colleague it came from, else the respondent (undefined when unnamed). */
export function answeredByOf(assessment: Pick<SavedAssessment, 'answers' | 'answeredBy'>, questionId: string): string | undefined {
  return assessment.answeredBy?.[questionId] ?? respondentOf(assessment.answers);
}

/** Who gave the answers of an assessment, for the report's first page and its appendix. */
export function whoAnswered(assessment: Pick<SavedAssessment, 'answers' | 'answeredBy'>): WhoAnswered {
  const counts = new Map<string, number>();
  for (const [id, name] of Object.entries(assessment.answeredBy ?? {})) {
    if (!Object.hasOwn(assessment.answers, id)) continue;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const others = [...counts].map(([name, count]) => ({ name, count })).sort((left, right) => right.count - left.count || (left.name < right.name ? -1 : 1));
  return { respondent: respondentOf(assessment.answers), others };
}

/**
 * The assessment with the attribution of these answers dropped (all of them when `questionIds`
 * is omitted): the manager changed or cleared them, so they are the manager's.
 */
export function withoutAttribution<T extends Pick<SavedAssessment, 'answeredBy'>>(assessment: T, questionIds?: readonly string[]): T {
  const { answeredBy, ...rest } = assessment;
  if (!answeredBy) return assessment;
  const kept = questionIds ? Object.fromEntries(Object.entries(answeredBy).filter(([id]) => !questionIds.includes(id))) : {};
  return (Object.keys(kept).length > 0 ? { ...rest, answeredBy: kept } : rest) as T;
}
