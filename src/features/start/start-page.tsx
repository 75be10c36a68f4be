import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Answers } from '../../assessment/schema';
import { APP_NAME, PATHS, stepPath } from '../../assessment/routes';
import { displayName, type SavedAssessment } from '../../assessment/saved-assessment';
import { completeness, isStepComplete } from '../../assessment/validation';
import { visibleSteps } from '../../assessment/visibility';
import { useAssessmentStore, useCurrentAssessment } from '../../state/assessment-store';
import { Alert } from '../../ui/alert';
import { FocusHeading } from '../../ui/focus-heading';
import { useDocumentTitle } from '../../ui/use-document-title';
import { AssessmentLibrary } from './assessment-library';
import { ImportPanel } from './import-panel';
import { START_TEXT } from './start-text';
import { formatWhen } from '../../ui/format-en-us';

/**
 * Where to pick up an assessment: its first incomplete step, or the review when all is done; a
 * colleague's copy of a request, the questions they were sent.
 */
function resumePath(answers: Answers, request?: SavedAssessment['request']): string {
  if (request) return PATHS.colleague;
  const firstIncomplete = visibleSteps(answers).find((step) => !isStepComplete(step, answers));
  return firstIncomplete ? stepPath(firstIncomplete.id) : PATHS.review;
}

/** The start page: what the assessment is; start, continue or start over; saved assessments; import. */
export function StartPage() {
  useDocumentTitle(`${APP_NAME}: staffing readiness for health IT projects`);
  const current = useCurrentAssessment();
  const assessmentCount = useAssessmentStore((state) => Object.keys(state.assessments).length);
  const { createAssessment, openAssessment, clearAnswers, restoreCleared } = useAssessmentStore.getState();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  // The assessment as it was before "Start over", for the undo; null once it is gone or used.
  const [cleared, setCleared] = useState<{ before: SavedAssessment | undefined } | null>(null);
  const confirmRef = useRef<HTMLDivElement>(null);
  const startOverRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const answers = current?.answers ?? {};
  const started = Object.keys(answers).length > 0;
  const firstStepPath = stepPath(visibleSteps({})[0]?.id ?? '');

  function open(id: string) {
    openAssessment(id);
    const opened = useAssessmentStore.getState().assessments[id];
    void navigate(resumePath(opened?.answers ?? {}, opened?.request));
  }

  return (
    <div className="grid-container">
      <div className="app-narrow">
        <FocusHeading focusKey="start">{START_TEXT.title}</FocusHeading>
        <p className="app-lead">{START_TEXT.lead}</p>

        {cleared ? (
          <Alert type="success" slim role="status">
            <p>
              {START_TEXT.cleared}{' '}
              {cleared.before ? (
                <button
                  type="button"
                  className="usa-button usa-button--unstyled"
                  onClick={() => {
                    if (cleared.before) restoreCleared(cleared.before);
                    setCleared(null);
                  }}
                >
                  {START_TEXT.undoClear}
                </button>
              ) : null}
            </p>
          </Alert>
        ) : null}

        {started && current ? (
          <div className="usa-summary-box" role="region" aria-labelledby="progress-heading">
            <div className="usa-summary-box__body">
              <h2 className="usa-summary-box__heading" id="progress-heading">
                {START_TEXT.continueHeading(displayName(current))}
              </h2>
              <div className="usa-summary-box__text">
                <p>
                  {START_TEXT.progress(Math.round(completeness(answers) * 100))} {START_TEXT.lastSaved(formatWhen(current.updatedAt))}
                </p>
                <div className="app-actions">
                  {current.request ? (
                    <Link className="usa-button" to={PATHS.colleague}>
                      {START_TEXT.answerQuestions}
                    </Link>
                  ) : completeness(answers) === 1 ? (
                    <Link className="usa-button" to={PATHS.results}>
                      {START_TEXT.seeResults}
                    </Link>
                  ) : (
                    <Link className="usa-button" to={resumePath(answers)}>
                      {START_TEXT.continue}
                    </Link>
                  )}
                  {current.request ? null : (
                    <Link className="usa-button usa-button--outline" to={PATHS.review}>
                      {START_TEXT.review}
                    </Link>
                  )}
                  <button type="button" className="usa-button usa-button--unstyled" ref={startOverRef} onClick={() => setConfirming(true)}>
                    {START_TEXT.startOver}
                  </button>
                </div>
                {confirming ? (
                  <div className="app-confirm" ref={confirmRef} tabIndex={-1} role="group" aria-labelledby="confirm-heading">
                    <h3 id="confirm-heading">{START_TEXT.confirmHeading}</h3>
                    <p>{START_TEXT.confirmText}</p>
                    <div className="app-actions">
                      <button
                        type="button"
                        className="usa-button usa-button--secondary"
                        onClick={() => {
                          const before = clearAnswers();
                          setConfirming(false);
                          setCleared({ before });
                        }}
                      >
                        {START_TEXT.confirmYes}
                      </button>
                      <button
                        type="button"
                        className="usa-button usa-button--outline"
                        onClick={() => {
                          setConfirming(false);
                          startOverRef.current?.focus();
                        }}
                      >
                        {START_TEXT.confirmNo}
                      </button>
                    </div>
                  </div>
                ) : null}
              </div>
            </div>
          </div>
        ) : (
          <div className="app-actions">
            <Link
              className="usa-button usa-button--big"
              to={firstStepPath}
              onClick={() => {
                if (!current) createAssessment();
              }}
            >
              {START_TEXT.start}
            </Link>
          </div>
        )}
        {started ? (
          <div className="app-actions">
            <button
              type="button"
              className="usa-button usa-button--outline"
              onClick={() => {
                createAssessment();
                void navigate(firstStepPath);
              }}
            >
              {START_TEXT.startNew}
            </button>
          </div>
        ) : null}
      </div>

      {assessmentCount > 0 ? <AssessmentLibrary onOpen={open} /> : null}

      <div className="app-narrow">
        <ImportPanel onOpen={open} />
        <h2>{START_TEXT.whatHeading}</h2>
        {START_TEXT.what.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
        <h2>{START_TEXT.whoHeading}</h2>
        <p>{START_TEXT.who}</p>
        <h2>{START_TEXT.timeHeading}</h2>
        <p>{START_TEXT.time}</p>
        <h2>{START_TEXT.privacyHeading}</h2>
        <p>{START_TEXT.privacy}</p>
        <p className="usa-hint">{START_TEXT.sourceNote}</p>
      </div>
    </div>
  );
}
