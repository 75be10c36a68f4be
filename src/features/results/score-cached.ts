import type { Answers } from '../../assessment/schema';
import type { GapReport } from '../../assessment/scoring/gap-report-schema';
import { scoreAssessment } from '../../assessment/scoring/score-assessment';

const reports = new WeakMap<Answers, GapReport>();

/**
 * The scoring's report for these answers, computed once per answers object (answers are never
 * changed in place: a change makes a new object). It lets the results route score ahead, in a
 * task of its own, and the page's first render reuse that report instead of scoring in it.
 */
export function scoreCached(answers: Answers): GapReport {
  let report = reports.get(answers);
  if (!report) {
    report = scoreAssessment(answers);
    reports.set(answers, report);
  }
  return report;
}
