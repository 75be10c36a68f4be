import { formatAnswer } from './format';
import { compareCodeUnits } from './order';
import { QUESTION_BANK, findQuestion } from './question-bank';
import type { AnswerValue, Answers, Question } from './schema';
import type { ReadinessLevel, Recommendation, StaffingOption } from './scoring/gap-report-schema';
import type { AreaId } from './scoring/constants';
import { scoreAssessment } from './scoring/score-assessment';
import { isAnswered, isQuestionVisible } from './visibility';

/** Shown for a question one assessment skipped: "Not answered" would wrongly suggest a gap. */
export const NOT_ASKED_LABEL = 'Not asked';

export type AnswerChange = {
  questionId: string;
  stepId: string;
  stepTitle: string;
  label: string;
  /** The answer as a reader sees it, in assessment A and in assessment B. */
  a: string;
  b: string;
};

export type ReadinessSide = { level: ReadinessLevel; score: number; applicable: boolean };

export type AreaChange = {
  areaId: AreaId;
  title: string;
  a: ReadinessSide;
  b: ReadinessSide;
};

/** One side's recommendation, as the report's first page states it. */
export type RecommendationSide = {
  primary: StaffingOption;
  status: Recommendation['status'];
  /** The approach, or that none is decided yet: what `changed` compares. */
  approach: StaffingOption | 'undecided';
  headline: string;
};

export type Comparison = {
  /** The recommendation of each; `changed` when the approach differs, or is decided in one only. */
  recommendation: { a: RecommendationSide; b: RecommendationSide; changed: boolean };
  /** Changed answers, in wizard order (so grouped by step). */
  answers: AnswerChange[];
  /** Areas whose readiness level, rounded score or applicability changed, in report order. */
  areas: AreaChange[];
  /** The overall readiness of each, when it changed; null when the same. */
  overall: { a: ReadinessSide; b: ReadinessSide } | null;
  identical: boolean;
};

/**
 * The answer as asked: skipped and blank answers become undefined, and several choices are put
 * in the bank's option order, so ticking the same boxes in another order is not a change.
 */
function normalize(question: Question, value: AnswerValue | undefined): AnswerValue | undefined {
  if (!isAnswered(value)) return undefined;
  if (Array.isArray(value) && (question.kind === 'multi' || question.kind === 'single')) {
    const order = question.options.map((option) => option.value);
    const rank = (item: string) => (order.includes(item) ? order.indexOf(item) : order.length);
    return [...value].sort((left, right) => rank(left) - rank(right) || compareCodeUnits(left, right));
  }
  if (typeof value === 'string') return value.trim();
  return value;
}

function sameValue(left: AnswerValue | undefined, right: AnswerValue | undefined): boolean {
  return JSON.stringify(left) === JSON.stringify(right);
}

function side(readiness: { level: ReadinessLevel; score: number; applicable?: boolean }): ReadinessSide {
  // Scores are shown rounded; a change below one point would read as "62 → 62".
  return { level: readiness.level, score: Math.round(readiness.score), applicable: readiness.applicable ?? true };
}

function sameSide(left: ReadinessSide, right: ReadinessSide): boolean {
  return left.level === right.level && left.score === right.score && left.applicable === right.applicable;
}

/**
 * What differs between two assessments: the answers to questions asked in either (a question
 * skipped in one shows as "Not asked" there), and the readiness by area and overall as
 * scored from each. Pure: the same two sets of answers always give the same comparison.
 */
export function compareAssessments(a: Answers, b: Answers): Comparison {
  const answers: AnswerChange[] = [];
  for (const step of QUESTION_BANK.steps) {
    for (const questionId of step.questions) {
      const question = findQuestion(questionId);
      if (!question) continue;
      const askedA = isQuestionVisible(question, a);
      const askedB = isQuestionVisible(question, b);
      if (!askedA && !askedB) continue;
      const valueA = askedA ? normalize(question, a[questionId]) : undefined;
      const valueB = askedB ? normalize(question, b[questionId]) : undefined;
      // A question asked in one and skipped in the other, but answered in neither, is no change.
      if (sameValue(valueA, valueB)) continue;
      answers.push({
        questionId,
        stepId: step.id,
        stepTitle: step.title,
        label: question.label,
        a: askedA ? formatAnswer(question, valueA) : NOT_ASKED_LABEL,
        b: askedB ? formatAnswer(question, valueB) : NOT_ASKED_LABEL,
      });
    }
  }

  const reportA = scoreAssessment(a);
  const reportB = scoreAssessment(b);
  const areas: AreaChange[] = [];
  for (const areaA of reportA.areas) {
    const areaB = reportB.areas.find((candidate) => candidate.id === areaA.id);
    if (!areaB) continue;
    const sideA = side(areaA);
    const sideB = side(areaB);
    if (!sameSide(sideA, sideB)) areas.push({ areaId: areaA.id, title: areaA.title, a: sideA, b: sideB });
  }
  const overallA = side(reportA.overall);
  const overallB = side(reportB.overall);
  const overall = sameSide(overallA, overallB) ? null : { a: overallA, b: overallB };
  const recommendationOf = ({ recommendation }: typeof reportA): RecommendationSide => ({
    primary: recommendation.primary,
    status: recommendation.status,
    approach: recommendation.status === 'undecided' ? 'undecided' : recommendation.primary,
    headline: recommendation.headline,
  });
  const recommendationA = recommendationOf(reportA);
  const recommendationB = recommendationOf(reportB);
  // The approach, not the wording: a headline naming other areas, or "provisional", is the same advice.
  const sameRecommendation = recommendationA.approach === recommendationB.approach;
  const recommendation = { a: recommendationA, b: recommendationB, changed: !sameRecommendation };

  return { recommendation, answers, areas, overall, identical: answers.length === 0 && areas.length === 0 && overall === null && sameRecommendation };
}
