import { consultantChecklist, meetingQuestionsFor, nextStepsFor, sharedItQuestionsFor } from '../../assessment/report-content';
import type { Answers } from '../../assessment/schema';
import type { GapReport } from '../../assessment/scoring/gap-report-schema';
import { RESULTS_TEXT } from './results-text';

/** The contract checklist from the HRSA Toolbox and contracting practice. */
export function ConsultantChecklist({ report }: { report: GapReport }) {
  return (
    <section className="app-report-section" aria-labelledby="consultant-heading">
      <div className="app-keep-next">
        <h2 id="consultant-heading">{RESULTS_TEXT.consultantHeading}</h2>
        <p>{RESULTS_TEXT.consultantIntro}</p>
      </div>
      <div className="app-checklist-groups">
        {consultantChecklist(report).map((group) => (
          <div key={group.heading} className="app-keep">
            <h3>{group.heading}</h3>
            <ul className="app-checklist">
              {group.items.map((item) => (
                <li key={item.id}>{item.text}</li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}

/**
 * What to ask a sister facility or network, and what to agree with them. `answers` are the
 * effective answers (effectiveAnswers), as for NextSteps.
 */
export function SharedItSection({ report, answers, sharedIt }: { report: GapReport; answers: Answers; sharedIt: NonNullable<GapReport['recommendation']['sharedIt']> }) {
  return (
    <section className="app-report-section" aria-labelledby="shared-heading">
      <h2 id="shared-heading">{RESULTS_TEXT.sharedHeading}</h2>
      <h3>{RESULTS_TEXT.sharedFormsHeading}</h3>
      <ul className="usa-list app-forms">
        {sharedIt.forms.map((form) => (
          <li key={form.id}>
            <strong>{form.label}</strong>
            {form.available ? ` (${RESULTS_TEXT.sharedAvailable})` : ''}
            <span>: {form.explanation}</span>
          </li>
        ))}
      </ul>
      <div className="app-two-col app-next app-next--one-column">
        <div className="app-keep">
          <h3 id="shared-ask-heading">{RESULTS_TEXT.sharedAskHeading}</h3>
          <ul className="app-checklist" aria-labelledby="shared-ask-heading">
            {sharedItQuestionsFor(report, answers).map((item) => (
              <li key={item.id}>{item.text}</li>
            ))}
          </ul>
        </div>
        <div className="app-keep">
          <h3>{RESULTS_TEXT.sharedAgreeHeading}</h3>
          <ul className="app-checklist">
            {sharedIt.toAgree.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}

/**
 * Next steps and the questions to discuss at the planning meeting, those that apply to this
 * report and these effective answers (effectiveAnswers), as report-content.ts chooses them.
 */
export function NextSteps({ report, answers }: { report: GapReport; answers: Answers }) {
  return (
    <section className="app-report-section" aria-labelledby="next-heading">
      <div className="app-two-col app-next">
        <div className="app-keep">
          <h2 id="next-heading">{RESULTS_TEXT.nextHeading}</h2>
          <ol className="usa-list" aria-labelledby="next-heading">
            {nextStepsFor(report, answers).map((item) => (
              <li key={item.id}>{item.text}</li>
            ))}
          </ol>
        </div>
        <div className="app-keep">
          <h2 id="discussion-heading">{RESULTS_TEXT.discussionHeading}</h2>
          <ol className="usa-list" aria-labelledby="discussion-heading">
            {meetingQuestionsFor(report, answers).map((item) => (
              <li key={item.id}>{item.text}</li>
            ))}
          </ol>
        </div>
      </div>
    </section>
  );
}
