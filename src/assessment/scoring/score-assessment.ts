import type { Answers } from '../schema';
import { validateAll } from '../validation';
import { effectiveAnswers } from '../visibility';
import { assessConfidence } from './confidence';
import { deriveFacts } from './facts';
import type { GapReport } from './gap-report-schema';
import { findGaps } from './gaps';
import { assessAreas, overallReadiness } from './readiness';
import { recommend } from './recommendation';
import { capacityFigures, estimateWorkload } from './workload';

/**
 * Turns a set of answers, complete or not, into the gap report: readiness by area, gaps,
 * workload, recommendation and confidence. Pure and deterministic; skipped questions never
 * count, and unknown answers count as weak. An incomplete set gives a provisional report.
 */
export function scoreAssessment(answers: Answers): GapReport {
  const asked = effectiveAnswers(answers);
  // The saved answers too: a total saved by an earlier version stands in for rows not answered yet.
  const facts = deriveFacts(asked, answers);
  const figures = capacityFigures(facts);
  const capacity = { required: figures.required, available: figures.available, ratio: figures.ratio, timelineWeeks: facts.timelineWeeks };
  const missing = [...new Set(validateAll(answers).map((error) => error.questionId))];
  const gaps = findGaps(facts, capacity, missing);
  const areas = assessAreas(facts, figures.ratio, gaps);
  return {
    version: 1,
    provisional: missing.length > 0,
    missing,
    overall: overallReadiness(areas, gaps),
    areas,
    gaps,
    workload: estimateWorkload(facts),
    recommendation: recommend(facts, capacity, gaps, missing.length),
    confidence: assessConfidence(answers),
  };
}
