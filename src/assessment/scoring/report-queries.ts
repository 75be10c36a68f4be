import type { Gap, GapReport, Severity } from './gap-report-schema';

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { critical: 0, major: 1, minor: 2 };

/** Gaps most severe first, whatever order they come in (the table and the CSV both use this). */
export function gapsBySeverity(gaps: readonly Gap[]): Gap[] {
  return [...gaps].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

/** True when a consultant is the recommendation or part of its mix: the contract checklist applies. */
export function includesConsultant(report: GapReport): boolean {
  return report.recommendation.primary === 'consultant' || report.recommendation.mix.some((item) => item.provider === 'consultant');
}
