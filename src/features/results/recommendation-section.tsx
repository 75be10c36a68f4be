import type { GapReport } from '../../assessment/scoring/gap-report-schema';
import { QuestionLinks } from './question-links';
import { RESULTS_TEXT } from './results-text';

/** The recommendation first: one sentence to repeat, where each kind of help comes from, and why. */
export function RecommendationSection({ report }: { report: GapReport }) {
  const { recommendation, confidence } = report;
  const undecided = recommendation.status === 'undecided';
  return (
    <section className="app-report-section app-report-section--lead" aria-labelledby="recommendation-heading">
      <div className="usa-summary-box app-recommendation">
        <div className="usa-summary-box__body">
          <h2 className="usa-summary-box__heading" id="recommendation-heading">
            {RESULTS_TEXT.recommendationHeading}
          </h2>
          <div className="usa-summary-box__text">
            <p className="app-recommendation__primary">
              {RESULTS_TEXT.primaryIntro} <strong>{undecided ? RESULTS_TEXT.undecidedLabel : RESULTS_TEXT.primaryLabel[recommendation.primary]}</strong>
            </p>
            <p className="app-recommendation__headline">{recommendation.headline}</p>
            {recommendation.findFirst.length > 0 ? <QuestionLinks ids={recommendation.findFirst} intro={RESULTS_TEXT.findFirstIntro} max={8} /> : null}
            {recommendation.statusNote ? <p className="app-recommendation__status">{recommendation.statusNote}</p> : null}
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
            {recommendation.risks.length > 0 ? (
              <>
                <h3>{RESULTS_TEXT.risksHeading}</h3>
                <ul className="usa-list">
                  {recommendation.risks.map((risk) => (
                    <li key={risk.gapId}>{risk.title}</li>
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
          </div>
        </div>
      </div>

      <h3>{RESULTS_TEXT.reasonsHeading}</h3>
      <ol className="usa-list app-reasons">
        {recommendation.reasons.map((reason) => (
          <li key={reason.id}>
            {reason.text}
            <QuestionLinks ids={reason.questionIds} intro={RESULTS_TEXT.basedOn} />
          </li>
        ))}
      </ol>

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

      <h3>{RESULTS_TEXT.confidenceHeading}</h3>
      <p>{confidence.summary}</p>
    </section>
  );
}
