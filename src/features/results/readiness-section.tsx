import type { AreaReadiness, GapReport, ReadinessLevel, Severity } from '../../assessment/scoring/gap-report-schema';
import { SCORING_CONSTANTS } from '../../assessment/scoring/constants';
import { LevelBar } from '../../ui/level-bar';
import { RESULTS_TEXT } from './results-text';

const TONE: Record<ReadinessLevel, 'good' | 'mid' | 'bad'> = { ready: 'good', 'partly-ready': 'mid', 'not-ready': 'bad' };

function Row({ label, score, level, cappedBy, sub }: { label: string; score: number; level: ReadinessLevel; cappedBy: Severity | null; sub?: boolean }) {
  return (
    <tr className={sub ? 'app-readiness__sub' : undefined}>
      <th scope="row">{label}</th>
      <td className="app-readiness__bar">
        <LevelBar value={score} tone={TONE[level]} />
      </td>
      <td className={`app-readiness__level app-readiness__level--${level}`}>
        {RESULTS_TEXT.level[level]} <span className="app-readiness__score">({score})</span>
        {cappedBy ? <span className="app-readiness__cap">{RESULTS_TEXT.cappedBy[cappedBy]}</span> : null}
      </td>
    </tr>
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Readiness by area as a table of bars: levels in words, patterns that print in black and white. */
export function ReadinessSection({ report }: { report: GapReport }) {
  const applicable: AreaReadiness[] = report.areas.filter((area) => area.applicable);
  const skipped = report.areas.filter((area) => !area.applicable);
  return (
    <section className="app-report-section" aria-labelledby="readiness-heading">
      <h2 id="readiness-heading">{RESULTS_TEXT.readinessHeading}</h2>
      <p>
        {RESULTS_TEXT.readinessIntro} {RESULTS_TEXT.thresholds(SCORING_CONSTANTS.levelThresholds.value.ready, SCORING_CONSTANTS.levelThresholds.value.partlyReady)}
      </p>
      <table className="usa-table usa-table--borderless app-readiness">
        <caption className="usa-sr-only">{RESULTS_TEXT.readinessCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{RESULTS_TEXT.columns.area}</th>
            <th scope="col">{RESULTS_TEXT.columns.bar}</th>
            <th scope="col">{RESULTS_TEXT.columns.level}</th>
          </tr>
        </thead>
        <tbody>
          {applicable.flatMap((area) => [
            <Row key={area.id} label={area.title} score={area.score} level={area.level} cappedBy={area.cappedBy} />,
            ...area.breakdown.map((part) => <Row key={`${area.id}-${part.id}`} label={capitalize(part.label)} score={part.score} level={part.level} cappedBy={part.cappedBy} sub />),
          ])}
        </tbody>
      </table>
      {skipped.length > 0 ? (
        <p className="usa-hint">
          {RESULTS_TEXT.notApplicable}: {skipped.map((area) => area.title).join(', ')}.
        </p>
      ) : null}
    </section>
  );
}
