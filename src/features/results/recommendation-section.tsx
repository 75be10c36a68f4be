import type { GapReport } from '../../assessment/scoring/gap-report-schema';
import { QuestionLinks } from './question-links';
import { RESULTS_TEXT } from './results-text';

/**
 * Why the report recommends what the first page says (AtAGlanceSection): the reasons, each
 * linked to its answers, what each unknown answer would lead to, where each kind of help comes
 * from, and the conditions for it to work.
 */
export function RecommendationSection({ report }: { report: GapReport }) {
  const { recommendation } = report;
  const undecided = recommendation.status === 'undecided';
  return (
    <section className="app-report-section" aria-labelledby="recommendation-heading">
      <h2 id="recommendation-heading">{RESULTS_TEXT.recommendationHeading}</h2>
      <ol className="usa-list app-reasons">
        {recommendation.reasons.map((reason) => (
          <li key={reason.id}>
            {reason.text}
            <QuestionLinks ids={reason.questionIds} intro={RESULTS_TEXT.basedOn} />
          </li>
        ))}
      </ol>

      {undecided ? (
        <>
          <h3>{RESULTS_TEXT.outcomesHeading}</h3>
          <ul className="usa-list">
            {recommendation.outcomes.map((outcome) => (
              <li key={outcome.when}>
                <strong>{outcome.when}:</strong> {outcome.headline} ({RESULTS_TEXT.outcomeApproach} {RESULTS_TEXT.primaryLabel[outcome.primary]})
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {!undecided && recommendation.mix.length > 0 ? (
        <>
          <h3>{RESULTS_TEXT.mixHeading}</h3>
          <ul className="usa-list">
            {recommendation.mix.map((item) => (
              <li key={`${item.area}-${item.provider}`}>{item.text}</li>
            ))}
          </ul>
        </>
      ) : null}

      {recommendation.conditions.length > 0 ? (
        <div className="app-conditions">
          <h3>{RESULTS_TEXT.conditionsHeading}</h3>
          <ul className="usa-list">
            {recommendation.conditions.map((condition) => (
              <li key={condition.id}>{condition.text}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
