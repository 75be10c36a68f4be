import { SEVERITIES, type Gap, type GapReport } from './gap-report-schema';

/**
 * Gaps most severe first, ties in the order given (the sort is stable), whatever order they
 * come in. The scoring orders the report's gaps with it once; the table and the CSV keep that order.
 */
export function gapsBySeverity(gaps: readonly Gap[]): Gap[] {
  return [...gaps].sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
}

/** True when a consultant is the recommendation or part of its mix: the contract checklist applies. */
export function includesConsultant(report: GapReport): boolean {
  return report.recommendation.primary === 'consultant' || report.recommendation.mix.some((item) => item.provider === 'consultant');
}
